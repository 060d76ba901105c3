// Messages between the metrics page and its worker.
import type { MetricsReport } from '@/domain/metrics/metrics';

export interface MetricsRequest {
  id: number;
  from: number;
  to: number;
}

export type MetricsResponse =
  { id: number; ok: true; report: MetricsReport; computeMs: number; readMs: number } | { id: number; ok: false; error: string };
