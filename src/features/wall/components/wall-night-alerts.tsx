// The night's alerts (DOMAIN.md §10): affected item, message, date, priority and time to resolve,
// still-firing ones first. Two lines each, so the message has the panel's whole width. Colour
// follows what is true now: a firing critical alert is broken, a firing warning is careful, an
// alert that has ended is neutral whatever its priority was.
import { useRef } from 'react';
import type { HealthState } from '@/domain/health/health-state';
import type { AlertSeverity } from '@/domain/telemetry/schemas';
import { PRIORITY_WORD, type NightAlert } from '@/domain/wall/night';
import { coarseDuration } from '@/domain/wall/service-figures';
import { StatusIcon } from '@/ui/status-icon';
import { useFitCount } from '../hooks/use-fit-count';

const FIRING_STATE: Record<AlertSeverity, HealthState> = { critical: 'broken', warning: 'degraded', info: 'unknown' };

// Made once: a wall redraws this list on every refresh for weeks.
const dayAndTime = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function AlertRow({ item, serviceName }: { item: NightAlert; serviceName: (id: string) => string }) {
  const { alert, firing, durationMs } = item;
  const state = firing ? FIRING_STATE[alert.severity] : null;
  return (
    <li className={`wall-alert${state ? ' is-firing' : ''}`} data-fit-item data-alert={alert.id} data-firing={firing}>
      <div className="wall-alert-what">
        <span className="wall-alert-service">{serviceName(alert.serviceId)}</span>
        <span className="wall-alert-message">{alert.message || alert.name}</span>
      </div>
      <div className={`wall-alert-facts${state ? ` state-${state}` : ''}`}>
        <span className="wall-alert-priority">
          {state && <StatusIcon state={state} />}
          {PRIORITY_WORD[alert.severity]}
        </span>
        <time dateTime={new Date(alert.startsAt).toISOString()}>{dayAndTime.format(alert.startsAt)}</time>
        <span className="wall-alert-ttr">{firing ? `firing for ${coarseDuration(durationMs)}` : `resolved in ${coarseDuration(durationMs)}`}</span>
      </div>
    </li>
  );
}

export function WallNightAlerts({ alerts, serviceName }: { alerts: readonly NightAlert[]; serviceName: (id: string) => string }) {
  const box = useRef<HTMLDivElement>(null);
  const shown = useFitCount(box, alerts.length, alerts.map((a) => `${a.alert.id}:${a.firing}`).join(','));
  const hidden = alerts.length - shown;
  return (
    <div ref={box} className="wall-list-box">
      {alerts.length === 0 ? (
        <p className="wall-empty">No alerts fired during the night.</p>
      ) : (
        <ul className="wall-alerts">
          {alerts.slice(0, shown).map((item) => (
            <AlertRow key={item.alert.id} item={item} serviceName={serviceName} />
          ))}
          {hidden > 0 && <li className="wall-more">and {hidden} more</li>}
        </ul>
      )}
    </div>
  );
}
