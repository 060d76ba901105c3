// The document's state and what can be done with it: status moves, exports, print view.
import { useState } from 'react';
import { Link } from 'react-router';
import { changePostmortemStatus, exportPostmortemBundle } from '@/db/postmortems-repo';
import { bundleFileName } from '@/domain/postmortem/bundle';
import { markdownFileName, postmortemMarkdown } from '@/domain/postmortem/markdown-export';
import { POSTMORTEM_STATUS_LABEL, type Postmortem } from '@/domain/postmortem/model';
import { isPostmortemOverdue, STATUS_ACTIONS, statusProblems } from '@/domain/postmortem/postmortem';
import { formatDuration } from '@/domain/time/format';
import { downloadText } from '@/ui/download';
import { RelativeTime } from '@/ui/relative-time';
import { StatusBadge } from '@/ui/status-badge';
import type { SaveState } from '../hooks/editor-session';
import { editContext } from '../hooks/use-postmortem';

interface Props {
  postmortem: Postmortem;
  save: SaveState;
  dirtyCount: number;
  recovered: number;
  now: number;
  author: string;
  view: 'edit' | 'document';
  titles: ReadonlyMap<string, string>;
  /** Saves pending edits first, so what is exported or moved is what is on screen. */
  onFlush(): Promise<void>;
}

function SaveIndicator({ save, dirtyCount, now }: { save: SaveState; dirtyCount: number; now: number }) {
  let text: React.ReactNode;
  if (save.kind === 'error')
    text = <span className="field-error">Not saved: {save.message} Your text is kept in this browser and saving is retried on the next edit.</span>;
  else if (save.kind === 'saving') text = 'Saving…';
  else if (save.kind === 'pending' || dirtyCount) text = 'Unsaved changes…';
  else
    text = save.at ? (
      <>
        All changes saved <RelativeTime at={save.at} now={now} />
      </>
    ) : (
      'All changes saved'
    );
  return (
    <span
      role="status"
      aria-live="polite"
      className="pm-save"
      data-testid="save-state"
      data-state={save.kind === 'saved' && !dirtyCount ? 'saved' : save.kind}
    >
      {text}
    </span>
  );
}

export function PostmortemHeader({ postmortem: pm, save, dirtyCount, recovered, now, author, view, titles, onFlush }: Props) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const overdue = isPostmortemOverdue(pm, now);
  const moves = STATUS_ACTIONS.filter((a) => a.from === pm.status);
  const nextForward = moves.find((m) => m.to !== 'draft');
  const problems = nextForward ? statusProblems(pm, nextForward.to) : [];

  async function move(to: (typeof moves)[number]['to']) {
    await onFlush();
    try {
      const result = await changePostmortemStatus(pm.id, pm.status, to, editContext(author));
      setMessage(result.ok ? { ok: true, text: `Now ${POSTMORTEM_STATUS_LABEL[to].toLowerCase()}.` } : { ok: false, text: result.error });
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    }
  }

  async function exportMarkdown() {
    await onFlush();
    downloadText(markdownFileName(pm), postmortemMarkdown(pm, { now: Date.now(), titles }), 'text/markdown');
  }

  async function exportBundle() {
    await onFlush();
    const bundle = await exportPostmortemBundle(pm.id, Date.now());
    if (!bundle) setMessage({ ok: false, text: `The incident ${pm.incidentId} is not in this browser, so there is no record to bundle.` });
    else downloadText(bundleFileName(pm), JSON.stringify(bundle, null, 2), 'application/json');
  }

  return (
    <div className="pm-header">
      <div className="pm-header-facts">
        <span className="mono" data-testid="postmortem-id">
          {pm.id}
        </span>
        <span className="tag pm-status" data-testid="postmortem-status">
          {POSTMORTEM_STATUS_LABEL[pm.status]}
        </span>
        {pm.status !== 'published' &&
          (overdue ? (
            <StatusBadge state="broken" label={`Overdue by ${formatDuration(now - pm.dueAt)}`} />
          ) : (
            <span>
              Due <RelativeTime at={pm.dueAt} now={now} />
            </span>
          ))}
        <span className="muted">
          Started by {pm.createdBy || 'unknown'} <RelativeTime at={pm.createdAt} now={now} />
        </span>
        <SaveIndicator save={save} dirtyCount={dirtyCount} now={now} />
      </div>
      <div className="pm-header-actions no-print">
        {view === 'edit' ? (
          <Link className="button" to="?view=document">
            Document view
          </Link>
        ) : (
          <>
            <Link className="button" to="?">
              Back to editing
            </Link>
            <button type="button" onClick={() => window.print()}>
              Print or save as PDF…
            </button>
          </>
        )}
        <button type="button" onClick={exportMarkdown}>
          Export Markdown
        </button>
        <button type="button" onClick={exportBundle}>
          Export bundle (JSON)
        </button>
        {moves.map((m) => (
          <button key={m.to} type="button" className={m.to === 'draft' ? undefined : 'primary'} onClick={() => move(m.to)} disabled={!author}>
            {m.action}
          </button>
        ))}
      </div>
      {recovered > 0 && (
        <p className="notice is-ok no-print" role="status">
          Restored {recovered} unsaved {recovered === 1 ? 'edit' : 'edits'} from before the page was closed or reloaded.
        </p>
      )}
      {!author && pm.status !== 'published' && (
        <p className="notice no-print">
          <Link to="/settings">Set your name in Settings</Link> to submit, publish and be named on your edits. Your typing is saved either way.
        </p>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={`notice no-print ${message.ok ? 'is-ok' : 'is-error'}`}>
          {message.text}
        </p>
      )}
      {nextForward && problems.length > 0 && (
        <div className="pm-readiness no-print" data-testid="readiness">
          <strong>Before “{nextForward.action}”:</strong>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
