// The effective theme: the user's choice, else the system's, except the wall display, which is
// dark unless the user chose light explicitly (or ?theme= says otherwise).
import { useEffect, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import { useUiStore } from '@/state/ui-store';
import { applyTheme, systemTheme } from '@/ui/theme';
import type { ThemeName } from '@/ui/palette';

function subscribeToSystem(listener: () => void) {
  const query = window.matchMedia?.('(prefers-color-scheme: dark)');
  query?.addEventListener('change', listener);
  return () => query?.removeEventListener('change', listener);
}

export function useEffectiveTheme(): ThemeName {
  const preference = useUiStore((s) => s.theme);
  const system = useSyncExternalStore(subscribeToSystem, systemTheme);
  const { pathname, search } = useLocation();
  const forced = new URLSearchParams(search).get('theme');
  if (forced === 'light' || forced === 'dark') return forced;
  if (pathname.startsWith('/wall') && preference === 'system') return 'dark';
  return preference === 'system' ? system : preference;
}

export function useApplyTheme(): ThemeName {
  const theme = useEffectiveTheme();
  useEffect(() => applyTheme(theme), [theme]);
  return theme;
}
