// Settings live in one record, validated on the way in and out. Saves merge inside a read-write
// transaction so two tabs editing different settings do not overwrite each other.
import { mergeSettings, readSettings, settingsSchema, DEFAULT_SETTINGS, type Settings, type SettingsResult } from '@/domain/settings/settings';
import { describeIssues } from '@/domain/schema-kit';
import { db } from './database';
import { guardStorage } from './storage-errors';

const KEY = 'app';

export async function loadSettings(): Promise<SettingsResult> {
  const row = await db.settings.get(KEY);
  return readSettings(row?.value);
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : DeepPartial<T[K]>) : T[K] };

export type SaveResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

export async function saveSettings(patch: DeepPartial<Settings>): Promise<SaveResult> {
  return guardStorage(() =>
    db.transaction('rw', db.settings, async () => {
      const { settings } = readSettings((await db.settings.get(KEY))?.value);
      const next = settingsSchema.safeParse(mergeSettings(settings as unknown as Record<string, unknown>, patch));
      if (!next.success) return { ok: false, errors: describeIssues(next.error) } as const;
      await db.settings.put({ key: KEY, value: next.data });
      return { ok: true, settings: next.data } as const;
    }),
  );
}

/** Restores defaults for the whole record or for some top-level sections. */
export async function resetSettings(sections?: (keyof Settings)[]): Promise<Settings> {
  return guardStorage(() =>
    db.transaction('rw', db.settings, async () => {
      const { settings } = readSettings((await db.settings.get(KEY))?.value);
      const next = sections ? { ...settings, ...Object.fromEntries(sections.map((s) => [s, DEFAULT_SETTINGS[s]])) } : DEFAULT_SETTINGS;
      await db.settings.put({ key: KEY, value: next });
      return next as Settings;
    }),
  );
}
