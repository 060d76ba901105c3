// Mounted once in the layout, in every tab. Every tab derives the alarms from the same clocks and
// shows the banner; only the leading tab (Web Locks) writes the `escalated` / `update_overdue`
// events, plays the sound and shows notifications. The events have deterministic ids, so even
// two leaders for a moment (a lock handover) write each one once.
import { useEffect, useRef } from 'react';
import { activeAlarms, dueCommands, SYSTEM_AUTHOR, type Alarm } from '@/domain/escalation/watch';
import type { IncidentCommand } from '@/domain/incident/commands';
import { escalationEventId, updateOverdueEventId } from '@/domain/incident/event-ids';
import type { Incident } from '@/domain/incident/incident';
import { formatDuration } from '@/domain/time/format';
import { useAlarmPrefs } from '@/state/alarm-prefs';
import { useNowWhen } from '@/state/clock';
import { useClockInputs, type ClockInputs } from '@/state/escalation';
import { loadIncidentWrites } from '@/state/incident-commands';
import { useOpenIncidents } from '@/state/incidents';
import { playAlarmSound, showAlarmNotification } from '../hooks/alarm-output';
import { useLeadership } from '../hooks/use-leadership';
import { AlarmBanner } from './alarm-banner';

interface Due {
  id: string;
  incident: Incident;
  command: IncidentCommand;
}

function commandId(incident: Incident, command: IncidentCommand): string {
  if (command.type === 'escalate') return escalationEventId(incident.id, command.level);
  if (command.type === 'update_overdue') return updateOverdueEventId(incident.id, command.dueAt);
  return `${incident.id}:${command.type}`;
}

function dueAt(incidents: readonly Incident[], inputs: ClockInputs, now: number): Due[] {
  return incidents.flatMap((incident) =>
    dueCommands(incident, inputs.policies[incident.severity], inputs.directory, now, inputs.settings).map((command) => ({
      id: commandId(incident, command),
      incident,
      command,
    })),
  );
}

function alarmsAt(incidents: readonly Incident[], inputs: ClockInputs, now: number): Alarm[] {
  return activeAlarms(incidents, (i) => inputs.policies[i.severity], inputs.directory, now, inputs.settings);
}

/** Re-render when something to write appears, or when what the banner shows changes. */
function watchKey(incidents: readonly Incident[], inputs: ClockInputs, now: number): string {
  const due = dueAt(incidents, inputs, now).map((d) => d.id);
  const alarms = alarmsAt(incidents, inputs, now).map((a) => `${a.key}@${formatDuration(now - a.since)}`);
  return `${due.join(',')}|${alarms.join(',')}`;
}

const MINUTE = 60_000;

export function EscalationWatcher() {
  const incidents = useOpenIncidents();
  const inputs = useClockInputs();
  const leader = useLeadership();
  const open = incidents ?? [];
  const ready = incidents !== undefined && inputs.ready;
  const now = useNowWhen((t) => (ready ? watchKey(open, inputs, t) : ''));
  const due = ready ? dueAt(open, inputs, now) : [];
  const alarms = ready ? alarmsAt(open, inputs, now) : [];

  // Visible to diagnostics and tests: which tab is writing the escalations.
  useEffect(() => {
    document.documentElement.dataset.escalationLeader = String(leader);
    return () => {
      delete document.documentElement.dataset.escalationLeader;
    };
  }, [leader]);

  // The leader writes what is due, once per id per tab; the store refuses a second copy anyway.
  const attempted = useRef(new Set<string>());
  const monitoringPeriodMs = inputs.settings.monitoringHours * 3_600_000;
  const dueKey = due.map((d) => d.id).join(',');
  useEffect(() => {
    if (!leader) return;
    for (const item of due) {
      if (attempted.current.has(item.id)) continue;
      attempted.current.add(item.id);
      loadIncidentWrites()
        .then(({ runCommand }) =>
          runCommand(item.incident.id, item.command, { now: Date.now(), author: SYSTEM_AUTHOR, monitoringPeriodMs, demo: item.incident.demo }),
        )
        .then(
          (result) => {
            // A refusal means the incident moved on (another tab fired it, or it was resolved).
            if (!result.ok) attempted.current.delete(item.id);
          },
          (error: unknown) => {
            attempted.current.delete(item.id);
            console.error(`Could not record ${item.id}`, error);
          },
        );
    }
    // `due` is rebuilt every render; `dueKey` is what it says.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [leader, dueKey, monitoringPeriodMs]);

  // Sound and notifications: the leading tab only, so three open tabs do not beep three times.
  const sound = useAlarmPrefs((s) => s.sound);
  const notifications = useAlarmPrefs((s) => s.notifications);
  const announced = useRef(new Set<string>());
  const lastBeepMinute = useRef(-1);
  const loud = alarms.filter((a) => a.loud);
  const loudMinute = loud.length ? Math.floor((now - Math.min(...loud.map((a) => a.since))) / MINUTE) : -1;
  const alarmKeys = alarms.map((a) => a.key).join(',');
  useEffect(() => {
    if (!leader) return;
    const current = new Set(alarms.map((a) => a.key));
    for (const key of announced.current) if (!current.has(key)) announced.current.delete(key);
    const fresh = alarms.filter((a) => !announced.current.has(a.key));
    for (const a of fresh) announced.current.add(a.key);
    if (notifications) for (const a of fresh) showAlarmNotification(`${a.severity} ${a.incidentId}: ${a.message}`, a.title, a.key);
    // A new alarm beeps; a loud one (nobody has acknowledged) beeps again every minute.
    const repeat = loudMinute > lastBeepMinute.current;
    lastBeepMinute.current = loudMinute;
    if (sound && (fresh.length > 0 || (repeat && loudMinute > 0))) playAlarmSound();
    // `alarms` is rebuilt every render; `alarmKeys` and `loudMinute` are what it says.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [leader, alarmKeys, loudMinute, sound, notifications]);

  return alarms.length ? <AlarmBanner alarms={alarms} incidents={open} now={now} /> : null;
}
