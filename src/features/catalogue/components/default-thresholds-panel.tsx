import { useState, type FormEvent } from 'react';
import { resetSettings, saveSettings } from '@/db/settings-repo';
import { describeIssues } from '@/domain/schema-kit';
import { thresholdsSchema, type HealthThresholds } from '@/domain/health/thresholds';
import { useSettingsResult } from '@/state/settings';
import { ProblemList } from '@/ui/form-message';
import { Panel } from '@/ui/panel';
import { labelIssue, ThresholdFields } from './threshold-fields';
import './catalogue.css';

export function DefaultThresholdsPanel() {
  const result = useSettingsResult();
  return (
    <Panel id="settings-thresholds" title="Default health thresholds" className="settings-health-panel">
      <p className="muted">
        Every service uses these unless its catalogue entry sets its own. A tile is red from a “broken” limit, orange from a “careful” one, green
        below both — and grey when its data is older than the stale limit.
      </p>
      {result ? <ThresholdsForm stored={result.settings.thresholds} /> : <p className="muted">Loading…</p>}
    </Panel>
  );
}

function ThresholdsForm({ stored }: { stored: HealthThresholds }) {
  const [draft, setDraft] = useState(stored);
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);
  // Follow the stored values (another tab, an import, a reset) until the user edits.
  const storedKey = JSON.stringify(stored);
  const [seen, setSeen] = useState(storedKey);
  if (storedKey !== seen && !dirty) {
    setSeen(storedKey);
    setDraft(stored);
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const parsed = thresholdsSchema.safeParse(draft);
    if (!parsed.success) {
      setMessage({ ok: false, lines: describeIssues(parsed.error).map(labelIssue) });
      return;
    }
    const saved = await saveSettings({ thresholds: parsed.data }).catch((error: Error) => ({ ok: false as const, errors: [error.message] }));
    if (saved.ok) setDirty(false);
    setMessage(saved.ok ? { ok: true, lines: ['Saved.'] } : { ok: false, lines: saved.errors.map(labelIssue) });
  }

  return (
    <form onSubmit={onSubmit} className="stack" aria-label="Default health thresholds">
      <ThresholdFields
        idPrefix="default-thresholds"
        value={draft}
        onChange={(next) => {
          setDraft(next);
          setDirty(true);
        }}
      />
      <div className="row">
        <button type="submit" className="primary">
          Save thresholds
        </button>
        <button
          type="button"
          onClick={async () => {
            const next = await resetSettings(['thresholds']);
            setDraft(next.thresholds);
            setDirty(false);
            setMessage({ ok: true, lines: ['Defaults restored.'] });
          }}
        >
          Reset to defaults
        </button>
        {message?.ok && (
          <span role="status" className="state-healthy">
            {message.lines[0]}
          </span>
        )}
      </div>
      {message && !message.ok && <ProblemList title="Not saved." problems={message.lines} />}
    </form>
  );
}
