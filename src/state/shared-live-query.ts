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
