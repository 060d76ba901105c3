// The wall's UI state, for this tab only: when its rotation started (the page showing is a function
// of that and `now`) and the last time it reloaded itself. Kept in sessionStorage, which survives
// a reload of the tab and nothing else, so a self-reload comes back on the same page and knows not
// to reload again too soon, while another tab or another screen has its own.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export interface SelfReload {
  at: number;
  heapBytes: number;
  reason: string;
}

interface WallState {
  rotationAnchor: number | null;
  lastSelfReload: SelfReload | null;
  startRotation(at: number): void;
  recordSelfReload(reload: SelfReload): void;
}

export const useWallStore = create<WallState>()(
  persist(
    (set) => ({
      rotationAnchor: null,
      lastSelfReload: null,
      startRotation: (at) => set({ rotationAnchor: at }),
      recordSelfReload: (lastSelfReload) => set({ lastSelfReload }),
    }),
    { name: 'watchfloor-wall', version: 1, storage: createJSONStorage(() => sessionStorage) },
  ),
);
