// A wall recovers by itself (issue 8): react-query keeps polling through an outage and the source's
// breaker half-opens after 60 s; this adds the cases polling alone handles late. When the screen
// wakes (the tab becomes visible, or a timer finds it slept through several of its intervals) or
// the network comes back, everything on screen is fetched again at once.
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { isTimerGap } from '@/domain/wall/freshness';

const CHECK_MS = 5_000;

export function useWakeRefresh(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const refresh = () => void queryClient.refetchQueries({ type: 'active' });
    const onVisibility = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    let lastRanAt = Date.now();
    const timer = setInterval(() => {
      const now = Date.now();
      if (isTimerGap(lastRanAt, now, CHECK_MS)) refresh();
      lastRanAt = now;
    }, CHECK_MS);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('online', refresh);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('online', refresh);
    };
  }, [queryClient]);
}
