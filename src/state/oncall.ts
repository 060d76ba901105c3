// Who is on call, live: the teams, their rotations and overrides, and handoff notes. One shared
// subscription for every component that shows a person on call.
import { useLiveQuery } from 'dexie-react-hooks';
import { listHandoffs, loadDirectory } from '@/db/oncall-read';
import type { Handoff } from '@/domain/oncall/handoff';
import type { OnCallDirectory } from '@/domain/oncall/schedule';
import { sharedLiveQuery, useSharedLiveQuery } from './shared-live-query';

const liveDirectory = sharedLiveQuery(loadDirectory, 'the on-call schedules');

/** undefined while loading. */
export function useOnCallDirectory(): OnCallDirectory | undefined {
  return useSharedLiveQuery(liveDirectory);
}

export function useHandoffs(teamId: string | null, limit = 20): Handoff[] | undefined {
  return useLiveQuery(() => listHandoffs(teamId, limit), [teamId, limit]);
}
