// Applies a theme: the palette's CSS variables on <html> and data-theme for CSS and mermaid.
import { useSyncExternalStore } from 'react';
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

/** The theme currently applied to the document, live (for things drawn outside CSS, like diagrams). */
export function useDocumentTheme(): ThemeName {
  return useSyncExternalStore(subscribeToTheme, readTheme);
}

function readTheme(): ThemeName {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

function subscribeToTheme(listener: () => void): () => void {
  const observer = new MutationObserver(listener);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
