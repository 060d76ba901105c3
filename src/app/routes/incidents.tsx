import { OpenActionItemsPanel } from '@/features/postmortem/components/open-action-items-panel';
import { PostmortemsPanel } from '@/features/postmortem/components/postmortems-panel';
import { PlannedPage } from '@/ui/planned-page';

export default function IncidentsRoute() {
  return (
    <>
      <PlannedPage title="Incidents">
        <ul>
          <li>every incident, filterable by open/closed, status, severity, service, team and text;</li>
          <li>counts per severity and the nearest clock of each open incident.</li>
        </ul>
      </PlannedPage>
      {/* Issue 7: follow-up across postmortems, below the incident list. */}
      <div className="stack pm-incidents-panels">
        <OpenActionItemsPanel />
        <PostmortemsPanel />
      </div>
    </>
  );
}
