import type { HealthThresholds } from '@/domain/health/thresholds';

export const THRESHOLD_FIELDS: { key: keyof HealthThresholds; label: string; max?: number }[] = [
  { key: 'errorRateWarnPct', label: '5xx rate: careful (orange) from (%)', max: 100 },
  { key: 'errorRateCritPct', label: '5xx rate: broken (red) from (%)', max: 100 },
  { key: 'p95WarnMs', label: 'p95 latency: careful from (ms)' },
  { key: 'p95CritMs', label: 'p95 latency: broken from (ms)' },
  { key: 'availabilityWarnPct', label: 'Availability: careful below (%)', max: 100 },
  { key: 'availabilityCritPct', label: 'Availability: broken below (%)', max: 100 },
];

export const THRESHOLD_LABEL = Object.fromEntries(THRESHOLD_FIELDS.map((f) => [f.key, f.label])) as Record<keyof HealthThresholds, string>;

/** "thresholds.p95WarnMs: …" → "p95 latency: careful from (ms): …" — issues in the words of the form. */
export function labelIssue(issue: string): string {
  const m = /^(?:thresholds\.)?(\w+): (.*)$/.exec(issue);
  const label = m && THRESHOLD_LABEL[m[1] as keyof HealthThresholds];
  return label ? `${label}: ${m[2]}` : issue;
}

interface Props {
  value: HealthThresholds;
  onChange(next: HealthThresholds): void;
  idPrefix: string;
}

/** The six limits that colour a tile. */
export function ThresholdFields({ value, onChange, idPrefix }: Props) {
  return (
    <div className="form-grid threshold-fields">
      {THRESHOLD_FIELDS.map((f) => (
        <label key={f.key} htmlFor={`${idPrefix}-${f.key}`}>
          {f.label}
          <input
            id={`${idPrefix}-${f.key}`}
            type="number"
            min={0}
            max={f.max}
            // Any value: a browser's step check would refuse 0.25 % with a cryptic tooltip.
            step="any"
            value={Number.isFinite(value[f.key]) ? value[f.key] : ''}
            onChange={(e) => onChange({ ...value, [f.key]: e.target.valueAsNumber })}
          />
        </label>
      ))}
    </div>
  );
}
