// One tab leads: it holds a Web Lock for as long as it lives, and when it closes (or crashes) the
// browser grants the lock to the next waiting tab. Without Web Locks (very old browsers, some
// test environments) every tab acts as leader, which is still safe: the events the leader writes
// have deterministic ids, so a race writes each one once.
import { useEffect, useState } from 'react';

export const LEADER_LOCK = 'watchfloor-escalation-leader';

interface LockManagerLike {
  request(name: string, options: { signal: AbortSignal }, callback: () => Promise<void>): Promise<unknown>;
}

function lockManager(): LockManagerLike | null {
  const locks = (navigator as Navigator & { locks?: LockManagerLike }).locks;
  return locks && typeof locks.request === 'function' ? locks : null;
}

export function useLeadership(name = LEADER_LOCK): boolean {
  const [leader, setLeader] = useState(() => lockManager() === null);
  useEffect(() => {
    const locks = lockManager();
    if (!locks) return;
    const abort = new AbortController();
    let release: (() => void) | null = null;
    locks
      .request(name, { signal: abort.signal }, () => {
        if (abort.signal.aborted) return Promise.resolve();
        setLeader(true);
        // Held until this component unmounts (or the tab goes away).
        return new Promise<void>((resolve) => {
          release = resolve;
        });
      })
      .catch((error: unknown) => {
        if ((error as { name?: string })?.name !== 'AbortError') console.error('Could not take the escalation lock', error);
      });
    return () => {
      abort.abort();
      release?.();
      setLeader(false);
    };
  }, [name]);
  return leader;
}
