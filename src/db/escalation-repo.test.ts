import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { DEFAULT_POLICIES } from '@/domain/escalation/policy';
import { db, DB_NAME, resetDatabase } from './database';
import { loadPolicies, resetPolicy, savePolicy } from './escalation-repo';
import { CURRENT_VERSION, SCHEMA_V2 } from './schema';

const NOW = Date.UTC(2026, 10, 23, 9);

beforeEach(resetDatabase);

describe('escalation policies in storage', () => {
  it('read as the defaults until edited', async () => {
    expect(await loadPolicies()).toEqual({ policies: DEFAULT_POLICIES, problems: [] });
    expect(await db.escalationPolicies.count()).toBe(0);
  });

  it('save normalised, and read back over the defaults', async () => {
    const result = await savePolicy(
      { severity: 'P1', updatedAt: 0, levels: [{ afterMinutes: 7, who: [' team lead ', 'team lead'], channels: ['phone', 'chat'] }] },
      NOW,
    );
    expect(result).toEqual({
      ok: true,
      policy: { severity: 'P1', updatedAt: NOW, levels: [{ afterMinutes: 7, who: ['team lead'], channels: ['chat', 'phone'] }] },
    });
    const { policies } = await loadPolicies();
    expect(policies.P1.levels[0]!.afterMinutes).toBe(7);
    expect(policies.P0).toEqual(DEFAULT_POLICIES.P0);
  });

  it('refuse a level before an earlier one, and write nothing', async () => {
    const result = await savePolicy(
      {
        severity: 'P0',
        updatedAt: 0,
        levels: [
          { afterMinutes: 10, who: ['a'], channels: ['sms'] },
          { afterMinutes: 5, who: ['b'], channels: ['sms'] },
        ],
      },
      NOW,
    );
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^Level 2 \(after 5 min\) must come after level 1/)] });
    expect(await db.escalationPolicies.count()).toBe(0);
  });

  it('reset to the default by removing the stored one', async () => {
    await savePolicy({ ...DEFAULT_POLICIES.P2, levels: [{ afterMinutes: 1, who: ['x'], channels: ['email'] }] }, NOW);
    await resetPolicy('P2');
    expect((await loadPolicies()).policies.P2).toEqual(DEFAULT_POLICIES.P2);
  });

  it('a database from schema v2 opens at the current version with its data and default policies', async () => {
    db.close();
    await Dexie.delete(DB_NAME);
    const v2 = new Dexie(DB_NAME);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    await v2.table('settings').put({ key: 'app', value: { userName: 'Ana' } });
    v2.close();
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.settings.get('app')).toEqual({ key: 'app', value: { userName: 'Ana' } });
    expect((await loadPolicies()).policies).toEqual(DEFAULT_POLICIES);
    expect(await db.teams.count()).toBe(0);
  });
});
