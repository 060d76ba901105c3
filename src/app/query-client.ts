import { QueryClient } from '@tanstack/react-query';

/**
 * Retries are the source guard's job (with DOMAIN.md §12's backoff and breaker), so react-query
 * does not retry on its own. On a failed refetch react-query keeps the last good data, which
 * is what lets panels show stale data rather than a blank.
 */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: true, refetchIntervalInBackground: true, staleTime: 5_000 },
      mutations: { retry: false },
    },
  });
}
