import { useParams, useSearchParams } from 'react-router';
import { PostmortemPage } from '@/features/postmortem/components/postmortem-page';

export default function PostmortemRoute() {
  const { incidentId = '' } = useParams();
  const [search] = useSearchParams();
  return <PostmortemPage incidentId={incidentId} view={search.get('view') === 'document' ? 'document' : 'edit'} />;
}
