import { NearestClock } from '@/features/escalation/components/nearest-clock';
import { OnCallNow } from '@/features/escalation/components/on-call-now';
import { OpenIncidentsBanner } from '@/features/service-health/components/open-incidents-banner';
import { ServiceHealthOverview } from '@/features/service-health/components/service-health-overview';
import { Panel } from '@/ui/panel';

export default function OverviewRoute() {
  return (
    <>
      <div className="page-header">
        <h1>Overview</h1>
        <p className="muted">Is anything broken, where, since when — worst first.</p>
      </div>
      <OpenIncidentsBanner renderNearestClock={(incident) => <NearestClock incident={incident} />} />
      <ServiceHealthOverview />
      <Panel id="overview-on-call" title="On call now">
        <OnCallNow />
      </Panel>
    </>
  );
}
