// Registers the service worker (production builds) and, when a new build is waiting, says so
// instead of swapping it in silently: reloading is the user's choice. Checks for a new build every
// hour, since a wall display stays open for weeks. (A few lines of our own instead of
// workbox-window: the generated worker already understands SKIP_WAITING, and `/` saves 2 kB.)
import { useEffect, useState } from 'react';

const CHECK_EVERY_MS = 3_600_000;

function useWaitingWorker(): ServiceWorker | null {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let timer: ReturnType<typeof setInterval> | undefined;
    const watch = (worker: ServiceWorker | null) => {
      if (!worker) return;
      const check = () => worker.state === 'installed' && navigator.serviceWorker.controller && setWaiting(worker);
      check();
      worker.addEventListener('statechange', check);
    };
    navigator.serviceWorker
      .register('/sw.js', { scope: '/' })
      .then((registration) => {
        watch(registration.waiting);
        registration.addEventListener('updatefound', () => watch(registration.installing));
        timer = setInterval(() => void registration.update().catch(() => {}), CHECK_EVERY_MS);
      })
      .catch((error: unknown) => console.warn('Offline support is unavailable:', error));
    return () => clearInterval(timer);
  }, []);
  return waiting;
}

export function UpdatePrompt() {
  const waiting = useWaitingWorker();
  const [later, setLater] = useState(false);
  if (!waiting || later) return null;
  const update = () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
  return (
    <div className="update-prompt no-print" role="status" aria-live="polite">
      <span>A new version of Watchfloor is available.</span>
      <button type="button" className="primary" onClick={update}>
        Reload to update
      </button>
      <button type="button" onClick={() => setLater(true)}>
        Later
      </button>
    </div>
  );
}
