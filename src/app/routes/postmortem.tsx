import { useParams } from 'react-router';
import { PlannedPage } from '@/ui/planned-page';

export default function PostmortemRoute() {
  const { incidentId } = useParams();
  return (
    <PlannedPage title={`Postmortem of ${incidentId ?? ''}`}>
      <ul>
        <li>a blameless review started from the incident's record, with 5 whys and action items.</li>
      </ul>
    </PlannedPage>
  );
}
