// Messages between the metrics page and its worker.
import type { MetricsReport } from '@/domain/metrics/metrics';

export interface MetricsRequest {
  id: number;
  from: number;
  to: number;
  /** The store's change token: while it is the same, the worker reuses what it last read. */
  token: string;
}

export type MetricsResponse =
  { id: number; ok: true; report: MetricsReport; computeMs: number; readMs: number } | { id: number; ok: false; error: string };
