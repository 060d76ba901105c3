import { PlannedPage } from '@/ui/planned-page';

export default function WallRoute() {
  return (
    <PlannedPage title="Wall display">
      <ul>
        <li>the morning check for a TV: every service as a large tile, open incidents with their clocks, the night's alerts.</li>
      </ul>
    </PlannedPage>
  );
}
