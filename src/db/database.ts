// The one Dexie database of the app. Only db/ touches it: features call repository functions
// (lint enforces this), like excalidraw wrapping its store in one module.
import Dexie, { type Table } from 'dexie';
import type { CatalogueEntry } from '@/domain/catalogue/catalogue';
import type { EscalationPolicy } from '@/domain/escalation/policy';
import type { CommsDraft, CommsTemplate } from '@/domain/comms/templates';
import type { IncidentEvent } from '@/domain/incident/events';
import type { Postmortem } from '@/domain/postmortem/model';
import type { Handoff } from '@/domain/oncall/handoff';
import type { Override, TeamSchedule } from '@/domain/oncall/schedule';
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
  postmortems!: Table<Postmortem, string>;
  escalationPolicies!: Table<EscalationPolicy, string>;
  teams!: Table<TeamSchedule, string>;
  overrides!: Table<Override, string>;
  handoffs!: Table<Handoff, string>;
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
