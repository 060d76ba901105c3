import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY_TABLE } from '../severity/levels';
import { buildContext } from './context';
import { describeUnknownPlaceholder, placeholderNames } from './placeholders';
import { sampleIncident, SAMPLE_CATALOGUE } from './sample';
import { analyzeTemplate, renderTemplate } from './template-engine';
import {
  BUILT_IN_TEMPLATES,
  commsTemplateSchema,
  duplicateTemplate,
  mergeTemplates,
  suggestTemplate,
  templateForPurpose,
  type CommsTemplate,
} from './templates';
import { declareInput, FILLED, incidentHarness } from '@/testing/incident-commands';

const MIN = 60_000;
const NOW = Date.UTC(2026, 10, 23, 10, 0);

describe('built-in templates (DOMAIN.md §6)', () => {
  it('one per kind of update, each for an audience, valid and free of syntax or unknown names', () => {
    expect(BUILT_IN_TEMPLATES.map((t) => [t.purpose, t.audience])).toEqual([
      ['declared', 'responders'],
      ['progress', 'stakeholders'],
      ['mitigation', 'stakeholders'],
      ['resolved', 'stakeholders'],
      ['status-page', 'public'],
    ]);
    for (const t of BUILT_IN_TEMPLATES) {
      expect(commsTemplateSchema.safeParse(t).success).toBe(true);
      expect(analyzeTemplate(t.body, placeholderNames(t.audience))).toEqual([]);
      expect(analyzeTemplate(t.subject, placeholderNames(t.audience))).toEqual([]);
    }
  });

  it.each([
    [
      'builtin:declared',
      [
        'Severity: P1 (High)',
        'Status: Fixing',
        'Affected services: Checkout and Payments API',
        'Incident commander: Priya Nair',
        'Next update: 2026-11-23 10:30 UTC',
      ],
    ],
    [
      'builtin:progress',
      ['Status: Identified → Fixing', 'Fix in progress: Roll back', '- 09:29 UTC: Rolled back checkout', 'Next update: 2026-11-23 10:30 UTC'],
    ],
    [
      'builtin:mitigation',
      ['Severity: P1 (High), unchanged', 'Duration so far: 47 min', 'The new release exhausts', 'Rolled back checkout to the previous release'],
    ],
    ['builtin:resolved', ['Resolved at: 2026-11-23 09:53 UTC', 'Total duration: 40 min', 'Rollback complete', 'Postmortem due by 2026-11-28']],
  ])('%s is filled from the sample incident with no gaps', (id, expected) => {
    const t = BUILT_IN_TEMPLATES.find((x) => x.id === id)!;
    const { incident, events } = sampleIncident(NOW, t.purpose === 'resolved' ? 'resolved' : 'fixing');
    const context = buildContext({
      incident,
      events,
      audience: t.audience,
      now: NOW,
      severityTable: DEFAULT_SEVERITY_TABLE,
      catalogue: SAMPLE_CATALOGUE,
      appUrl: 'https://w.example',
    });
    const result = renderTemplate(t.body, context);
    expect(result.issues).toEqual([]);
    for (const line of expected) expect(result.text).toContain(line);
  });

  it('the status page message says the right thing for each public status, with public names only', () => {
    const t = BUILT_IN_TEMPLATES.find((x) => x.purpose === 'status-page')!;
    const h = incidentHarness('INC-00000AB1', NOW);
    h.run({ type: 'declare', input: declareInput({ services: ['payments-api'], severity: 'P0' }) });
    const render = () =>
      renderTemplate(
        t.body,
        buildContext({
          incident: h.incident!,
          events: h.events,
          audience: 'public',
          now: h.now,
          severityTable: DEFAULT_SEVERITY_TABLE,
          catalogue: SAMPLE_CATALOGUE,
        }),
      );
    expect(render().text).toMatch(/^\*\*Investigating\*\*\n\nWe are investigating an issue affecting Payments\./);
    expect(render().text).toContain('Impact: critical');
    h.run({ type: 'acknowledge', by: 'Ana' });
    h.run({ type: 'transition', from: 'investigating', to: 'identified', fields: FILLED });
    expect(render().text).toContain('We have identified the cause');
    h.run({ type: 'transition', from: 'identified', to: 'fixing', fields: FILLED });
    expect(render().text).toMatch(/^\*\*Monitoring\*\*/);
    h.advance(30 * MIN);
    h.run({ type: 'transition', from: 'fixing', to: 'resolved', fields: FILLED });
    const resolved = render();
    expect(resolved.text).toContain('has been resolved');
    expect(resolved.text).toContain('Resolved: 2026-11-23 10:30 UTC');
    expect(resolved.text).not.toContain('Next update');
    expect(resolved.issues).toEqual([]);
    expect(resolved.text).not.toMatch(/Payments API|payments-api|Ana/);
  });
});

