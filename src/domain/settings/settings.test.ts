import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings } from './settings';

describe('settings', () => {
  it('nothing stored gives the defaults', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('stored values override defaults, deeply', () => {
    const { settings } = readSettings({ refreshSeconds: 30, severity: { P0: { ackMinutes: 10 } } });
    expect(settings.refreshSeconds).toBe(30);
    expect(settings.severity.P0).toEqual({ ackMinutes: 10, updateMinutes: 30 });
    expect(settings.severity.P1).toEqual(DEFAULT_SETTINGS.severity.P1);
  });

  it('an invalid value falls back to its default and is reported, the rest is kept', () => {
    const { settings, problems } = readSettings({ refreshSeconds: -5, userName: 'Ana' });
    expect(settings.refreshSeconds).toBe(DEFAULT_SETTINGS.refreshSeconds);
    expect(settings.userName).toBe('Ana');
    expect(problems[0]).toMatch(/^refreshSeconds:/);
  });

  it('thresholds where warning exceeds critical are refused', () => {
    const { settings, problems } = readSettings({ thresholds: { errorRateWarnPct: 9, errorRateCritPct: 5 } });
    expect(problems.length).toBeGreaterThan(0);
    expect(settings.thresholds.errorRateWarnPct).toBeLessThanOrEqual(settings.thresholds.errorRateCritPct);
  });

  it('wall rotation is off (0) or at least 10 s; a bad value falls back to showing everything together', () => {
    expect(readSettings({ wall: { rotateSeconds: 30 } }).settings.wall.rotateSeconds).toBe(30);
    const { settings, problems } = readSettings({ wall: { rotateSeconds: 5, nightStartHour: 20 } });
    expect(settings.wall.rotateSeconds).toBe(0);
    expect(settings.wall.nightStartHour).toBe(20);
    expect(problems[0]).toMatch(/^wall\.rotateSeconds:/);
  });

  it('settings stored before the wall had any keep working and gain its defaults', () => {
    const { settings, problems } = readSettings({ refreshSeconds: 20, demo: { seed: 'x' } });
    expect(problems).toEqual([]);
    expect(settings.wall).toEqual(DEFAULT_SETTINGS.wall);
  });
});
