// The one Dexie database of the app. Only db/ touches it: features call repository functions
// (lint enforces this), like excalidraw wrapping its store in one module.
import Dexie, { type Table } from 'dexie';
import type { CatalogueEntry } from '@/domain/catalogue/catalogue';
import type { CommsDraft, CommsTemplate } from '@/domain/comms/templates';
import type { IncidentEvent } from '@/domain/incident/events';
import type { IncidentRow } from './incident-row';
import { declareSchema } from './schema';

export const DB_NAME = 'watchfloor';

export interface KeyValue {
  key: string;
  value: unknown;
}

export class WatchfloorDb extends Dexie {
  incidents!: Table<IncidentRow, string>;
  events!: Table<IncidentEvent, string>;
  settings!: Table<KeyValue, string>;
  services!: Table<CatalogueEntry, string>;
  meta!: Table<KeyValue, string>;
  commsTemplates!: Table<CommsTemplate, string>;
  commsDrafts!: Table<CommsDraft, string>;

  constructor(name = DB_NAME) {
    super(name);
    declareSchema(this);
  }
}

export const db = new WatchfloorDb();

/** For tests: a fresh, empty database. */
export async function resetDatabase(): Promise<void> {
  db.close();
  await Dexie.delete(DB_NAME);
  await db.open();
}
