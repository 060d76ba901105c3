// Mermaid sources for the postmortem's two generated diagrams. Every piece of user text goes
// through mermaidText/mermaidLabel, so a title like `"]; click A callback` stays words.
import { mermaidLabel, mermaidText } from '../diagram/mermaid-text';
import type { TimelineRow, WhyStep } from './model';
import { visibleRows } from './timeline';

const pad = (n: number) => String(n).padStart(2, '0');
/** "11-20 09:05": month, day and time in UTC (the title says UTC). */
const utcStamp = (at: number) => {
  const d = new Date(at);
  return `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};

// One colour for every entry (mermaid's default gives each period its own, and green or orange
// would read as health states, DOMAIN.md §13); it applies to timelines without sections.
export const TIMELINE_INIT = '%%{init: {"timeline": {"disableMulticolor": true}}}%%';

/**
 * A mermaid `timeline`, top to bottom so a long incident stays readable: one entry per row,
 * labelled with its UTC date and time.
 */
export function timelineDiagram(rows: readonly TimelineRow[], title: string, maxRows = 40): string | null {
  const shown = visibleRows(rows).filter((r) => r.text.trim() !== '');
  if (shown.length === 0) return null;
  const clipped = shown.slice(0, maxRows);
  const lines = [TIMELINE_INIT, 'timeline TD', `  title ${mermaidText(`${title} (UTC)`, 120)}`];
  for (const row of clipped) lines.push(`  ${mermaidText(utcStamp(row.at))} : ${mermaidText(row.text, 90)}`);
  if (shown.length > clipped.length) lines.push(`  ${mermaidText('later')} : ${mermaidText(`${shown.length - clipped.length} more rows`)}`);
  return lines.join('\n');
}

/** The 5-whys chain as a flowchart: problem → why → because → why … → root cause. */
export function whysDiagram(steps: readonly WhyStep[], problem: string): string | null {
  const answered = steps.filter((s) => s.why.trim() !== '' || s.because.trim() !== '');
  if (answered.length === 0) return null;
  const lines = ['flowchart TD', `  P[${mermaidLabel(`Problem: ${problem}`, 120)}]`];
  let previous = 'P';
  answered.forEach((step, i) => {
    const n = i + 1;
    const last = i === answered.length - 1;
    lines.push(`  ${previous} --> W${n}[${mermaidLabel(`Why ${n}: ${step.why || '?'}`, 160)}]`);
    if (step.because.trim()) {
      const label = last ? `Root cause: ${step.because}` : step.because;
      lines.push(`  W${n} -->|because| B${n}[${mermaidLabel(label, 160)}]`);
      previous = `B${n}`;
    } else previous = `W${n}`;
  });
  if (previous.startsWith('B')) lines.push(`  class ${previous} root`, '  classDef root stroke-width:3px');
  return lines.join('\n');
}
