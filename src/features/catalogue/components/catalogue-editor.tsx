// Settings → Service catalogue: per service its public name (used on status pages), owner team,
// health thresholds (its own or the defaults) and runbook. Services the data sources report
// but the catalogue does not know yet can be added by saving them.
import { useState, type FormEvent } from 'react';
import { saveCatalogueEntry } from '@/db/catalogue-repo';
import { EMPTY_RUNBOOK, isSafeLink, type CatalogueEntry } from '@/domain/catalogue/catalogue';
import type { HealthThresholds } from '@/domain/health/thresholds';
import type { ServiceInfo } from '@/domain/telemetry/schemas';
import { useCatalogue } from '@/state/catalogue';
import { useSettings } from '@/state/settings';
import { ProblemList } from '@/ui/form-message';
import { Panel } from '@/ui/panel';
import { RunbookListEditor } from './runbook-list-editor';
import { labelIssue, ThresholdFields } from './threshold-fields';
import './catalogue.css';

interface Props {
  /** Services the data sources report, for entries the catalogue does not have yet. */
  reportedServices: readonly ServiceInfo[];
}

function fromReported(s: ServiceInfo): CatalogueEntry {
  return { id: s.id, name: s.name, publicName: s.publicName, team: s.team, thresholds: null, runbook: EMPTY_RUNBOOK, demo: false };
}

export function CatalogueEditor({ reportedServices }: Props) {
  const catalogue = useCatalogue();
  const [selected, setSelected] = useState<string>('');
  const known = new Map((catalogue ?? []).map((e) => [e.id, e]));
  const options = [...new Set([...known.keys(), ...reportedServices.map((s) => s.id)])].sort();
  const current = selected || options[0] || '';
  const stored = known.get(current);
  const reported = reportedServices.find((s) => s.id === current);
  const entry = stored ?? (reported ? fromReported(reported) : undefined);

  return (
    <Panel id="settings-catalogue" title={<span id="catalogue">Service catalogue</span>} className="settings-health-panel">
      {!catalogue ? (
        <p className="muted">Loading…</p>
      ) : options.length === 0 ? (
        <p className="empty">No services yet: turn on a data source, and the services it reports can be added here.</p>
      ) : (
        <div className="stack">
          <div className="row">
            <label htmlFor="catalogue-service">Service</label>
            <select id="catalogue-service" value={current} onChange={(e) => setSelected(e.target.value)}>
              {options.map((id) => (
                <option key={id} value={id}>
                  {known.get(id)?.name ?? reportedServices.find((s) => s.id === id)?.name ?? id}
                  {known.has(id) ? '' : ' (not in the catalogue yet)'}
                </option>
              ))}
            </select>
          </div>
          {entry && <EntryForm key={current} stored={entry} isNew={!stored} />}
        </div>
      )}
    </Panel>
  );
}

