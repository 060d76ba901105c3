import { Link, useParams } from 'react-router';
import { effectiveThresholds } from '@/domain/catalogue/catalogue';
import { assessHealth } from '@/domain/health/assess';
import { ServiceAnalysis } from '@/features/error-rates/components/service-analysis';
import { RunbookPanel } from '@/features/runbooks/components/runbook-panel';
import { useHealth } from '@/state/health';
import { useServices } from '@/state/services';
import { useCatalogue } from '@/state/catalogue';
import { useNow } from '@/state/clock';
import { useSettings } from '@/state/settings';

export default function ServiceRoute() {
  const { serviceId = '' } = useParams();
  const settings = useSettings();
  const { query: health } = useHealth();
  const services = useServices();
  const catalogue = useCatalogue();
  const now = useNow(5_000);

  const entry = catalogue?.find((e) => e.id === serviceId);
  const info = services.data?.find((s) => s.id === serviceId);
  const snapshot = health.data?.find((s) => s.serviceId === serviceId) ?? null;
  const settled = catalogue !== undefined && !health.isPending && !services.isPending;
  if (settled && !entry && !info && !snapshot) {
    return (
      <>
        <div className="page-header">
          <h1>Unknown service</h1>
        </div>
        <p>
          No data source reports a service called <code>{serviceId}</code>, and it is not in the service catalogue. Go back to the{' '}
          <Link to="/">overview</Link>.
        </p>
      </>
    );
  }

  const thresholds = effectiveThresholds(entry, settings.thresholds);
  return (
    <ServiceAnalysis
      key={serviceId}
      serviceId={serviceId}
      serviceName={entry?.name || info?.name || serviceId}
      team={entry?.team || info?.team || 'No team'}
      snapshot={snapshot}
      assessment={assessHealth(snapshot, thresholds, { now, staleAfterMs: settings.staleAfterSeconds * 1_000 })}
      thresholds={thresholds}
    >
      <RunbookPanel serviceIds={[serviceId]} />
    </ServiceAnalysis>
  );
}
