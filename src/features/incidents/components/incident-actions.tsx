// What can be done to the incident now: exactly the transitions its state allows, each asking
// for what it requires, plus severity, roles and services. The form remembers the state it was
// opened in, so a change made meanwhile in another tab makes the domain refuse it as stale.
import '../incidents.css';
import { useState, type FormEvent } from 'react';
import { closeAllowedAt } from '@/domain/incident/commands';
import { ROLE_LABEL, ROLES, type Role } from '@/domain/incident/roles';
import type { Incident } from '@/domain/incident/incident';
import { STATUS_LABEL, transitionsFrom, type Status, type TransitionDef } from '@/domain/incident/lifecycle';
import { SEVERITIES, SEVERITY_INFO, type Severity } from '@/domain/severity/levels';
import { formatDuration } from '@/domain/time/format';
import { useCatalogue, useServiceName } from '@/state/catalogue';
import { useNow } from '@/state/clock';
import { useAuthor } from '@/state/incident-commands';
import { useSettings } from '@/state/settings';
import { Panel } from '@/ui/panel';
import { FeedbackLine, useCommandFeedback } from './command-feedback';

type Open =
  { kind: 'transition'; def: TransitionDef; from: Status } | { kind: 'severity'; from: Severity } | { kind: 'roles' } | { kind: 'services' } | null;

export function IncidentActions({ incident }: { incident: Incident }) {
  const { send, feedback, setFeedback, busy } = useCommandFeedback(incident.id);
  const [open, setOpen] = useState<Open>(null);
  const closed = incident.status === 'closed';
  const choose = (next: Open) => {
    setFeedback(null);
    setOpen(next);
  };
  const finish = (ok: boolean) => ok && setOpen(null);

  return (
    <Panel id="incident-actions" title="Actions">
      <div className="stack">
        {closed ? (
          <p className="muted">This incident is closed. Notes can still be added to its timeline.</p>
        ) : (
          <div className="row" role="group" aria-label="Change the state">
            {transitionsFrom(incident.status).map((def) => (
              <button
                key={def.to}
                type="button"
                className={def.to === 'investigating' && incident.status === 'detected' ? 'primary' : undefined}
                aria-expanded={open?.kind === 'transition' && open.def.to === def.to}
                onClick={() => choose({ kind: 'transition', def, from: incident.status })}
              >
                {def.action} → {STATUS_LABEL[def.to]}
              </button>
            ))}
            <button type="button" aria-expanded={open?.kind === 'severity'} onClick={() => choose({ kind: 'severity', from: incident.severity })}>
              Change severity
            </button>
            <button type="button" aria-expanded={open?.kind === 'roles'} onClick={() => choose({ kind: 'roles' })}>
              Assign roles
            </button>
            <button type="button" aria-expanded={open?.kind === 'services'} onClick={() => choose({ kind: 'services' })}>
              Services
            </button>
          </div>
        )}
        {open?.kind === 'transition' && (
          <TransitionForm
            incident={incident}
            def={open.def}
            from={open.from}
            busy={busy}
            onCancel={() => setOpen(null)}
            onSubmit={async (fields) =>
              finish(await send({ type: 'transition', from: open.from, to: open.def.to, fields }, `${STATUS_LABEL[open.def.to]}.`))
            }
          />
        )}
        {open?.kind === 'severity' && (
          <SeverityForm
            from={open.from}
            busy={busy}
            onCancel={() => setOpen(null)}
            onSubmit={async (to, reason) => finish(await send({ type: 'change_severity', from: open.from, to, reason }, `Severity is now ${to}.`))}
          />
        )}
        {open?.kind === 'roles' && (
          <RolesForm
            incident={incident}
            busy={busy}
            onCancel={() => setOpen(null)}
            onSubmit={async (changes) => {
              let ok = true;
              for (const [role, person] of changes) ok = (await send({ type: 'assign_role', role, person }, 'Roles updated.')) && ok;
              finish(ok);
            }}
          />
        )}
        {open?.kind === 'services' && <ServicesForm incident={incident} busy={busy} send={send} onDone={() => setOpen(null)} />}
        <FeedbackLine feedback={feedback} />
      </div>
    </Panel>
  );
}

