// The drafting panel of an incident (DOMAIN.md §6): the template that fits the incident's last
// move is suggested and prefilled from the incident's own state; the draft is editable, autosaved
// per incident and template on every keystroke, previewed, copied in three formats or opened as
// an e-mail, and "Mark as sent" records it on the timeline (which restarts the update clock).
// Until its first edit a draft follows the incident: it is re-rendered as the incident changes.
import { useId, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { discardDraft, listDrafts, saveDraft } from '@/db/comms-repo';
import { updateDueAfter } from '@/domain/comms/cadence';
import { buildContext, formatSentTime, servicesWithoutPublicName, type CatalogueNames } from '@/domain/comms/context';
import { FORMAT_LABEL, formatDraft, mailtoUrl, MAILTO_SAFE_LENGTH, type OutputFormat } from '@/domain/comms/formats';
import { describeUnknownPlaceholder } from '@/domain/comms/placeholders';
import { peopleOf, sanitizePublicText, summarizeRemovals, type Removal } from '@/domain/comms/public-safety';
import { findGaps, renderTemplate, type Gap } from '@/domain/comms/template-engine';
import { AUDIENCE_LABEL, suggestTemplate, templateForPurpose, type CommsDraft, type TemplateEntry } from '@/domain/comms/templates';
import type { IncidentEvent } from '@/domain/incident/events';
import type { Incident } from '@/domain/incident/incident';
import { formatClock } from '@/domain/time/format';
import { useNow } from '@/state/clock';
import { useIncidentCommand } from '@/state/incident-commands';
import { useSettings } from '@/state/settings';
import { Panel } from '@/ui/panel';
import { copyText } from '../clipboard';
import { useCatalogueNames, useTemplates, zoneLabel } from '../hooks/use-comms-data';
import { DraftPreview } from './draft-preview';
import '../comms.css';

interface Props {
  incident: Incident;
  events: IncidentEvent[];
}

export function CommsPanel({ incident, events }: Props) {
  const templates = useTemplates();
  const catalogue = useCatalogueNames();
  const drafts = useLiveQuery(() => listDrafts(incident.id), [incident.id]);
  return (
    <Panel id="comms-draft" title="Draft an update" className="comms-panel">
      {templates && catalogue && drafts ? (
        <Drafting incident={incident} events={events} templates={templates} catalogue={catalogue} drafts={drafts} />
      ) : (
        <p className="muted">Loading templates…</p>
      )}
    </Panel>
  );
}

type Notice = { ok: boolean; text: string; manualCopy?: string };

interface DraftingProps extends Props {
  templates: TemplateEntry[];
  catalogue: CatalogueNames[];
  drafts: CommsDraft[];
}

function Drafting({ incident, events, templates, catalogue, drafts }: DraftingProps) {
  const suggestion = suggestTemplate(incident, events);
  const suggested = templateForPurpose(templates, suggestion.purpose) ?? templates[0]!;
  // Pick up where the writer left off: a draft written since the incident last moved; otherwise
  // follow the suggestion (null = follow it, also as the incident moves on).
  const [pinnedId, setPinnedId] = useState<string | null>(() => {
    const latest = drafts[0];
    const lastMove = incident.path[incident.path.length - 1]?.at ?? incident.createdAt;
    return latest && latest.updatedAt >= lastMove && templates.some((t) => t.id === latest.templateId) ? latest.templateId : null;
  });
  const [sent, setSent] = useState<Notice | null>(null);
  const template = templates.find((t) => t.id === pinnedId) ?? suggested;
  const draftFor = new Set(drafts.map((d) => d.templateId));

  return (
    <div className="stack">
      <div className="comms-picker">
        <label>
          Template
          <select
            value={template.id}
            onChange={(e) => {
              setPinnedId(e.target.value);
              setSent(null);
            }}
          >
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name} — {AUDIENCE_LABEL[t.audience]}
                {t.id === suggested.id ? ' (suggested)' : ''}
                {draftFor.has(t.id) ? ' · draft' : ''}
              </option>
            ))}
          </select>
        </label>
        <p className="comms-suggestion">
          Suggested: <strong>{suggested.name}</strong>, because {suggestion.reason}.{' '}
          {template.id !== suggested.id && (
            <button type="button" className="link" onClick={() => setPinnedId(null)}>
              Use the suggestion
            </button>
          )}
        </p>
      </div>
      {sent && (
        <p role={sent.ok ? 'status' : 'alert'} className={`notice ${sent.ok ? 'is-ok' : 'is-error'}`}>
          {sent.text}
        </p>
      )}
      <DraftEditor
        key={`${incident.id}|${template.id}`}
        incident={incident}
        events={events}
        template={template}
        catalogue={catalogue}
        stored={drafts.find((d) => d.templateId === template.id)}
        onEdit={() => {
          setPinnedId(template.id);
          setSent(null);
        }}
        onSent={(notice) => {
          setSent(notice);
          setPinnedId(null);
        }}
      />
    </div>
  );
}

