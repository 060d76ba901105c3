// React access to the tab's data sources: their statuses for the header and Settings, and the
// source to ask for a given capability.
import { useSyncExternalStore } from 'react';
import type { Capability } from '@/adapters/data-source';
import { sourceRegistry } from '@/adapters/registry';

export function useSourceStatuses() {
  return useSyncExternalStore(sourceRegistry.subscribe, sourceRegistry.statuses);
}

/** The source for a capability; re-renders when the registry changes (e.g. demo reconfigured). */
export function useSource<C extends Capability>(capability: C) {
  useSyncExternalStore(sourceRegistry.subscribe, sourceRegistry.list);
  return sourceRegistry.withCapability(capability);
}
