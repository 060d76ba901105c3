// A realistic example incident for previewing templates in Settings, told as events so it goes
// through the same fold as a real one. Fixed ids and times relative to `now`, so the preview shows
// plausible clocks.
import type { IncidentEvent } from '../incident/events';
import { foldEvents, type Incident } from '../incident/incident';
import type { CatalogueNames } from './context';

const MIN = 60_000;
const ID = 'INC-5A3B1E00';

export const SAMPLE_CATALOGUE: readonly CatalogueNames[] = [
  { id: 'checkout', name: 'Checkout', publicName: 'Checkout' },
  { id: 'payments-api', name: 'Payments API', publicName: 'Payments' },
];

/** The sample at a stage: still being fixed, or resolved (for resolution templates). */
export function sampleIncident(now: number, stage: 'fixing' | 'resolved' = 'fixing'): { incident: Incident; events: IncidentEvent[] } {
  const start = now - 47 * MIN;
  const at = (minutes: number) => start + minutes * MIN;
  const base = (n: number, minutes: number, author: string) => ({
    id: `sample-${String(n).padStart(2, '0')}`,
    incidentId: ID,
    at: at(minutes),
    author,
  });
  const events: IncidentEvent[] = [
    {
      ...base(1, 0, 'Priya Nair'),
      kind: 'declared',
      payload: {
        title: 'Checkout returning 5xx after deploy',
        description: 'About 14 % of checkout attempts fail with an error; card payments are affected.',
        severity: 'P1',
        services: ['checkout', 'payments-api'],
        team: 'Storefront',
        customerFacing: true,
        commander: 'Priya Nair',
        commsLead: 'Tom Becker',
        symptoms: 'HTTP 500 on POST /checkout; p95 above 2 s',
        classification: null,
      },
    },
    { ...base(2, 3, 'Sam Okafor'), kind: 'acknowledged', payload: { by: 'Sam Okafor' } },
    {
      ...base(3, 12, 'Priya Nair'),
      kind: 'status_changed',
      payload: {
        from: 'investigating',
        to: 'identified',
        message: '',
        fields: { rootCause: 'The new release exhausts the database connection pool.' },
      },
    },
    {
      ...base(4, 13, 'Priya Nair'),
      kind: 'status_changed',
      payload: { from: 'identified', to: 'fixing', message: '', fields: { fix: 'Roll back to the previous release' } },
    },
    {
      ...base(5, 15, 'Tom Becker'),
      kind: 'update_published',
      payload: { templateId: 'builtin:declared', templateName: 'Incident declared', audience: 'responders', text: '…' },
    },
    { ...base(6, 16, 'Sam Okafor'), kind: 'action_taken', payload: { text: 'Rolled back checkout to the previous release', mitigation: 'rollback' } },
  ];
  if (stage === 'resolved') {
    events.push({
      ...base(7, 40, 'Priya Nair'),
      kind: 'status_changed',
      payload: { from: 'fixing', to: 'resolved', message: '', fields: { resolution: 'Rollback complete; errors back to normal.' } },
    });
  }
  return { incident: foldEvents(events)!, events };
}
