import { RANGES, type RangeDef } from '../ranges';

export function RangePicker({ value, onChange }: { value: RangeDef; onChange(range: RangeDef): void }) {
  return (
    <div className="range-picker" role="group" aria-label="Time range">
      {RANGES.map((r) => (
        <button
          key={r.id}
          type="button"
          aria-pressed={r.id === value.id}
          className={r.id === value.id ? 'is-active' : undefined}
          onClick={() => onChange(r)}
        >
          {r.label}
        </button>
      ))}
    </div>
  );
}