describe('suggestion by the last move', () => {
  const h = () => {
    const x = incidentHarness('INC-0000005A', NOW);
    x.run({ type: 'declare', input: declareInput() });
    return x;
  };
  const publish = (x: ReturnType<typeof h>) =>
    x.run({ type: 'publish_update', templateId: 'builtin:declared', templateName: 'Incident declared', audience: 'responders', text: 't' });

  it('declared or acknowledged, nothing sent yet → the initial notice', () => {
    const x = h();
    expect(suggestTemplate(x.incident!, x.events).purpose).toBe('declared');
    x.run({ type: 'acknowledge', by: 'Ana' });
    expect(suggestTemplate(x.incident!, x.events).purpose).toBe('declared');
    publish(x);
    expect(suggestTemplate(x.incident!, x.events).purpose).toBe('progress');
  });

  it('identified or fixing → progress; a mitigation action → mitigation; a plain action changes nothing', () => {
    const x = h();
    x.run({ type: 'acknowledge', by: 'Ana' });
    x.advance(MIN);
    x.run({ type: 'transition', from: 'investigating', to: 'identified', fields: FILLED });
    expect(suggestTemplate(x.incident!, x.events)).toEqual({ purpose: 'progress', reason: 'the incident moved to identified' });
    x.advance(MIN);
    x.run({ type: 'transition', from: 'identified', to: 'fixing', fields: FILLED });
    expect(suggestTemplate(x.incident!, x.events).purpose).toBe('progress');
    x.advance(MIN);
    x.run({ type: 'action', text: 'Rolled back', mitigation: 'rollback' });
    expect(suggestTemplate(x.incident!, x.events)).toEqual({ purpose: 'mitigation', reason: 'a mitigation was applied (rollback)' });
    x.advance(MIN);
    x.run({ type: 'action', text: 'Checked the logs', mitigation: null });
    expect(suggestTemplate(x.incident!, x.events).purpose).toBe('mitigation');
  });

  it('resolved, monitoring or closed → the resolution; a recurrence → progress again', () => {
    const x = h();
    x.run({ type: 'acknowledge', by: 'Ana' });
    for (const [from, to] of [
      ['investigating', 'identified'],
      ['identified', 'fixing'],
      ['fixing', 'resolved'],
    ] as const) {
      x.advance(MIN);
      x.run({ type: 'transition', from, to, fields: FILLED });
    }
    expect(suggestTemplate(x.incident!, x.events).purpose).toBe('resolved');
    x.advance(MIN);
    x.run({ type: 'transition', from: 'resolved', to: 'monitoring', fields: FILLED });
    expect(suggestTemplate(x.incident!, x.events).purpose).toBe('resolved');
    x.advance(MIN);
    x.run({ type: 'transition', from: 'monitoring', to: 'investigating', fields: FILLED });
    expect(suggestTemplate(x.incident!, x.events)).toEqual({ purpose: 'progress', reason: 'the issue recurred' });
  });
});

describe('customising templates', () => {
  const edited: CommsTemplate = { ...BUILT_IN_TEMPLATES[1]!, body: 'Short: {{status}}', audience: 'public', purpose: 'other', updatedAt: NOW };
  const custom: CommsTemplate = {
    id: 'custom:1',
    name: 'Exec summary',
    audience: 'stakeholders',
    purpose: 'other',
    subject: '',
    body: '{{title}}',
    updatedAt: NOW,
  };

  it('built-ins come first with stored edits applied, audience and purpose fixed; custom ones follow by name', () => {
    const merged = mergeTemplates([custom, edited, { ...custom, id: 'custom:0', name: 'An update' }]);
    expect(merged.map((t) => [t.id, t.builtIn, t.edited])).toEqual([
      ['builtin:declared', true, false],
      ['builtin:progress', true, true],
      ['builtin:mitigation', true, false],
      ['builtin:resolved', true, false],
      ['builtin:status-page', true, false],
      ['custom:0', false, false],
      ['custom:1', false, false],
    ]);
    expect(merged[1]).toMatchObject({ body: 'Short: {{status}}', audience: 'stakeholders', purpose: 'progress' });
  });

  it('an override equal to the default is not "edited"; deleting it resets to the default', () => {
    expect(mergeTemplates([{ ...BUILT_IN_TEMPLATES[0]!, updatedAt: NOW }])[0]!.edited).toBe(false);
    expect(mergeTemplates([])[1]!.body).toBe(BUILT_IN_TEMPLATES[1]!.body);
  });

  it('a duplicate is a custom template with the same text', () => {
    expect(duplicateTemplate(BUILT_IN_TEMPLATES[4]!, '01ABC', NOW)).toEqual({
      id: 'custom:01ABC',
      name: 'Copy of Public status page message',
      audience: 'public',
      purpose: 'status-page',
      subject: BUILT_IN_TEMPLATES[4]!.subject,
      body: BUILT_IN_TEMPLATES[4]!.body,
      updatedAt: NOW,
    });
  });

  it('the suggestion prefers the built-in of a purpose over a custom one', () => {
    const merged = mergeTemplates([{ ...custom, purpose: 'progress' }]);
    expect(templateForPurpose(merged, 'progress')?.id).toBe('builtin:progress');
  });
});

describe('unknown placeholder messages', () => {
  it('suggests a near name, and says when a name is internal for a public message', () => {
    expect(describeUnknownPlaceholder('comander', 'responders')).toBe('{{comander}} is not a placeholder. Did you mean {{commander}}?');
    expect(describeUnknownPlaceholder('xyz', 'responders')).toBe('{{xyz}} is not a placeholder.');
    expect(describeUnknownPlaceholder('commander', 'public')).toBe('{{commander}} is internal and not available in public messages.');
    expect(describeUnknownPlaceholder('is_resolved', 'stakeholders')).toBe('{{is_resolved}} exists only in public messages.');
  });
});
