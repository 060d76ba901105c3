// The legend names every encoding by its shape as well as its colour (solid, dashed, shaded,
// dotted), so nothing on the chart is told apart by colour alone.
interface Item {
  key: string;
  label: string;
  swatch: 'solid' | 'dashed' | 'area' | 'deploy' | 'band' | 'spike' | 'dot' | 'limit';
}

function Swatch({ kind }: { kind: Item['swatch'] }) {
  return (
    <svg width="26" height="12" viewBox="0 0 26 12" aria-hidden="true" focusable="false" className={`legend-swatch swatch-${kind}`}>
      {kind === 'solid' && <line x1="1" y1="6" x2="25" y2="6" strokeWidth="2.5" />}
      {kind === 'dashed' && <line x1="1" y1="6" x2="25" y2="6" strokeWidth="1.5" strokeDasharray="5 3" />}
      {kind === 'limit' && <line x1="1" y1="6" x2="25" y2="6" strokeWidth="1.5" strokeDasharray="6 4" />}
      {kind === 'area' && <rect x="1" y="2" width="24" height="9" />}
      {kind === 'deploy' && <line x1="13" y1="0" x2="13" y2="12" strokeWidth="1.5" strokeDasharray="3 2" />}
      {kind === 'band' && <rect x="1" y="1" width="24" height="10" />}
      {kind === 'spike' && <rect x="1" y="1" width="24" height="10" />}
      {kind === 'dot' && <circle cx="13" cy="6" r="4" strokeWidth="2.5" />}
    </svg>
  );
}

export function ChartLegend({ items }: { items: Item[] }) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {items.map((i) => (
        <li key={i.key}>
          <Swatch kind={i.swatch} />
          {i.label}
        </li>
      ))}
    </ul>
  );
}

export const ERROR_LEGEND: Item[] = [
  { key: '5xx', label: '5xx %', swatch: 'solid' },
  { key: '4xx', label: '4xx %', swatch: 'dashed' },
  { key: 'rpm', label: 'requests/min (right axis)', swatch: 'area' },
  { key: 'limit', label: '5xx limit', swatch: 'limit' },
  { key: 'deploy', label: 'deploy (▲) / rollback (↩)', swatch: 'deploy' },
  { key: 'incident', label: 'incident', swatch: 'band' },
  { key: 'spike', label: 'spike', swatch: 'spike' },
  { key: 'anomaly', label: 'anomaly', swatch: 'dot' },
];

export const LATENCY_LEGEND: Item[] = [
  { key: 'p95', label: 'p95', swatch: 'solid' },
  { key: 'limit', label: 'warning / critical limits', swatch: 'limit' },
  { key: 'deploy', label: 'deploy', swatch: 'deploy' },
  { key: 'incident', label: 'incident', swatch: 'band' },
  { key: 'anomaly', label: 'anomaly', swatch: 'dot' },
];
