// Settings → On-call: teams, their contacts (who holds "team lead" etc.), primary and secondary
// rotations, and overrides. Refused (nothing saved): a zero-length or over-a-week shift, an
// override that ends before it starts or overlaps another, two teams of one name. Warned (saved
// anyway, but said out loud): any hour in the next four weeks with nobody on call.
import { useId, useState } from 'react';
import { deleteTeam, saveTeam } from '@/db/oncall-write';
import { ESCALATION_ROLES } from '@/domain/escalation/policy';
import { ulid } from '@/domain/ids';
import { DEFAULT_SHIFT_HOURS, TIER_LABEL, TIERS, type Override, type Rotation, type TeamSchedule, type Tier } from '@/domain/oncall/schedule';
import { validateTeam } from '@/domain/oncall/validate';
import { formatUtc } from '@/domain/time/format';
import { useNow } from '@/state/clock';
import { useOnCallDirectory } from '@/state/oncall';
import { Panel } from '@/ui/panel';
import '../escalation.css';
import { FormMessage } from '@/ui/form-message';

const HOUR = 3_600_000;

interface RotationDraft {
  members: string;
  shiftHours: string;
  start: string;
  end: string;
}
interface ContactDraft {
  key: number;
  role: string;
  name: string;
}
interface OverrideDraft {
  key: number;
  id: string;
  tier: Tier;
  person: string;
  start: string;
  end: string;
  note: string;
}
interface TeamDraft {
  id: string;
  name: string;
  contacts: ContactDraft[];
  primary: RotationDraft;
  hasSecondary: boolean;
  secondary: RotationDraft;
  overrides: OverrideDraft[];
}

let keys = 0;
const pad = (n: number) => String(n).padStart(2, '0');

