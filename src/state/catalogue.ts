// The service catalogue, live: names, teams, threshold overrides and runbooks, shared by the
// overview, the service page, the runbook panel and the catalogue editor.
import { useLiveQuery } from 'dexie-react-hooks';
import { listCatalogue } from '@/db/catalogue-repo';
import type { CatalogueEntry } from '@/domain/catalogue/catalogue';

/** undefined while the database opens. */
export function useCatalogue(): CatalogueEntry[] | undefined {
  return useLiveQuery(listCatalogue, []);
}
