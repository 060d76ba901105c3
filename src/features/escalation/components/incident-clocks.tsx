// Every clock of one incident, with the people each concerns, and the escalation ladder with
// who is next. For the incident view: `<IncidentClocks incident={incident} />`.
import type { LevelStatus } from '@/domain/escalation/deadlines';
import { CHANNEL_LABEL } from '@/domain/escalation/policy';
import type { Incident } from '@/domain/incident/incident';
import { formatDuration, formatUtc } from '@/domain/time/format';
import { useIncidentClocks } from '@/state/escalation';
import { Countdown } from '@/ui/countdown';
import { ConcernList } from './people';
import '../escalation.css';

const LEVEL_STATUS_WORD: Record<LevelStatus['status'], string> = {
  fired: 'Notified',
  due: 'Due now',
  pending: 'Waiting',
  skipped: 'Not needed',
};

function LevelRow({ level, now, next }: { level: LevelStatus; now: number; next: boolean }) {
  const when =
    level.status === 'pending' ? `in ${formatDuration(level.dueAt - now)}` : level.status === 'skipped' ? 'resolved first' : formatUtc(level.dueAt);
  return (
    <tr className={next ? 'is-next' : undefined} data-testid={`escalation-level-${level.level}`} data-status={level.status}>
      <th scope="row">
        {level.level}
        {next && <span className="tag next-tag">Next</span>}
      </th>
      <td className="num">{level.afterMinutes} min</td>
      <td>
        <ConcernList concerns={level.concerns} />
      </td>
      <td>{level.channels.map((c) => CHANNEL_LABEL[c]).join(', ')}</td>
      <td>
        <span className={`level-status is-${level.status}`}>{LEVEL_STATUS_WORD[level.status]}</span> <span className="muted">{when}</span>
      </td>
    </tr>
  );
}

export function IncidentClocks({ incident }: { incident: Incident }) {
  const { clocks, ladder, now } = useIncidentClocks(incident);
  const next = ladder.find((l) => l.status === 'due' || l.status === 'pending');
  return (
    <div className="incident-clocks" data-testid={`incident-clocks-${incident.id}`}>
      <ul className="clock-list">
        {clocks.map((clock) => (
          <li key={clock.kind} className="clock-row">
            <Countdown
              label={clock.label}
              state={clock.state}
              remainingMs={clock.remainingMs}
              dueAt={clock.dueAt}
              outcome={clock.outcome}
              testId={`clock-${clock.kind}`}
            />
            <span className="clock-meaning muted">{clock.meaning}.</span>
            {clock.state !== 'stopped' && <ConcernList concerns={clock.concerns} />}
          </li>
        ))}
      </ul>
      <h3 className="ladder-title">
        {incident.severity} escalation policy
        {next && (
          <span className="muted">
            {' '}
            — next: level {next.level}
            {next.status === 'pending' ? ` in ${formatDuration(next.dueAt - now)}` : ', due now'}
          </span>
        )}
      </h3>
      <div className="table-scroll">
        <table className="ladder">
          <thead>
            <tr>
              <th scope="col">Level</th>
              <th scope="col" className="num">
                After
              </th>
              <th scope="col">Who</th>
              <th scope="col">Channels</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {ladder.map((level) => (
              <LevelRow key={level.level} level={level} now={now} next={level === next} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
