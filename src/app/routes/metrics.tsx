import { MetricsPage } from '@/features/metrics/components/metrics-page';

export default function MetricsRoute() {
  return (
    <>
      <div className="page-header">
        <h1>Metrics</h1>
      </div>
      <MetricsPage />
    </>
  );
}
