// The one way features write to incidents: a command as the current user, at the current time,
// through the domain's `decide` inside a transaction (db/incidents-write).
import { useCallback, useEffect } from 'react';
import type { WriteResult } from '@/db/incidents-write';
import type { DeclareInput, IncidentCommand } from '@/domain/incident/commands';
import { useSettings } from './settings';

/**
 * The write path (the domain's command rules and the transaction) loads on demand: pages that
 * only show incidents never load it, and a component that can write starts loading it as it
 * mounts, so it is there by the time anyone clicks.
 */
export const loadIncidentWrites = () => import('@/db/incidents-write');

function usePreloadWrites() {
  useEffect(() => {
    void loadIncidentWrites();
  }, []);
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
  usePreloadWrites();
  return useCallback(
    async (command: IncidentCommand): Promise<WriteResult> => {
      if (!incidentId) return { ok: false, error: 'No incident selected.' };
      const { runCommand } = await loadIncidentWrites();
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
  usePreloadWrites();
  return useCallback(
    async (input: DeclareInput) =>
      (await loadIncidentWrites()).declareIncident(input, {
        now: Date.now(),
        author: settings.userName.trim(),
        monitoringPeriodMs: settings.monitoringHours * 3_600_000,
      }),
    [settings.userName, settings.monitoringHours],
  );
}
