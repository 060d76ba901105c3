import { useState } from 'react';
import type { SourceStatus } from '@/adapters/resilience/source-guard';
import { sourceRegistry } from '@/adapters/registry';
import { saveSettings } from '@/db/settings-repo';
import type { Settings } from '@/domain/settings/settings';
import { formatDuration, formatLocal, formatRelative } from '@/domain/time/format';
import { useNow } from '@/state/clock';
import { useSettings } from '@/state/settings';
import { useSourceStatuses } from '@/state/sources';
import { Panel } from '@/ui/panel';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const PHASE_WORD = { closed: 'closed (calls pass)', open: 'open (failing fast)', 'half-open': 'half-open (trial calls)' } as const;

function SourceDetails({ status, now }: { status: SourceStatus; now: number }) {
  const [check, setCheck] = useState<string | null>(null);
  return (
    <div className="stack" data-testid={`source-details-${status.sourceId}`}>
      <table>
        <tbody>
          <tr>
            <th scope="row">Condition</th>
            <td>{status.condition}</td>
          </tr>
          <tr>
            <th scope="row">Circuit breaker</th>
            <td>
              {PHASE_WORD[status.phase]}
              {status.reopensAt && status.reopensAt > now ? ` — trial calls in ${formatDuration(status.reopensAt - now)}` : ''}
            </td>
          </tr>
          <tr>
            <th scope="row">Last good data</th>
            <td>{status.lastSuccessAt ? formatRelative(status.lastSuccessAt, now) : 'none yet'}</td>
          </tr>
          <tr>
            <th scope="row">Last error</th>
            <td>{status.lastError ?? 'none'}</td>
          </tr>
          <tr>
            <th scope="row">Calls</th>
            <td>
              {plural(status.counts.calls, 'call')}, {plural(status.counts.attempts, 'attempt')}, {plural(status.counts.retries, 'retry', 'retries')},{' '}
              {plural(status.counts.failures, 'failure')}, {status.counts.fastFails} failed fast
            </td>
          </tr>
        </tbody>
      </table>
      <div>
        <h3>Breaker transitions</h3>
        {status.transitions.length === 0 ? (
          <p className="muted">None: the breaker has stayed closed.</p>
        ) : (
          <ol className="transitions">
            {status.transitions.map((t) => (
              <li key={`${t.at}-${t.to}`}>
                {formatLocal(t.at)}: {t.from} → {t.to}
              </li>
            ))}
          </ol>
        )}
      </div>
      <div className="row">
        <button
          type="button"
          onClick={async () => {
            setCheck('Checking…');
            const result = await sourceRegistry.get(status.sourceId)?.testConnection();
            setCheck(result ? `${result.ok ? 'Connected' : 'Failed'}: ${result.detail}` : 'Source not found');
          }}
        >
          Test connection
        </button>
        {check && <span role="status">{check}</span>}
      </div>
    </div>
  );
}

function DemoSettings({ demo, onSaved }: { demo: Settings['demo']; onSaved: (saved: boolean) => void }) {
  const [seed, setSeed] = useState(demo.seed);
  const [count, setCount] = useState(demo.serviceCount);
  const [error, setError] = useState<string | null>(null);
  const save = async (patch: Partial<Settings['demo']>) => {
    onSaved(false);
    const result = await saveSettings({ demo: patch });
    setError(result.ok ? null : result.errors.join(' · '));
    onSaved(result.ok);
  };
  const faults = demo.faults;
  return (
    <div className="stack">
      <label className="inline">
        <input type="checkbox" checked={demo.enabled} onChange={(e) => save({ enabled: e.target.checked })} />
        Use the built-in demo data source
      </label>
      <div className="form-grid">
        <label>
          Seed (same seed, same numbers)
          <input value={seed} onChange={(e) => setSeed(e.target.value)} onBlur={() => seed !== demo.seed && save({ seed })} />
        </label>
        <label>
          Simulated services (1–1000)
          <input
            type="number"
            min={1}
            max={1000}
            value={count}
            onChange={(e) => setCount(e.target.valueAsNumber)}
            onBlur={() => count !== demo.serviceCount && save({ serviceCount: count })}
          />
        </label>
      </div>
      <fieldset>
        <legend>Fault injection (to see how the dashboard copes)</legend>
        <div className="form-grid">
          <label>
            Added latency (ms)
            <input
              type="number"
              min={0}
              max={60000}
              step={100}
              value={faults.latencyMs}
              onChange={(e) => save({ faults: { ...faults, latencyMs: e.target.valueAsNumber || 0 } })}
            />
          </label>
          <label>
            Share of calls failing with HTTP 503 (%)
            <input
              type="number"
              min={0}
              max={100}
              value={Math.round(faults.errorRate * 100)}
              onChange={(e) => save({ faults: { ...faults, errorRate: (e.target.valueAsNumber || 0) / 100 } })}
            />
          </label>
          <label>
            Share of malformed responses (%)
            <input
              type="number"
              min={0}
              max={100}
              value={Math.round(faults.malformedRate * 100)}
              onChange={(e) => save({ faults: { ...faults, malformedRate: (e.target.valueAsNumber || 0) / 100 } })}
            />
          </label>
          <label className="inline">
            <input type="checkbox" checked={faults.outage} onChange={(e) => save({ faults: { ...faults, outage: e.target.checked } })} />
            Simulate an outage (every call fails)
          </label>
        </div>
      </fieldset>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function DataSourcesPanel() {
  const statuses = useSourceStatuses();
  const settings = useSettings();
  const now = useNow(1_000);
  // Held here, not in DemoSettings: a saved seed or count remounts that form (its key), and the
  // confirmation must outlive it so a user (and a test) knows the change is stored.
  const [demoSaved, setDemoSaved] = useState(false);
  return (
    <Panel id="settings-sources" title={<span id="sources">Data sources</span>}>
      <div className="stack">
        {statuses.length === 0 && <p className="empty">No data source is configured. Turn the demo source on below to see the dashboard at work.</p>}
        {statuses.map((s) => (
          <div key={s.sourceId} className="stack">
            <h3>{s.label}</h3>
            <SourceDetails status={s} now={now} />
          </div>
        ))}
        <h3>Demo source</h3>
        <DemoSettings key={`${settings.demo.seed}-${settings.demo.serviceCount}`} demo={settings.demo} onSaved={setDemoSaved} />
        {demoSaved && <p role="status">Demo settings saved</p>}
        <p className="muted">
          Prometheus, Alertmanager, HTTP health-check and log-import sources are not built yet; the demo source is the only one available today.
        </p>
      </div>
    </Panel>
  );
}
