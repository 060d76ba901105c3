import { PlannedPage } from '@/ui/planned-page';

export default function OverviewRoute() {
  return (
    <PlannedPage title="Overview">
      <ul>
        <li>every service as a tile, grouped by team, coloured by its health thresholds (with an icon and a word);</li>
        <li>error rate, latency p95, availability and alerts per service, with a sparkline;</li>
        <li>a banner of open incidents, worst services first.</li>
      </ul>
    </PlannedPage>
  );
}
