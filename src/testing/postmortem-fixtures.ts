// A closed incident with a realistic record, and a postmortem made from it: shared by the
// postmortem unit tests (domain and db).
import { newPostmortem } from '@/domain/postmortem/postmortem';
import type { Postmortem } from '@/domain/postmortem/model';
import { declareInput, FILLED, incidentHarness, MONITORING_PERIOD_MS } from './incident-commands';

export const PM_ID = 'PM-0000ABCD';

/** Declared → … → closed, with a note, a hypothesis and an action on the way. */
export function closedIncident(incidentId = 'INC-0000000A', title = 'Checkout returns 500s') {
  const h = incidentHarness(incidentId);
  h.run({ type: 'declare', input: declareInput({ title, symptoms: 'HTTP 500 on POST /checkout' }) });
  h.advance(3 * 60_000);
  h.run({ type: 'acknowledge', by: 'Ana' });
  h.advance(2 * 60_000);
  h.run({ type: 'open_hypothesis', text: 'Pool exhausted after deploy' });
  h.run({ type: 'note', text: 'Pool at 20/20' });
  h.advance(5 * 60_000);
  h.run({ type: 'transition', from: 'investigating', to: 'identified', fields: FILLED });
  h.run({ type: 'transition', from: 'identified', to: 'fixing', fields: FILLED });
  h.run({ type: 'action', text: 'Rolled back to 4.211.1', mitigation: 'rollback' });
  h.advance(10 * 60_000);
  h.run({ type: 'transition', from: 'fixing', to: 'resolved', fields: FILLED });
  h.run({ type: 'transition', from: 'resolved', to: 'monitoring', fields: FILLED });
  h.advance(MONITORING_PERIOD_MS);
  h.run({ type: 'transition', from: 'monitoring', to: 'closed', fields: FILLED });
  return h;
}

export function samplePostmortem(id = PM_ID): Postmortem {
  const h = closedIncident();
  h.run({ type: 'postmortem_created', postmortemId: id });
  return newPostmortem({ id, incident: h.incident!, events: h.events, now: h.now, author: 'Ana', whyId: 'why-1' });
}
