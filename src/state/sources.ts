// React access to the tab's data sources: their statuses for the header and Settings, and the
// source to ask for a given capability.
import { useSyncExternalStore } from 'react';
import type { Capability, DataSource } from '@/adapters/data-source';
import { sourceRegistry } from '@/adapters/registry';

export function useSourceStatuses() {
  return useSyncExternalStore(sourceRegistry.subscribe, sourceRegistry.statuses);
}

/** The source for a capability; re-renders when the registry changes (e.g. demo reconfigured). */
export function useSource<C extends Capability>(capability: C) {
  useSyncExternalStore(sourceRegistry.subscribe, sourceRegistry.list);
  return sourceRegistry.withCapability(capability);
}

const instanceNumbers = new WeakMap<DataSource, number>();
let instances = 0;

/**
 * A query-key part naming one source instance: a source re-created with another seed or size
 * keeps its id, and its cached data must not be shown as the new one's.
 */
export function sourceKey(source: DataSource | undefined): string {
  if (!source) return 'none';
  let n = instanceNumbers.get(source);
  if (n === undefined) {
    n = ++instances;
    instanceNumbers.set(source, n);
  }
  return `${source.id}#${n}`;
}
