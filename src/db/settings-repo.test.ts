import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from './database';
import { loadSettings, resetSettings, saveSettings } from './settings-repo';
import { DEFAULT_SETTINGS } from '@/domain/settings/settings';

beforeEach(resetDatabase);

describe('settings repository', () => {
  it('starts with defaults', async () => {
    expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a partial change and keeps the rest', async () => {
    await saveSettings({ userName: 'Ana' });
    await saveSettings({ severity: { P0: { ackMinutes: 10, updateMinutes: 20 } } });
    const { settings } = await loadSettings();
    expect(settings.userName).toBe('Ana');
    expect(settings.severity.P0).toEqual({ ackMinutes: 10, updateMinutes: 20 });
    expect(settings.severity.P1).toEqual(DEFAULT_SETTINGS.severity.P1);
  });

  it('two tabs saving different settings at once both keep their change', async () => {
    await Promise.all([saveSettings({ userName: 'Ana' }), saveSettings({ refreshSeconds: 60 })]);
    const { settings } = await loadSettings();
    expect(settings).toMatchObject({ userName: 'Ana', refreshSeconds: 60 });
  });

  it('refuses an invalid value and keeps what was stored', async () => {
    await saveSettings({ refreshSeconds: 30 });
    const result = await saveSettings({ refreshSeconds: 1 });
    expect(result.ok).toBe(false);
    expect((await loadSettings()).settings.refreshSeconds).toBe(30);
  });

  it('reset to defaults, whole or by section', async () => {
    await saveSettings({ userName: 'Ana', refreshSeconds: 30 });
    await resetSettings(['refreshSeconds']);
    expect((await loadSettings()).settings).toMatchObject({ userName: 'Ana', refreshSeconds: 15 });
    await resetSettings();
    expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });
});
