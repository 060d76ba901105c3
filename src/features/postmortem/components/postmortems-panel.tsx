// The postmortems in this browser with their status and due date, and the import of a
// postmortem bundle exported from another browser.
import { useState } from 'react';
import { Link } from 'react-router';
import { importPostmortemBundle, type BundleImportResult } from '@/db/postmortems-repo';
import { POSTMORTEM_STATUS_LABEL } from '@/domain/postmortem/model';
import { isPostmortemOverdue } from '@/domain/postmortem/postmortem';
import { formatDuration } from '@/domain/time/format';
import { useNow } from '@/state/clock';
import { useAuthor } from '@/state/incident-commands';
import { Panel } from '@/ui/panel';
import { RelativeTime } from '@/ui/relative-time';
import { StatusBadge } from '@/ui/status-badge';
import { usePostmortems } from '../hooks/use-postmortem';
import './postmortem.css';
import { ImportErrors } from '@/ui/form-message';

function BundleImport() {
  const author = useAuthor();
  const [result, setResult] = useState<BundleImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  async function onFile(file: File) {
    setBusy(true);
    try {
      setResult(await importPostmortemBundle(await file.text(), { now: Date.now(), author: author || 'unknown' }));
    } catch (e) {
      setResult({ ok: false, errors: [(e as Error).message] });
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="stack">
      <div>
        <label className="button">
          Import a postmortem bundle…
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
      {result?.ok && (
        <p className="notice is-ok" role="status">
          {result.created ? 'Imported' : 'Merged'} postmortem <Link to={`/incidents/${result.incidentId}/postmortem`}>{result.postmortemId}</Link> of{' '}
          {result.incidentId} ({result.eventsAdded} new incident events
          {result.conflicts ? `; ${result.conflicts} sections differ from this browser's copy and are kept side by side for you to choose` : ''}).
        </p>
      )}
      {result && !result.ok && <ImportErrors errors={result.errors} />}
    </div>
  );
}

export function PostmortemsPanel() {
  const postmortems = usePostmortems();
  const now = useNow(60_000);
  return (
    <Panel id="postmortems" title="Postmortems" meta="Due 5 days after they are started; draft → in review → published.">
      <div className="stack">
        {!postmortems ? (
          <p className="muted">Loading…</p>
        ) : postmortems.length === 0 ? (
          <p className="empty">No postmortems yet. Start one from a resolved incident.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Postmortem</th>
                <th scope="col">Incident</th>
                <th scope="col">Status</th>
                <th scope="col">Due</th>
              </tr>
            </thead>
            <tbody>
              {postmortems.map((pm) => (
                <tr key={pm.id}>
                  <td className="pm-id-link">
                    <Link to={`/incidents/${pm.incidentId}/postmortem`}>{pm.id}</Link>
                  </td>
                  <td>
                    <span className="mono">{pm.incidentId}</span> {pm.content.facts.title}
                  </td>
                  <td>{POSTMORTEM_STATUS_LABEL[pm.status]}</td>
                  <td>
                    {pm.status === 'published' ? (
                      '—'
                    ) : isPostmortemOverdue(pm, now) ? (
                      <StatusBadge state="broken" label={`Overdue by ${formatDuration(now - pm.dueAt)}`} />
                    ) : (
                      <RelativeTime at={pm.dueAt} now={now} />
                    )}
                    {pm.conflicts.length > 0 && <span className="tag">{pm.conflicts.length} to reconcile</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <BundleImport />
      </div>
    </Panel>
  );
}
