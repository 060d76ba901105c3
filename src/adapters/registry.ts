// The data sources this tab reads from. Framework-free: the app configures it from Settings,
// features ask it for a source with a capability, and the header subscribes to its statuses.
import { hasCapability, type Capability, type DataSource } from './data-source';
import type { SourceStatus } from './resilience/source-guard';

export interface SourceRegistry {
  list(): readonly DataSource[];
  get(id: string): DataSource | undefined;
  withCapability<C extends Capability>(capability: C): (DataSource & Required<Pick<DataSource, C>>) | undefined;
  replace(sources: DataSource[]): void;
  statuses(): readonly SourceStatus[];
  subscribe(listener: () => void): () => void;
}

export function createRegistry(): SourceRegistry {
  let sources: DataSource[] = [];
  let statuses: readonly SourceStatus[] = [];
  let unsubscribers: (() => void)[] = [];
  const listeners = new Set<() => void>();

  const refreshStatuses = () => {
    statuses = sources.map((s) => s.guard.getStatus());
    for (const l of listeners) l();
  };

  return {
    list: () => sources,
    get: (id) => sources.find((s) => s.id === id),
    withCapability(capability) {
      return sources.find((s) => hasCapability(s, capability)) as ReturnType<SourceRegistry['withCapability']>;
    },
    replace(next) {
      for (const u of unsubscribers) u();
      sources = next;
      unsubscribers = next.map((s) => s.guard.subscribe(refreshStatuses));
      refreshStatuses();
    },
    statuses: () => statuses,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The registry of this tab. */
export const sourceRegistry = createRegistry();
