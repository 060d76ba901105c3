// Each team's next four weeks of shifts, its coverage gaps, and its calendar (.ics) export.
import { Link } from 'react-router';
import { icsFileName, scheduleToIcs } from '@/domain/oncall/ics';
import { effectiveShifts, HOUR_MS, TIER_LABEL, TIERS, type Override, type TeamSchedule } from '@/domain/oncall/schedule';
import { GAP_HORIZON_MS, validateTeam } from '@/domain/oncall/validate';
import { formatDuration, formatLocal, formatUtc } from '@/domain/time/format';
import { useNow } from '@/state/clock';
import { useOnCallDirectory } from '@/state/oncall';
import { downloadText } from '@/ui/download';
import { shiftTime } from './shift-time';
import '../escalation.css';

const DAY_MS = 24 * HOUR_MS;
/** The calendar export: last week (for context) and the next twelve. */
const EXPORT_BACK_MS = 7 * DAY_MS;
const EXPORT_AHEAD_MS = 84 * DAY_MS;

export function exportTeamCalendar(team: TeamSchedule, overrides: readonly Override[], now: number): void {
  const from = now - EXPORT_BACK_MS;
  const to = now + EXPORT_AHEAD_MS;
  const shifts = TIERS.flatMap((tier) => effectiveShifts(team, overrides, tier, from, to)).sort((a, b) => a.startAt - b.startAt);
  downloadText(
    icsFileName(team),
    scheduleToIcs(team, shifts, { now, uidDomain: window.location.hostname || undefined }),
    'text/calendar;charset=utf-8',
  );
}

function TeamShifts({
  team,
  overrides,
  others,
  now,
}: {
  team: TeamSchedule;
  overrides: readonly Override[];
  others: readonly TeamSchedule[];
  now: number;
}) {
  const shifts = TIERS.flatMap((tier) => effectiveShifts(team, overrides, tier, now, now + GAP_HORIZON_MS)).sort(
    (a, b) => a.startAt - b.startAt || TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier),
  );
  const { warnings } = validateTeam(team, overrides, others, now);
  return (
    <section className="stack" aria-label={`${team.name} schedule`} data-testid={`schedule-${team.name}`}>
      <div className="row">
        <h3>{team.name}</h3>
        <button type="button" onClick={() => exportTeamCalendar(team, overrides, Date.now())}>
          Download {team.name} calendar (.ics)
        </button>
      </div>
      {warnings.length > 0 && (
        <div className="notice is-warning">
          <ul className="problems">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="table-scroll">
        <table className="shift-table">
          <caption className="visually-hidden">{team.name}: shifts in the next four weeks</caption>
          <thead>
            <tr>
              <th scope="col">Who</th>
              <th scope="col">Role</th>
              <th scope="col">From (UTC)</th>
              <th scope="col">To (UTC)</th>
              <th scope="col" className="num">
                Length
              </th>
            </tr>
          </thead>
          <tbody>
            {shifts.map((s) => (
              <tr key={`${s.tier}-${s.startAt}-${s.override}`}>
                <td>
                  {s.person}
                  {s.override && <span className="tag override-mark">override{s.note ? `: ${s.note}` : ''}</span>}
                </td>
                <td>{TIER_LABEL[s.tier]}</td>
                <td className="when" title={`${formatUtc(s.startAt)} · ${formatLocal(s.startAt)} local`}>
                  {shiftTime(s.startAt)}
                </td>
                <td className="when" title={`${formatUtc(s.endAt)} · ${formatLocal(s.endAt)} local`}>
                  {shiftTime(s.endAt)}
                </td>
                <td className="num when">{formatDuration(s.endAt - s.startAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function TeamSchedules() {
  const directory = useOnCallDirectory();
  const now = useNow(60_000);
  if (!directory) return <p className="muted">Loading schedules…</p>;
  if (directory.teams.length === 0) {
    return (
      <p className="empty">
        No on-call schedules yet. <Link to="/settings/on-call">Set up a team</Link>
      </p>
    );
  }
  return (
    <div className="stack">
      {directory.teams.map((t) => (
        <TeamShifts key={t.id} team={t} overrides={directory.overrides} others={directory.teams} now={now} />
      ))}
    </div>
  );
}
