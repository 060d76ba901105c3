// Escalation policies: one record per severity, stored only once edited (a missing record reads
// as DOMAIN.md's default, so "Reset to defaults" is a delete). Validated on the way in and out.
import {
  escalationPolicySchema,
  normalisePolicy,
  readPolicies,
  validatePolicy,
  type EscalationPolicy,
  type PolicySet,
} from '@/domain/escalation/policy';
import { describeIssues } from '@/domain/schema-kit';
import type { Severity } from '@/domain/severity/levels';
import { db } from './database';
import { guardStorage } from './storage-errors';

export async function loadPolicies(): Promise<{ policies: PolicySet; problems: string[] }> {
  return readPolicies(await db.escalationPolicies.toArray());
}

export type PolicySaveResult = { ok: true; policy: EscalationPolicy } | { ok: false; errors: string[] };

export async function savePolicy(policy: EscalationPolicy, now: number): Promise<PolicySaveResult> {
  const candidate = normalisePolicy({ ...policy, updatedAt: now });
  const problems = validatePolicy(candidate);
  if (problems.length) return { ok: false, errors: problems };
  const parsed = escalationPolicySchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error) };
  await guardStorage(() => db.transaction('rw', db.escalationPolicies, () => db.escalationPolicies.put(parsed.data)));
  return { ok: true, policy: parsed.data };
}

/** Back to DOMAIN.md's default for that severity. */
export function resetPolicy(severity: Severity): Promise<void> {
  return guardStorage(() => db.escalationPolicies.delete(severity));
}
