// The two themes. Colour carries meaning only (DOMAIN.md §13): green, orange and red are health
// states and nothing else; the accent is a neutral blue for links and the primary button.
// palette.test.ts checks every text/background pair the app uses against WCAG AA.
import type { HealthState } from '@/domain/health/health-state';

export type ThemeName = 'light' | 'dark';

export interface Palette {
  bg: string;
  surface: string;
  surface2: string;
  text: string;
  textMuted: string;
  border: string;
  accent: string;
  accentText: string;
  focus: string;
  /** Text and icon colour of each state, readable on surface and on the state's own tint. */
  state: Record<HealthState, string>;
  /** Background tint of a tile in that state. */
  stateTint: Record<HealthState, string>;
  /** Text on a solid chip of the state's colour. */
  stateOn: Record<HealthState, string>;
  /** Neutral inks for chart series that are not states (e.g. severities), strongest first. */
  series: [string, string, string, string];
}

export const PALETTES: Record<ThemeName, Palette> = {
  light: {
    bg: '#f4f5f7',
    surface: '#ffffff',
    surface2: '#eceef2',
    text: '#15181e',
    textMuted: '#4a5261',
    border: '#c9ced6',
    accent: '#1d4ed8',
    accentText: '#ffffff',
    focus: '#1d4ed8',
    state: { healthy: '#17723a', degraded: '#9a4a00', broken: '#b91c1c', unknown: '#565f6d' },
    stateTint: { healthy: '#e7f4eb', degraded: '#fcefe0', broken: '#fce8e8', unknown: '#eceef2' },
    stateOn: { healthy: '#ffffff', degraded: '#ffffff', broken: '#ffffff', unknown: '#ffffff' },
    series: ['#15181e', '#4a5261', '#7d8696', '#a9b0bc'],
  },
  dark: {
    bg: '#0d1117',
    surface: '#161b22',
    surface2: '#1f2630',
    text: '#e6edf3',
    textMuted: '#a3adba',
    border: '#3a4350',
    accent: '#79b0ff',
    accentText: '#0d1117',
    focus: '#79b0ff',
    state: { healthy: '#4ac26b', degraded: '#f0953f', broken: '#ff7b72', unknown: '#a3adba' },
    stateTint: { healthy: '#12261a', degraded: '#2d1e0e', broken: '#301515', unknown: '#1f2630' },
    stateOn: { healthy: '#0d1117', degraded: '#0d1117', broken: '#0d1117', unknown: '#0d1117' },
    series: ['#e6edf3', '#b3bcc8', '#808a98', '#5c6673'],
  },
};

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The palette as CSS custom properties (--bg, --state-broken, --state-tint-broken, …). */
export function paletteVariables(p: Palette): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [key, value] of Object.entries(p)) {
    if (Array.isArray(value)) value.forEach((colour, k) => (vars[`--${kebab(key)}-${k}`] = colour));
    else if (typeof value === 'string') vars[`--${kebab(key)}`] = value;
    else for (const [state, colour] of Object.entries(value as Record<string, string>)) vars[`--${kebab(key)}-${state}`] = colour;
  }
  return vars;
}
