import { PlannedPage } from '@/ui/planned-page';

export default function MetricsRoute() {
  return (
    <PlannedPage title="Metrics">
      <ul>
        <li>MTTD, MTTA, MTTI and MTTR per severity against their targets;</li>
        <li>incidents per week, by service and team, and repeat incidents.</li>
      </ul>
    </PlannedPage>
  );
}
