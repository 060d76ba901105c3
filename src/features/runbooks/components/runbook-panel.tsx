// DOMAIN.md §11: per service, who owns it and how to reach them, where to look, known failure
// patterns with what to check, quick mitigations, and how to start, stop and restart it. Shown
// on the service page and (composed by app/) beside an incident for each of its services.
// Everything here is team-entered text: rendered as text, links only for http(s)/mailto.
import { Link } from 'react-router';
import { isSafeLink, type CatalogueEntry } from '@/domain/catalogue/catalogue';
import { useCatalogue } from '@/state/catalogue';
import { Panel } from '@/ui/panel';
import './runbooks.css';

function isEmpty(entry: CatalogueEntry): boolean {
  const r = entry.runbook;
  return (
    !r.contacts.length &&
    !r.links.length &&
    !r.failurePatterns.length &&
    !r.mitigations.length &&
    !r.operations.start.trim() &&
    !r.operations.stop.trim() &&
    !r.operations.restart.trim()
  );
}

function ServiceRunbook({ entry }: { entry: CatalogueEntry }) {
  const r = entry.runbook;
  if (isEmpty(entry)) {
    return (
      <p className="empty">
        No runbook for {entry.name} yet. Write one in <Link to="/settings#catalogue">Settings → Service catalogue</Link>.
      </p>
    );
  }
  const ops = (['start', 'stop', 'restart'] as const).filter((k) => r.operations[k].trim());
  return (
    <div className="runbook">
      {r.contacts.length > 0 && (
        <section>
          <h4>Contacts</h4>
          <ul>
            {r.contacts.map((c, i) => (
              <li key={i}>
                <strong>{c.name}</strong>
                {c.role && <span className="muted"> ({c.role})</span>}
                {c.reach && <> — {c.reach}</>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {r.links.length > 0 && (
        <section>
          <h4>Links</h4>
          <ul>
            {r.links.map((l, i) => (
              <li key={i}>
                {isSafeLink(l.url) ? (
                  <a href={l.url.trim()} target="_blank" rel="noopener noreferrer">
                    {l.label || l.url}
                  </a>
                ) : (
                  <span>
                    {l.label || 'Link'}: <code>{l.url}</code> <span className="muted">(not a web or mail address, so not a link)</span>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {r.failurePatterns.length > 0 && (
        <section>
          <h4>Known failure patterns</h4>
          {r.failurePatterns.map((p, i) => (
            <details key={i} className="failure-pattern" open={r.failurePatterns.length <= 2}>
              <summary>{p.name}</summary>
              <dl>
                <dt>Symptoms</dt>
                <dd className="pre-wrap">{p.symptoms}</dd>
                <dt>Debug steps</dt>
                <dd className="pre-wrap">{p.debugSteps}</dd>
              </dl>
            </details>
          ))}
        </section>
      )}
      {r.mitigations.length > 0 && (
        <section>
          <h4>Quick mitigations</h4>
          <dl className="mitigations">
            {r.mitigations.map((m, i) => (
              <div key={i}>
                <dt>{m.name}</dt>
                <dd className="pre-wrap">{m.how}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {ops.length > 0 && (
        <section>
          <h4>Start, stop, restart</h4>
          <dl className="operations">
            {ops.map((k) => (
              <div key={k}>
                <dt>{k[0]!.toUpperCase() + k.slice(1)}</dt>
                <dd>
                  <pre className="mono">{r.operations[k]}</pre>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </div>
  );
}

export function RunbookPanel({ serviceIds }: { serviceIds: string[] }) {
  const catalogue = useCatalogue();
  const title = serviceIds.length === 1 ? 'Runbook' : 'Runbooks';
  return (
    <Panel id="runbooks" title={title}>
      {!catalogue ? (
        <p className="muted">Loading…</p>
      ) : serviceIds.length === 0 ? (
        <p className="empty">No services named.</p>
      ) : (
        <div className="stack">
          {serviceIds.map((id) => {
            const entry = catalogue.find((e) => e.id === id);
            return (
              <section key={id} className="runbook-service" aria-label={`Runbook of ${entry?.name ?? id}`}>
                {serviceIds.length > 1 || !entry ? <h3>{entry?.name ?? id}</h3> : null}
                {entry ? (
                  <>
                    <p className="muted">Owner team: {entry.team || 'not set'}</p>
                    <ServiceRunbook entry={entry} />
                  </>
                ) : (
                  <p className="empty">
                    {id} is not in the service catalogue yet. Add it in <Link to="/settings#catalogue">Settings → Service catalogue</Link>.
                  </p>
                )}
              </section>
            );
          })}
        </div>
      )}
    </Panel>
  );
}
