// Every change is recorded with its author. Until this browser knows who you are, a strip under
// the header asks, once, with the field right there.
import { useState } from 'react';
import { saveSettings } from '@/db/settings-repo';
import { useSettingsResult } from '@/state/settings';

export function IdentityPrompt() {
  const result = useSettingsResult();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!result || result.settings.userName.trim()) return null;
  return (
    <form
      className="identity-prompt no-print"
      aria-label="Your name"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!name.trim()) return setError('Type a name first.');
        const saved = await saveSettings({ userName: name.trim() });
        setError(saved.ok ? null : saved.errors.join(' · '));
      }}
    >
      <span>Changes are recorded with your name. Who are you?</span>
      <label className="inline">
        <span className="visually-hidden">Your name</span>
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Your name" maxLength={100} autoComplete="name" />
      </label>
      <button type="submit">Save name</button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
