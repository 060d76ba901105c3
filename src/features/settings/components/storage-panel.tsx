import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { exportBackup, importBackup, type ImportResult } from '@/db/backup';
import { countDemoData, removeDemoData } from '@/db/demo-data';
import { requestPersistence, storageReport, type StorageReport } from '@/db/storage';
import { downloadText } from '@/ui/download';
import { Panel } from '@/ui/panel';
import { ImportErrors } from '@/ui/form-message';

const mb = (bytes: number | null) => (bytes === null ? 'unknown' : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

function PersistenceInfo() {
  const [report, setReport] = useState<StorageReport | null>(null);
  const refresh = () => storageReport().then(setReport, () => setReport({ persisted: null, usageBytes: null, quotaBytes: null }));
  useEffect(() => {
    refresh();
  }, []);
  if (!report) return <p className="muted">Reading storage…</p>;
  return (
    <div className="stack">
      <p data-testid="persistence">
        Persistent storage:{' '}
        <strong>
          {report.persisted === null
            ? 'not supported by this browser'
            : report.persisted
              ? 'granted — the browser will not evict this data'
              : 'not granted — the browser may evict this data under storage pressure'}
        </strong>
      </p>
      <p data-testid="storage-estimate">
        Using {mb(report.usageBytes)} of {mb(report.quotaBytes)} available to this site.
      </p>
      {report.persisted === false && (
        <div>
          <button type="button" onClick={() => requestPersistence().then(refresh)}>
            Ask the browser again
          </button>
        </div>
      )}
    </div>
  );
}

function BackupControls() {
  const [result, setResult] = useState<ImportResult | { ok: false; errors: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  async function onFile(file: File) {
    setBusy(true);
    try {
      setResult(await importBackup(await file.text()));
    } catch (error) {
      setResult({ ok: false, errors: [(error as Error).message] });
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="stack">
      <div className="row">
        <button
          type="button"
          onClick={async () => {
            const backup = await exportBackup(Date.now());
            downloadText(`watchfloor-backup-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(backup, null, 2));
          }}
        >
          Export backup (JSON)
        </button>
        <label className="button">
          Import backup…
          <input
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void onFile(file);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      <p className="muted">
        Import merges: incidents and their events are added (never duplicated), settings and catalogue entries from the file replace those with the
        same key. A file with any error imports nothing.
      </p>
      {result && result.ok && (
        <p className="notice is-ok" role="status">
          Imported {result.incidents} incidents (
          {Object.entries(result.counts)
            .map(([t, n]) => `${n} ${t}`)
            .join(', ')}
          ).
        </p>
      )}
      {result && !result.ok && <ImportErrors errors={result.errors} />}
    </div>
  );
}

function DemoDataControls() {
  const counts = useLiveQuery(countDemoData, []);
  const [done, setDone] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const total = counts ? counts.incidents + counts.services + counts.teams : 0;
  return (
    <div className="stack">
      <p>
        Demo records:{' '}
        {counts
          ? `${counts.incidents} incidents (${counts.events} events), ${counts.services} catalogue entries, ${counts.teams} on-call teams${counts.postmortems ? `, ${counts.postmortems} postmortems of demo incidents` : ''}.`
          : 'counting…'}
      </p>
      {!confirming ? (
        <div>
          <button type="button" className="danger" disabled={total === 0} onClick={() => setConfirming(true)}>
            Remove all demo data…
          </button>
        </div>
      ) : (
        <div className="row" role="group" aria-label="Confirm removal">
          <span>Remove every demo record (and anything written about demo incidents)? Your own incidents stay.</span>
          <button
            type="button"
            className="danger"
            onClick={async () => {
              const removed = await removeDemoData();
              setConfirming(false);
              setDone(
                `Removed ${removed.incidents} demo incidents, ${removed.services} catalogue entries and ${removed.teams} on-call teams${removed.postmortems ? `, and ${removed.postmortems} postmortems of demo incidents` : ''}.`,
              );
            }}
          >
            Remove
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      {done && <p role="status">{done}</p>}
    </div>
  );
}

export function StoragePanel() {
  return (
    <Panel id="settings-storage" title="Data in this browser">
      <div className="stack">
        <PersistenceInfo />
        <h3>Backup</h3>
        <BackupControls />
        <h3>Demo data</h3>
        <DemoDataControls />
      </div>
    </Panel>
  );
}
