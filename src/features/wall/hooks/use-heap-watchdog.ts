// Samples the tab's JS heap once a minute (Chromium's performance.memory; other browsers report
// nothing and the guard never acts) and reloads the page when domain/wall/heap-guard.ts says so.
// A reload keeps the URL (and with it ?kiosk=1); the rotation continues from its stored start.
import { useEffect, useRef } from 'react';
import { decideHeapReload, formatMb, HEAP_REASON_TEXT, keepReadings, type HeapReading } from '@/domain/wall/heap-guard';
import type { Settings } from '@/domain/settings/settings';
import { useWallStore } from '../wall-store';

export const HEAP_SAMPLE_MS = 60_000;

interface MemoryInfo {
  usedJSHeapSize: number;
  jsHeapSizeLimit: number;
}

function readHeap(): Omit<HeapReading, 'at'> | null {
  const memory = (performance as Performance & { memory?: MemoryInfo }).memory;
  if (!memory || !Number.isFinite(memory.usedJSHeapSize)) return null;
  return { usedBytes: memory.usedJSHeapSize, limitBytes: memory.jsHeapSizeLimit > 0 ? memory.jsHeapSizeLimit : null };
}

export interface WatchdogInputs {
  alarmShowing: boolean;
  dataFresh: boolean;
  wall: Settings['wall'];
}

export function useHeapWatchdog(inputs: WatchdogInputs): void {
  // The interval reads the latest inputs: restarting it on every render would reset its readings.
  const latest = useRef(inputs);
  useEffect(() => {
    latest.current = inputs;
  });
  useEffect(() => {
    let readings: HeapReading[] = [];
    const timer = setInterval(() => {
      const heap = readHeap();
      if (!heap) return;
      const now = Date.now();
      readings = keepReadings(readings, { at: now, ...heap });
      const { alarmShowing, dataFresh, wall } = latest.current;
      const store = useWallStore.getState();
      const decision = decideHeapReload(
        { now, readings, lastReloadAt: store.lastSelfReload?.at ?? null, alarmShowing, dataFresh, online: navigator.onLine },
        { budgetMb: wall.heapBudgetMb, minHoursBetweenReloads: wall.reloadMinHours },
      );
      if (!decision.reload) return;
      store.recordSelfReload({ at: now, heapBytes: heap.usedBytes, reason: `${HEAP_REASON_TEXT[decision.reason]} (${formatMb(heap.usedBytes)})` });
      window.location.reload();
    }, HEAP_SAMPLE_MS);
    return () => clearInterval(timer);
  }, []);
}
