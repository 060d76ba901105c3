// Live escalation policies for every feature that shows a clock (incident view, list, overview,
// wall display), and the clocks themselves, re-rendered on the shared clock only when what they
// show changes. Who is on call lives in oncall.ts.
import { loadPolicies } from '@/db/escalation-repo';
import { deadlines, escalationLadder, nearestClock, type Clock, type ClockSettings, type LevelStatus } from '@/domain/escalation/deadlines';
import { DEFAULT_POLICIES, type PolicySet } from '@/domain/escalation/policy';
import type { Incident } from '@/domain/incident/incident';
import { EMPTY_DIRECTORY, type OnCallDirectory } from '@/domain/oncall/schedule';
import { formatDuration } from '@/domain/time/format';
import { useNowWhen } from './clock';
import { useOnCallDirectory } from './oncall';
import { useSettings } from './settings';
import { sharedLiveQuery, useSharedLiveQuery } from './shared-live-query';

// Shared: every countdown on a page reads these, so each is one subscription, not one per row.
const livePolicies = sharedLiveQuery(loadPolicies, 'the escalation policies');

export function usePoliciesResult() {
  return useSharedLiveQuery(livePolicies);
}

/** The policies, or the defaults while the database opens. */
export function usePolicies(): PolicySet {
  return usePoliciesResult()?.policies ?? DEFAULT_POLICIES;
}

export interface ClockInputs {
  policies: PolicySet;
  directory: OnCallDirectory;
  settings: ClockSettings;
  /** False while any of them still shows a default: nothing may be written from them yet. */
  ready: boolean;
}

export function useClockInputs(): ClockInputs {
  const policies = usePoliciesResult();
  const directory = useOnCallDirectory();
  // Settings come from the app's provider, so they are already read when this renders.
  const settings = useSettings();
  return {
    policies: policies?.policies ?? DEFAULT_POLICIES,
    directory: directory ?? EMPTY_DIRECTORY,
    settings,
    ready: policies !== undefined && directory !== undefined,
  };
}

export function computeClocks(incident: Incident, inputs: ClockInputs, now: number): Clock[] {
  return deadlines(incident, inputs.policies[incident.severity], inputs.directory, now, inputs.settings);
}

/** What a countdown shows: its state and its remaining time as text. Equal keys render alike. */
export function clockKey(clock: Clock | null): string {
  return clock ? `${clock.kind}:${clock.state}:${formatDuration(clock.remainingMs)}:${clock.remainingMs < 0 ? '-' : '+'}` : '';
}

/** Every clock of an incident, and its escalation ladder, live. */
export function useIncidentClocks(incident: Incident): { clocks: Clock[]; ladder: LevelStatus[]; now: number } {
  const inputs = useClockInputs();
  const now = useNowWhen((t) => computeClocks(incident, inputs, t).map(clockKey).join('|'));
  return {
    clocks: computeClocks(incident, inputs, now),
    ladder: escalationLadder(incident, inputs.policies[incident.severity], inputs.directory, now),
    now,
  };
}

/** The incident's most urgent clock, live; re-renders only when its text or state changes. */
export function useNearestClock(incident: Incident): { clock: Clock | null; now: number } {
  const inputs = useClockInputs();
  const now = useNowWhen((t) => clockKey(nearestClock(computeClocks(incident, inputs, t))));
  return { clock: nearestClock(computeClocks(incident, inputs, now)), now };
}
