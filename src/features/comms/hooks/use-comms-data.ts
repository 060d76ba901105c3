// Live reads the comms components share: the templates (built-ins with stored edits, then custom
// ones) and the catalogue's names for the services.
import { useLiveQuery } from 'dexie-react-hooks';
import { listCatalogue } from '@/db/catalogue-repo';
import { listStoredTemplates } from '@/db/comms-repo';
import { mergeTemplates, type TemplateEntry } from '@/domain/comms/templates';
import type { CatalogueNames } from '@/domain/comms/context';

export function useTemplates(): TemplateEntry[] | undefined {
  return useLiveQuery(async () => mergeTemplates(await listStoredTemplates()), []);
}

export function useCatalogueNames(): CatalogueNames[] | undefined {
  return useLiveQuery(async () => (await listCatalogue()).map(({ id, name, publicName }) => ({ id, name, publicName })), []);
}

/** The writer's time zone, named beside UTC in what is sent. */
export function zoneLabel(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'local';
  } catch {
    return 'local';
  }
}
