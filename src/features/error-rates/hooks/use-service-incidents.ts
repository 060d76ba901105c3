import { useLiveQuery } from 'dexie-react-hooks';
import { incidentsForService } from '@/db/incidents-read';
import type { Incident } from '@/domain/incident/incident';

/** Every incident that names the service, live. */
export function useServiceIncidents(serviceId: string): Incident[] | undefined {
  return useLiveQuery(() => incidentsForService(serviceId), [serviceId]);
}
