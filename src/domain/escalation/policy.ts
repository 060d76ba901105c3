// DOMAIN.md §4: an escalation policy per severity — ordered levels, each with who is told, by
// which channels, and how long after the declaration. Level n is the policy's n-th entry; the
// `escalated` event records that number, so once a level has fired it never fires again.
import * as z from 'zod/mini';
import { intBetween, required, timestamp } from '../schema-kit';
import { SEVERITIES, type Severity } from '../severity/levels';

export const CHANNELS = ['pager', 'sms', 'chat', 'phone', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABEL: Record<Channel, string> = { pager: 'Pager', sms: 'SMS', chat: 'Chat', phone: 'Phone', email: 'Email' };

/** Resolved through the team's on-call schedule at the moment it matters. */
export const ON_CALL_ROLE = 'on-call engineer';
export const SECONDARY_ROLE = 'secondary on-call';
/** The roles the defaults use; the editor offers them, teams map them to people (contacts). */
export const ESCALATION_ROLES = [ON_CALL_ROLE, SECONDARY_ROLE, 'team lead', 'senior engineer', 'engineering manager', 'CTO'] as const;

export const MAX_LEVELS = 10;
export const MAX_AFTER_MINUTES = 7 * 24 * 60;

export const escalationLevelSchema = z.object({
  afterMinutes: intBetween(1, MAX_AFTER_MINUTES),
  who: z.array(required(100)).check(z.minLength(1), z.maxLength(20)),
  channels: z.array(z.enum(CHANNELS)).check(z.minLength(1), z.maxLength(CHANNELS.length)),
});
export type EscalationLevel = z.infer<typeof escalationLevelSchema>;

export const escalationPolicySchema = z.object({
  severity: z.enum(SEVERITIES),
  levels: z.array(escalationLevelSchema).check(z.minLength(1), z.maxLength(MAX_LEVELS)),
  /** When it was last edited; 0 for the built-in default. */
  updatedAt: timestamp(),
});
export type EscalationPolicy = z.infer<typeof escalationPolicySchema>;
export type PolicySet = Record<Severity, EscalationPolicy>;

const level = (afterMinutes: number, who: string[], channels: Channel[]): EscalationLevel => ({ afterMinutes, who, channels });

/**
 * P0 is DOMAIN.md's table. P1 doubles P0's times, so level 3 lands on P1's 30-minute response
 * time as P0's does on its 15 minutes, and stops at the engineering manager. P2 and P3 tell
 * people by chat and email only, the last level at the response time.
 */
export const DEFAULT_POLICIES: PolicySet = {
  P0: {
    severity: 'P0',
    updatedAt: 0,
    levels: [
      level(5, [ON_CALL_ROLE], ['pager', 'sms', 'chat']),
      level(10, ['team lead', 'senior engineer'], ['pager', 'sms', 'chat', 'phone']),
      level(15, ['engineering manager', 'CTO'], ['phone', 'sms']),
    ],
  },
  P1: {
    severity: 'P1',
    updatedAt: 0,
    levels: [
      level(10, [ON_CALL_ROLE], ['pager', 'sms', 'chat']),
      level(20, ['team lead', 'senior engineer'], ['pager', 'sms', 'chat', 'phone']),
      level(30, ['engineering manager'], ['phone', 'sms']),
    ],
  },
  P2: {
    severity: 'P2',
    updatedAt: 0,
    levels: [level(30, [ON_CALL_ROLE], ['chat', 'email']), level(120, ['team lead'], ['chat', 'email'])],
  },
  P3: {
    severity: 'P3',
    updatedAt: 0,
    levels: [level(4 * 60, [ON_CALL_ROLE], ['chat', 'email']), level(24 * 60, ['team lead'], ['email'])],
  },
};

/**
 * Every reason a policy cannot be saved, in words a person can act on (empty = valid). Levels
 * must be strictly later than the one before: a level that fires with or before an earlier
 * one would page managers before the on-call engineer.
 */
export function validatePolicy(policy: EscalationPolicy): string[] {
  const problems: string[] = [];
  if (policy.levels.length === 0) problems.push(`The ${policy.severity} policy needs at least one level.`);
  if (policy.levels.length > MAX_LEVELS) problems.push(`A policy has at most ${MAX_LEVELS} levels.`);
  policy.levels.forEach((l, i) => {
    const name = `Level ${i + 1}`;
    if (l.who.filter((w) => w.trim() !== '').length === 0) problems.push(`${name} has nobody to notify.`);
    else if (l.who.some((w) => w.trim() === '')) problems.push(`${name} has an empty name in its list.`);
    if (l.who.some((w) => w.length > 100)) problems.push(`${name}: a name is longer than 100 characters.`);
    if (l.channels.length === 0) problems.push(`${name} has no channel.`);
    if (!Number.isInteger(l.afterMinutes) || l.afterMinutes < 1) problems.push(`${name} must fire at least 1 whole minute after declaration.`);
    else if (l.afterMinutes > MAX_AFTER_MINUTES) problems.push(`${name} fires more than a week after declaration.`);
    const previous = policy.levels[i - 1];
    if (previous && l.afterMinutes <= previous.afterMinutes) {
      problems.push(
        `${name} (after ${l.afterMinutes} min) must come after level ${i} (after ${previous.afterMinutes} min): each level fires later than the one before.`,
      );
    }
  });
  return problems;
}

/** Trims names, drops duplicates, keeps channels in their usual order. */
export function normalisePolicy(policy: EscalationPolicy): EscalationPolicy {
  return {
    ...policy,
    levels: policy.levels.map((l) => ({
      afterMinutes: l.afterMinutes,
      who: [...new Set(l.who.map((w) => w.trim()).filter(Boolean))],
      channels: CHANNELS.filter((c) => l.channels.includes(c)),
    })),
  };
}

/** Stored policies over the defaults; an invalid stored policy falls back to the default and is reported. */
export function readPolicies(stored: readonly unknown[]): { policies: PolicySet; problems: string[] } {
  const policies: PolicySet = { ...DEFAULT_POLICIES };
  const problems: string[] = [];
  for (const record of stored) {
    const parsed = escalationPolicySchema.safeParse(record);
    const severity = (record as { severity?: unknown })?.severity;
    if (!parsed.success || validatePolicy(parsed.data).length) {
      problems.push(`The stored ${String(severity ?? '?')} policy is invalid; using the default.`);
      continue;
    }
    policies[parsed.data.severity] = parsed.data;
  }
  return { policies, problems };
}
