// Handoff notes (DOMAIN.md §5), on the On-call page: who hands over to whom (filled in from the
// schedule), notes and outstanding issues typed by the person handing over, and the team's open
// incidents with their running clocks, filled in and frozen when the note is recorded.
import { useId, useState, type FormEvent } from 'react';
import { addHandoff } from '@/db/oncall-write';
import { ulid } from '@/domain/ids';
import { composeHandoff, handoffIncident, handoffText, incidentsForTeam, type Handoff } from '@/domain/oncall/handoff';
import { nextHandover, onCallAt, type OnCallDirectory, type TeamSchedule } from '@/domain/oncall/schedule';
import type { Incident } from '@/domain/incident/incident';
import { STATUS_LABEL } from '@/domain/incident/lifecycle';
import { useNow } from '@/state/clock';
import { computeClocks, useClockInputs, type ClockInputs } from '@/state/escalation';
import { useHandoffs, useOnCallDirectory } from '@/state/oncall';
import { useOpenIncidents } from '@/state/incidents';
import { useAuthor } from '@/state/incident-commands';
import { RelativeTime } from '@/ui/relative-time';
import { NearestClock } from './nearest-clock';
import '../escalation.css';

interface RecordArgs {
  team: TeamSchedule;
  author: string;
  from: string;
  to: string;
  notes: string;
  outstanding: string;
  incidents: readonly Incident[];
  inputs: ClockInputs;
}

/** Freezes the incidents' clocks as they stand now, and stores the note. */
async function recordHandoff(args: RecordArgs): Promise<{ ok: boolean; lines: string[] }> {
  const at = Date.now();
  const composed = composeHandoff(
    {
      team: args.team,
      at,
      author: args.author,
      from: args.from,
      to: args.to,
      notes: args.notes,
      outstanding: args.outstanding,
      incidents: args.incidents.map((i) => handoffIncident(i, computeClocks(i, args.inputs, at))),
    },
    `handoff-${ulid(at)}`,
  );
  if (!composed.ok) return { ok: false, lines: composed.errors };
  try {
    const saved = await addHandoff(composed.handoff);
    if (!saved.ok) return { ok: false, lines: saved.errors };
    return { ok: true, lines: [`Handoff from ${composed.handoff.from} to ${composed.handoff.to} recorded.`] };
  } catch (error) {
    return { ok: false, lines: [(error as Error).message] };
  }
}

function HandoffForm({ team, directory }: { team: TeamSchedule; directory: OnCallDirectory }) {
  const author = useAuthor();
  const inputs = useClockInputs();
  const open = useOpenIncidents();
  const [defaults] = useState(() => {
    const at = Date.now();
    return {
      from: onCallAt(team, directory.overrides, at).primary?.person ?? '',
      to: nextHandover(team, directory.overrides, 'primary', at)?.person ?? '',
    };
  });
  const [from, setFrom] = useState(defaults.from);
  const [to, setTo] = useState(defaults.to);
  const [notes, setNotes] = useState('');
  const [outstanding, setOutstanding] = useState('');
  const [result, setResult] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const incidents = open ? incidentsForTeam(team, open) : [];
  const ids = { from: useId(), to: useId(), notes: useId(), outstanding: useId() };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const outcome = await recordHandoff({ team, author, from, to, notes, outstanding, incidents, inputs });
    if (outcome.ok) {
      setNotes('');
      setOutstanding('');
    }
    setResult(outcome);
  }

  return (
    <form className="stack" noValidate onSubmit={onSubmit} aria-label={`New ${team.name} handoff`}>
      <div className="form-grid">
        <label htmlFor={ids.from}>
          Handing over (from)
          <input id={ids.from} value={from} onChange={(e) => setFrom(e.target.value)} maxLength={100} />
        </label>
        <label htmlFor={ids.to}>
          Taking over (to)
          <input id={ids.to} value={to} onChange={(e) => setTo(e.target.value)} maxLength={100} />
        </label>
      </div>
      <div>
        <h4>Open incidents handed over ({incidents.length})</h4>
        {incidents.length === 0 ? (
          <p className="muted">None: no open incident of {team.name} or without a team.</p>
        ) : (
          <ul className="handoff-incidents" data-testid="handoff-open-incidents">
            {incidents.map((i) => (
              <li key={i.id}>
                <span className="severity">{i.severity}</span> {i.id} · {STATUS_LABEL[i.status]} · {i.title} <NearestClock incident={i} />
              </li>
            ))}
          </ul>
        )}
        <p className="muted">Their clocks are written into the note as they stand when you record it.</p>
      </div>
      <label htmlFor={ids.outstanding}>
        Outstanding issues (not incidents, but to watch)
        <textarea id={ids.outstanding} value={outstanding} onChange={(e) => setOutstanding(e.target.value)} maxLength={10_000} />
      </label>
      <label htmlFor={ids.notes}>
        Notes for the next person
        <textarea id={ids.notes} value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={10_000} />
      </label>
      <div className="row">
        <button type="submit" className="primary">
          Record handoff
        </button>
        {!author && <span className="muted">Set your name in Settings first: a handoff is recorded with its author.</span>}
      </div>
      {result &&
        (result.ok ? (
          <p role="status" className="state-healthy">
            {result.lines[0]}
          </p>
        ) : (
          <div role="alert" className="notice is-error">
            <p>
              <strong>Not recorded.</strong>
            </p>
            <ul className="problems">
              {result.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </div>
        ))}
    </form>
  );
}

