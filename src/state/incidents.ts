// Live reads of incidents and one way to write to them, shared by every feature that touches an
// incident (command, escalation, comms, postmortem). Writing always goes through the domain's
// `decide` inside a transaction (db/incidents-repo), as the current user, at the current time.
import { useCallback } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { declareIncident, getIncident, incidentEvents, listIncidents, listOpenIncidents, runCommand, type WriteResult } from '@/db/incidents-repo';
import type { DeclareInput, IncidentCommand } from '@/domain/incident/commands';
import type { IncidentEvent } from '@/domain/incident/events';
import type { Incident } from '@/domain/incident/incident';
import { useSettings } from './settings';

/** undefined while loading, null when there is no such incident. */
export function useIncident(incidentId: string | undefined): Incident | null | undefined {
  return useLiveQuery(async () => (incidentId ? getIncident(incidentId) : null), [incidentId]);
}

export function useIncidentEvents(incidentId: string | undefined): IncidentEvent[] | undefined {
  return useLiveQuery(async () => (incidentId ? incidentEvents(incidentId) : []), [incidentId]);
}

export function useIncidents(): Incident[] | undefined {
  return useLiveQuery(listIncidents, []);
}

export function useOpenIncidents(): Incident[] | undefined {
  return useLiveQuery(listOpenIncidents, []);
}

/** The name every change is recorded under ('' until the user sets one). */
export function useAuthor(): string {
  return useSettings().userName.trim();
}

/**
 * Runs a command on an incident as the current user. Resolves to the domain's decision (a
 * refusal carries its message); storage failures reject with a StorageError whose message is
 * meant for the user.
 */
export function useIncidentCommand(incidentId: string | undefined) {
  const settings = useSettings();
  return useCallback(
    (command: IncidentCommand): Promise<WriteResult> => {
      if (!incidentId) return Promise.resolve({ ok: false, error: 'No incident selected.' });
      return runCommand(incidentId, command, {
        now: Date.now(),
        author: settings.userName.trim(),
        monitoringPeriodMs: settings.monitoringHours * 3_600_000,
      });
    },
    [incidentId, settings.userName, settings.monitoringHours],
  );
}

export function useDeclareIncident() {
  const settings = useSettings();
  return useCallback(
    (input: DeclareInput) =>
      declareIncident(input, { now: Date.now(), author: settings.userName.trim(), monitoringPeriodMs: settings.monitoringHours * 3_600_000 }),
    [settings.userName, settings.monitoringHours],
  );
}
