// What the service page hands to the declare form: a suggested title, the current 5xx rate and
// a description of what the page shows (figures, spike, last deploy, new errors), so the first
// minutes of an incident are spent on the problem, not on retyping the dashboard.
import type { Deploy, HealthSnapshot } from '../telemetry/schemas';
import { formatUtc } from '../time/format';
import type { HealthAssessment } from './assess';
import { formatAvailability, formatCount, formatMs, formatRate } from './metric-format';
import type { Spike } from './spike';
import type { HealthThresholds } from './thresholds';

export interface DraftInput {
  serviceId: string;
  serviceName: string;
  snapshot: HealthSnapshot | null | undefined;
  assessment: HealthAssessment;
  thresholds: HealthThresholds;
  /** The latest spike on the page, if any, and whether the rule still holds now. */
  spike: (Spike & { ongoing: boolean }) | null;
  lastDeploy: Deploy | null;
  newErrors: readonly { type: string; message: string; count: number; users: number }[];
}

export interface IncidentDraft {
  title: string;
  /** The current 5xx rate, as a plain number ("14.2"), or '' when unknown. */
  errorRate: string;
  description: string;
}

const plainNumber = (pct: number) => String(Math.round(pct * 100) / 100);

function headline(input: DraftInput): string {
  const s = input.snapshot;
  if (!s) return 'no health data';
  const t = input.thresholds;
  if (input.spike?.ongoing) return `5xx errors spiking (${formatRate(s.errorRatePct)})`;
  if (s.errorRatePct >= t.errorRateWarnPct) return `5xx error rate ${formatRate(s.errorRatePct)}`;
  if (s.p95Ms !== null && s.p95Ms >= t.p95WarnMs) return `slow responses (p95 ${formatMs(s.p95Ms)})`;
  if (s.availabilityPct !== null && s.availabilityPct < t.availabilityWarnPct) return `availability down to ${formatAvailability(s.availabilityPct)}`;
  return 'suspected problem';
}

export function draftIncident(input: DraftInput): IncidentDraft {
  const s = input.snapshot;
  const lines: string[] = [];
  if (s) {
    lines.push(
      `${input.serviceName}: 5xx ${formatRate(s.errorRatePct)} (limit ${formatRate(input.thresholds.errorRateCritPct)}), 4xx ${formatRate(s.clientErrorRatePct)}, ` +
        `p95 ${formatMs(s.p95Ms)}, availability ${formatAvailability(s.availabilityPct)}, ${formatCount(s.requestsPerMin)} requests/min, as of ${formatUtc(s.at)}.`,
    );
  }
  if (input.assessment.reasons.length) lines.push(`Health: ${input.assessment.reasons.join('; ')}.`);
  if (input.spike) {
    lines.push(
      `Spike: ${formatCount(input.spike.recent)} errors in 5 min, ${input.spike.peakRatio.toFixed(1)}× the hourly baseline, from ${formatUtc(input.spike.from)}${input.spike.ongoing ? ' (ongoing)' : ''}.`,
    );
  }
  if (input.lastDeploy) lines.push(`Last ${input.lastDeploy.kind}: ${input.lastDeploy.version} at ${formatUtc(input.lastDeploy.at)}.`);
  for (const e of input.newErrors.slice(0, 3)) {
    lines.push(`New error: ${e.type}: ${e.message} (${formatCount(e.count)} events, ${formatCount(e.users)} users).`);
  }
  return {
    title: `${input.serviceName}: ${headline(input)}`.slice(0, 200),
    errorRate: s ? plainNumber(s.errorRatePct) : '',
    description: lines.join('\n').slice(0, 2_000),
  };
}

/** The declare form's address, with exactly the query parameters it reads. */
export function declareHref(serviceId: string, draft: IncidentDraft): string {
  const params = new URLSearchParams({ service: serviceId, title: draft.title, errorRate: draft.errorRate, description: draft.description });
  return `/incidents/new?${params.toString()}`;
}
