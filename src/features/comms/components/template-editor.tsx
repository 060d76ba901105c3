// Settings → Message templates: create, edit, duplicate and reset the templates updates are
// drafted from. Problems (syntax, unknown names, names a public message may not use) are flagged
// with line and column as you type, and a preview fills the template from a sample incident.
import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { deleteStoredTemplate, saveTemplate } from '@/db/comms-repo';
import { buildContext } from '@/domain/comms/context';
import { ulid } from '@/domain/ids';
import { describeUnknownPlaceholder, placeholderNames, placeholdersFor } from '@/domain/comms/placeholders';
import { peopleOf, sanitizePublicText, summarizeRemovals } from '@/domain/comms/public-safety';
import { sampleIncident, SAMPLE_CATALOGUE } from '@/domain/comms/sample';
import { analyzeTemplate, renderTemplate, type TemplateIssue } from '@/domain/comms/template-engine';
import {
  AUDIENCE_LABEL,
  builtInTemplate,
  CUSTOM_PREFIX,
  duplicateTemplate,
  newTemplateDraft,
  PURPOSE_LABEL,
  PURPOSES,
  type CommsTemplate,
  type Purpose,
  type TemplateEntry,
} from '@/domain/comms/templates';
import { AUDIENCES, type Audience } from '@/domain/incident/roles';
import { useSettings } from '@/state/settings';
import { Panel } from '@/ui/panel';
import { useTemplates, zoneLabel } from '../hooks/use-comms-data';
import { DraftPreview } from './draft-preview';
import '../comms.css';

type Form = Pick<CommsTemplate, 'name' | 'audience' | 'purpose' | 'subject' | 'body'>;
/** The template being edited: a stored/built-in one by id, or a new one not saved yet. */
type Selection = { id: string } | { id: null };

const formOf = (t: Form): Form => ({ name: t.name, audience: t.audience, purpose: t.purpose, subject: t.subject, body: t.body });
const sameForm = (a: Form, b: Form) =>
  a.name === b.name && a.audience === b.audience && a.purpose === b.purpose && a.subject === b.subject && a.body === b.body;

export function TemplateEditorPanel() {
  const templates = useTemplates();
  return (
    <Panel
      id="settings-templates"
      className="template-settings"
      title="Message templates"
      meta="What incident updates are drafted from, for each audience"
    >
      {templates ? <Workbench templates={templates} /> : <p className="muted">Loading…</p>}
    </Panel>
  );
}

type Pending = { kind: 'switch'; to: Selection } | { kind: 'reset' } | { kind: 'delete' } | null;