interface EditorProps extends Props {
  template: TemplateEntry;
  catalogue: CatalogueNames[];
  stored: CommsDraft | undefined;
  onEdit(): void;
  onSent(notice: Notice): void;
}

type Text = { subject: string; body: string };
type SaveState = { ok: true; at: number } | { ok: false; text: string } | null;

function DraftEditor({ incident, events, template, catalogue, stored, onEdit, onSent }: EditorProps) {
  const settings = useSettings();
  const command = useIncidentCommand(incident.id);
  const now = useNow(15_000);
  const gapsId = useId();
  const [draft, setDraft] = useState<Text | null>(stored ? { subject: stored.subject, body: stored.body } : null);
  const [saved, setSaved] = useState<SaveState>(stored ? { ok: true, at: stored.updatedAt } : null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [confirm, setConfirm] = useState<'gaps' | null>(null);
  const [sending, setSending] = useState(false);
  const latestSave = useRef(0);
  const zone = zoneLabel();
  const isPublic = template.audience === 'public';

  const prefill = useMemo((): Text => {
    const context = buildContext({
      incident,
      events,
      audience: template.audience,
      now,
      severityTable: settings.severity,
      catalogue,
      appUrl: window.location.origin,
      zoneLabel: zone,
    });
    const describe = (name: string) => describeUnknownPlaceholder(name, template.audience);
    return { subject: renderTemplate(template.subject, context, describe).text, body: renderTemplate(template.body, context, describe).text };
  }, [incident, events, template, now, settings.severity, catalogue, zone]);

  const current = draft ?? prefill;
  const people = useMemo(() => peopleOf(incident, events), [incident, events]);
  const outgoing = useMemo(() => {
    if (!isPublic) return { ...current, removals: [] as Removal[] };
    const subject = sanitizePublicText(current.subject, { services: catalogue, people });
    const body = sanitizePublicText(current.body, { services: catalogue, people });
    return { subject: subject.text, body: body.text, removals: [...subject.removals, ...body.removals] };
  }, [isPublic, current, catalogue, people]);
  const gaps = [
    ...findGaps(current.subject).map((g) => ({ ...g, inSubject: true })),
    ...findGaps(current.body).map((g) => ({ ...g, inSubject: false })),
  ];
  const unnamed = isPublic ? servicesWithoutPublicName(incident, catalogue) : [];
  const nextDue = updateDueAfter(now, events, settings.severity);
  const mailto = mailtoUrl(outgoing.subject, outgoing.body);

  function edit(next: Text) {
    setDraft(next);
    setConfirm(null);
    setNotice(null);
    onEdit();
    const updatedAt = Math.max(Date.now(), latestSave.current + 1);
    latestSave.current = updatedAt;
    saveDraft({ incidentId: incident.id, templateId: template.id, subject: next.subject, body: next.body, updatedAt }).then(
      () => latestSave.current === updatedAt && setSaved({ ok: true, at: updatedAt }),
      (error: Error) => setSaved({ ok: false, text: error.message }),
    );
  }

  async function restart() {
    setDraft(null);
    setSaved(null);
    setConfirm(null);
    latestSave.current = Date.now();
    await discardDraft(incident.id, template.id).catch((error: Error) => setSaved({ ok: false, text: error.message }));
  }

  async function copy(format: OutputFormat) {
    const text = formatDraft(outgoing.body, format);
    const result = await copyText(text);
    setNotice(
      result.ok
        ? { ok: true, text: `Copied as ${FORMAT_LABEL[format]}.` }
        : { ok: false, text: `Could not copy (${result.reason}). Select the text below and copy it yourself.`, manualCopy: text },
    );
  }

  async function send(anyway: boolean) {
    if (gaps.length > 0 && !anyway) {
      setConfirm('gaps');
      return;
    }
    setConfirm(null);
    setSending(true);
    try {
      const result = await command({
        type: 'publish_update',
        templateId: template.id,
        templateName: template.name,
        audience: template.audience,
        text: outgoing.body,
      });
      if (!result.ok) {
        setNotice({ ok: false, text: result.error });
        return;
      }
      // The same template may stay selected: start it afresh from the incident.
      latestSave.current = Date.now();
      setDraft(null);
      setSaved(null);
      setNotice(null);
      await discardDraft(incident.id, template.id).catch(() => undefined);
      const due = updateDueAfter(result.event.at, [...events, result.event], settings.severity);
      onSent({
        ok: true,
        text:
          `Recorded “${template.name}” as sent to ${AUDIENCE_LABEL[template.audience].toLowerCase()} at ${formatClock(result.event.at)}. ` +
          (due === null ? 'No further update is due.' : `The next update is due by ${formatSentTime(due, zone)}.`),
      });
    } catch (error) {
      setNotice({ ok: false, text: (error as Error).message });
    } finally {
      setSending(false);
    }
  }

  return (
    <div className="stack">
      <div className="comms-editor">
        <div className="stack comms-compose">
          <p className="muted">
            Audience: <strong>{AUDIENCE_LABEL[template.audience]}</strong>
            {isPublic && '. Internal details are removed from everything that leaves this page.'}
          </p>
          <label>
            Subject
            <input value={current.subject} maxLength={500} onChange={(e) => edit({ ...current, subject: e.target.value })} />
          </label>
          <label>
            Message
            <textarea
              className="mono comms-body"
              rows={16}
              value={current.body}
              maxLength={50_000}
              aria-describedby={gaps.length ? gapsId : undefined}
              onChange={(e) => edit({ ...current, body: e.target.value })}
            />
          </label>
          <div className="row comms-save-line">
            <span className="muted" data-testid="draft-state">
              {saved === null
                ? 'Prefilled from the template; it follows the incident until you edit it.'
                : saved.ok
                  ? `Draft saved in this browser at ${formatClock(saved.at)}.`
                  : ''}
            </span>
            {saved && !saved.ok && (
              <span role="alert" className="field-error">
                The draft could not be saved: {saved.text}
              </span>
            )}
            <button type="button" onClick={restart} disabled={draft === null}>
              Start again from the template
            </button>
          </div>
          {gaps.length > 0 && <GapList id={gapsId} gaps={gaps} audience={template.audience} />}
          {unnamed.length > 0 && (
            <p className="notice is-warning">
              Left out of the public message, because the catalogue has no public name for them: {unnamed.join(', ')}. Add public names in Settings.
            </p>
          )}
        </div>
        <div className="stack">
          {isPublic && <RemovalNotice removals={outgoing.removals} />}
          <section className="comms-preview" aria-label="Preview">
            <h3>Preview</h3>
            <p className="comms-preview-subject">
              <span className="muted">Subject: </span>
              {outgoing.subject}
            </p>
            <DraftPreview text={outgoing.body} />
          </section>
        </div>
      </div>
      <div className="row comms-actions">
        <button type="button" onClick={() => copy('plain')}>
          Copy as plain text
        </button>
        <button type="button" onClick={() => copy('markdown')}>
          Copy as Markdown
        </button>
        <button type="button" onClick={() => copy('slack')}>
          Copy as Slack mrkdwn
        </button>
        <a className="button" href={mailto}>
          Open as e-mail
        </a>
        <button type="button" className="primary" disabled={sending} onClick={() => send(false)}>
          Mark as sent
        </button>
      </div>
      <p className="muted" data-testid="send-effect">
        Marking as sent records the text on the incident’s timeline and restarts the update clock:{' '}
        {nextDue === null ? 'no further update will be due.' : `the next update will be due by ${formatSentTime(nextDue, zone)}.`}
        {mailto.length > MAILTO_SAFE_LENGTH &&
          ' This message is long: some mail programs cut long e-mail links, so copy it if the e-mail is incomplete.'}
      </p>
      {confirm === 'gaps' && (
        <div className="notice is-warning row" role="group" aria-label="Send with gaps?">
          <span>
            The message still has {gaps.length === 1 ? 'a gap' : `${gaps.length} gaps`} (
            {[...new Set(gaps.map((g) => g.name || 'invalid placeholder'))].join(', ')}). Send it anyway?
          </span>
          <button type="button" onClick={() => send(true)}>
            Send anyway
          </button>
          <button type="button" onClick={() => setConfirm(null)}>
            Keep editing
          </button>
        </div>
      )}
      {notice && (
        <p role={notice.ok ? 'status' : 'alert'} className={notice.ok ? 'state-healthy' : 'field-error'}>
          {notice.text}
        </p>
      )}
      {notice?.manualCopy && <textarea className="mono" readOnly aria-label="Text to copy" value={notice.manualCopy} rows={8} />}
    </div>
  );
}

function gapWords(gap: Gap, audience: TemplateEntry['audience']): string {
  if (gap.kind === 'empty') return `“${gap.name}” had no value for this incident: replace [fill in: ${gap.name}]`;
  if (gap.kind === 'unknown')
    return `${describeUnknownPlaceholder(gap.name, audience)} Replace [unknown: ${gap.name}], and fix the template in Settings`;
  return 'The template has an invalid placeholder here: replace [invalid placeholder], and fix the template in Settings';
}

function GapList({ id, gaps, audience }: { id: string; gaps: (Gap & { inSubject: boolean })[]; audience: TemplateEntry['audience'] }) {
  return (
    <div id={id} className="notice is-warning">
      <p>
        <strong>{gaps.length === 1 ? '1 gap to fill before sending' : `${gaps.length} gaps to fill before sending`}</strong>
      </p>
      <ul aria-label="Gaps in the draft">
        {gaps.map((g) => (
          <li key={`${g.inSubject}-${g.offset}`}>
            {gapWords(g, audience)} ({g.inSubject ? `subject, column ${g.column}` : `line ${g.line}, column ${g.column}`}).
          </li>
        ))}
      </ul>
    </div>
  );
}

function RemovalNotice({ removals }: { removals: Removal[] }) {
  if (removals.length === 0) return <p className="muted">No internal details found in this message.</p>;
  return (
    <div className="notice is-warning" data-testid="public-removals">
      <p>The preview below is what leaves this page. Changed for the public: {summarizeRemovals(removals)}. Reword where you see “[removed]”.</p>
      <details>
        <summary>What was changed</summary>
        <ul>
          {removals.map((r, i) => (
            <li key={i}>
              {r.kind}: <code>{r.text}</code> → {r.replacement ? <code>{r.replacement}</code> : 'line left out'}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
