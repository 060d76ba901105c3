// Settings for every component, live: a change saved in one tab shows in every tab.
import { useLiveQuery } from 'dexie-react-hooks';
import { loadSettings } from '@/db/settings-repo';
import { DEFAULT_SETTINGS, type Settings } from '@/domain/settings/settings';

export function useSettingsResult() {
  return useLiveQuery(loadSettings, []);
}

/** The settings, or the defaults while the database opens. */
export function useSettings(): Settings {
  return useSettingsResult()?.settings ?? DEFAULT_SETTINGS;
}
