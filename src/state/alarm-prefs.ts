// How this device raises escalation alarms: a sound and a browser notification, both off until
// someone turns them on here. Device-only (a wall display and a laptop differ), so zustand in
// localStorage rather than the team's settings in IndexedDB.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface AlarmPrefs {
  sound: boolean;
  notifications: boolean;
  setSound(on: boolean): void;
  setNotifications(on: boolean): void;
}

export const useAlarmPrefs = create<AlarmPrefs>()(
  persist(
    (set) => ({
      sound: false,
      notifications: false,
      setSound: (sound) => set({ sound }),
      setNotifications: (notifications) => set({ notifications }),
    }),
    { name: 'watchfloor-alarms', version: 1 },
  ),
);
