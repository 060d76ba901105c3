// Settings → Escalation: one policy per severity, each an ordered list of levels. Nothing is
// saved unless every level is valid (no level at or before an earlier one, none empty).
import { useId, useState } from 'react';
import { resetPolicy, savePolicy } from '@/db/escalation-repo';
import {
  CHANNEL_LABEL,
  CHANNELS,
  DEFAULT_POLICIES,
  ESCALATION_ROLES,
  MAX_LEVELS,
  validatePolicy,
  type Channel,
  type EscalationPolicy,
} from '@/domain/escalation/policy';
import { SEVERITIES, SEVERITY_INFO, type Severity } from '@/domain/severity/levels';
import { usePoliciesResult } from '@/state/escalation';
import { Panel } from '@/ui/panel';
import '../escalation.css';
import { FormMessage } from '@/ui/form-message';

interface LevelDraft {
  key: number;
  after: string;
  who: string;
  channels: Channel[];
}

let keys = 0;
const toDraft = (policy: EscalationPolicy): LevelDraft[] =>
  policy.levels.map((l) => ({ key: ++keys, after: String(l.afterMinutes), who: l.who.join(', '), channels: [...l.channels] }));

function fromDraft(severity: Severity, levels: readonly LevelDraft[]): EscalationPolicy {
  return {
    severity,
    updatedAt: 0,
    levels: levels.map((l) => ({
      afterMinutes: l.after.trim() === '' ? Number.NaN : Number(l.after),
      who: l.who.split(',').map((w) => w.trim()),
      channels: l.channels,
    })),
  };
}

function LevelEditor({ index, level, onChange, onRemove }: { index: number; level: LevelDraft; onChange(next: LevelDraft): void; onRemove(): void }) {
  const n = index + 1;
  const ids = { after: useId(), who: useId() };
  return (
    <li className="editor-row" data-testid={`policy-level-${n}`}>
      <label htmlFor={ids.after}>
        Level {n} after (minutes)
        <input id={ids.after} type="number" min={1} step={1} value={level.after} onChange={(e) => onChange({ ...level, after: e.target.value })} />
      </label>
      <label htmlFor={ids.who} className="grow">
        Level {n} notifies (roles or names, comma-separated)
        <input id={ids.who} value={level.who} onChange={(e) => onChange({ ...level, who: e.target.value })} maxLength={1_000} />
      </label>
      <fieldset>
        <legend>Level {n} channels</legend>
        <div className="channel-choices">
          {CHANNELS.map((c) => (
            <label key={c} className="inline">
              <input
                type="checkbox"
                checked={level.channels.includes(c)}
                onChange={(e) => onChange({ ...level, channels: e.target.checked ? [...level.channels, c] : level.channels.filter((x) => x !== c) })}
              />
              {CHANNEL_LABEL[c]}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="button" onClick={onRemove} aria-label={`Remove level ${n}`}>
        Remove
      </button>
    </li>
  );
}

/** Follows the stored policy (another tab, an import) until the user starts editing. */
function PolicyForm({ stored }: { stored: EscalationPolicy }) {
  const severity = stored.severity;
  const [levels, setLevelsState] = useState(() => toDraft(stored));
  const [dirty, setDirty] = useState(false);
  const [tried, setTried] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const storedKey = JSON.stringify(stored.levels);
  const [seenKey, setSeenKey] = useState(storedKey);
  if (storedKey !== seenKey && !dirty) {
    setSeenKey(storedKey);
    setLevelsState(toDraft(stored));
  }
  const setLevels = (next: LevelDraft[]) => {
    setLevelsState(next);
    setDirty(true);
    setMessage(null);
  };
  const problems = validatePolicy(fromDraft(severity, levels));

  return (
    <form
      // Our own checks say what to change; the browser's would block the submit with a bubble.
      noValidate
      className="stack"
      aria-label={`${severity} escalation policy`}
      onSubmit={async (e) => {
        e.preventDefault();
        setTried(true);
        try {
          const result = await savePolicy(fromDraft(severity, levels), Date.now());
          if (result.ok) setDirty(false);
          setMessage(result.ok ? { ok: true, text: `Saved the ${severity} policy.` } : { ok: false, text: 'Not saved: fix the levels above.' });
        } catch (error) {
          setMessage({ ok: false, text: (error as Error).message });
        }
      }}
    >
      <p className="muted">
        Levels are counted from the declaration and fire until the incident is resolved. <strong>on-call engineer</strong> and{' '}
        <strong>secondary on-call</strong> come from the team&rsquo;s schedule; other roles ({ESCALATION_ROLES.slice(2).join(', ')}) from the
        team&rsquo;s contacts (Settings → On-call); anything else is taken as a name.
      </p>
      <ol className="editor-rows" aria-label={`${severity} levels`}>
        {levels.map((level, i) => (
          <LevelEditor
            key={level.key}
            index={i}
            level={level}
            onChange={(next) => setLevels(levels.map((l) => (l.key === level.key ? next : l)))}
            onRemove={() => setLevels(levels.filter((l) => l.key !== level.key))}
          />
        ))}
      </ol>
      {tried && problems.length > 0 && (
        <div role="alert" className="notice is-error">
          <ul className="problems">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="row">
        <button
          type="button"
          disabled={levels.length >= MAX_LEVELS}
          onClick={() => {
            const last = levels.at(-1);
            const after = last && Number.isFinite(Number(last.after)) ? Number(last.after) + 5 : 5;
            setLevels([...levels, { key: ++keys, after: String(after), who: 'team lead', channels: ['chat'] }]);
          }}
        >
          Add level
        </button>
        <button type="submit" className="primary">
          Save {severity} policy
        </button>
        <button
          type="button"
          onClick={async () => {
            await resetPolicy(severity);
            setLevelsState(toDraft(DEFAULT_POLICIES[severity]));
            setDirty(false);
            setTried(false);
            setMessage({ ok: true, text: `The ${severity} policy is back to the default.` });
          }}
        >
          Reset {severity} to default
        </button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}

export function PolicyEditor() {
  const result = usePoliciesResult();
  const [severity, setSeverity] = useState<Severity>('P0');
  return (
    <Panel id="settings-escalation" title="Escalation policies">
      <div className="stack">
        <div className="segmented" role="group" aria-label="Severity">
          {SEVERITIES.map((s) => (
            <button key={s} type="button" aria-pressed={s === severity} onClick={() => setSeverity(s)}>
              {s} {SEVERITY_INFO[s].label}
            </button>
          ))}
        </div>
        {result?.problems.map((p) => (
          <p key={p} className="notice is-warning">
            {p}
          </p>
        ))}
        {result ? <PolicyForm key={severity} stored={result.policies[severity]} /> : <p className="muted">Loading…</p>}
      </div>
    </Panel>
  );
}