function EntryForm({ stored, isNew }: { stored: CatalogueEntry; isNew: boolean }) {
  const defaults = useSettings().thresholds;
  const [draft, setDraft] = useState(stored);
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const set = (patch: Partial<CatalogueEntry>) => setDraft((d) => ({ ...d, ...patch }));
  const setRunbook = (patch: Partial<CatalogueEntry['runbook']>) => setDraft((d) => ({ ...d, runbook: { ...d.runbook, ...patch } }));

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const result = await saveCatalogueEntry(draft).catch((error: Error) => ({ ok: false as const, errors: [error.message] }));
    setMessage(result.ok ? { ok: true, lines: [`Saved ${draft.name}.`] } : { ok: false, lines: result.errors.map(labelIssue) });
  }

  const ownThresholds = draft.thresholds !== null;
  return (
    <form onSubmit={onSubmit} className="stack catalogue-form" aria-label={`Catalogue entry of ${stored.name}`}>
      {isNew && <p className="notice">This service is reported by a data source but not in the catalogue yet. Saving adds it.</p>}
      <div className="form-grid">
        <label>
          Name (shown on this dashboard)
          <input value={draft.name} onChange={(e) => set({ name: e.target.value })} maxLength={200} />
        </label>
        <label>
          Public name (on status pages)
          <input value={draft.publicName} onChange={(e) => set({ publicName: e.target.value })} maxLength={200} />
        </label>
        <label>
          Owner team
          <input value={draft.team} onChange={(e) => set({ team: e.target.value })} maxLength={200} />
        </label>
      </div>
      <fieldset>
        <legend>Health thresholds</legend>
        <label className="inline">
          <input type="checkbox" checked={!ownThresholds} onChange={(e) => set({ thresholds: e.target.checked ? null : { ...defaults } })} />
          Use the default thresholds
        </label>
        {ownThresholds ? (
          <ThresholdFields
            idPrefix={`thresholds-${stored.id}`}
            value={draft.thresholds as HealthThresholds}
            onChange={(t) => set({ thresholds: t })}
          />
        ) : (
          <p className="muted">
            Defaults now: 5xx careful from {defaults.errorRateWarnPct} %, broken from {defaults.errorRateCritPct} %; p95 {defaults.p95WarnMs} /{' '}
            {defaults.p95CritMs} ms; availability below {defaults.availabilityWarnPct} / {defaults.availabilityCritPct} %.
          </p>
        )}
      </fieldset>
      <h3>Runbook</h3>
      <RunbookListEditor
        legend="Contacts"
        itemName="Contact"
        items={draft.runbook.contacts}
        blank={{ name: '', role: '', reach: '' }}
        fields={[
          { key: 'name', label: 'Name' },
          { key: 'role', label: 'Role' },
          { key: 'reach', label: 'How to reach' },
        ]}
        onChange={(contacts) => setRunbook({ contacts })}
      />
      <RunbookListEditor
        legend="Links (docs, dashboards, logs, tracker)"
        itemName="Link"
        items={draft.runbook.links}
        blank={{ label: '', url: '' }}
        fields={[
          { key: 'label', label: 'Label' },
          {
            key: 'url',
            label: 'Address',
            warn: (url) => (url.trim() && !isSafeLink(url) ? 'Only http(s) and mailto addresses become links; this one will show as text.' : null),
          },
        ]}
        onChange={(links) => setRunbook({ links })}
      />
      <RunbookListEditor
        legend="Known failure patterns"
        itemName="Failure pattern"
        items={draft.runbook.failurePatterns}
        blank={{ name: '', symptoms: '', debugSteps: '' }}
        fields={[
          { key: 'name', label: 'Name (e.g. connection exhaustion)' },
          { key: 'symptoms', label: 'Symptoms', multiline: true },
          { key: 'debugSteps', label: 'Debug steps', multiline: true },
        ]}
        onChange={(failurePatterns) => setRunbook({ failurePatterns })}
      />
      <RunbookListEditor
        legend="Quick mitigations"
        itemName="Mitigation"
        items={draft.runbook.mitigations}
        blank={{ name: '', how: '' }}
        fields={[
          { key: 'name', label: 'Name (e.g. rollback)' },
          { key: 'how', label: 'How', multiline: true },
        ]}
        onChange={(mitigations) => setRunbook({ mitigations })}
      />
      <fieldset>
        <legend>Start, stop, restart</legend>
        <div className="form-grid">
          {(['start', 'stop', 'restart'] as const).map((k) => (
            <label key={k}>
              How to {k}
              <textarea
                value={draft.runbook.operations[k]}
                onChange={(e) => setRunbook({ operations: { ...draft.runbook.operations, [k]: e.target.value } })}
                rows={2}
              />
            </label>
          ))}
        </div>
      </fieldset>
      <div className="row">
        <button type="submit" className="primary">
          Save {draft.name || 'service'}
        </button>
        <button type="button" onClick={() => setDraft(stored)}>
          Discard changes
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
