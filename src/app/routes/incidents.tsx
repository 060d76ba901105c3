import { PlannedPage } from '@/ui/planned-page';

export default function IncidentsRoute() {
  return (
    <PlannedPage title="Incidents">
      <ul>
        <li>every incident, filterable by open/closed, status, severity, service, team and text;</li>
        <li>counts per severity and the nearest clock of each open incident.</li>
      </ul>
    </PlannedPage>
  );
}
