// The postmortem as one Markdown file: headings per section, tables for facts, timeline and
// action items, and the mermaid source of both diagrams in fenced blocks (rendered by any viewer
// that knows mermaid, readable as text by any that does not). Times are UTC: the file is read by
// people in other time zones (DOMAIN.md §13).
import { ROLE_LABEL, ROLES } from '../incident/roles';
import { SEVERITY_INFO } from '../severity/levels';
import { formatDuration, formatUtc } from '../time/format';
import { isActionItemOverdue, timestampToDueDate } from './action-items';
import { timelineDiagram, whysDiagram } from './diagrams';
import { counterPatternText, failureClass } from './failure-classes';
import { whysRootCause } from './five-whys';
import { ACTION_STATUS_LABEL, type Postmortem, POSTMORTEM_STATUS_LABEL, PRIORITY_LABEL } from './model';
import { incidentDuration, isPostmortemOverdue } from './postmortem';
import { REVIEW_CHECKLIST } from './review-checklist';
import { visibleRows } from './timeline';

/** Text for one table cell: no line breaks, no column breaks, no raw HTML. */
export function tableCell(text: string): string {
  return (
    text
      .replace(/\s*\n\s*/g, ' ')
      .replace(/\\/g, '\\\\')
      .replace(/\|/g, '\\|')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .trim() || '—'
  );
}

/** Text for a heading or list line (user text that is not Markdown of its own). */
const inline = (text: string) => tableCell(text).replace(/^#+\s*/, '');

/** A fenced block that no backtick run inside `body` can close early. */
export function fence(lang: string, body: string): string {
  const longest = Math.max(2, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${lang}\n${body}\n${ticks}`;
}

const section = (text: string) => (text.trim() ? text.trim() : '_Not written._');

function table(headers: string[], rows: string[][]): string {
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export interface MarkdownContext {
  now: number;
  /** Titles of the related incidents this browser knows. */
  titles?: ReadonlyMap<string, string>;
}

export function postmortemMarkdown(pm: Postmortem, ctx: MarkdownContext): string {
  const c = pm.content;
  const f = c.facts;
  const duration = incidentDuration(f);
  const out: string[] = [];
  const title = f.title.replace(/^\[demo\]\s*/i, '');
  out.push(`# Postmortem: ${inline(title)}`);
  out.push(
    `${pm.id} · incident ${pm.incidentId} · ${POSTMORTEM_STATUS_LABEL[pm.status]}` +
      ` · due ${formatUtc(pm.dueAt)}${isPostmortemOverdue(pm, ctx.now) ? ' (**overdue**)' : ''} · all times UTC`,
  );
  out.push('_Blameless: this review is about the system and how it let people down, not about who._');

  const roles = ROLES.filter((r) => f.roles[r]).map((r) => `${ROLE_LABEL[r]}: ${f.roles[r]}`);
  out.push(
    table(
      ['Field', 'Value'],
      [
        ['Incident', `${pm.incidentId} — ${tableCell(f.title)}`],
        ['Severity', `${f.severity} (${SEVERITY_INFO[f.severity].label})`],
        ['Services', tableCell(f.services.join(', '))],
        ['Team', tableCell(f.team)],
        ['Declared', formatUtc(f.declaredAt)],
        ['Resolved', f.resolvedAt === null ? '—' : formatUtc(f.resolvedAt)],
        ['Duration (declared → resolved)', duration === null ? '—' : formatDuration(duration)],
        ['Closed', f.closedAt === null ? '—' : formatUtc(f.closedAt)],
        ['Roles', tableCell(roles.join('; '))],
        ['Postmortem by', `${tableCell(pm.createdBy)}, ${formatUtc(pm.createdAt)}`],
      ],
    ),
  );

  out.push('## Executive summary', section(c.summary));
  out.push('## Impact', '### Users', section(c.impactUsers), '### Business', section(c.impactBusiness), '### Technical', section(c.impactTechnical));

  const rows = visibleRows(c.timeline);
  out.push('## Timeline');
  out.push(
    rows.length
      ? table(
          ['Time (UTC)', 'What happened', 'Who', 'Source'],
          rows.map((r) => [formatUtc(r.at), tableCell(r.text), tableCell(r.author), r.eventId ? (r.edited ? 'record, edited' : 'record') : 'added']),
        )
      : '_No rows._',
  );
  const timeline = timelineDiagram(c.timeline, `Timeline of ${pm.incidentId}`);
  if (timeline) out.push(fence('mermaid', timeline));

  out.push(
    '## Root cause analysis',
    '### Primary cause',
    section(c.primaryCause),
    '### Contributing factors',
    section(c.contributingFactors),
    "### Why it wasn't caught",
    section(c.whyNotCaught),
  );

  out.push('## 5 whys');
  if (c.whys.length) {
    out.push(
      table(
        ['#', 'Why?', 'Because'],
        c.whys.map((s, i) => [String(i + 1), tableCell(s.why), tableCell(s.because)]),
      ),
    );
    const root = whysRootCause(c.whys);
    out.push(root ? `**Root cause:** ${inline(root)}` : '_The chain is not finished._');
    const whys = whysDiagram(c.whys, title);
    if (whys) out.push(fence('mermaid', whys));
  } else out.push('_Not written._');

  out.push('## Failure class');
  const cls = failureClass(c.failureClass);
  out.push(cls ? `**${cls.label}** — counter-pattern: ${counterPatternText(cls.id)}.` : '_Not chosen._');
  if (c.failureNotes.trim()) out.push(c.failureNotes.trim());

  out.push('## Resolution', '### Immediate actions', section(c.resolutionImmediate), '### Permanent fix', section(c.resolutionPermanent));

  out.push('## Action items');
  out.push(
    c.actionItems.length
      ? table(
          ['ID', 'Title', 'Owner', 'Due (UTC)', 'Priority', 'Status'],
          c.actionItems.map((a) => [
            a.id,
            tableCell(a.title),
            tableCell(a.owner),
            `${timestampToDueDate(a.dueAt)}${isActionItemOverdue(a, ctx.now) ? ' **overdue**' : ''}`,
            PRIORITY_LABEL[a.priority],
            ACTION_STATUS_LABEL[a.status],
          ]),
        )
      : '_None yet._',
  );

  out.push(
    '## Lessons learned',
    '### What went well',
    section(c.wentWell),
    '### What could be improved',
    section(c.couldImprove),
    '### Future prevention',
    section(c.futurePrevention),
  );

  out.push('## Related incidents');
  out.push(
    c.relatedIncidents.length
      ? c.relatedIncidents.map((id) => `- ${id}${ctx.titles?.get(id) ? ` — ${inline(ctx.titles.get(id)!)}` : ''}`).join('\n')
      : '_None._',
  );

  out.push('## Review checklist', REVIEW_CHECKLIST.map((item) => `- [${c.checklist[item.id] ? 'x' : ' '}] ${item.label}`).join('\n'));

  const history = pm.statusHistory.map((h) => `${POSTMORTEM_STATUS_LABEL[h.status]} ${formatUtc(h.at)} by ${inline(h.by || 'unknown')}`).join(' · ');
  out.push('---', `_History: ${history}. Exported ${formatUtc(ctx.now)}._`);
  return `${out.join('\n\n')}\n`;
}

export function markdownFileName(pm: Postmortem): string {
  return `${pm.id}-${pm.incidentId}.md`;
}
