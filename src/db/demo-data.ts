// Seeding the demo history on first start, and removing every demo record on request. Demo
// records carry `demo: true`; booleans cannot be indexed, so removal scans (it is rare).
import type { CatalogueEntry } from '@/domain/catalogue/catalogue';
import type { IncidentCommand } from '@/domain/incident/commands';
import type { Handoff } from '@/domain/oncall/handoff';
import type { Override, TeamSchedule } from '@/domain/oncall/schedule';
import type { ServiceInfo } from '@/domain/telemetry/schemas';
import { registerServices } from './catalogue-repo';
import { db } from './database';
import { DEMO_SEEDED_KEY } from './demo-status';
import { runCommand } from './incidents-write';
import { guardStorage } from './storage-errors';

export interface DemoSeed {
  services: ServiceInfo[];
  runbooks: ReadonlyMap<string, CatalogueEntry['runbook']>;
  stories: readonly {
    incidentId: string;
    hoursAgo: number;
    impactMinutesBefore: number;
    steps: readonly { at: number; author: string; command: IncidentCommand }[];
  }[];
  monitoringPeriodMs: number;
  /** Demo on-call teams, overrides and handoff notes (all marked demo). */
  onCall?: { teams: TeamSchedule[]; overrides: Override[]; handoffs: Handoff[] };
}

/**
 * Writes the demo history once per browser, in one transaction: other tabs see all of it or
 * none, and a tab starting at the same moment finds it claimed and does nothing.
 */
export async function seedDemoOnce(seed: DemoSeed, now: number): Promise<boolean> {
  return guardStorage(() =>
    db.transaction('rw', [db.meta, db.services, db.incidents, db.events, db.teams, db.overrides, db.handoffs], async () => {
      if (await db.meta.get(DEMO_SEEDED_KEY)) return false;
      await db.meta.put({ key: DEMO_SEEDED_KEY, value: now });
      await registerServices(seed.services, new Map(seed.runbooks), true);
      if (seed.onCall) {
        // Never over a team the user already made with the same name.
        const taken = new Set((await db.teams.toArray()).map((t) => t.name.trim().toLowerCase()));
        const teams = seed.onCall.teams.filter((t) => !taken.has(t.name.trim().toLowerCase()));
        const ids = new Set(teams.map((t) => t.id));
        await db.teams.bulkPut(teams);
        await db.overrides.bulkPut(seed.onCall.overrides.filter((o) => ids.has(o.teamId)));
        await db.handoffs.bulkPut(seed.onCall.handoffs.filter((h) => ids.has(h.teamId)));
      }
      for (const story of seed.stories) {
        const declaredAt = now - story.hoursAgo * 3_600_000;
        for (const step of story.steps) {
          const at = declaredAt + step.at * 60_000;
          if (at > now) break;
          const command: IncidentCommand =
            step.command.type === 'declare'
              ? { ...step.command, input: { ...step.command.input, impactStartedAt: declaredAt - story.impactMinutesBefore * 60_000 } }
              : step.command;
          const result = await runCommand(story.incidentId, command, {
            now: at,
            author: step.author,
            monitoringPeriodMs: seed.monitoringPeriodMs,
            demo: true,
          });
          if (!result.ok) throw new Error(`Demo history step refused: ${result.error}`);
        }
      }
      return true;
    }),
  );
}

export interface DemoCounts {
  incidents: number;
  events: number;
  services: number;
  /** On-call teams (their demo overrides and handoff notes go with them). */
  teams: number;
  /** Postmortems written about demo incidents (removed with them, with any update drafts). */
  postmortems: number;
}

export async function countDemoData(): Promise<DemoCounts> {
  const demoIncidents = (await db.incidents.filter((i) => i.demo).primaryKeys()) as string[];
  const [events, services, teams, postmortems] = await Promise.all([
    db.events.filter((e) => e.demo === true).count(),
    db.services.filter((s) => s.demo).count(),
    db.teams.filter((t) => t.demo === true).count(),
    db.postmortems.where('incidentId').anyOf(demoIncidents).count(),
  ]);
  return { incidents: demoIncidents.length, events, services, teams, postmortems };
}

/** Removes every demo record (incidents, their events, demo catalogue entries, demo on-call teams). Real data stays. */
export async function removeDemoData(): Promise<DemoCounts> {
  return guardStorage(() =>
    db.transaction('rw', [db.incidents, db.events, db.services, db.teams, db.overrides, db.handoffs, db.postmortems, db.commsDrafts], async () => {
      const incidentIds = (await db.incidents.filter((i) => i.demo).primaryKeys()) as string[];
      const events = await db.events.where('incidentId').anyOf(incidentIds).primaryKeys();
      const strayEvents = await db.events.filter((e) => e.demo === true).primaryKeys();
      const allEvents = [...new Set([...events, ...strayEvents])];
      const services = await db.services.filter((s) => s.demo).primaryKeys();
      await db.events.bulkDelete(allEvents);
      await db.incidents.bulkDelete(incidentIds);
      await db.services.bulkDelete(services);
      const teams = (await db.teams.filter((t) => t.demo === true).primaryKeys()) as string[];
      await db.overrides.filter((o) => o.demo === true || teams.includes(o.teamId)).delete();
      await db.handoffs.filter((h) => h.demo === true).delete();
      await db.teams.bulkDelete(teams);
      // Postmortems and update drafts written about demo incidents go with them: they describe
      // incidents that no longer exist.
      const postmortems = await db.postmortems.where('incidentId').anyOf(incidentIds).delete();
      await db.commsDrafts.where('incidentId').anyOf(incidentIds).delete();
      return { incidents: incidentIds.length, events: allEvents.length, services: services.length, teams: teams.length, postmortems };
    }),
  );
}
