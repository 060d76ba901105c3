// Applies a theme: the palette's CSS variables on <html> and data-theme for CSS and mermaid.
import { PALETTES, paletteVariables, type ThemeName } from './palette';

export function applyTheme(theme: ThemeName, root: HTMLElement = document.documentElement): void {
  if (root.dataset.theme === theme) return;
  root.dataset.theme = theme;
  root.style.colorScheme = theme;
  for (const [name, value] of Object.entries(paletteVariables(PALETTES[theme]))) root.style.setProperty(name, value);
  document.querySelector('meta[name="theme-color"]')?.setAttribute('content', PALETTES[theme].surface);
}

export function systemTheme(): ThemeName {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
