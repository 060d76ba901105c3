// Realistic incident histories at any size, deterministic from a seed: for the metrics, list and
// timeline benchmarks and for tests. Every event goes through the domain's `decide`, so the
// history is one the app itself could have written.
import { createUlidFactory } from '@/domain/ids';
import { decide, type IncidentCommand } from '@/domain/incident/commands';
import type { IncidentEvent } from '@/domain/incident/events';
import { applyEvent, type Incident } from '@/domain/incident/incident';
import { createRng } from '@/domain/random/seeded';
import type { Severity } from '@/domain/severity/levels';

const SERVICES: [string, string][] = [
  ['web-frontend', 'Storefront'],
  ['checkout', 'Storefront'],
  ['cart', 'Storefront'],
  ['search', 'Storefront'],
  ['payments-api', 'Payments'],
  ['billing-worker', 'Payments'],
  ['fraud-check', 'Payments'],
  ['ledger', 'Payments'],
  ['auth', 'Platform'],
  ['api-gateway', 'Platform'],
  ['notifications', 'Platform'],
  ['media-cdn', 'Platform'],
];
const SYMPTOMS = [
  'dropping requests',
  'slow responses',
  'stale data',
  'crash loop',
  'TLS errors',
  'DNS failures',
  'high CPU',
  'out of memory',
  'returning 5xx',
  'latency above 2 s',
  'timeouts to upstream',
  'pods restarting',
  'error rate spike after deploy',
  'queue backlog growing',
  'elevated 4xx',
  'partial outage',
];
const CAUSES = [
  'connection pool exhausted',
  'memory leak in cache',
  'bad config pushed',
  'expired certificate',
  'upstream degradation',
  'slow query after migration',
  'retry storm',
  'disk full',
];
const PEOPLE = ['Ana', 'Ben', 'Chen', 'Dara', 'Eli', 'Fay', 'Gus', 'Hana'];
const RESOURCES = [
  'orders',
  'invoices',
  'carts',
  'sessions',
  'users',
  'images',
  'refunds',
  'coupons',
  'reviews',
  'stock',
  'prices',
  'emails',
  'tokens',
  'webhooks',
  'exports',
  'reports',
  'receipts',
  'wishlists',
  'addresses',
  'payouts',
];
const REGIONS = ['eu-west', 'us-east', 'ap-south', 'sa-east', 'canary', 'mobile', 'partner', 'admin'];
/** Share of incidents that repeat a recent one (same cause, fingerprint or title), as in real histories. */
const REPEAT_SHARE = 0.06;

export interface GenerateOptions {
  count: number;
  seed?: number;
  /** The newest incident is declared before this. */
  now: number;
  spanDays?: number;
  /** Target average events per incident (notes pad the history). */
  eventsPerIncident?: number;
  /** Share of incidents left open. */
  openShare?: number;
}

function pick<T>(rng: () => number, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}

function severityFor(r: number): Severity {
  return r < 0.05 ? 'P0' : r < 0.25 ? 'P1' : r < 0.7 ? 'P2' : 'P3';
}

/** Minutes, log-normally spread around a median. */
function minutes(rng: () => number, median: number): number {
  const g = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  return Math.max(0.5, median * Math.exp(0.8 * g));
}

