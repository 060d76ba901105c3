import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY_TABLE } from '../severity/levels';
import { buildContext, formatSentTime, servicesWithoutPublicName, type ContextInput } from './context';
import { placeholdersFor } from './placeholders';
import { declareInput, FILLED, incidentHarness } from '@/testing/incident-commands';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0);
const CATALOGUE = [
  { id: 'payments-api', name: 'Payments API', publicName: 'Payments' },
  { id: 'checkout', name: 'Checkout', publicName: 'Checkout' },
];

function story() {
  const h = incidentHarness('INC-00C0FFEE', T0, 'Priya Nair');
  h.run({
    type: 'declare',
    input: declareInput({
      severity: 'P2',
      services: ['payments-api', 'ledger'],
      description: '3 % of card payments time out.',
      commander: 'Priya Nair',
      commsLead: 'Tom Becker',
    }),
  });
  h.advance(4 * MIN);
  h.run({ type: 'acknowledge', by: 'Sam Okafor' });
  h.advance(6 * MIN);
  h.run({ type: 'change_severity', from: 'P2', to: 'P1', reason: 'revenue impact' });
  h.advance(10 * MIN);
  h.run({ type: 'transition', from: 'investigating', to: 'identified', fields: { rootCause: 'Card network degradation' } });
  h.advance(2 * MIN);
  h.run({ type: 'action', text: 'Failed over to the secondary acquirer', mitigation: 'failover' });
  h.advance(3 * MIN);
  h.run({ type: 'publish_update', templateId: 'builtin:progress', templateName: 'Progress update', audience: 'stakeholders', text: 'x' });
  return h;
}

const input = (h: ReturnType<typeof story>, over: Partial<ContextInput> = {}): ContextInput => ({
  incident: h.incident!,
  events: h.events,
  audience: 'stakeholders',
  now: h.now,
  severityTable: DEFAULT_SEVERITY_TABLE,
  catalogue: CATALOGUE,
  appUrl: 'https://watchfloor.example/',
  ...over,
});

describe('template context for internal audiences', () => {
  it('is filled from the incident’s own state', () => {
    const h = story();
    h.advance(5 * MIN); // writing at 09:30
    expect(buildContext(input(h))).toMatchObject({
      incident_id: 'INC-00C0FFEE',
      severity: 'P1 (High)',
      severity_change: 'P2 (Medium) → P1 (High)',
      status: 'Identified',
      status_change: 'Investigating → Identified',
      status_detail: 'Root cause identified: Card network degradation',
      impact: '3 % of card payments time out.',
      services: ['Payments API', 'ledger'],
      commander: 'Priya Nair',
      comms_lead: 'Tom Becker',
      assignee: 'Sam Okafor',
      declared_at: '2026-11-23 09:00 UTC',
      time: '2026-11-23 09:30 UTC',
      duration: '30 min',
      total_duration: '',
      root_cause: 'Card network degradation',
      mitigation: 'Failed over to the secondary acquirer',
      actions: ['09:22 UTC: Failed over to the secondary acquirer'],
      // Sent now, at 09:30, the next update is due 30 min later (P1).
      next_update: '2026-11-23 10:00 UTC',
      cadence: 'every 30 min',
      postmortem_due: '',
      incident_url: 'https://watchfloor.example/incidents/INC-00C0FFEE',
      postmortem_url: 'https://watchfloor.example/incidents/INC-00C0FFEE/postmortem',
    });
  });

  it('after resolution: total duration, resolution time, postmortem due 5 days later, no next update', () => {
    const h = story();
    h.advance(10 * MIN);
    h.run({ type: 'transition', from: 'identified', to: 'fixing', fields: FILLED });
    h.advance(20 * MIN);
    h.run({ type: 'transition', from: 'fixing', to: 'resolved', fields: { resolution: 'Secondary acquirer carries all traffic' } });
    h.advance(60 * MIN);
    expect(buildContext(input(h))).toMatchObject({
      status: 'Resolved',
      status_detail: 'Resolved: Secondary acquirer carries all traffic',
      resolution: 'Secondary acquirer carries all traffic',
      resolved_at: '2026-11-23 09:55 UTC',
      total_duration: '55 min',
      duration: '55 min',
      postmortem_due: '2026-11-28',
      next_update: 'none scheduled',
    });
  });

  it('P3 has no cadence: the next update is "none scheduled"', () => {
    const h = incidentHarness('INC-000000F3', T0);
    h.run({ type: 'declare', input: declareInput({ severity: 'P3' }) });
    expect(buildContext({ ...input(story()), incident: h.incident!, events: h.events, now: T0 })).toMatchObject({
      next_update: 'none scheduled',
      cadence: 'none (P3)',
    });
  });

  it('has exactly the placeholders the catalogue lists for its audience', () => {
    const h = story();
    expect(Object.keys(buildContext(input(h))).sort()).toEqual(
      placeholdersFor('stakeholders')
        .map((p) => p.name)
        .sort(),
    );
    expect(Object.keys(buildContext(input(h, { audience: 'public' }))).sort()).toEqual(
      placeholdersFor('public')
        .map((p) => p.name)
        .sort(),
    );
  });
});

describe('template context for the public', () => {
  it('maps status and impact, and names services by their public names only', () => {
    const h = story();
    const context = buildContext(input(h, { audience: 'public' }));
    expect(context).toMatchObject({
      status: 'identified',
      status_title: 'Identified',
      impact: 'major',
      services: ['Payments'],
      is_identified: true,
      is_investigating: false,
    });
  });

  it('holds nothing internal: no people, no title, no root cause, no internal names', () => {
    const h = story();
    const values = JSON.stringify(buildContext(input(h, { audience: 'public' })));
    for (const internal of ['Priya', 'Tom', 'Sam', 'Checkout returns 500s', 'Card network', 'Payments API', 'ledger', 'INC-00C0FFEE', 'acquirer']) {
      expect(values).not.toContain(internal);
    }
  });

  it('reports the services the catalogue has no public name for', () => {
    expect(servicesWithoutPublicName(story().incident!, CATALOGUE)).toEqual(['ledger']);
  });
});

describe('formatSentTime: UTC beside local time', () => {
  const saved = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = 'Europe/Berlin';
  });
  afterEach(() => {
    process.env.TZ = saved;
  });

  it('adds the local time and the zone’s name, and the local date when it differs', () => {
    expect(formatSentTime(Date.UTC(2026, 10, 23, 9, 35), 'Europe/Berlin')).toBe('2026-11-23 09:35 UTC (10:35 Europe/Berlin)');
    expect(formatSentTime(Date.UTC(2026, 10, 23, 23, 30))).toBe('2026-11-23 23:30 UTC (2026-11-24 00:30 local)');
  });

  it('shows UTC alone where local time is UTC', () => {
    process.env.TZ = 'UTC';
    expect(formatSentTime(Date.UTC(2026, 10, 23, 9, 35), 'UTC')).toBe('2026-11-23 09:35 UTC');
  });
});
