// DOMAIN.md §2 response phases: guidance for the current state, as a checklist whose ticks are
// events too. Item ids are stable: renaming the text keeps old ticks.
import type { Status } from './lifecycle';

export interface PhaseItem {
  id: string;
  text: string;
}

export interface Phase {
  id: 'triage' | 'investigation' | 'mitigation' | 'recovery' | 'post-incident';
  title: string;
  window: string;
  statuses: Status[];
  items: PhaseItem[];
}

export const PHASES: readonly Phase[] = [
  {
    id: 'triage',
    title: 'Detection & triage',
    window: '0–5 min',
    statuses: ['detected'],
    items: [
      { id: 'triage.ack', text: 'Acknowledge the alert' },
      { id: 'triage.severity', text: 'Check severity and impact' },
      { id: 'triage.commander', text: 'Assign an incident commander' },
      { id: 'triage.channel', text: 'Open an incident channel' },
      { id: 'triage.statuspage', text: 'Status page, if customer-facing' },
    ],
  },
  {
    id: 'investigation',
    title: 'Investigation',
    window: '5–30 min',
    statuses: ['investigating'],
    items: [
      { id: 'investigation.metrics', text: 'Gather error rates, traces and logs around the start' },
      { id: 'investigation.deploys', text: 'Correlate with recent deploys and config changes' },
      { id: 'investigation.hypothesis', text: 'Form a hypothesis' },
      { id: 'investigation.document', text: 'Document findings in the timeline' },
    ],
  },
  {
    id: 'mitigation',
    title: 'Mitigation',
    window: 'until the error rate drops',
    statuses: ['identified', 'fixing'],
    items: [
      { id: 'mitigation.choose', text: 'Choose: rollback, scale up, feature flag off, failover or hotfix' },
      { id: 'mitigation.verify', text: 'Verify the error rate drops' },
      { id: 'mitigation.watch', text: 'Watch for 15–30 min' },
    ],
  },
  {
    id: 'recovery',
    title: 'Recovery',
    window: 'after the fix',
    statuses: ['resolved', 'monitoring'],
    items: [
      { id: 'recovery.systems', text: 'Verify all systems' },
      { id: 'recovery.data', text: 'Check data consistency' },
      { id: 'recovery.queues', text: 'Process queued work' },
      { id: 'recovery.statuspage', text: 'Mark the status page resolved' },
      { id: 'recovery.notify', text: 'Notify stakeholders' },
    ],
  },
  {
    id: 'post-incident',
    title: 'Post-incident',
    window: 'within 48 h',
    statuses: ['closed'],
    items: [{ id: 'post.postmortem', text: 'Hold the postmortem within 48 h' }],
  },
];

export const CHECKLIST_ITEM_IDS: ReadonlySet<string> = new Set(PHASES.flatMap((p) => p.items.map((i) => i.id)));

export function phaseFor(status: Status): Phase {
  return PHASES.find((p) => p.statuses.includes(status)) as Phase;
}
