// The postmortem as a document to read and print: the same sections, formatted, no controls.
import { ROLE_LABEL, ROLES } from '@/domain/incident/roles';
import { isActionItemOverdue, timestampToDueDate } from '@/domain/postmortem/action-items';
import { timelineDiagram, whysDiagram } from '@/domain/postmortem/diagrams';
import { counterPatternText, failureClass } from '@/domain/postmortem/failure-classes';
import { whysRootCause } from '@/domain/postmortem/five-whys';
import { ACTION_STATUS_LABEL, POSTMORTEM_STATUS_LABEL, PRIORITY_LABEL, type Postmortem } from '@/domain/postmortem/model';
import { incidentDuration } from '@/domain/postmortem/postmortem';
import { REVIEW_CHECKLIST } from '@/domain/postmortem/review-checklist';
import { visibleRows } from '@/domain/postmortem/timeline';
import { SEVERITY_INFO } from '@/domain/severity/levels';
import { formatDuration, formatLocal, formatUtc } from '@/domain/time/format';
import { MarkdownView } from '@/ui/markdown-view';
import { MermaidDiagram } from '@/ui/mermaid-diagram';

function Text({ title, source, level = 3 }: { title: string; source: string; level?: 2 | 3 }) {
  const H = level === 2 ? 'h2' : 'h3';
  return (
    <>
      <H>{title}</H>
      <MarkdownView source={source} empty="Not written." />
    </>
  );
}

export function PostmortemDocument({ postmortem: pm, now, titles }: { postmortem: Postmortem; now: number; titles: ReadonlyMap<string, string> }) {
  const c = pm.content;
  const f = c.facts;
  const duration = incidentDuration(f);
  const rows = visibleRows(c.timeline);
  const timeline = timelineDiagram(c.timeline, `Timeline of ${pm.incidentId}`);
  const title = f.title.replace(/^\[demo\]\s*/i, '');
  const whys = whysDiagram(c.whys, title);
  const root = whysRootCause(c.whys);
  const cls = failureClass(c.failureClass);
  return (
    <article className="pm-document" aria-label={`Postmortem ${pm.id}`}>
      <p className="pm-doc-title">{title}</p>
      <p className="muted">
        {pm.id} · incident {pm.incidentId} · {POSTMORTEM_STATUS_LABEL[pm.status]} · all times UTC (local in brackets) · blameless review
      </p>
      <table className="pm-facts">
        <tbody>
          <tr>
            <th scope="row">Severity</th>
            <td>
              {f.severity} ({SEVERITY_INFO[f.severity].label})
            </td>
            <th scope="row">Services</th>
            <td>{f.services.join(', ') || '—'}</td>
          </tr>
          <tr>
            <th scope="row">Declared</th>
            <td>
              {formatUtc(f.declaredAt)} ({formatLocal(f.declaredAt)})
            </td>
            <th scope="row">Resolved</th>
            <td>{f.resolvedAt === null ? '—' : `${formatUtc(f.resolvedAt)} (${formatLocal(f.resolvedAt)})`}</td>
          </tr>
          <tr>
            <th scope="row">Duration</th>
            <td>{duration === null ? '—' : formatDuration(duration)}</td>
            <th scope="row">Roles</th>
            <td>
              {ROLES.filter((r) => f.roles[r])
                .map((r) => `${ROLE_LABEL[r]}: ${f.roles[r]}`)
                .join(' · ') || '—'}
            </td>
          </tr>
        </tbody>
      </table>

      <Text level={2} title="Executive summary" source={c.summary} />
      <h2>Impact</h2>
      <Text title="Users" source={c.impactUsers} />
      <Text title="Business" source={c.impactBusiness} />
      <Text title="Technical" source={c.impactTechnical} />

      <h2>Timeline</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Time (UTC)</th>
            <th scope="col">What happened</th>
            <th scope="col">Who</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="pm-nowrap">{formatUtc(r.at)}</td>
              <td className="pm-pre">{r.text}</td>
              <td>{r.author}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {timeline && <MermaidDiagram source={timeline} label={`Timeline diagram of ${pm.incidentId}`} className="pm-diagram pm-diagram-wide" />}

      <h2>Root cause analysis</h2>
      <Text title="Primary cause" source={c.primaryCause} />
      <Text title="Contributing factors" source={c.contributingFactors} />
      <Text title="Why it wasn't caught" source={c.whyNotCaught} />

      <h2>5 whys</h2>
      <ol>
        {c.whys.map((s) => (
          <li key={s.id}>
            <strong>{s.why}</strong> — {s.because || <span className="muted">not answered</span>}
          </li>
        ))}
      </ol>
      {root && (
        <p>
          <strong>Root cause:</strong> {root}
        </p>
      )}
      {whys && <MermaidDiagram source={whys} label="The 5-whys chain" className="pm-diagram" />}

      <h2>Failure class</h2>
      <p>{cls ? `${cls.label} — counter-pattern: ${counterPatternText(cls.id)}.` : 'Not chosen.'}</p>
      {c.failureNotes.trim() && <MarkdownView source={c.failureNotes} />}

      <h2>Resolution</h2>
      <Text title="Immediate actions" source={c.resolutionImmediate} />
      <Text title="Permanent fix" source={c.resolutionPermanent} />

      <h2>Action items</h2>
      {c.actionItems.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">ID</th>
              <th scope="col">Title</th>
              <th scope="col">Owner</th>
              <th scope="col">Due (UTC)</th>
              <th scope="col">Priority</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {c.actionItems.map((a) => (
              <tr key={a.id}>
                <td className="mono">{a.id}</td>
                <td>{a.title}</td>
                <td>{a.owner}</td>
                <td className="pm-nowrap">
                  {timestampToDueDate(a.dueAt)}
                  {isActionItemOverdue(a, now) && <strong> (overdue)</strong>}
                </td>
                <td>{PRIORITY_LABEL[a.priority]}</td>
                <td>{ACTION_STATUS_LABEL[a.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>Lessons learned</h2>
      <Text title="What went well" source={c.wentWell} />
      <Text title="What could be improved" source={c.couldImprove} />
      <Text title="Future prevention" source={c.futurePrevention} />

      <h2>Related incidents</h2>
      {c.relatedIncidents.length ? (
        <ul>
          {c.relatedIncidents.map((id) => (
            <li key={id}>
              {id}
              {titles.get(id) ? ` — ${titles.get(id)}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None.</p>
      )}

      <h2>Review checklist</h2>
      <ul className="pm-checklist-doc">
        {REVIEW_CHECKLIST.map((i) => (
          <li key={i.id}>
            {c.checklist[i.id] ? '☑' : '☐'} {i.label} <span className="visually-hidden">{c.checklist[i.id] ? '(checked)' : '(not checked)'}</span>
          </li>
        ))}
      </ul>
      <p className="muted pm-history">
        {pm.statusHistory.map((h) => `${POSTMORTEM_STATUS_LABEL[h.status]} ${formatUtc(h.at)} by ${h.by || 'unknown'}`).join(' · ')}
      </p>
    </article>
  );
}
