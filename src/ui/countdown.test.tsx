import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import type { ClockState } from '@/domain/escalation/deadlines';
import { Countdown, countdownText } from './countdown';

const DUE = Date.UTC(2026, 10, 23, 9, 15);

afterEach(cleanup);

describe('Countdown', () => {
  it.each<[ClockState, number, string, string]>([
    ['running', 14 * 60_000, 'Running', 'in 14 min'],
    ['due_soon', 150_000, 'Due soon', 'in 2 min 30 s'],
    ['overdue', -65_000, 'Overdue', 'by 1 min 05 s'],
    ['stopped', -60_000, 'Stopped', 'Acknowledged by Sam'],
  ])('%s: says its state in words and with an icon, not colour alone', (state, remainingMs, word, text) => {
    render(<Countdown label="Acknowledgement" state={state} remainingMs={remainingMs} dueAt={DUE} outcome="Acknowledged by Sam" testId="c" />);
    const timer = screen.getByRole('timer', { name: `Acknowledgement: ${word.toLowerCase()}, ${text}` });
    expect(timer).toHaveProperty('textContent', `Acknowledgement${word}${text}`);
    expect(timer.getAttribute('data-state')).toBe(state);
    expect(timer.className).toContain(`is-${state}`);
    expect(timer.querySelector('svg')).not.toBeNull();
    expect(timer.getAttribute('title')).toMatch(/^Due .* local · 2026-11-23 09:15 UTC$/);
  });

  it('a stopped clock without a reason just says stopped', () => {
    expect(countdownText('stopped', 5_000)).toBe('Stopped');
    expect(countdownText('overdue', 0)).toBe('by 0 s');
  });

  it('renders untrusted text as text', () => {
    render(<Countdown label={'<img src=x onerror=alert(1)>'} state="running" remainingMs={1_000} dueAt={DUE} />);
    expect(screen.getByRole('timer').querySelector('img')).toBeNull();
  });
});
