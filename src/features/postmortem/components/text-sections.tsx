// The sections that are Markdown text: summary, impact, root cause, resolution, lessons.
import { Link } from 'react-router';
import { ROLE_LABEL, ROLES } from '@/domain/incident/roles';
import { incidentDuration } from '@/domain/postmortem/postmortem';
import { SEVERITY_INFO } from '@/domain/severity/levels';
import { formatDuration, formatLocal, formatUtc } from '@/domain/time/format';
import { MarkdownField } from './markdown-field';
import { PmSection } from './section';
import type { SectionProps } from './section-props';

const when = (at: number | null) => (at === null ? '—' : `${formatUtc(at)} (${formatLocal(at)} local)`);

export function SummarySection({ draft, readOnly, onEdit }: SectionProps) {
  return (
    <PmSection id="summary" title="Executive summary">
      <MarkdownField
        label="Executive summary"
        hideLabel
        hint="Two or three sentences: what happened, who it hurt and for how long, what prevents a repeat. Blameless: describe the system, not the people."
        value={draft.summary}
        readOnly={readOnly}
        rows={4}
        onChange={(v) => onEdit('summary', v)}
      />
    </PmSection>
  );
}

export function ImpactSection({ draft, saved, readOnly, onEdit }: SectionProps) {
  const f = draft.facts;
  const duration = incidentDuration(f);
  const roles = ROLES.filter((r) => f.roles[r]);
  return (
    <PmSection id="impact" title="Impact" meta="Facts from the incident's record; refresh them with “Re-import from the incident” in the timeline.">
      <table className="pm-facts">
        <tbody>
          <tr>
            <th scope="row">Incident</th>
            <td>
              <Link to={`/incidents/${saved.incidentId}`}>{saved.incidentId}</Link> — {f.title}
            </td>
          </tr>
          <tr>
            <th scope="row">Severity</th>
            <td>
              <span className="severity">{f.severity}</span> {SEVERITY_INFO[f.severity].label}
            </td>
          </tr>
          <tr>
            <th scope="row">Services</th>
            <td>{f.services.join(', ') || '—'}</td>
          </tr>
          <tr>
            <th scope="row">Team</th>
            <td>{f.team || '—'}</td>
          </tr>
          <tr>
            <th scope="row">Declared</th>
            <td>{when(f.declaredAt)}</td>
          </tr>
          <tr>
            <th scope="row">Resolved</th>
            <td>{when(f.resolvedAt)}</td>
          </tr>
          <tr>
            <th scope="row">Duration</th>
            <td>{duration === null ? '—' : `${formatDuration(duration)} (declared → resolved)`}</td>
          </tr>
          <tr>
            <th scope="row">Roles</th>
            <td>{roles.length ? roles.map((r) => `${ROLE_LABEL[r]}: ${f.roles[r]}`).join(' · ') : '—'}</td>
          </tr>
        </tbody>
      </table>
      <MarkdownField
        label="Users"
        hint="Who was affected, how many, which journeys, for how long."
        value={draft.impactUsers}
        readOnly={readOnly}
        rows={3}
        onChange={(v) => onEdit('impactUsers', v)}
      />
      <MarkdownField
        label="Business"
        hint="Revenue, SLA credits, support tickets, reputation."
        value={draft.impactBusiness}
        readOnly={readOnly}
        rows={3}
        onChange={(v) => onEdit('impactBusiness', v)}
      />
      <MarkdownField
        label="Technical"
        hint="What broke, error rates, data affected."
        value={draft.impactTechnical}
        readOnly={readOnly}
        rows={3}
        onChange={(v) => onEdit('impactTechnical', v)}
      />
    </PmSection>
  );
}

export function RootCauseSection({ draft, readOnly, onEdit }: SectionProps) {
  return (
    <PmSection id="root-cause" title="Root cause analysis">
      <MarkdownField label="Primary cause" value={draft.primaryCause} readOnly={readOnly} rows={3} onChange={(v) => onEdit('primaryCause', v)} />
      <MarkdownField
        label="Contributing factors"
        hint="Usually 3 to 7: a Markdown list, one factor per line (“- …”)."
        value={draft.contributingFactors}
        readOnly={readOnly}
        rows={5}
        onChange={(v) => onEdit('contributingFactors', v)}
      />
      <MarkdownField
        label="Why it wasn't caught"
        hint="Tests, alerts, reviews, canaries: what would have seen it first?"
        value={draft.whyNotCaught}
        readOnly={readOnly}
        rows={3}
        onChange={(v) => onEdit('whyNotCaught', v)}
      />
    </PmSection>
  );
}

export function ResolutionSection({ draft, readOnly, onEdit }: SectionProps) {
  return (
    <PmSection id="resolution" title="Resolution">
      <MarkdownField
        label="Immediate actions"
        hint="What stopped the bleeding (from the record's actions)."
        value={draft.resolutionImmediate}
        readOnly={readOnly}
        rows={4}
        onChange={(v) => onEdit('resolutionImmediate', v)}
      />
      <MarkdownField
        label="Permanent fix"
        hint="What removes the cause for good."
        value={draft.resolutionPermanent}
        readOnly={readOnly}
        rows={3}
        onChange={(v) => onEdit('resolutionPermanent', v)}
      />
    </PmSection>
  );
}

export function LessonsSection({ draft, readOnly, onEdit }: SectionProps) {
  return (
    <PmSection id="lessons" title="Lessons learned">
      <MarkdownField label="What went well" value={draft.wentWell} readOnly={readOnly} rows={3} onChange={(v) => onEdit('wentWell', v)} />
      <MarkdownField
        label="What could be improved"
        value={draft.couldImprove}
        readOnly={readOnly}
        rows={3}
        onChange={(v) => onEdit('couldImprove', v)}
      />
      <MarkdownField
        label="Future prevention"
        value={draft.futurePrevention}
        readOnly={readOnly}
        rows={3}
        onChange={(v) => onEdit('futurePrevention', v)}
      />
    </PmSection>
  );
}
