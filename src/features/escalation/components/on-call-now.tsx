// "Who is on call now" per team, primary and secondary, with when their shift ends. For the
// overview (all teams: `<OnCallNow />`) and the incident view (`<OnCallNow team={incident.team} />`).
import { Link } from 'react-router';
import { findTeam, onCallAt, type Override, type Shift, type TeamSchedule } from '@/domain/oncall/schedule';
import { formatLocal, formatRelative, formatUtc } from '@/domain/time/format';
import { useNow } from '@/state/clock';
import { useOnCallDirectory } from '@/state/oncall';
import { StatusBadge } from '@/ui/status-badge';
import { shiftTime } from './shift-time';
import '../escalation.css';

function ShiftCell({ shift, now }: { shift: Shift | null; now: number }) {
  if (!shift) return <StatusBadge state="degraded" label="Nobody on call" />;
  return (
    <>
      <strong>{shift.person}</strong>
      {shift.override && (
        <span className="tag override-mark" title={shift.note || undefined}>
          override{shift.note ? `: ${shift.note}` : ''}
        </span>
      )}
      <span className="shift-until" title={`${formatUtc(shift.endAt)} · ${formatLocal(shift.endAt)} local`}>
        until {shiftTime(shift.endAt)} UTC
      </span>
      <span className="shift-until">{formatRelative(shift.endAt, now)}</span>
    </>
  );
}

function TeamOnCall({ team, overrides, now }: { team: TeamSchedule; overrides: readonly Override[]; now: number }) {
  const current = onCallAt(team, overrides, now);
  return (
    <li className="on-call-team" data-testid={`on-call-${team.name}`}>
      <h3>{team.name}</h3>
      <dl>
        <dt>Primary</dt>
        <dd>
          <ShiftCell shift={current.primary} now={now} />
        </dd>
        {team.secondary && (
          <>
            <dt>Secondary</dt>
            <dd>
              <ShiftCell shift={current.secondary} now={now} />
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}

export function OnCallNow({ team }: { team?: string }) {
  const directory = useOnCallDirectory();
  // Shifts change on the hour at most; a minute's resolution is plenty.
  const now = useNow(60_000);
  if (!directory) return <p className="muted">Loading schedules…</p>;
  const teams = team === undefined ? directory.teams : [findTeam(directory, team)].filter((t): t is TeamSchedule => t !== undefined);
  if (teams.length === 0) {
    return (
      <p className="empty">
        {team === undefined ? 'No on-call schedules yet.' : team.trim() ? `No on-call schedule for ${team}.` : 'This incident has no team.'}{' '}
        <Link to="/settings/on-call">Set up schedules</Link>
      </p>
    );
  }
  return (
    <ul className="on-call-teams">
      {teams.map((t) => (
        <TeamOnCall key={t.id} team={t} overrides={directory.overrides} now={now} />
      ))}
    </ul>
  );
}
