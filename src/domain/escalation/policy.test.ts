import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../severity/levels';
import { DEFAULT_SEVERITY_TABLE } from '../severity/levels';
import { DEFAULT_POLICIES, escalationPolicySchema, normalisePolicy, readPolicies, validatePolicy, type EscalationPolicy } from './policy';

const p0 = (levels: EscalationPolicy['levels']): EscalationPolicy => ({ severity: 'P0', updatedAt: 1, levels });

describe('default policies', () => {
  it('P0 is DOMAIN.md §4 table', () => {
    expect(DEFAULT_POLICIES.P0.levels).toEqual([
      { afterMinutes: 5, who: ['on-call engineer'], channels: ['pager', 'sms', 'chat'] },
      { afterMinutes: 10, who: ['team lead', 'senior engineer'], channels: ['pager', 'sms', 'chat', 'phone'] },
      { afterMinutes: 15, who: ['engineering manager', 'CTO'], channels: ['phone', 'sms'] },
    ]);
  });

  it('P1 is the same shape, lengthened; P2 and P3 use chat and email only', () => {
    const p1 = DEFAULT_POLICIES.P1.levels;
    expect(p1).toHaveLength(3);
    p1.forEach((l, i) => expect(l.afterMinutes).toBeGreaterThan(DEFAULT_POLICIES.P0.levels[i]!.afterMinutes));
    for (const s of ['P2', 'P3'] as const) {
      for (const l of DEFAULT_POLICIES[s].levels) expect(l.channels.every((c) => c === 'chat' || c === 'email')).toBe(true);
    }
  });

  it('every default is valid, and its last level fires by the response time', () => {
    for (const s of SEVERITIES) {
      expect(validatePolicy(DEFAULT_POLICIES[s])).toEqual([]);
      expect(escalationPolicySchema.safeParse(DEFAULT_POLICIES[s]).success).toBe(true);
      expect(DEFAULT_POLICIES[s].levels.at(-1)!.afterMinutes).toBeLessThanOrEqual(DEFAULT_SEVERITY_TABLE[s].ackMinutes);
    }
  });
});

describe('policy validation', () => {
  const ok = { who: ['on-call engineer'], channels: ['pager' as const] };

  it('refuses a level that does not come after the one before', () => {
    expect(
      validatePolicy(
        p0([
          { ...ok, afterMinutes: 10 },
          { ...ok, afterMinutes: 5 },
        ]),
      ),
    ).toEqual(['Level 2 (after 5 min) must come after level 1 (after 10 min): each level fires later than the one before.']);
    expect(
      validatePolicy(
        p0([
          { ...ok, afterMinutes: 5 },
          { ...ok, afterMinutes: 5 },
        ]),
      ),
    ).toHaveLength(1);
  });

  it('refuses an empty policy, an empty level, and a level with no channel', () => {
    expect(validatePolicy(p0([]))).toEqual(['The P0 policy needs at least one level.']);
    expect(validatePolicy(p0([{ afterMinutes: 5, who: [' '], channels: [] }]))).toEqual(['Level 1 has nobody to notify.', 'Level 1 has no channel.']);
    expect(validatePolicy(p0([{ afterMinutes: 5, who: ['Ana', ''], channels: ['sms'] }]))).toEqual(['Level 1 has an empty name in its list.']);
  });

  it('refuses zero, fractional and over-long delays', () => {
    expect(validatePolicy(p0([{ ...ok, afterMinutes: 0 }]))).toEqual(['Level 1 must fire at least 1 whole minute after declaration.']);
    expect(validatePolicy(p0([{ ...ok, afterMinutes: 2.5 }]))).toHaveLength(1);
    expect(validatePolicy(p0([{ ...ok, afterMinutes: 8 * 24 * 60 }]))).toEqual(['Level 1 fires more than a week after declaration.']);
  });

  it('refuses more than ten levels', () => {
    const levels = Array.from({ length: 11 }, (_, i) => ({ ...ok, afterMinutes: i + 1 }));
    expect(validatePolicy(p0(levels))).toEqual(['A policy has at most 10 levels.']);
  });

  it('normalises names and channel order', () => {
    const n = normalisePolicy(p0([{ afterMinutes: 5, who: [' Ana ', 'Ana', '', 'team lead'], channels: ['chat', 'pager', 'chat'] }]));
    expect(n.levels[0]).toEqual({ afterMinutes: 5, who: ['Ana', 'team lead'], channels: ['pager', 'chat'] });
  });
});

describe('stored policies', () => {
  it('override the defaults per severity', () => {
    const custom = p0([{ afterMinutes: 3, who: ['Ana'], channels: ['phone'] }]);
    const { policies, problems } = readPolicies([custom]);
    expect(policies.P0).toEqual(custom);
    expect(policies.P1).toBe(DEFAULT_POLICIES.P1);
    expect(problems).toEqual([]);
  });

  it('an invalid stored policy falls back to the default and is reported', () => {
    const bad = {
      ...p0([
        { afterMinutes: 10, who: ['a'], channels: ['sms'] },
        { afterMinutes: 2, who: ['b'], channels: ['sms'] },
      ]),
    };
    const { policies, problems } = readPolicies([bad, { severity: 'P1', levels: 'nope' }]);
    expect(policies.P0).toBe(DEFAULT_POLICIES.P0);
    expect(policies.P1).toBe(DEFAULT_POLICIES.P1);
    expect(problems).toEqual(['The stored P0 policy is invalid; using the default.', 'The stored P1 policy is invalid; using the default.']);
  });
});
