import { useParams } from 'react-router';
import { PlannedPage } from '@/ui/planned-page';

export default function ServiceRoute() {
  const { serviceId } = useParams();
  return (
    <PlannedPage title={`Service ${serviceId ?? ''}`}>
      <ul>
        <li>error-rate (4xx, 5xx) and latency charts with deploy markers and incident bands;</li>
        <li>detected spikes and anomalies, error groups by fingerprint, and the runbook.</li>
      </ul>
    </PlannedPage>
  );
}
