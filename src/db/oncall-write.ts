// On-call teams (with their rotations), overrides and handoff notes. A team and its overrides
// are saved together, validated against the other teams inside the same transaction, so a
// refused save changes nothing and two tabs cannot both create "Payments".
import { handoffSchema, type Handoff } from '@/domain/oncall/handoff';
import type { Override, TeamSchedule } from '@/domain/oncall/schedule';
import { overrideSchema, teamScheduleSchema } from '@/domain/oncall/schedule-schema';
import { validateTeam } from '@/domain/oncall/validate';
import { describeIssues } from '@/domain/schema-kit';
import { db } from './database';
import { guardStorage } from './storage-errors';

export type TeamSaveResult = { ok: true; warnings: string[] } | { ok: false; errors: string[] };

/** Saves a team and replaces its overrides with `overrides`. Warnings (gaps) do not stop a save. */
export async function saveTeam(team: TeamSchedule, overrides: readonly Override[], now: number): Promise<TeamSaveResult> {
  const candidate: TeamSchedule = { ...team, name: team.name.trim(), updatedAt: now };
  const own = overrides.map((o) => ({ ...o, teamId: candidate.id, person: o.person.trim(), note: o.note.trim() }));
  // The domain's messages first: they say what to change ("a shift must last longer than zero hours").
  const plain = validateTeam(candidate, own, [], now).errors;
  if (plain.length) return { ok: false, errors: plain };
  const errors = [
    ...issuesOf(teamScheduleSchema.safeParse(candidate), 'team'),
    ...own.flatMap((o, i) => issuesOf(overrideSchema.safeParse(o), `override ${i + 1}`)),
  ];
  if (errors.length) return { ok: false, errors };
  return guardStorage(() =>
    db.transaction('rw', db.teams, db.overrides, async () => {
      const others = (await db.teams.toArray()).filter((t) => t.id !== candidate.id);
      const check = validateTeam(candidate, own, others, now);
      if (check.errors.length) return { ok: false, errors: check.errors } as const;
      await db.teams.put(candidate);
      await db.overrides.where('teamId').equals(candidate.id).delete();
      await db.overrides.bulkPut(own);
      return { ok: true, warnings: check.warnings } as const;
    }),
  );
}

function issuesOf(
  result: { success: true } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } },
  what: string,
) {
  return result.success ? [] : describeIssues(result.error).map((line) => `${what}: ${line}`);
}

/** Removes a team and its overrides; its handoff notes stay, as history. */
export function deleteTeam(teamId: string): Promise<void> {
  return guardStorage(() =>
    db.transaction('rw', db.teams, db.overrides, async () => {
      await db.overrides.where('teamId').equals(teamId).delete();
      await db.teams.delete(teamId);
    }),
  );
}

export type HandoffSaveResult = { ok: true } | { ok: false; errors: string[] };

export async function addHandoff(handoff: Handoff): Promise<HandoffSaveResult> {
  const parsed = handoffSchema.safeParse(handoff);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error) };
  await guardStorage(() => db.handoffs.add(parsed.data));
  return { ok: true };
}

/** The latest handoffs, newest first (of one team, or of all). */
