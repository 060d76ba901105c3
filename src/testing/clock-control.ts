// Moves the shared clock in component tests: fake Date only (IndexedDB keeps its real timers),
// and a visibilitychange, which makes the tab's ticker read the time and notify at once, the
// way it does when a tab comes back from the background.
import { act } from '@testing-library/react';
import { vi } from 'vitest';

export function useFakeDate(now: number) {
  vi.useFakeTimers({ toFake: ['Date'], now });
}

export function tickTo(now: number) {
  act(() => {
    vi.setSystemTime(now);
    document.dispatchEvent(new Event('visibilitychange'));
  });
}
