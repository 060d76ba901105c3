// /incidents/:id/postmortem — create the postmortem of a resolved incident, then edit it,
// read it as a document, print it, export it.
import { useState } from 'react';
import { Link } from 'react-router';
import { createPostmortem } from '@/db/postmortems-repo';
import type { Incident } from '@/domain/incident/incident';
import { STATUS_LABEL } from '@/domain/incident/lifecycle';
import { SECTIONS, type Postmortem } from '@/domain/postmortem/model';
import { canStartPostmortem, POSTMORTEM_DUE_DAYS } from '@/domain/postmortem/postmortem';
import { useNow } from '@/state/clock';
import { useIncident, useIncidentEvents, useIncidents } from '@/state/incidents';
import { useAuthor } from '@/state/incident-commands';
import { useSettings } from '@/state/settings';
import { Panel } from '@/ui/panel';
import { usePostmortemForIncident, useEditorSession } from '../hooks/use-postmortem';
import { ActionItemsSection } from './action-items-section';
import { ChecklistSection, FailureClassSection, RelatedSection } from './analysis-sections';
import { ConflictsPanel } from './conflicts-panel';
import { FiveWhysSection } from './five-whys-section';
import { PostmortemDocument } from './postmortem-document';
import { PostmortemHeader } from './postmortem-header';
import type { SectionProps } from './section-props';
import { ImpactSection, LessonsSection, ResolutionSection, RootCauseSection, SummarySection } from './text-sections';
import { TimelineSection } from './timeline-section';
import './postmortem.css';

export function PostmortemPage({ incidentId, view }: { incidentId: string; view: 'edit' | 'document' }) {
  const incident = useIncident(incidentId);
  const postmortem = usePostmortemForIncident(incidentId);
  return (
    <>
      <div className="page-header no-print">
        <h1>Postmortem of {incidentId}</h1>
        {incident && <span className="muted">{incident.title}</span>}
      </div>
      {postmortem === undefined || incident === undefined ? (
        <p className="muted">Loading…</p>
      ) : postmortem ? (
        <PostmortemEditor key={postmortem.id} postmortem={postmortem} incident={incident} view={view} />
      ) : incident ? (
        <CreatePostmortem incident={incident} />
      ) : (
        <div className="notice" role="note">
          <p>
            There is no incident <span className="mono">{incidentId}</span> in this browser, and no postmortem for it.
          </p>
          <p>
            A postmortem exported from another browser imports on the <Link to="/incidents">Incidents</Link> page.
          </p>
        </div>
      )}
    </>
  );
}

function CreatePostmortem({ incident }: { incident: Incident }) {
  const author = useAuthor();
  const settings = useSettings();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const allowed = canStartPostmortem(incident);
  async function create() {
    setBusy(true);
    try {
      const result = await createPostmortem(incident.id, { now: Date.now(), author, monitoringPeriodMs: settings.monitoringHours * 3_600_000 });
      if (!result.ok) setError(result.error);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Panel id="postmortem-create" title="Start the postmortem">
      <div className="stack">
        <p>
          {incident.id} is <strong>{STATUS_LABEL[incident.status].toLowerCase()}</strong>. The postmortem starts from its record: the facts (severity,
          services, roles, duration), a summary skeleton, impact notes, the root cause and actions recorded, and a timeline imported from its{' '}
          {incident.eventCount} events. It is due {POSTMORTEM_DUE_DAYS} days after you start it.
        </p>
        {!allowed.ok && <p className="notice">{allowed.reason}</p>}
        {!author && (
          <p className="notice">
            <Link to="/settings">Set your name in Settings</Link> first: starting the postmortem is recorded on the incident with its author.
          </p>
        )}
        {error && (
          <p className="notice is-error" role="alert">
            {error}
          </p>
        )}
        <div>
          <button type="button" className="primary" disabled={!allowed.ok || !author || busy} onClick={create}>
            Create postmortem
          </button>
        </div>
      </div>
    </Panel>
  );
}

function PostmortemEditor({ postmortem, incident, view }: { postmortem: Postmortem; incident: Incident | null; view: 'edit' | 'document' }) {
  const now = useNow(30_000);
  const author = useAuthor();
  const events = useIncidentEvents(postmortem.incidentId);
  const incidents = useIncidents();
  const { session, snapshot } = useEditorSession(postmortem);
  const titles = new Map((incidents ?? []).map((i) => [i.id, i.title]));
  const draft = snapshot.draft;
  if (!draft) return <p className="muted">Loading…</p>;
  const readOnly = postmortem.status === 'published';
  const props: SectionProps = { draft, saved: postmortem, readOnly, now, onEdit: (unit, value) => session.edit(unit, value) };
  return (
    <div className={`pm pm-view-${view}`}>
      <PostmortemHeader
        postmortem={postmortem}
        save={snapshot.save}
        dirtyCount={snapshot.dirty.length}
        recovered={snapshot.recovered}
        now={now}
        author={author}
        view={view}
        titles={titles}
        onFlush={() => session.flush()}
      />
      <ConflictsPanel postmortem={postmortem} />
      {view === 'document' ? (
        <PostmortemDocument postmortem={postmortem} now={now} titles={titles} />
      ) : (
        <div className="pm-layout">
          <p className="pm-print-hint">This is the editor. To print the postmortem, open its Document view and print from there.</p>
          <nav className="pm-toc no-print" aria-label="Postmortem sections">
            <ol>
              {SECTIONS.map((section) => (
                <li key={section.id}>
                  <a href={`#pm-${section.id}`}>{section.title}</a>
                </li>
              ))}
            </ol>
          </nav>
          <div className="pm-sections">
            {readOnly && (
              <p className="notice" role="note">
                Published: the text is final. Action items stay editable so they can be tracked to done.
              </p>
            )}
            <SummarySection {...props} />
            <ImpactSection {...props} />
            <TimelineSection {...props} incident={incident} events={events} author={author} />
            <RootCauseSection {...props} />
            <FiveWhysSection {...props} />
            <FailureClassSection {...props} />
            <ResolutionSection {...props} />
            <ActionItemsSection draft={draft} saved={postmortem} now={now} onEdit={props.onEdit} />
            <LessonsSection {...props} />
            <RelatedSection {...props} />
            <ChecklistSection {...props} />
          </div>
        </div>
      )}
    </div>
  );
}
