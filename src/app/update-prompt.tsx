// Registers the service worker and, when a new build is waiting, says so instead of swapping it
// in silently: reloading is the user's choice. (A wall display shows the notice until someone
// reloads it, or until it reloads itself for another reason, e.g. its memory watchdog.)
import { useRegisterSW } from 'virtual:pwa-register/react';

export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });
  if (!needRefresh) return null;
  return (
    <div className="update-prompt no-print" role="status" aria-live="polite">
      <span>A new version of Watchfloor is available.</span>
      <button type="button" className="primary" onClick={() => updateServiceWorker(true)}>
        Reload to update
      </button>
      <button type="button" onClick={() => setNeedRefresh(false)}>
        Later
      </button>
    </div>
  );
}
