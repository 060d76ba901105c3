import { useState, type FormEvent } from 'react';
import { resetSettings, saveSettings } from '@/db/settings-repo';
import type { Settings } from '@/domain/settings/settings';
import { useSettingsResult } from '@/state/settings';
import { Panel } from '@/ui/panel';
import { FormMessage } from '@/ui/form-message';

type Draft = Pick<Settings, 'userName' | 'refreshSeconds' | 'staleAfterSeconds' | 'monitoringHours'>;

export function GeneralSettings() {
  const result = useSettingsResult();
  return (
    <Panel id="settings-general" title="You and timing">
      {result ? <GeneralForm stored={pick(result.settings)} /> : <p className="muted">Loading…</p>}
    </Panel>
  );
}

function pick(s: Settings): Draft {
  return { userName: s.userName, refreshSeconds: s.refreshSeconds, staleAfterSeconds: s.staleAfterSeconds, monitoringHours: s.monitoringHours };
}

/** Follows the stored values (another tab, an import) until the user starts editing. */
function GeneralForm({ stored }: { stored: Draft }) {
  const [draft, setDraftState] = useState(stored);
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const storedKey = JSON.stringify(stored);
  const [seenKey, setSeenKey] = useState(storedKey);
  if (storedKey !== seenKey && !dirty) {
    setSeenKey(storedKey);
    setDraftState(stored);
  }
  const setDraft = (next: Draft) => {
    setDraftState(next);
    setDirty(true);
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const result = await saveSettings(draft).catch((error: Error) => ({ ok: false as const, errors: [error.message] }));
    if (result.ok) setDirty(false);
    setMessage(result.ok ? { ok: true, text: 'Saved.' } : { ok: false, text: result.errors.join(' · ') });
  }

  const number = (key: keyof Draft) => (e: React.ChangeEvent<HTMLInputElement>) => setDraft({ ...draft, [key]: e.target.valueAsNumber });

  return (
    <form onSubmit={onSubmit} className="stack">
      <div className="form-grid">
        <label>
          Your name (recorded as the author of every change)
          <input value={draft.userName} onChange={(e) => setDraft({ ...draft, userName: e.target.value })} maxLength={100} autoComplete="name" />
        </label>
        <label>
          Refresh live data every (seconds)
          <input type="number" min={5} max={600} value={draft.refreshSeconds} onChange={number('refreshSeconds')} />
        </label>
        <label>
          Mark data stale after (seconds)
          <input type="number" min={10} max={86400} value={draft.staleAfterSeconds} onChange={number('staleAfterSeconds')} />
        </label>
        <label>
          Monitoring period before closing (hours)
          <input type="number" min={0} max={720} step={0.5} value={draft.monitoringHours} onChange={number('monitoringHours')} />
        </label>
      </div>
      <div className="row">
        <button type="submit" className="primary">
          Save
        </button>
        <button
          type="button"
          onClick={async () => {
            setDraft(pick(await resetSettings(['refreshSeconds', 'staleAfterSeconds', 'monitoringHours'])));
            setMessage({ ok: true, text: 'Defaults restored (your name is kept).' });
          }}
        >
          Reset to defaults
        </button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
