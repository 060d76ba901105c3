// Incidents per week: bars for counts per bucket (DOMAIN.md §13), stacked by severity in neutral
// greys of increasing weight (severity is not a health state), with the trend said in words.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { WeekCount, trendOf } from '@/domain/metrics/metrics';
import { SEVERITIES } from '@/domain/severity/levels';
import { Panel } from '@/ui/panel';
import { PALETTES } from '@/ui/palette';
import { useDocumentTheme } from '@/ui/theme';
import '../metrics.css';

const fmt = (t: number) => new Date(t).toISOString().slice(5, 10);

export function WeeklyChart({ weeks, trend }: { weeks: WeekCount[]; trend: ReturnType<typeof trendOf> }) {
  const p = PALETTES[useDocumentTheme()];
  const data = weeks.map((w) => ({ week: fmt(w.weekStart), ...w.bySeverity, total: w.total }));
  const words = { down: 'trending down — as it should', up: 'trending up', flat: 'about flat' };
  const summary = `${weeks.reduce((s, w) => s + w.total, 0)} incidents over ${weeks.length} weeks, ${words[trend.direction]} (${trend.slope >= 0 ? '+' : ''}${trend.slope.toFixed(2)} per week per week).`;
  return (
    <Panel id="metrics-weekly" title="Incidents per week" meta={summary}>
      <figure className="chart-box" aria-label={`Bar chart: ${summary}`} role="img" style={{ margin: 0 }}>
        <ResponsiveContainer>
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid stroke={p.border} vertical={false} />
            <XAxis dataKey="week" stroke={p.textMuted} tick={{ fill: p.textMuted, fontSize: 12 }} minTickGap={12} />
            <YAxis allowDecimals={false} stroke={p.textMuted} tick={{ fill: p.textMuted, fontSize: 12 }} />
            <Tooltip contentStyle={{ background: p.surface, border: `1px solid ${p.border}`, color: p.text }} />
            <Legend formatter={(value: string) => <span style={{ color: p.text }}>{value}</span>} />
            {SEVERITIES.map((s, k) => (
              <Bar key={s} dataKey={s} stackId="s" fill={p.series[k]} stroke={p.surface} strokeWidth={1} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </Panel>
  );
}
