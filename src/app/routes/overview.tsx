import { OpenIncidentsBanner } from '@/features/service-health/components/open-incidents-banner';
import { ServiceHealthOverview } from '@/features/service-health/components/service-health-overview';

export default function OverviewRoute() {
  return (
    <>
      <div className="page-header">
        <h1>Overview</h1>
        <p className="muted">Is anything broken, where, since when — worst first.</p>
      </div>
      <OpenIncidentsBanner />
      <ServiceHealthOverview />
    </>
  );
}
