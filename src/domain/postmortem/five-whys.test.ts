import { describe, expect, it } from 'vitest';
import { firstWhy, nextWhyQuestion, whysProblems, whysRootCause } from './five-whys';

const step = (why: string, because: string, id = why) => ({ id, why, because });

describe('5 whys', () => {
  it('starts from the incident and asks each next why about the last answer', () => {
    expect(firstWhy('[demo] Checkout returning 5xx after deploy')).toBe('Why did "Checkout returning 5xx after deploy" happen?');
    expect(nextWhyQuestion([step('Why 5xx?', 'The DB pool was exhausted.')], 'x')).toBe('Why the DB pool was exhausted?');
    expect(nextWhyQuestion([], 'Checkout down')).toBe('Why checkout down?');
  });

  it('ends in a root cause only when every why is answered', () => {
    expect(whysRootCause([])).toBeNull();
    expect(whysRootCause([step('a', 'b'), step('c', '')])).toBeNull();
    expect(whysRootCause([step('a', 'b'), step('c', ' no load test in CI ')])).toBe('no load test in CI');
  });

  it('says what is missing', () => {
    expect(whysProblems([])).toEqual(['Ask the first why.']);
    expect(whysProblems([step('a', '')])).toEqual(['Why 1 has no answer.', 'Only 1 of about 5 whys: is this really the root cause?']);
    expect(whysProblems([step('a', 'b'), step('c', 'd'), step('e', 'f')])).toEqual([]);
  });
});
