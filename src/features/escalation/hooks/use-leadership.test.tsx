import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { useLeadership } from './use-leadership';

/** An exclusive lock queue, as the Web Locks API gives one per origin. */
function fakeLocks() {
  let held = false;
  const queue: { run: () => Promise<void>; done: () => void }[] = [];
  const next = () => {
    if (held) return;
    const item = queue.shift();
    if (!item) return;
    held = true;
    void item.run().then(() => {
      held = false;
      item.done();
      next();
    });
  };
  return {
    request(_name: string, options: { signal: AbortSignal }, callback: () => Promise<void>) {
      return new Promise<void>((resolve, reject) => {
        const item = { run: callback, done: resolve };
        options.signal.addEventListener('abort', () => {
          const i = queue.indexOf(item);
          if (i >= 0) {
            queue.splice(i, 1);
            reject(Object.assign(new Error('aborted'), { name: 'AbortError' }));
          }
        });
        queue.push(item);
        next();
      });
    },
  };
}

function Tab({ name }: { name: string }) {
  return <p data-testid={name}>{useLeadership() ? 'leader' : 'follower'}</p>;
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('leadership through Web Locks', () => {
  it('one tab leads; when it goes, the next takes over', async () => {
    vi.spyOn(navigator, 'locks', 'get').mockReturnValue(fakeLocks() as unknown as LockManager);
    const first = render(<Tab name="a" />);
    const second = render(<Tab name="b" />);
    await waitFor(() => expect(screen.getByTestId('a').textContent).toBe('leader'));
    expect(screen.getByTestId('b').textContent).toBe('follower');
    act(() => first.unmount());
    await waitFor(() => expect(screen.getByTestId('b').textContent).toBe('leader'));
    second.unmount();
  });

  it('without Web Locks every tab leads (deterministic event ids keep that safe)', () => {
    vi.spyOn(navigator, 'locks', 'get').mockReturnValue(null as unknown as LockManager);
    render(<Tab name="a" />);
    render(<Tab name="b" />);
    expect(screen.getByTestId('a').textContent).toBe('leader');
    expect(screen.getByTestId('b').textContent).toBe('leader');
  });
});
