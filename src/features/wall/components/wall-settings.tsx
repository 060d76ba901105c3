// Settings → Wall display: which panels the wall shows, whether it rotates them, which hours are
// "the night", and the memory budget past which it reloads itself.
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { resetSettings, saveSettings } from '@/db/settings-repo';
import { PANEL_TITLE, WALL_PANELS } from '@/domain/wall/rotation';
import type { Settings } from '@/domain/settings/settings';
import { useSettingsResult } from '@/state/settings';
import { FormMessage, type FormMessageValue } from '@/ui/form-message';
import { Panel } from '@/ui/panel';

type Wall = Settings['wall'];

export function WallSettings() {
  const result = useSettingsResult();
  return (
    <Panel id="settings-wall" title="Wall display">
      {result ? <WallForm stored={result.settings.wall} /> : <p className="muted">Loading…</p>}
    </Panel>
  );
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** The hours of a day, 00:00 to 23:00, as a labelled select. */
function HourSelect({ label, value, onChange }: { label: string; value: number; onChange: (e: ChangeEvent<HTMLSelectElement>) => void }) {
  return (
    <label>
      {label}
      <select value={value} onChange={onChange}>
        {HOURS.map((h) => (
          <option key={h} value={h}>
            {hh(h)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Follows the stored values (another tab, an import) until the user starts editing. */
function WallForm({ stored }: { stored: Wall }) {
  const [draft, setDraftState] = useState(stored);
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<FormMessageValue | null>(null);
  const storedKey = JSON.stringify(stored);
  const [seenKey, setSeenKey] = useState(storedKey);
  if (storedKey !== seenKey && !dirty) {
    setSeenKey(storedKey);
    setDraftState(stored);
  }
  const setDraft = (next: Wall) => {
    setDraftState(next);
    setDirty(true);
  };
  const number = (key: 'rotateSeconds' | 'heapBudgetMb' | 'reloadMinHours') => (e: ChangeEvent<HTMLInputElement>) =>
    setDraft({ ...draft, [key]: e.target.valueAsNumber });
  const hour = (key: 'nightStartHour' | 'nightEndHour') => (e: ChangeEvent<HTMLSelectElement>) =>
    setDraft({ ...draft, [key]: Number(e.target.value) });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const result = await saveSettings({ wall: draft }).catch((error: Error) => ({ ok: false as const, errors: [error.message] }));
    if (result.ok) setDirty(false);
    setMessage(result.ok ? { ok: true, text: 'Saved the wall settings.' } : { ok: false, text: result.errors.join(' · ') });
  }

  return (
    <form onSubmit={onSubmit} className="stack" aria-label="Wall display settings" noValidate>
      <fieldset>
        <legend>Panels on the wall</legend>
        <div className="row">
          {WALL_PANELS.map((id) => (
            <label key={id} className="inline">
              <input
                type="checkbox"
                checked={draft.panels[id]}
                onChange={(e) => setDraft({ ...draft, panels: { ...draft.panels, [id]: e.target.checked } })}
              />
              {PANEL_TITLE[id]}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-grid">
        <label>
          Rotate pages every (seconds; 0 shows every panel at once)
          <input type="number" min={0} max={3600} step={5} value={draft.rotateSeconds} onChange={number('rotateSeconds')} />
        </label>
        <HourSelect label="The night starts at" value={draft.nightStartHour} onChange={hour('nightStartHour')} />
        <HourSelect label="The night ends at" value={draft.nightEndHour} onChange={hour('nightEndHour')} />
        <label>
          Reload the wall when its memory stays above (MB)
          <input type="number" min={64} max={16384} step={64} value={draft.heapBudgetMb} onChange={number('heapBudgetMb')} />
        </label>
        <label>
          At most one self-reload every (hours)
          <input type="number" min={1} max={168} value={draft.reloadMinHours} onChange={number('reloadMinHours')} />
        </label>
      </div>
      <p className="muted">
        The wall lists the alerts of the last night (during the night, the night so far). It reloads itself past its memory budget only at a quiet
        moment: no clock alarm showing, the network up and every panel&apos;s data fresh.
      </p>
      <div className="row">
        <button type="submit" className="primary">
          Save wall settings
        </button>
        <button
          type="button"
          onClick={async () => {
            const settings = await resetSettings(['wall']);
            setDraftState(settings.wall);
            setDirty(false);
            setMessage({ ok: true, text: 'Wall defaults restored.' });
          }}
        >
          Reset wall to defaults
        </button>
        <FormMessage message={message} />
      </div>
    </form>
  );
}
