// One shared clock per resolution for the whole tab. Countdowns and "n min ago" labels read
// `now` from here and re-render on its tick; nothing counts ticks, so sleep, reloads and
// background tabs never drift a timer (ARCHITECTURE.md "Time").
import { useSyncExternalStore } from 'react';

class Ticker {
  now = Date.now();
  renders = 0;
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly resolutionMs: number) {}

  private readonly tick = () => {
    this.now = Date.now();
    this.renders += this.listeners.size;
    for (const listener of this.listeners) listener();
  };

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    if (!this.timer) {
      // Read the real time on start, and again whenever the tab becomes visible (after sleep).
      this.now = Date.now();
      this.timer = setInterval(this.tick, this.resolutionMs);
      document.addEventListener('visibilitychange', this.tick);
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
        document.removeEventListener('visibilitychange', this.tick);
      }
    };
  };

  readonly getSnapshot = () => this.now;

  get subscribers() {
    return this.listeners.size;
  }
}

const tickers = new Map<number, Ticker>();

function tickerFor(resolutionMs: number): Ticker {
  let ticker = tickers.get(resolutionMs);
  if (!ticker) {
    ticker = new Ticker(resolutionMs);
    tickers.set(resolutionMs, ticker);
  }
  return ticker;
}

/** The current time, refreshed every `resolutionMs` by the tab's one ticker for that resolution. */
export function useNow(resolutionMs = 1_000): number {
  const ticker = tickerFor(resolutionMs);
  return useSyncExternalStore(ticker.subscribe, ticker.getSnapshot);
}

/**
 * The shared clock's time for a component that shows something coarser than the tick: it
 * re-renders only when `keyOf(now)` changes (e.g. the text a countdown shows). A countdown
 * 40 min away then renders once a minute instead of every second; under 10 min, every second.
 */
export function useNowWhen(keyOf: (now: number) => string, resolutionMs = 1_000): number {
  const ticker = tickerFor(resolutionMs);
  useSyncExternalStore(ticker.subscribe, () => keyOf(ticker.now));
  return ticker.now;
}

/** How many clock-driven renders have been requested so far, and by how many subscribers now. */
export function clockStats(): { renders: number; subscribers: number } {
  let renders = 0;
  let subscribers = 0;
  for (const t of tickers.values()) {
    renders += t.renders;
    subscribers += t.subscribers;
  }
  return { renders, subscribers };
}
