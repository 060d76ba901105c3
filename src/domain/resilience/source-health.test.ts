import { describe, expect, it } from 'vitest';
import { sourceCondition } from './source-health';

describe('source condition', () => {
  it('is unknown before any call', () => {
    expect(sourceCondition({ phase: 'closed', lastSuccessAt: null, lastFailureAt: null })).toBe('unknown');
  });
  it('is ok when the last call succeeded', () => {
    expect(sourceCondition({ phase: 'closed', lastSuccessAt: 2, lastFailureAt: 1 })).toBe('ok');
  });
  it('is degraded when the last call failed or the breaker is half-open', () => {
    expect(sourceCondition({ phase: 'closed', lastSuccessAt: 1, lastFailureAt: 2 })).toBe('degraded');
    expect(sourceCondition({ phase: 'half-open', lastSuccessAt: 3, lastFailureAt: 2 })).toBe('degraded');
  });
  it('is down while the breaker is open', () => {
    expect(sourceCondition({ phase: 'open', lastSuccessAt: 1, lastFailureAt: 2 })).toBe('down');
  });
});
