import { useParams } from 'react-router';
import { PlannedPage } from '@/ui/planned-page';

export default function IncidentRoute() {
  const { incidentId } = useParams();
  return (
    <PlannedPage title={`Incident ${incidentId ?? ''}`}>
      <ul>
        <li>the incident's state, roles and the actions its state allows;</li>
        <li>its lifecycle diagram, phase checklist, timeline and runbooks.</li>
      </ul>
    </PlannedPage>
  );
}
