import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classify, nextQuestions } from './classifier';
import { shouldEscalate } from './levels';

describe('severity classifier (DOMAIN.md §1)', () => {
  it.each([
    [{ securityIssue: true }, 'P0'],
    [{ serviceAvailable: false }, 'P0'],
    [{ errorRatePct: 26 }, 'P1'],
    [{ revenueImpact: true }, 'P1'],
    [{ majorFeatureDown: true }, 'P1'],
    [{ errorRatePct: 25 }, 'P2'],
    [{ errorRatePct: 11 }, 'P2'],
    [{ usersAffected: 101 }, 'P2'],
    [{ errorRatePct: 10 }, 'P3'],
    [{ usersAffected: 100 }, 'P3'],
    [{}, 'P3'],
  ] as const)('%o → %s', (answers, severity) => {
    expect(classify(answers).severity).toBe(severity);
  });

  it('the first rule wins: a security issue with a low error rate is P0', () => {
    expect(classify({ securityIssue: true, errorRatePct: 1 })).toEqual({ severity: 'P0', reason: 'security issue' });
  });

  it('more impact never lowers the severity (monotone in error rate)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        expect(classify({ errorRatePct: hi }).severity <= classify({ errorRatePct: lo }).severity).toBe(true);
      }),
    );
  });

  it('the wizard stops asking once an answer decides the level', () => {
    expect(nextQuestions({}).map((q) => q.id)).toEqual(['securityIssue']);
    expect(nextQuestions({ securityIssue: false, serviceAvailable: false }).map((q) => q.id)).toEqual(['securityIssue', 'serviceAvailable']);
    expect(nextQuestions({ securityIssue: false, serviceAvailable: true, majorFeatureDown: false }).at(-1)?.id).toBe('revenueImpact');
  });
});

describe('shouldEscalate', () => {
  const declaredAt = 0;
  it('a P0 older than 15 min and not resolved is overdue', () => {
    expect(shouldEscalate({ severity: 'P0', declaredAt, resolved: false, now: 15 * 60_000 + 1 })).toBe(true);
    expect(shouldEscalate({ severity: 'P0', declaredAt, resolved: false, now: 15 * 60_000 })).toBe(false);
  });
  it('a resolved incident is never overdue', () => {
    expect(shouldEscalate({ severity: 'P0', declaredAt, resolved: true, now: 10 * 3_600_000 })).toBe(false);
  });
  it('P3 waits 24 h', () => {
    expect(shouldEscalate({ severity: 'P3', declaredAt, resolved: false, now: 23 * 3_600_000 })).toBe(false);
    expect(shouldEscalate({ severity: 'P3', declaredAt, resolved: false, now: 25 * 3_600_000 })).toBe(true);
  });
});