function Workbench({ templates }: { templates: TemplateEntry[] }) {
  const [selection, setSelection] = useState<Selection>({ id: templates[0]!.id });
  const [form, setForm] = useState<Form>(() => formOf(templates[0]!));
  // The stored text the form was last in step with. The form follows the store (another tab, an
  // import, a reset) for as long as the user has not changed it.
  const [seen, setSeen] = useState<Form>(form);
  const [pending, setPending] = useState<Pending>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const selected = selection.id === null ? null : (templates.find((t) => t.id === selection.id) ?? null);
  // A template just saved may not be in the live list yet: until it is, what was saved is `seen`.
  const saved: Form = selected ? formOf(selected) : selection.id === null ? newTemplateDraft() : seen;
  if (selected && !sameForm(seen, saved)) {
    setSeen(saved);
    if (sameForm(form, seen)) setForm(saved);
  }
  const dirty = !sameForm(form, saved);

  function select(next: Selection) {
    if (dirty && next.id !== selection.id) setPending({ kind: 'switch', to: next });
    else open(next);
  }

  function open(next: Selection, keepMessage = false) {
    const target = next.id === null ? newTemplateDraft() : formOf(templates.find((t) => t.id === next.id) ?? newTemplateDraft());
    setSelection(next);
    setForm(target);
    setSeen(target);
    setPending(null);
    if (!keepMessage) setMessage(null);
  }

  async function store(template: CommsTemplate, done: string): Promise<void> {
    try {
      const result = await saveTemplate(template);
      if (!result.ok) {
        setMessage({ ok: false, text: `Not saved: ${result.errors.join(' · ')}` });
        return;
      }
      setSelection({ id: result.template.id });
      // A stored template's form follows the live list on its own; a new one is not in it yet.
      if (!templates.some((t) => t.id === result.template.id)) {
        setForm(formOf(result.template));
        setSeen(formOf(result.template));
      }
      setPending(null);
      setMessage({ ok: true, text: `${done} “${result.template.name}”.` });
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
  }

  const save = () => store({ id: selection.id ?? `${CUSTOM_PREFIX}${ulid(Date.now())}`, ...form, updatedAt: Date.now() }, 'Saved');
  const duplicate = () => store(duplicateTemplate(form, ulid(Date.now()), Date.now()), 'Duplicated as');

  async function removeStored() {
    if (!selection.id) return;
    const builtIn = builtInTemplate(selection.id);
    try {
      await deleteStoredTemplate(selection.id);
      if (builtIn) {
        // Unsaved edits go too; `seen` stays the stored edit until the live list drops it.
        setForm(formOf(builtIn));
        setSeen(saved);
        setPending(null);
        setMessage({ ok: true, text: `“${builtIn.name}” is back to its default text.` });
      } else {
        open({ id: templates[0]!.id }, true);
        setMessage({ ok: true, text: `Deleted “${form.name}”.` });
      }
    } catch (error) {
      setMessage({ ok: false, text: (error as Error).message });
    }
  }

  const isBuiltIn = selected?.builtIn ?? false;
  return (
    <div className="template-workbench">
      <nav aria-label="Templates" className="template-list">
        <ul>
          {templates.map((t) => (
            <li key={t.id}>
              <button type="button" aria-pressed={selection.id === t.id} onClick={() => select({ id: t.id })}>
                <span className="template-name">{t.name}</span>
                <span className="muted template-kind">
                  {AUDIENCE_LABEL[t.audience]} · {t.builtIn ? (t.edited ? 'built-in, edited' : 'built-in') : 'custom'}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => select({ id: null })} aria-pressed={selection.id === null}>
          New template
        </button>
      </nav>
      <div className="stack template-form">
        {pending?.kind === 'switch' && (
          <div className="notice is-warning row" role="group" aria-label="Unsaved changes">
            <span>“{form.name}” has unsaved changes.</span>
            <button type="button" onClick={() => open(pending.to)}>
              Discard changes
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Keep editing
            </button>
          </div>
        )}
        <TemplateForm
          form={form}
          isBuiltIn={isBuiltIn}
          onChange={(next) => (setForm(next), setMessage(null))}
          // No "Save" here: Settings' own form owns the page's Save button, and tests (and people) find it by that name.
          actions={
            <>
              <div className="row">
                <button type="button" className="primary" onClick={save} disabled={!dirty && selection.id !== null}>
                  {selection.id === null ? 'Create template' : 'Apply changes'}
                </button>
                <button type="button" onClick={duplicate}>
                  Duplicate
                </button>
                {isBuiltIn && (
                  <button type="button" disabled={!selected?.edited} onClick={() => setPending({ kind: 'reset' })}>
                    Reset to default
                  </button>
                )}
                {selection.id !== null && !isBuiltIn && (
                  <button type="button" className="danger" onClick={() => setPending({ kind: 'delete' })}>
                    Delete…
                  </button>
                )}
                {dirty && <span className="muted">Unsaved changes</span>}
                {message && (
                  <span role={message.ok ? 'status' : 'alert'} className={message.ok ? 'state-healthy' : 'field-error'}>
                    {message.text}
                  </span>
                )}
              </div>
              {(pending?.kind === 'reset' || pending?.kind === 'delete') && (
                <div className="notice is-warning row" role="group" aria-label={pending.kind === 'reset' ? 'Confirm reset' : 'Confirm delete'}>
                  <span>
                    {pending.kind === 'reset'
                      ? `Replace your edits of “${form.name}” with the default text?`
                      : `Delete “${form.name}”? Drafts started from it stay.`}
                  </span>
                  <button type="button" className="danger" onClick={removeStored}>
                    {pending.kind === 'reset' ? 'Reset' : 'Delete'}
                  </button>
                  <button type="button" onClick={() => setPending(null)}>
                    Cancel
                  </button>
                </div>
              )}
            </>
          }
        />
      </div>
    </div>
  );
}

function TemplateForm({ form, isBuiltIn, actions, onChange }: { form: Form; isBuiltIn: boolean; actions: ReactNode; onChange(form: Form): void }) {
  const problemsId = useId();
  const body = useRef<HTMLTextAreaElement>(null);
  const names = placeholderNames(form.audience);
  const describe = (name: string) => describeUnknownPlaceholder(name, form.audience);
  const problems = [
    ...analyzeTemplate(form.subject, names, describe).map((p) => ({ ...p, where: 'subject' as const })),
    ...analyzeTemplate(form.body, names, describe).map((p) => ({ ...p, where: 'body' as const })),
  ];

  function insert(name: string) {
    const el = body.current;
    const tag = `{{${name}}}`;
    const start = el?.selectionStart ?? form.body.length;
    const end = el?.selectionEnd ?? start;
    onChange({ ...form, body: form.body.slice(0, start) + tag + form.body.slice(end) });
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + tag.length, start + tag.length);
    });
  }

  return (
    <div className="stack">
      <div className="form-grid">
        <label>
          Name
          <input value={form.name} maxLength={120} onChange={(e) => onChange({ ...form, name: e.target.value })} />
        </label>
        <label>
          Audience
          <select value={form.audience} disabled={isBuiltIn} onChange={(e) => onChange({ ...form, audience: e.target.value as Audience })}>
            {AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {AUDIENCE_LABEL[a]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Use for
          <select value={form.purpose} disabled={isBuiltIn} onChange={(e) => onChange({ ...form, purpose: e.target.value as Purpose })}>
            {PURPOSES.map((p) => (
              <option key={p} value={p}>
                {PURPOSE_LABEL[p]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {isBuiltIn && (
        <p className="muted">A built-in template keeps its audience and use, which the suggestion relies on. Duplicate it to make a variant.</p>
      )}
      <label>
        Subject (for e-mail)
        <input className="mono" value={form.subject} maxLength={500} onChange={(e) => onChange({ ...form, subject: e.target.value })} />
      </label>
      <label>
        Template
        <textarea
          ref={body}
          className="mono comms-body"
          rows={16}
          value={form.body}
          maxLength={20_000}
          aria-describedby={problemsId}
          onChange={(e) => onChange({ ...form, body: e.target.value })}
        />
      </label>
      <Problems id={problemsId} problems={problems} />
      {actions}
      <div className="template-help">
        <details>
          <summary>Placeholders for {AUDIENCE_LABEL[form.audience].toLowerCase()}</summary>
          <p className="muted">
            <code>{'{{name}}'}</code> inserts a value (a list reads “a, b and c”). <code>{'{{#actions}}- {{.}}{{/actions}}'}</code> repeats a line per
            item and leaves it out when empty; <code>{'{{^actions}}none yet{{/actions}}'}</code> shows only when empty. A line holding only a section
            tag disappears. <code>**bold**</code>, <code>#</code> headings and <code>- </code> bullets carry into Markdown and Slack.
          </p>
          <table className="placeholder-table">
            <tbody>
              {placeholdersFor(form.audience).map((p) => (
                <tr key={p.name}>
                  <th scope="row">
                    <code>{`{{${p.name}}}`}</code>
                  </th>
                  <td>{p.description}</td>
                  <td>
                    <button type="button" aria-label={`Insert {{${p.name}}}`} onClick={() => insert(p.name)}>
                      Insert
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </div>
      <SamplePreview form={form} />
    </div>
  );
}

function Problems({ id, problems }: { id: string; problems: (TemplateIssue & { where: 'subject' | 'body' })[] }) {
  if (problems.length === 0) {
    return (
      <p id={id} className="state-healthy">
        No problems found.
      </p>
    );
  }
  return (
    <div id={id} className="notice is-warning">
      <p>
        <strong>{problems.length === 1 ? '1 problem' : `${problems.length} problems`}</strong> (drafts show them as [unknown: …] or [invalid
        placeholder]):
      </p>
      <ul aria-label="Problems in this template">
        {problems.map((p) => (
          <li key={`${p.where}-${p.kind}-${p.offset}`}>
            {p.where === 'subject' ? `Subject, column ${p.column}` : `Line ${p.line}, column ${p.column}`}: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function SamplePreview({ form }: { form: Form }) {
  const settings = useSettings();
  const [now] = useState(() => Date.now());
  const result = useMemo(() => {
    const { incident, events } = sampleIncident(now, form.purpose === 'resolved' ? 'resolved' : 'fixing');
    const context = buildContext({
      incident,
      events,
      audience: form.audience,
      now,
      severityTable: settings.severity,
      catalogue: SAMPLE_CATALOGUE,
      appUrl: window.location.origin,
      zoneLabel: zoneLabel(),
    });
    const subject = renderTemplate(form.subject, context).text;
    const body = renderTemplate(form.body, context);
    const empty = body.issues.filter((i) => i.kind === 'empty');
    if (form.audience !== 'public') return { subject, body: body.text, empty, removed: '' };
    const safety = { services: SAMPLE_CATALOGUE, people: peopleOf(incident, events) };
    const publicSubject = sanitizePublicText(subject, safety);
    const publicBody = sanitizePublicText(body.text, safety);
    return {
      subject: publicSubject.text,
      body: publicBody.text,
      empty,
      removed: summarizeRemovals([...publicSubject.removals, ...publicBody.removals]),
    };
  }, [form, now, settings.severity]);
  return (
    <section className="comms-preview" aria-label="Sample preview">
      <h3>Preview with a sample incident</h3>
      {result.empty.length > 0 && (
        <p className="muted">
          Empty for the sample: {result.empty.map((i) => `${i.name} (line ${i.line})`).join(', ')}. Real drafts flag these as gaps to fill.
        </p>
      )}
      {result.removed && <p className="muted">Changed for the public: {result.removed}.</p>}
      <p className="comms-preview-subject">
        <span className="muted">Subject: </span>
        {result.subject}
      </p>
      <DraftPreview text={result.body} />
    </section>
  );
}
