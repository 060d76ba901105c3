import { describe, expect, it } from 'vitest';
import { summariseWindow } from './summary';

describe('window summary', () => {
  it('finds the latest known value and the peak inside the window', () => {
    const t = [0, 10, 20, 30, 40];
    const v = [5, 9, 2, Number.NaN, 100];
    expect(summariseWindow(t, v, 0, 40)).toEqual({ latest: 2, latestAt: 20, peak: 9, peakAt: 10 });
    expect(summariseWindow(t, v, 0, 50)).toEqual({ latest: 100, latestAt: 40, peak: 100, peakAt: 40 });
  });

  it('is empty for a window without known values', () => {
    expect(summariseWindow([0, 10], [Number.NaN, Number.NaN], 0, 20)).toEqual({ latest: null, latestAt: null, peak: null, peakAt: null });
  });
});