export function generateIncidentHistory(o: GenerateOptions): { events: IncidentEvent[]; incidents: Incident[] } {
  const rng = createRng(o.seed ?? 42);
  const newId = createUlidFactory((n) => Uint8Array.from({ length: n }, () => Math.floor(rng() * 256)));
  const spanMs = (o.spanDays ?? 365) * 86_400_000;
  const perIncident = o.eventsPerIncident ?? 20;
  const events: IncidentEvent[] = [];
  const incidents: Incident[] = [];

  for (let n = 0; n < o.count; n++) {
    const incidentId = `INC-${(0x10000000 + n).toString(16).toUpperCase().slice(-8)}`;
    let now = o.now - spanMs + Math.floor((spanMs * (n + rng())) / o.count) - 36 * 3_600_000;
    let incident: Incident | null = null;
    const run = (command: IncidentCommand, author = pick(rng, PEOPLE)) => {
      const d = decide(incident, command, {
        now: Math.round(now),
        author,
        incidentId,
        newId: () => newId(Math.round(now)),
        monitoringPeriodMs: 3_600_000,
      });
      if (!d.ok) return;
      incident = applyEvent(incident, d.event);
      events.push(d.event);
    };
    const [service, team] = pick(rng, SERVICES);
    const severity = severityFor(rng());
    const repeat =
      incidents.length > 0 && rng() < REPEAT_SHARE
        ? (incidents[incidents.length - 1 - Math.floor(rng() * Math.min(20, incidents.length))] as Incident)
        : null;
    const cause = repeat?.rootCause || `${pick(rng, CAUSES)} (change ${n})`;
    const title = repeat ? `${repeat.title} again` : `${service} ${pick(rng, SYMPTOMS)} on /${pick(rng, RESOURCES)} (${pick(rng, REGIONS)}) #${n}`;
    run({
      type: 'declare',
      input: {
        title,
        description: `Generated incident ${n}`,
        severity,
        services: repeat ? repeat.services : rng() < 0.2 ? [service, pick(rng, SERVICES)[0]] : [service],
        team,
        customerFacing: rng() < 0.6,
        commander: pick(rng, PEOPLE),
        commsLead: pick(rng, PEOPLE),
        classification: null,
        impactStartedAt: Math.round(now - minutes(rng, 4) * 60_000),
        fingerprints: repeat ? repeat.fingerprints : rng() < 0.5 ? [`fp-${n.toString(16)}`] : [],
      },
    });
    const open = rng() < (o.openShare ?? 0.02);
    const stages: [number, IncidentCommand][] = [
      [minutes(rng, severity <= 'P1' ? 6 : 25), { type: 'acknowledge', by: pick(rng, PEOPLE) }],
      [minutes(rng, severity <= 'P1' ? 30 : 90), { type: 'transition', from: 'investigating', to: 'identified', fields: { rootCause: cause } }],
      [minutes(rng, 10), { type: 'transition', from: 'identified', to: 'fixing', fields: { fix: 'rollback' } }],
      [minutes(rng, 40), { type: 'transition', from: 'fixing', to: 'resolved', fields: { resolution: 'fixed' } }],
      [minutes(rng, 5), { type: 'transition', from: 'resolved', to: 'monitoring', fields: { verification: 'error rate' } }],
      [
        minutes(rng, 90),
        { type: 'transition', from: 'monitoring', to: 'closed', fields: { closingNote: 'stable', earlyCloseReason: 'verified by load test' } },
      ],
    ];
    const stop = open ? Math.floor(rng() * stages.length) : stages.length;
    const padding = Math.max(0, perIncident - 1 - stop);
    for (let s = 0; s < stop; s++) {
      const [after, command] = stages[s]!;
      const share = padding / stop;
      for (let k = 0; k < Math.floor(share + rng()); k++) {
        now += (after * 60_000) / (share + 2);
        run(rng() < 0.8 ? { type: 'note', text: `Observation ${k} on ${service}` } : { type: 'action', text: 'Scaled up', mitigation: 'scale up' });
      }
      now += after * 60_000;
      run(command);
    }
    if (incident) incidents.push(incident);
  }
  return { events, incidents };
}

/** One incident with a long timeline (for the 5,000-event timeline benchmark). */
export function generateLongIncident(eventCount: number, now: number, incidentId = 'INC-5000E7E7'): IncidentEvent[] {
  const newId = createUlidFactory();
  const events: IncidentEvent[] = [];
  let incident: Incident | null = null;
  let t = now - eventCount * 30_000;
  const run = (command: IncidentCommand) => {
    const d = decide(incident, command, {
      now: t,
      author: PEOPLE[events.length % PEOPLE.length] as string,
      incidentId,
      newId: () => newId(t),
      monitoringPeriodMs: 0,
    });
    if (d.ok) {
      incident = applyEvent(incident, d.event);
      events.push(d.event);
    }
    t += 30_000;
  };
  run({
    type: 'declare',
    input: {
      title: 'Long-running incident',
      description: '',
      severity: 'P1',
      services: ['checkout'],
      team: 'Storefront',
      customerFacing: true,
      commander: 'Ana',
      commsLead: 'Ben',
      classification: null,
    },
  });
  run({ type: 'acknowledge', by: 'Ana' });
  while (events.length < eventCount)
    run({ type: 'note', text: `Update ${events.length}: still watching the checkout pool (${events.length % 20}/20 in use)` });
  return events;
}
