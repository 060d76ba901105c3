// A clock as a person reads it: its name, a state word and icon (never colour alone), the time
// left or how late it is, and the absolute due time on hover and focus. Presentational only:
// the caller computes the clock from stored timestamps and `now`.
import type { ClockState } from '@/domain/escalation/deadlines';
import { CLOCK_STATE_WORD } from '@/domain/escalation/deadlines';
import { formatDuration, formatLocal, formatUtc } from '@/domain/time/format';
import { StatusIcon } from './status-icon';
import './countdown.css';

export interface CountdownProps {
  label: string;
  state: ClockState;
  /** Until due; negative when overdue. For a stopped clock, as it stood when it stopped. */
  remainingMs: number;
  dueAt: number;
  /** Why a stopped clock stopped ("Acknowledged by Sam"). */
  outcome?: string | null;
  /** Shorter layout for list rows and banners. */
  compact?: boolean;
  testId?: string;
}

/** "in 4 min 12 s" · "by 2 min 05 s" · "Acknowledged by Sam". */
export function countdownText(state: ClockState, remainingMs: number, outcome?: string | null): string {
  if (state === 'stopped') return outcome ?? 'Stopped';
  if (state === 'overdue') return `by ${formatDuration(-remainingMs)}`;
  return `in ${formatDuration(remainingMs)}`;
}

function ClockIcon({ state }: { state: ClockState }) {
  if (state === 'due_soon') return <StatusIcon state="degraded" />;
  if (state === 'overdue') return <StatusIcon state="broken" />;
  const d =
    state === 'stopped'
      ? 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-2.5 4h5c.3 0 .5.2.5.5v5c0 .3-.2.5-.5.5h-5a.5.5 0 0 1-.5-.5v-5c0-.3.2-.5.5-.5Z'
      : 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm0 1.6a5.4 5.4 0 1 1 0 10.8A5.4 5.4 0 0 1 8 2.6Zm-.1 1.9a.8.8 0 0 0-.7.8V8c0 .2.1.4.2.6l2 2a.8.8 0 0 0 1.2-1.2L8.8 7.7V5.3a.8.8 0 0 0-.9-.8Z';
  return (
    <svg className="countdown-icon" width={16} height={16} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path fill="currentColor" d={d} />
    </svg>
  );
}

export function Countdown({ label, state, remainingMs, dueAt, outcome, compact = false, testId }: CountdownProps) {
  const word = CLOCK_STATE_WORD[state];
  const text = countdownText(state, remainingMs, outcome);
  const due = `Due ${formatLocal(dueAt)} local · ${formatUtc(dueAt)}`;
  return (
    <span
      className={`countdown is-${state}${compact ? ' is-compact' : ''}`}
      role="timer"
      aria-label={`${label}: ${word.toLowerCase()}, ${text}`}
      data-testid={testId}
      data-state={state}
      title={due}
    >
      <ClockIcon state={state} />
      <span className="countdown-label">{label}</span>
      <span className="countdown-state">{word}</span>
      <span className="countdown-time">{text}</span>
    </span>
  );
}
