// Settings for every component, live: a change saved in one tab shows in every tab. They are
// read once, at the top of the app (SettingsProvider), and shared through context: a component
// that mounts later never sees defaults first and the real values a moment after.
import { createContext, useContext, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { loadSettings } from '@/db/settings-repo';
import { DEFAULT_SETTINGS, type Settings, type SettingsResult } from '@/domain/settings/settings';

const SettingsContext = createContext<SettingsResult | undefined>(undefined);

/** Renders its children once the stored settings are read (a few milliseconds after start). */
export function SettingsProvider({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const result = useLiveQuery(loadSettings, []);
  if (!result) return <>{fallback}</>;
  return <SettingsContext.Provider value={result}>{children}</SettingsContext.Provider>;
}

/** The stored settings and any problems reading them; undefined outside a provider. */
export function useSettingsResult(): SettingsResult | undefined {
  return useContext(SettingsContext);
}

/** The settings (the defaults outside a provider, e.g. in isolated component tests). */
export function useSettings(): Settings {
  return useContext(SettingsContext)?.settings ?? DEFAULT_SETTINGS;
}
