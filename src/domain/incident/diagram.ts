// The lifecycle diagram, generated from the machine's own definition (TRANSITIONS), so the
// picture can never disagree with the rules. The current state and the path taken are marked
// in words (● now, ✓) as well as style, since colour is never the only signal.
import { mermaidText } from '../diagram/mermaid-text';
import type { Incident } from './incident';
import { STATUSES, STATUS_LABEL, TRANSITIONS } from './lifecycle';

export interface DiagramColours {
  currentFill: string;
  currentStroke: string;
  currentText: string;
  visitedStroke: string;
}

export function lifecycleDiagram(incident: Pick<Incident, 'status' | 'path' | 'title'>, colours: DiagramColours): string {
  const visited = new Set(incident.path.map((p) => p.status));
  // Top to bottom: the diagram sits in a narrow column beside the timeline.
  const lines = ['stateDiagram-v2', '  direction TB'];
  for (const s of STATUSES) {
    const mark = s === incident.status ? ' ● now' : visited.has(s) ? ' ✓' : '';
    lines.push(`  state "${mermaidText(STATUS_LABEL[s] + mark)}" as ${s}`);
  }
  lines.push('  [*] --> detected');
  for (const t of TRANSITIONS) lines.push(`  ${t.from} --> ${t.to} : ${mermaidText(t.action)}`);
  lines.push('  closed --> [*]');
  lines.push(`  note right of ${incident.status} : ${mermaidText(incident.title, 60)}`);
  lines.push(
    `  classDef current fill:${colours.currentFill},stroke:${colours.currentStroke},color:${colours.currentText},stroke-width:3px,font-weight:bold`,
  );
  lines.push(`  classDef visited stroke:${colours.visitedStroke},stroke-width:2px,stroke-dasharray:4 3`);
  const past = [...visited].filter((s) => s !== incident.status);
  if (past.length) lines.push(`  class ${past.join(',')} visited`);
  lines.push(`  class ${incident.status} current`);
  return lines.join('\n');
}
