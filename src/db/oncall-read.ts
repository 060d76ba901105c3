// Reading on-call teams, overrides and handoff notes (no validation code: the writes validate).
import type { Handoff } from '@/domain/oncall/handoff';
import type { OnCallDirectory } from '@/domain/oncall/schedule';
import { db } from './database';

export async function loadDirectory(): Promise<OnCallDirectory> {
  const [teams, overrides] = await Promise.all([db.teams.orderBy('name').toArray(), db.overrides.toArray()]);
  return { teams, overrides };
}

export async function listHandoffs(teamId: string | null, limit = 20): Promise<Handoff[]> {
  const query = teamId ? db.handoffs.where('teamId').equals(teamId) : db.handoffs.toCollection();
  const all = await query.toArray();
  return all.sort((a, b) => b.at - a.at).slice(0, limit);
}
