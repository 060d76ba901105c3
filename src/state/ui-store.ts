// UI state that belongs to this device, not to the team's data: theme preference and similar.
// Zustand with selectors; persisted to localStorage so the theme applies before IndexedDB opens.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type ThemePreference = 'system' | 'light' | 'dark';

interface UiState {
  theme: ThemePreference;
  setTheme(theme: ThemePreference): void;
}

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      theme: 'system',
      setTheme: (theme) => set({ theme }),
    }),
    { name: 'watchfloor-ui', version: 1 },
  ),
);
