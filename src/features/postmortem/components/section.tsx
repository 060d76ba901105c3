// One section of the postmortem, as a panel with an anchor for the table of contents.
import type { ReactNode } from 'react';
import { Panel } from '@/ui/panel';

export function PmSection({
  id,
  title,
  meta,
  actions,
  children,
}: {
  id: string;
  title: string;
  meta?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div id={`pm-${id}`} className="pm-section">
      <Panel id={`postmortem-${id}`} title={title} meta={meta} actions={actions}>
        {children}
      </Panel>
    </div>
  );
}
