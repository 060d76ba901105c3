// The sections that are Markdown text: summary, impact, root cause, resolution, lessons.
import { Link } from 'react-router';
import { ROLE_LABEL, ROLES } from '@/domain/incident/roles';
import { incidentDuration } from '@/domain/postmortem/postmortem';
import { SEVERITY_INFO } from '@/domain/severity/levels';
import { formatDuration, formatLocal, formatUtc } from '@/domain/time/format';
import { MarkdownField } from './markdown-field';
import { PmSection } from './section';
import type { SectionProps } from './section-props';
import type { PostmortemContent } from '@/domain/postmortem/model';

type TextUnit = { [U in keyof PostmortemContent]: PostmortemContent[U] extends string ? U : never }[keyof PostmortemContent];

/** A Markdown field bound to one text unit of the draft. */
const textProps = ({ draft, readOnly, onEdit }: SectionProps, unit: TextUnit) => ({
  value: draft[unit],
  readOnly,
  onChange: (v: string) => onEdit(unit, v),
});

const when = (at: number | null) => (at === null ? '—' : `${formatUtc(at)} (${formatLocal(at)} local)`);

export function SummarySection(section: SectionProps) {
  return (
    <PmSection id="summary" title="Executive summary">
      <MarkdownField
        label="Executive summary"
        hideLabel
        hint="Two or three sentences: what happened, who it hurt and for how long, what prevents a repeat. Blameless: describe the system, not the people."
        rows={4}
        {...textProps(section, 'summary')}
      />
    </PmSection>
  );
}

export function ImpactSection(section: SectionProps) {
  const { draft, saved } = section;
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
      <MarkdownField label="Users" hint="Who was affected, how many, which journeys, for how long." rows={3} {...textProps(section, 'impactUsers')} />
      <MarkdownField label="Business" hint="Revenue, SLA credits, support tickets, reputation." rows={3} {...textProps(section, 'impactBusiness')} />
      <MarkdownField label="Technical" hint="What broke, error rates, data affected." rows={3} {...textProps(section, 'impactTechnical')} />
    </PmSection>
  );
}

export function RootCauseSection(section: SectionProps) {
  return (
    <PmSection id="root-cause" title="Root cause analysis">
      <MarkdownField label="Primary cause" rows={3} {...textProps(section, 'primaryCause')} />
      <MarkdownField
        label="Contributing factors"
        hint="Usually 3 to 7: a Markdown list, one factor per line (“- …”)."
        rows={5}
        {...textProps(section, 'contributingFactors')}
      />
      <MarkdownField
        label="Why it wasn't caught"
        hint="Tests, alerts, reviews, canaries: what would have seen it first?"
        rows={3}
        {...textProps(section, 'whyNotCaught')}
      />
    </PmSection>
  );
}

export function ResolutionSection(section: SectionProps) {
  return (
    <PmSection id="resolution" title="Resolution">
      <MarkdownField
        label="Immediate actions"
        hint="What stopped the bleeding (from the record's actions)."
        rows={4}
        {...textProps(section, 'resolutionImmediate')}
      />
      <MarkdownField label="Permanent fix" hint="What removes the cause for good." rows={3} {...textProps(section, 'resolutionPermanent')} />
    </PmSection>
  );
}

export function LessonsSection(section: SectionProps) {
  return (
    <PmSection id="lessons" title="Lessons learned">
      <MarkdownField label="What went well" rows={3} {...textProps(section, 'wentWell')} />
      <MarkdownField label="What could be improved" rows={3} {...textProps(section, 'couldImprove')} />
      <MarkdownField label="Future prevention" rows={3} {...textProps(section, 'futurePrevention')} />
    </PmSection>
  );
}
