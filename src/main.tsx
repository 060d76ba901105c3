import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { useUiStore } from './state/ui-store';
import { applyTheme, systemTheme } from './ui/theme';
import './ui/styles.css';

// Apply the theme before the first paint, so a dark wall display never flashes white.
const preference = useUiStore.getState().theme;
const onWall = window.location.pathname.startsWith('/wall');
applyTheme(preference === 'system' ? (onWall ? 'dark' : systemTheme()) : preference);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
