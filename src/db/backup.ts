// Backup of the whole store as one JSON file, and its import: every record is validated with
// zod before anything is written, and the import runs in one transaction, so a malformed or
// foreign file writes nothing and the user is told which record and which field is wrong.
import * as z from 'zod/mini';
import { catalogueEntrySchema } from '@/domain/catalogue/catalogue';
import { escalationPolicySchema } from '@/domain/escalation/policy';
import { commsTemplateSchema } from '@/domain/comms/templates';
import { incidentEventSchema, type IncidentEvent } from '@/domain/incident/events';
import { handoffSchema } from '@/domain/oncall/handoff';
import { overrideSchema, teamScheduleSchema } from '@/domain/oncall/schedule-schema';
import { describeIssues } from '@/domain/schema-kit';
import { foldEvents } from '@/domain/incident/incident';
import { postmortemSchema } from '@/domain/postmortem/model';
import { db } from './database';
import { toIncidentRow } from './incident-row';
import { CURRENT_VERSION } from './schema';
import { guardStorage } from './storage-errors';

export const BACKUP_FORMAT = 'watchfloor-backup';

interface TableSpec {
  schema: z.ZodMiniType;
  /** How a record names itself in an error message. */
  label: (record: Record<string, unknown>) => string;
}

const keyValueSchema = z.object({ key: z.string().check(z.minLength(1)), value: z.unknown() });

/**
 * Every table that holds data of its own. Incident snapshots are not here: they are rebuilt
 * from the events. `meta` is not here: it describes this browser, not the team's data.
 */
export const BACKUP_TABLES: Record<string, TableSpec> = {
  events: { schema: incidentEventSchema, label: (r) => `event ${String(r.id ?? '?')} of ${String(r.incidentId ?? '?')}` },
  settings: { schema: keyValueSchema, label: (r) => `setting ${String(r.key ?? '?')}` },
  services: { schema: catalogueEntrySchema, label: (r) => `service ${String(r.id ?? '?')}` },
  postmortems: { schema: postmortemSchema, label: (r) => `postmortem ${String(r.id ?? '?')} of ${String(r.incidentId ?? '?')}` },
  escalationPolicies: { schema: escalationPolicySchema, label: (r) => `${String(r.severity ?? '?')} escalation policy` },
  teams: { schema: teamScheduleSchema, label: (r) => `team ${String(r.name ?? r.id ?? '?')}` },
  overrides: { schema: overrideSchema, label: (r) => `override ${String(r.id ?? '?')} of ${String(r.teamId ?? '?')}` },
  handoffs: { schema: handoffSchema, label: (r) => `handoff ${String(r.id ?? '?')} of ${String(r.teamName ?? '?')}` },
  commsTemplates: { schema: commsTemplateSchema, label: (r) => `template ${String(r.id ?? '?')}` },
};

/** Tables deliberately left out of backups, and why (a test checks every table is one or the other). */
export const NOT_BACKED_UP: Record<string, string> = {
  incidents: 'snapshots are rebuilt from the events on import',
  meta: 'describes this browser (e.g. whether demo data was seeded), not the team’s data',
  commsDrafts: 'unsent work in progress of the person at this browser; what was sent is in the update_published events, which are backed up',
};

export interface Backup {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  exportedAt: number;
  tables: Record<string, unknown[]>;
}

export async function exportBackup(now: number): Promise<Backup> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', Object.keys(BACKUP_TABLES), async () => {
    for (const name of Object.keys(BACKUP_TABLES)) tables[name] = await db.table(name).toArray();
  });
  return { format: BACKUP_FORMAT, schemaVersion: CURRENT_VERSION, exportedAt: now, tables };
}

export type ImportResult = { ok: true; counts: Record<string, number>; incidents: number } | { ok: false; errors: string[] };

const MAX_REPORTED = 10;

/** Checks a backup's text without writing anything. */
export function validateBackup(text: string): { ok: true; backup: Backup } | { ok: false; errors: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON: ${(error as Error).message}`] };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, errors: [`This is not a Watchfloor backup: it has no "format": "${BACKUP_FORMAT}" field.`] };
  }
  const envelope = z
    .object({
      format: z.literal(BACKUP_FORMAT),
      schemaVersion: z.int().check(z.positive()),
      exportedAt: z.number(),
      tables: z.record(z.string(), z.array(z.unknown())),
    })
    .safeParse(raw);
  if (!envelope.success) {
    return { ok: false, errors: describeIssues(envelope.error) };
  }
  const backup = envelope.data as Backup;
  if (backup.schemaVersion > CURRENT_VERSION) {
    return {
      ok: false,
      errors: [
        `This backup was made by a newer Watchfloor (schema ${backup.schemaVersion}); this one reads up to schema ${CURRENT_VERSION}. Update the app first.`,
      ],
    };
  }
  const errors: string[] = [];
  let total = 0;
  for (const [name, records] of Object.entries(backup.tables)) {
    const spec = BACKUP_TABLES[name];
    if (!spec) {
      if (!(name in NOT_BACKED_UP)) errors.push(`Unknown table "${name}" in the backup.`);
      continue;
    }
    records.forEach((record, index) => {
      const result = spec.schema.safeParse(record);
      if (result.success) return;
      total += result.error.issues.length;
      if (errors.length >= MAX_REPORTED) return;
      const who = typeof record === 'object' && record !== null ? spec.label(record as Record<string, unknown>) : 'not an object';
      for (const issue of result.error.issues.slice(0, 2)) {
        errors.push(`${name}[${index}] (${who}): ${issue.path.map(String).join('.') || '(record)'}: ${issue.message}`);
      }
    });
  }
  if (total > errors.length) errors.push(`…and ${total - errors.length} more problems.`);
  return errors.length ? { ok: false, errors } : { ok: true, backup };
}

/**
 * Imports a backup into this browser: events are merged by id (immutable, so nothing is
 * duplicated or overwritten), other records replace the ones with the same key, and every
 * touched incident is refolded. All in one transaction.
 */
export async function importBackup(text: string): Promise<ImportResult> {
  const checked = validateBackup(text);
  if (!checked.ok) return checked;
  const { tables } = checked.backup;
  return guardStorage(() =>
    db.transaction('rw', [...Object.keys(BACKUP_TABLES), 'incidents'], async () => {
      const counts: Record<string, number> = {};
      for (const name of Object.keys(BACKUP_TABLES)) {
        const records = tables[name] ?? [];
        if (name === 'events') {
          const events = records as IncidentEvent[];
          const existing = new Set((await db.events.bulkGet(events.map((e) => e.id))).filter(Boolean).map((e) => e!.id));
          const fresh = events.filter((e) => !existing.has(e.id));
          await db.events.bulkAdd(fresh);
          counts[name] = fresh.length;
        } else {
          await db.table(name).bulkPut(records);
          counts[name] = records.length;
        }
      }
      const touched = [...new Set(((tables.events ?? []) as IncidentEvent[]).map((e) => e.incidentId))];
      for (const id of touched) {
        const incident = foldEvents(await db.events.where('incidentId').equals(id).toArray());
        if (incident) await db.incidents.put(toIncidentRow(incident));
      }
      return { ok: true, counts, incidents: touched.length } as const;
    }),
  );
}
