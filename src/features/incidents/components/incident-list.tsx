// The incident list: filters live in the URL (shareable), the list is virtualised so 10,000
// incidents scroll smoothly (only the visible rows are in the DOM).
import { useMemo, useRef, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Incident } from '@/domain/incident/incident';
import { countBySeverity, filterAndSort, filterFromParams, filterToParams, type IncidentFilter, type IncidentSort } from '@/domain/incident/list';
import { STATUSES, STATUS_LABEL } from '@/domain/incident/lifecycle';
import { SEVERITIES, SEVERITY_INFO } from '@/domain/severity/levels';
import { useNow } from '@/state/clock';
import { useServiceName } from '@/state/catalogue';
import { RelativeTime } from '@/ui/relative-time';
import { SeverityBadge } from '@/ui/severity-badge';
import '../incidents.css';

const ROW_HEIGHT = 52;

interface Props {
  incidents: readonly Incident[];
  /** Slot for the most urgent clock of an open incident (composed by the app). */
  renderClock?: (incident: Incident) => ReactNode;
}

export function IncidentList({ incidents, renderClock }: Props) {
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const { filter, sort } = useMemo(() => filterFromParams(new URLSearchParams(query)), [query]);
  const update = (patch: Partial<IncidentFilter>, nextSort: IncidentSort = sort) =>
    setParams(filterToParams({ ...filter, ...patch }, nextSort), { replace: true });

  const shown = useMemo(() => filterAndSort(incidents, filter, sort), [incidents, filter, sort]);
  const counts = useMemo(() => countBySeverity(incidents, filter), [incidents, filter]);
  const services = useMemo(() => [...new Set(incidents.flatMap((i) => i.services))].sort(), [incidents]);
  const teams = useMemo(() => [...new Set(incidents.map((i) => i.team).filter(Boolean))].sort(), [incidents]);
  const serviceName = useServiceName();

  return (
    <div className="stack">
      <form className="list-filters" role="search" aria-label="Filter incidents" onSubmit={(e) => e.preventDefault()}>
        <div className="row" role="radiogroup" aria-label="Open or closed">
          {(['open', 'closed', 'all'] as const).map((state) => (
            <label key={state} className="inline">
              <input type="radio" name="state" checked={filter.state === state} onChange={() => update({ state })} />
              {state === 'open' ? 'Open' : state === 'closed' ? 'Closed' : 'All'}
            </label>
          ))}
        </div>
        <label>
          Search
          <input type="search" value={filter.text} onChange={(e) => update({ text: e.target.value })} placeholder="id, title, service…" />
        </label>
        <label>
          Status
          <select value={filter.status ?? ''} onChange={(e) => update({ status: (e.target.value || null) as IncidentFilter['status'] })}>
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Service
          <select value={filter.service ?? ''} onChange={(e) => update({ service: e.target.value || null })}>
            <option value="">Any service</option>
            {services.map((s) => (
              <option key={s} value={s}>
                {serviceName(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Team
          <select value={filter.team ?? ''} onChange={(e) => update({ team: e.target.value || null })}>
            <option value="">Any team</option>
            {teams.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort
          <select value={sort} onChange={(e) => update({}, e.target.value as IncidentSort)}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
            <option value="severity">Most severe first</option>
          </select>
        </label>
      </form>

      <div className="row severity-counts" role="group" aria-label="Filter by severity">
        <button type="button" aria-pressed={filter.severity === null} onClick={() => update({ severity: null })}>
          All severities
        </button>
        {SEVERITIES.map((s) => (
          <button key={s} type="button" aria-pressed={filter.severity === s} onClick={() => update({ severity: filter.severity === s ? null : s })}>
            {s} {SEVERITY_INFO[s].label}: <strong data-testid={`count-${s}`}>{counts[s]}</strong>
          </button>
        ))}
      </div>

      <p className="muted" role="status" aria-live="polite">
        {shown.length === incidents.length ? `${shown.length} incidents` : `${shown.length} of ${incidents.length} incidents`}
      </p>
      {shown.length === 0 ? (
        <p className="empty">No incident matches these filters.</p>
      ) : (
        <VirtualRows incidents={shown} renderClock={renderClock} serviceName={serviceName} />
      )}
    </div>
  );
}

function VirtualRows({ incidents, renderClock, serviceName }: Props & { serviceName: (id: string) => string }) {
  const scroller = useRef<HTMLDivElement>(null);
  const now = useNow(30_000);
  const virtualizer = useVirtualizer({
    count: incidents.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  return (
    <div ref={scroller} className="incident-rows" data-testid="incident-rows">
      <ul aria-label="Incidents" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const i = incidents[row.index] as Incident;
          return (
            <li
              key={i.id}
              className="incident-row"
              style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
              aria-setsize={incidents.length}
              aria-posinset={row.index + 1}
            >
              <SeverityBadge severity={i.severity} short />
              <Link to={`/incidents/${i.id}`} className="incident-title">
                <span className="mono muted">{i.id}</span> {i.title}
              </Link>
              <span className={`status-word status-${i.status}`}>{STATUS_LABEL[i.status]}</span>
              <span className="incident-services muted">{i.services.map(serviceName).join(', ')}</span>
              <span className="incident-age">
                <RelativeTime at={i.createdAt} now={now} />
              </span>
              <span className="incident-clock">{renderClock && i.status !== 'closed' ? renderClock(i) : null}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
