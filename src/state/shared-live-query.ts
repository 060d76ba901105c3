// One live query shared by every component that reads the same data. `useLiveQuery` opens a
// subscription per component: 200 countdowns in a list would each watch the policies, the
// schedules and the settings (600 subscriptions, re-run on every write). This keeps one per
// query, opened by the first subscriber and closed after the last.
import { useSyncExternalStore } from 'react';
import { liveQuery } from 'dexie';

export interface SharedLiveQuery<T> {
  subscribe(listener: () => void): () => void;
  get(): T | undefined;
}

export function sharedLiveQuery<T>(query: () => Promise<T>, what: string): SharedLiveQuery<T> {
  let value: T | undefined;
  let subscription: { unsubscribe(): void } | null = null;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      subscription ??= liveQuery(query).subscribe({
        next: (next) => {
          value = next;
          for (const l of listeners) l();
        },
        error: (error: unknown) => console.error(`Could not read ${what}`, error),
      });
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && subscription) {
          subscription.unsubscribe();
          subscription = null;
        }
      };
    },
    get: () => value,
  };
}

export function useSharedLiveQuery<T>(shared: SharedLiveQuery<T>): T | undefined {
  return useSyncExternalStore(shared.subscribe, shared.get);
}

/**
 * A shared read too big to restart on every write (every incident: 10,000 and more). A live query
 * drops the read in flight whenever a write touches what it reads, so while writes come faster
 * than the read takes (an escalation backlog after an import, a busy second tab) it never
 * delivers: the incident list stayed on "Loading…" for minutes and the tab's memory climbed. Here
 * a cheap live query (`signal`) only says that something changed; each change starts a full
 * `read` that is allowed to finish, and changes during a read are folded into one read after it.
 */
export function sharedFollowingQuery<T>(signal: () => Promise<unknown>, read: () => Promise<T>, what: string): SharedLiveQuery<T> {
  let value: T | undefined;
  let subscription: { unsubscribe(): void } | null = null;
  let reading = false;
  let again = false;
  const listeners = new Set<() => void>();
  const refresh = () => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    read()
      .then(
        (next) => {
          if (listeners.size === 0) return;
          value = next;
          for (const l of listeners) l();
        },
        (error: unknown) => console.error(`Could not read ${what}`, error),
      )
      .finally(() => {
        reading = false;
        if (again) {
          again = false;
          refresh();
        }
      });
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      subscription ??= liveQuery(signal).subscribe({ next: refresh, error: (error: unknown) => console.error(`Could not watch ${what}`, error) });
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && subscription) {
          subscription.unsubscribe();
          subscription = null;
          // Nobody to keep current: the next subscriber waits for a fresh read, not a stale one.
          value = undefined;
          again = false;
        }
      };
    },
    get: () => value,
  };
}
