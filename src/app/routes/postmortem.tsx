import { useLocation, useParams } from 'react-router';
import { PostmortemPage } from '@/features/postmortem/components/postmortem-page';

export default function PostmortemRoute() {
  const { incidentId = '' } = useParams();
  // useLocation, not useSearchParams: the latter's helpers land in the entry chunk (+1.4 kB gzip on "/").
  const view = new URLSearchParams(useLocation().search).get('view') === 'document' ? 'document' : 'edit';
  return <PostmortemPage incidentId={incidentId} view={view} />;
}
