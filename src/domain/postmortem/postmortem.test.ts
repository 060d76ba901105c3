import { describe, expect, it } from 'vitest';
import { closedIncident, PM_ID, samplePostmortem } from '@/testing/postmortem-fixtures';
import { declareInput, incidentHarness } from '@/testing/incident-commands';
import { newActionItem } from './action-items';
import { CHECKLIST_IDS } from './review-checklist';
import { canStartPostmortem, changeStatus, isPostmortemOverdue, newPostmortem, PLACEHOLDER, POSTMORTEM_DUE_DAYS, statusProblems } from './postmortem';
import type { Postmortem } from './model';

const DAY = 86_400_000;
const ctx = (pm: Postmortem) => ({ now: pm.createdAt + DAY, author: 'Ana' });

function readyForReview(pm: Postmortem): Postmortem {
  return {
    ...pm,
    content: {
      ...pm.content,
      summary: 'Checkout failed for 34 min after a deploy; rolled back.',
      impactUsers: 'Most buyers.',
      impactBusiness: 'Lost orders.',
    },
  };
}

function readyToPublish(pm: Postmortem): Postmortem {
  const r = readyForReview(pm);
  return {
    ...r,
    status: 'in_review',
    content: {
      ...r.content,
      actionItems: [{ ...newActionItem('AI-00000A', 0), title: 'Alert on pool saturation', owner: 'Sam' }],
      checklist: Object.fromEntries(CHECKLIST_IDS.map((id) => [id, true])),
    },
  };
}

describe('a new postmortem', () => {
  const pm = samplePostmortem();

  it('is a draft, due 5 days after it was created, with an id from the incident’s event', () => {
    expect(pm).toMatchObject({ id: PM_ID, incidentId: 'INC-0000000A', status: 'draft', createdBy: 'Ana' });
    expect(pm.dueAt - pm.createdAt).toBe(POSTMORTEM_DUE_DAYS * DAY);
  });

  it('is prefilled from the record: facts, summary skeleton, impact, cause, actions and the timeline', () => {
    const c = pm.content;
    expect(c.facts).toMatchObject({
      title: 'Checkout returns 500s',
      severity: 'P1',
      services: ['checkout'],
      roles: { commander: 'Ana', commsLead: 'Ben' },
    });
    expect(c.facts.resolvedAt! - c.facts.declaredAt).toBe(20 * 60_000);
    expect(c.summary).toContain('P1 (high) incident affecting checkout for 20 min (2026-11-23 09:00 UTC to 2026-11-23 09:20 UTC)');
    expect(c.summary).toContain(PLACEHOLDER);
    expect(c.impactTechnical).toContain('HTTP 500 on POST /checkout');
    expect(c.primaryCause).toBe('Pool size too small after deploy');
    expect(c.resolutionImmediate).toContain('- Rolled back to 4.211.1');
    expect(c.timeline.length).toBeGreaterThan(8);
    expect(c.whys).toEqual([{ id: 'why-1', why: 'Why did "Checkout returns 500s" happen?', because: '' }]);
  });

  it('may start only once the incident is resolved, and only once', () => {
    const open = incidentHarness();
    open.run({ type: 'declare', input: declareInput() });
    expect(canStartPostmortem(open.incident!)).toEqual({ ok: false, reason: 'A postmortem starts once the incident is resolved.' });
    const h = closedIncident();
    expect(canStartPostmortem(h.incident!)).toEqual({ ok: true });
    h.run({ type: 'postmortem_created', postmortemId: PM_ID });
    expect(canStartPostmortem(h.incident!)).toMatchObject({ ok: false, reason: expect.stringContaining('already exists') });
    expect(
      newPostmortem({ id: PM_ID, incident: h.incident!, events: h.events, now: h.now, author: 'Ana', whyId: 'w' }).content.timeline.at(-1)?.text,
    ).toBe(`Postmortem ${PM_ID} started`);
  });

  it('is overdue past its due time unless published', () => {
    expect(isPostmortemOverdue(pm, pm.dueAt)).toBe(false);
    expect(isPostmortemOverdue(pm, pm.dueAt + 1)).toBe(true);
    expect(isPostmortemOverdue({ ...pm, status: 'published' }, pm.dueAt + 1)).toBe(false);
  });
});

describe('draft → in review → published', () => {
  const pm = samplePostmortem();

  it('refuses review while placeholders are left, and says so', () => {
    const result = changeStatus(pm, 'draft', 'in_review', ctx(pm));
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('placeholders (3 fields)') });
  });

  it('goes to review once written, recording who and when', () => {
    const result = changeStatus(readyForReview(pm), 'draft', 'in_review', ctx(pm));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.postmortem.status).toBe('in_review');
      expect(result.postmortem.statusHistory.at(-1)).toEqual({ status: 'in_review', at: pm.createdAt + DAY, by: 'Ana' });
    }
  });

  it('publishes only with action items that have owners, a ticked checklist and no open conflict', () => {
    const inReview = { ...readyForReview(pm), status: 'in_review' as const };
    expect(statusProblems(inReview, 'published')).toEqual(['Add at least one action item.', 'Tick the review checklist (5 left).']);
    const ready = readyToPublish(pm);
    expect(changeStatus(ready, 'in_review', 'published', ctx(pm)).ok).toBe(true);
    const conflicted = { ...ready, conflicts: [{ id: 'c', unit: 'summary' as const, itemId: null, mine: 'a', theirs: 'b', author: 'B', at: 0 }] };
    expect(statusProblems(conflicted, 'published')).toEqual(['Resolve the 1 edit conflict.']);
    const ownerless = { ...ready, content: { ...ready.content, actionItems: [{ ...ready.content.actionItems[0]!, owner: '' }] } };
    expect(statusProblems(ownerless, 'published')).toEqual(['Action item AI-00000A has no owner.']);
  });

  it('refuses a stale or unknown move, and a move without an author', () => {
    const ready = readyToPublish(pm);
    expect(changeStatus(ready, 'draft', 'in_review', ctx(pm))).toMatchObject({ ok: false, error: expect.stringContaining('now in review') });
    expect(changeStatus(ready, 'in_review', 'in_review', ctx(pm))).toMatchObject({ ok: false, error: expect.stringContaining('cannot go') });
    expect(changeStatus(ready, 'in_review', 'published', { now: 0, author: ' ' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('Set your name'),
    });
    const published = { ...ready, status: 'published' as const };
    expect(changeStatus(published, 'published', 'draft', ctx(pm)).ok).toBe(false);
  });
});