function TransitionForm({
  incident,
  def,
  from,
  busy,
  onSubmit,
  onCancel,
}: {
  incident: Incident;
  def: TransitionDef;
  from: Status;
  busy: boolean;
  onSubmit(fields: Record<string, string>): void;
  onCancel(): void;
}) {
  const author = useAuthor();
  const settings = useSettings();
  const [fields, setFields] = useState<Record<string, string>>(() =>
    def.requires.some((r) => r.field === 'responder') ? { responder: author } : ({} as Record<string, string>),
  );
  const now = useNow(1_000);
  const closeAt = def.to === 'closed' ? closeAllowedAt(incident, settings.monitoringHours * 3_600_000, now) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(fields);
  };
  return (
    <form className="stack inline-form" onSubmit={submit} aria-label={def.action}>
      <p>
        <strong>
          {STATUS_LABEL[from]} → {STATUS_LABEL[def.to]}
        </strong>
        : {def.meaning}.
      </p>
      {def.requires.map((r) => (
        <label key={r.field}>
          {r.label}
          <textarea
            value={fields[r.field] ?? ''}
            onChange={(e) => setFields({ ...fields, [r.field]: e.target.value })}
            placeholder={r.hint}
            required
            rows={2}
          />
        </label>
      ))}
      {closeAt !== null && (
        <label>
          Why close early? (the monitoring period ends in {formatDuration(closeAt - now)})
          <textarea
            value={fields.earlyCloseReason ?? ''}
            onChange={(e) => setFields({ ...fields, earlyCloseReason: e.target.value })}
            required
            rows={2}
          />
        </label>
      )}
      <SubmitOrCancel label={def.action} disabled={busy} onCancel={onCancel} />
    </form>
  );
}

function SeverityForm({
  from,
  busy,
  onSubmit,
  onCancel,
}: {
  from: Severity;
  busy: boolean;
  onSubmit(to: Severity, reason: string): void;
  onCancel(): void;
}) {
  const [to, setTo] = useState<Severity>(from);
  const [reason, setReason] = useState('');
  return (
    <form
      className="stack inline-form"
      aria-label="Change severity"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(to, reason);
      }}
    >
      <label>
        New severity (now {from})
        <select value={to} onChange={(e) => setTo(e.target.value as Severity)}>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {s} {SEVERITY_INFO[s].label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Why
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} required rows={2} />
      </label>
      <SubmitOrCancel label="Change severity" disabled={busy || to === from} onCancel={onCancel} />
    </form>
  );
}

function RolesForm({
  incident,
  busy,
  onSubmit,
  onCancel,
}: {
  incident: Incident;
  busy: boolean;
  onSubmit(changes: [Role, string][]): void;
  onCancel(): void;
}) {
  const [roles, setRoles] = useState(incident.roles);
  const changes = ROLES.filter((r) => roles[r].trim() !== incident.roles[r]).map((r) => [r, roles[r]] as [Role, string]);
  return (
    <form
      className="stack inline-form"
      aria-label="Assign roles"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(changes);
      }}
    >
      <div className="form-grid">
        {ROLES.map((role) => (
          <label key={role}>
            {ROLE_LABEL[role]}
            <input value={roles[role]} onChange={(e) => setRoles({ ...roles, [role]: e.target.value })} maxLength={100} />
          </label>
        ))}
      </div>
      <SubmitOrCancel label="Save roles" disabled={busy || changes.length === 0} onCancel={onCancel} />
    </form>
  );
}

function ServicesForm({
  incident,
  busy,
  send,
  onDone,
}: {
  incident: Incident;
  busy: boolean;
  send: ReturnType<typeof useCommandFeedback>['send'];
  onDone(): void;
}) {
  const catalogue = useCatalogue() ?? [];
  const serviceName = useServiceName();
  const [adding, setAdding] = useState('');
  const addable = catalogue.filter((c) => !incident.services.includes(c.id));
  return (
    <div className="stack inline-form">
      <ul className="plain-list">
        {incident.services.map((s) => (
          <li key={s} className="row">
            {serviceName(s)}
            <button
              type="button"
              disabled={busy}
              onClick={() => send({ type: 'remove_service', serviceId: s }, `Removed ${serviceName(s)}.`)}
              aria-label={`Remove ${serviceName(s)}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form
        className="row"
        aria-label="Add a service"
        onSubmit={async (e) => {
          e.preventDefault();
          if (adding && (await send({ type: 'add_service', serviceId: adding }, `Added ${serviceName(adding)}.`))) setAdding('');
        }}
      >
        <label>
          Add a service
          <select value={adding} onChange={(e) => setAdding(e.target.value)}>
            <option value="">Choose…</option>
            {addable.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={busy || !adding}>
          Add
        </button>
        <button type="button" onClick={onDone}>
          Done
        </button>
      </form>
    </div>
  );
}

function SubmitOrCancel({ label, disabled, onCancel }: { label: string; disabled: boolean; onCancel(): void }) {
  return (
    <div className="row">
      <button type="submit" className="primary" disabled={disabled}>
        {label}
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