/** A time as a datetime-local input shows it (the viewer's time zone). */
function toLocalInput(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '';
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
const fromLocalInput = (value: string) => (value ? new Date(value).getTime() : Number.NaN);

const rotationDraft = (r: Rotation | null, fallbackStart: number): RotationDraft => ({
  members: r ? r.members.join('\n') : '',
  shiftHours: String(r?.shiftHours ?? DEFAULT_SHIFT_HOURS),
  start: toLocalInput(r?.startAt ?? fallbackStart),
  end: toLocalInput(r?.endAt ?? null),
});

function toDraft(team: TeamSchedule, overrides: readonly Override[]): TeamDraft {
  return {
    id: team.id,
    name: team.name,
    contacts: team.contacts.map((c) => ({ key: ++keys, ...c })),
    primary: rotationDraft(team.primary, team.primary.startAt),
    hasSecondary: team.secondary !== null,
    secondary: rotationDraft(team.secondary, team.primary.startAt),
    overrides: overrides
      .filter((o) => o.teamId === team.id)
      .sort((a, b) => a.startAt - b.startAt)
      .map((o) => ({
        key: ++keys,
        id: o.id,
        tier: o.tier,
        person: o.person,
        start: toLocalInput(o.startAt),
        end: toLocalInput(o.endAt),
        note: o.note,
      })),
  };
}

function newTeamDraft(now: number): TeamDraft {
  const start = new Date(now);
  start.setHours(9, 0, 0, 0);
  return {
    id: `team-${ulid(now)}`,
    name: '',
    contacts: [],
    primary: rotationDraft(null, start.getTime()),
    hasSecondary: false,
    secondary: rotationDraft(null, start.getTime()),
    overrides: [],
  };
}

function fromRotation(tier: Tier, r: RotationDraft, inputErrors: string[]): Rotation {
  const startAt = fromLocalInput(r.start);
  if (!Number.isFinite(startAt)) inputErrors.push(`${TIER_LABEL[tier]} rotation: give the date and time of the first handover.`);
  return {
    members: r.members
      .split('\n')
      .map((m) => m.trim())
      .filter(Boolean),
    shiftHours: r.shiftHours.trim() === '' ? Number.NaN : Number(r.shiftHours),
    startAt: Number.isFinite(startAt) ? startAt : 0,
    endAt: r.end ? fromLocalInput(r.end) : null,
  };
}

/** A team someone has edited is theirs: it loses the demo mark, so removing demo data keeps it. */
function fromDraft(d: TeamDraft): { team: TeamSchedule; overrides: Override[]; inputErrors: string[] } {
  const inputErrors: string[] = [];
  const team: TeamSchedule = {
    id: d.id,
    name: d.name,
    contacts: d.contacts.map((c) => ({ role: c.role.trim(), name: c.name.trim() })),
    primary: fromRotation('primary', d.primary, inputErrors),
    secondary: d.hasSecondary ? fromRotation('secondary', d.secondary, inputErrors) : null,
    updatedAt: 0,
  };
  const overrides = d.overrides.map((o, i): Override => {
    const startAt = fromLocalInput(o.start);
    const endAt = fromLocalInput(o.end);
    if (!Number.isFinite(startAt) || !Number.isFinite(endAt)) inputErrors.push(`Override ${i + 1}: give its start and end.`);
    return { id: o.id, teamId: d.id, tier: o.tier, person: o.person, startAt: startAt || 0, endAt: endAt || 0, note: o.note };
  });
  return { team, overrides, inputErrors };
}

function RotationFields({ tier, value, onChange }: { tier: Tier; value: RotationDraft; onChange(next: RotationDraft): void }) {
  const label = TIER_LABEL[tier];
  const ids = { members: useId(), hours: useId(), start: useId(), end: useId() };
  const start = fromLocalInput(value.start);
  const end = fromLocalInput(value.end);
  return (
    <div className="form-grid">
      <label htmlFor={ids.members}>
        {label} members, in rotation order (one per line)
        <textarea
          id={ids.members}
          className="members-input"
          value={value.members}
          onChange={(e) => onChange({ ...value, members: e.target.value })}
        />
      </label>
      <div className="stack">
        <label htmlFor={ids.hours}>
          {label} shift length (hours, at most 168)
          <input
            id={ids.hours}
            type="number"
            min={1}
            max={168}
            value={value.shiftHours}
            onChange={(e) => onChange({ ...value, shiftHours: e.target.value })}
          />
        </label>
        <label htmlFor={ids.start}>
          {label} first handover
          <input id={ids.start} type="datetime-local" value={value.start} onChange={(e) => onChange({ ...value, start: e.target.value })} />
          {Number.isFinite(start) && <span className="utc-hint">{formatUtc(start)}</span>}
        </label>
        <label htmlFor={ids.end}>
          {label} rotation ends (optional)
          <input id={ids.end} type="datetime-local" value={value.end} onChange={(e) => onChange({ ...value, end: e.target.value })} />
          {Number.isFinite(end) && <span className="utc-hint">{formatUtc(end)}</span>}
        </label>
      </div>
    </div>
  );
}

function OverrideRow({
  index,
  value,
  onChange,
  onRemove,
}: {
  index: number;
  value: OverrideDraft;
  onChange(next: OverrideDraft): void;
  onRemove(): void;
}) {
  const n = index + 1;
  const ids = { tier: useId(), person: useId(), start: useId(), end: useId(), note: useId() };
  return (
    <li className="editor-row" data-testid={`override-${n}`}>
      <label htmlFor={ids.tier}>
        Override {n} role
        <select id={ids.tier} value={value.tier} onChange={(e) => onChange({ ...value, tier: e.target.value as Tier })}>
          {TIERS.map((t) => (
            <option key={t} value={t}>
              {TIER_LABEL[t]}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={ids.person}>
        Override {n} person
        <input id={ids.person} value={value.person} onChange={(e) => onChange({ ...value, person: e.target.value })} maxLength={100} />
      </label>
      <label htmlFor={ids.start}>
        Override {n} from
        <input id={ids.start} type="datetime-local" value={value.start} onChange={(e) => onChange({ ...value, start: e.target.value })} />
      </label>
      <label htmlFor={ids.end}>
        Override {n} to
        <input id={ids.end} type="datetime-local" value={value.end} onChange={(e) => onChange({ ...value, end: e.target.value })} />
      </label>
      <label htmlFor={ids.note} className="grow">
        Override {n} note
        <input id={ids.note} value={value.note} onChange={(e) => onChange({ ...value, note: e.target.value })} maxLength={500} />
      </label>
      <button type="button" onClick={onRemove} aria-label={`Remove override ${n}`}>
        Remove
      </button>
    </li>
  );
}

function ProblemList({ lines }: { lines: readonly string[] }) {
  return (
    <ul className="problems">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}

interface FormProps {
  initial: TeamDraft;
  others: readonly TeamSchedule[];
  existing: boolean;
  onSaved(id: string, text: string): void;
  onDeleted(): void;
}

function TeamForm({ initial, others, existing, onSaved, onDeleted }: FormProps) {
  const [draft, setDraftState] = useState(initial);
  const [tried, setTried] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const now = useNow(60_000);
  const ids = { name: useId(), secondary: useId(), roles: useId() };
  const setDraft = (next: TeamDraft) => {
    setDraftState(next);
    setMessage(null);
  };
  const { team, overrides, inputErrors } = fromDraft(draft);
  const check = inputErrors.length ? { errors: inputErrors, warnings: [] } : validateTeam(team, overrides, others, now);
  const label = draft.name.trim() || 'this team';

  return (
    <form
      // Our own checks say what to change; the browser's would block the submit with a bubble.
      noValidate
      className="stack"
      aria-label={existing ? `${label} schedule` : 'New team schedule'}
      onSubmit={async (e) => {
        e.preventDefault();
        setTried(true);
        if (check.errors.length) return setMessage({ ok: false, text: 'Not saved: fix the problems listed above.' });
        try {
          const result = await saveTeam(team, overrides, Date.now());
          if (!result.ok) return setMessage({ ok: false, text: `Not saved: ${result.errors.join(' ')}` });
          setTried(false);
          const warned = result.warnings.length ? ` With ${result.warnings.length} coverage warning${result.warnings.length === 1 ? '' : 's'}.` : '';
          onSaved(team.id, `Saved ${team.name.trim()}.${warned}`);
        } catch (error) {
          setMessage({ ok: false, text: (error as Error).message });
        }
      }}
    >
      <label htmlFor={ids.name}>
        Team name (as incidents name their team)
        <input id={ids.name} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} maxLength={100} />
      </label>

      <fieldset>
        <legend>Contacts (who holds the roles a policy names)</legend>
        <datalist id={ids.roles}>
          {ESCALATION_ROLES.slice(2).map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
        <ul className="editor-rows">
          {draft.contacts.map((c, i) => (
            <li key={c.key} className="editor-row">
              <label>
                Contact {i + 1} role
                <input
                  list={ids.roles}
                  value={c.role}
                  onChange={(e) =>
                    setDraft({ ...draft, contacts: draft.contacts.map((x) => (x.key === c.key ? { ...x, role: e.target.value } : x)) })
                  }
                  maxLength={100}
                />
              </label>
              <label>
                Contact {i + 1} name
                <input
                  value={c.name}
                  onChange={(e) =>
                    setDraft({ ...draft, contacts: draft.contacts.map((x) => (x.key === c.key ? { ...x, name: e.target.value } : x)) })
                  }
                  maxLength={100}
                />
              </label>
              <button
                type="button"
                aria-label={`Remove contact ${i + 1}`}
                onClick={() => setDraft({ ...draft, contacts: draft.contacts.filter((x) => x.key !== c.key) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => setDraft({ ...draft, contacts: [...draft.contacts, { key: ++keys, role: 'team lead', name: '' }] })}>
          Add contact
        </button>
      </fieldset>

      <fieldset>
        <legend>Primary rotation</legend>
        <RotationFields tier="primary" value={draft.primary} onChange={(primary) => setDraft({ ...draft, primary })} />
      </fieldset>

      <fieldset>
        <legend>Secondary rotation</legend>
        <label htmlFor={ids.secondary} className="inline">
          <input
            id={ids.secondary}
            type="checkbox"
            checked={draft.hasSecondary}
            onChange={(e) => setDraft({ ...draft, hasSecondary: e.target.checked })}
          />
          This team has a secondary on call
        </label>
        {draft.hasSecondary && (
          <RotationFields tier="secondary" value={draft.secondary} onChange={(secondary) => setDraft({ ...draft, secondary })} />
        )}
      </fieldset>

      <fieldset>
        <legend>Overrides (swaps, cover, sick days)</legend>
        {draft.overrides.length === 0 && <p className="muted">None.</p>}
        <ul className="editor-rows">
          {draft.overrides.map((o, i) => (
            <OverrideRow
              key={o.key}
              index={i}
              value={o}
              onChange={(next) => setDraft({ ...draft, overrides: draft.overrides.map((x) => (x.key === o.key ? next : x)) })}
              onRemove={() => setDraft({ ...draft, overrides: draft.overrides.filter((x) => x.key !== o.key) })}
            />
          ))}
        </ul>
        <button
          type="button"
          onClick={() => {
            const start = Math.ceil(now / HOUR) * HOUR;
            const override: OverrideDraft = {
              key: ++keys,
              id: `ovr-${ulid(now)}`,
              tier: 'primary',
              person: '',
              start: toLocalInput(start),
              end: toLocalInput(start + 24 * HOUR),
              note: '',
            };
            setDraft({ ...draft, overrides: [...draft.overrides, override] });
          }}
        >
          Add override
        </button>
      </fieldset>

      {tried && check.errors.length > 0 && (
        <div role="alert" className="notice is-error" data-testid="schedule-errors">
          <p>
            <strong>Cannot save yet:</strong>
          </p>
          <ProblemList lines={check.errors} />
        </div>
      )}
      {check.errors.length === 0 && check.warnings.length > 0 && (
        <div className="notice is-warning" data-testid="schedule-warnings">
          <p>
            <strong>Coverage warnings</strong> (you can still save):
          </p>
          <ProblemList lines={check.warnings} />
        </div>
      )}

      <div className="row">
        <button type="submit" className="primary">
          Save team schedule
        </button>
        {existing &&
          (confirmDelete ? (
            <span className="row" role="group" aria-label="Confirm deletion">
              <span>Delete {label} and its overrides? Its handoff notes stay.</span>
              <button
                type="button"
                className="danger"
                onClick={async () => {
                  await deleteTeam(draft.id);
                  onDeleted();
                }}
              >
                Delete team
              </button>
              <button type="button" onClick={() => setConfirmDelete(false)}>
                Cancel
              </button>
            </span>
          ) : (
            <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
              Delete team…
            </button>
          ))}
        <FormMessage message={message} />
      </div>
    </form>
  );
}

export function ScheduleEditor() {
  const directory = useOnCallDirectory();
  const [selected, setSelected] = useState<string | null>(null);
  const [fresh, setFresh] = useState<TeamDraft | null>(null);
  // Outside the form: saving remounts the form with what was stored.
  const [saved, setSaved] = useState<string | null>(null);
  const now = useNow(60_000);
  if (!directory) {
    return (
      <Panel id="settings-on-call" title="On-call teams and schedules">
        <p className="muted">Loading…</p>
      </Panel>
    );
  }
  const team = fresh ? null : (directory.teams.find((t) => t.id === selected) ?? directory.teams[0] ?? null);
  const initial = fresh ?? (team ? toDraft(team, directory.overrides) : null);
  return (
    <Panel id="settings-on-call" title="On-call teams and schedules">
      <div className="stack">
        <div className="segmented" role="group" aria-label="Team">
          {directory.teams.map((t) => (
            <button
              key={t.id}
              type="button"
              aria-pressed={!fresh && t.id === team?.id}
              onClick={() => {
                setFresh(null);
                setSaved(null);
                setSelected(t.id);
              }}
            >
              {t.name}
            </button>
          ))}
          <button
            type="button"
            aria-pressed={fresh !== null}
            onClick={() => {
              setSaved(null);
              setFresh(newTeamDraft(now));
            }}
          >
            New team
          </button>
        </div>
        {initial ? (
          <TeamForm
            key={`${initial.id}:${team?.updatedAt ?? 'new'}`}
            initial={initial}
            others={directory.teams.filter((t) => t.id !== initial.id)}
            existing={!fresh}
            onSaved={(id, text) => {
              setFresh(null);
              setSelected(id);
              setSaved(text);
            }}
            onDeleted={() => {
              setSaved(`Deleted ${initial.name.trim() || 'the team'}.`);
              setSelected(null);
            }}
          />
        ) : (
          <p className="empty">No team yet: press “New team”.</p>
        )}
        {saved && (
          <p role="status" className="state-healthy">
            {saved}
          </p>
        )}
      </div>
    </Panel>
  );
}
