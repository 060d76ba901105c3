import '../incidents.css';
import { lifecycleDiagram } from '@/domain/incident/diagram';
import type { Incident } from '@/domain/incident/incident';
import { STATUS_LABEL } from '@/domain/incident/lifecycle';
import { MermaidDiagram } from '@/ui/mermaid-diagram';
import { Panel } from '@/ui/panel';
import { PALETTES } from '@/ui/palette';
import { useDocumentTheme } from '@/ui/theme';

export function LifecyclePanel({ incident }: { incident: Incident }) {
  const palette = PALETTES[useDocumentTheme()];
  const source = lifecycleDiagram(incident, {
    currentFill: palette.accent,
    currentStroke: palette.text,
    currentText: palette.accentText,
    visitedStroke: palette.textMuted,
  });
  const path = incident.path.map((p) => STATUS_LABEL[p.status]).join(' → ');
  return (
    <Panel id="incident-lifecycle" title="Lifecycle">
      <MermaidDiagram source={source} label={`Incident lifecycle; now ${STATUS_LABEL[incident.status]}. Path taken: ${path}.`} />
      <p className="muted" data-testid="lifecycle-path">
        Path taken: {path} (now).
      </p>
    </Panel>
  );
}
