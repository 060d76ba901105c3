// Many open incidents whose clocks still run, of every severity and at every stage before a fix
// is confirmed: for the clock-render test and the clock benchmark (issue 5: "how many renders a
// minute the incident list costs with 200 open incidents"). Deterministic from the seed.
import type { IncidentEvent } from '@/domain/incident/events';
import type { Incident } from '@/domain/incident/incident';
import { createRng, seedFromString } from '@/domain/random/seeded';
import { SEVERITIES } from '@/domain/severity/levels';
import { declareInput, FILLED, incidentHarness } from './incident-commands';

const MIN = 60_000;

/** `count` open incidents declared up to `maxAgeMin` minutes before `now`; some acknowledged, some with updates, some fixing. */
export function generateOpenIncidents(
  count: number,
  now: number,
  maxAgeMin: number,
  seed: string,
): { incidents: Incident[]; events: IncidentEvent[] } {
  const random = createRng(seedFromString(seed));
  const incidents: Incident[] = [];
  const events: IncidentEvent[] = [];
  for (let i = 0; i < count; i++) {
    const age = Math.floor(random() * maxAgeMin * MIN);
    const h = incidentHarness(`INC-${(0xa0000000 + i).toString(16).toUpperCase()}`, now - age);
    h.run({ type: 'declare', input: declareInput({ severity: SEVERITIES[i % 4]! }) });
    const progress = random();
    if (progress > 0.2) {
      h.advance(Math.floor(age * 0.1));
      h.run({ type: 'acknowledge', by: 'Sam' });
    }
    if (progress > 0.5) {
      h.advance(Math.floor(age * 0.3));
      h.run({ type: 'publish_update', templateId: 't', templateName: 'Progress', audience: 'stakeholders', text: 'x' });
    }
    if (progress > 0.8) {
      h.advance(Math.floor(age * 0.2));
      for (const [from, to] of [
        ['investigating', 'identified'],
        ['identified', 'fixing'],
      ] as const)
        h.run({ type: 'transition', from, to, fields: FILLED });
    }
    incidents.push(h.incident!);
    events.push(...h.events);
  }
  return { incidents, events };
}