function HandoffItem({ handoff, now }: { handoff: Handoff; now: number }) {
  const [copied, setCopied] = useState<string | null>(null);
  const text = handoffText(handoff);
  return (
    <li className="handoff-item" data-testid="handoff">
      <p>
        <strong>
          {handoff.from} → {handoff.to}
        </strong>{' '}
        · <RelativeTime at={handoff.at} now={now} /> · <span className="muted">written by {handoff.author}</span>
      </p>
      {handoff.incidents.length > 0 && (
        <ul className="handoff-incidents">
          {handoff.incidents.map((i) => (
            <li key={i.id}>
              <span className="severity">{i.severity}</span> {i.id} · {STATUS_LABEL[i.status]} · {i.title}
              <ul>
                {i.clocks.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {handoff.outstanding && (
        <p>
          <span className="muted">Outstanding:</span> {handoff.outstanding}
        </p>
      )}
      {handoff.notes && (
        <p>
          <span className="muted">Notes:</span> {handoff.notes}
        </p>
      )}
      <details>
        <summary>As text (to paste into chat or email)</summary>
        <pre className="handoff-text">{text}</pre>
        <div className="row">
          <button
            type="button"
            onClick={() =>
              navigator.clipboard
                .writeText(text)
                .then(() => setCopied('Copied.'))
                .catch(() => setCopied('The browser refused the clipboard: select the text above and copy it.'))
            }
          >
            Copy handoff text
          </button>
          {copied && <span role="status">{copied}</span>}
        </div>
      </details>
    </li>
  );
}

export function HandoffPanel() {
  const directory = useOnCallDirectory();
  const [teamId, setTeamId] = useState<string | null>(null);
  const team = directory?.teams.find((t) => t.id === teamId) ?? directory?.teams[0];
  const handoffs = useHandoffs(team?.id ?? null, 10);
  const now = useNow(60_000);
  const selectId = useId();
  if (!directory) return <p className="muted">Loading schedules…</p>;
  if (!team) return <p className="empty">Handoffs need a team with a schedule (Settings → On-call).</p>;
  return (
    <div className="stack">
      <label htmlFor={selectId} className="inline">
        Team
        <select id={selectId} value={team.id} onChange={(e) => setTeamId(e.target.value)}>
          {directory.teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <HandoffForm key={team.id} team={team} directory={directory} />
      <h3>Recent {team.name} handoffs</h3>
      {handoffs === undefined ? (
        <p className="muted">Loading…</p>
      ) : handoffs.length === 0 ? (
        <p className="empty">No handoff recorded yet.</p>
      ) : (
        <ul className="handoff-list">
          {handoffs.map((h) => (
            <HandoffItem key={h.id} handoff={h} now={now} />
          ))}
        </ul>
      )}
    </div>
  );
}
