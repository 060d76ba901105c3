// React access to postmortems: live reads, and the editing session of one document.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { listPostmortems, postmortemForIncident } from '@/db/postmortems-repo';
import type { Postmortem } from '@/domain/postmortem/model';
import { useAuthor } from '@/state/incident-commands';
import { browserDeps, EditorSession } from './editor-session';

/** undefined while loading, null when the incident has none. */
export function usePostmortemForIncident(incidentId: string | undefined): Postmortem | null | undefined {
  return useLiveQuery(async () => (incidentId ? postmortemForIncident(incidentId) : null), [incidentId]);
}

export function usePostmortems(): Postmortem[] | undefined {
  return useLiveQuery(listPostmortems, []);
}

/**
 * The editing session of one postmortem (mount it with `key={postmortem.id}`). Saves on
 * `pagehide` and when the tab goes to the background; the session's journal covers a save
 * that the unloading page cannot finish.
 */
export function useEditorSession(postmortem: Postmortem) {
  const author = useAuthor();
  const [session] = useState(() => new EditorSession(postmortem.id, browserDeps()));
  useEffect(() => {
    session.setAuthor(author);
  }, [session, author]);

  useEffect(() => {
    session.onStored(postmortem);
  }, [session, postmortem]);

  useEffect(() => {
    const save = () => void session.flush();
    const hidden = () => {
      if (document.visibilityState === 'hidden') save();
    };
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', hidden);
      save();
    };
  }, [session]);

  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot);
  return { session, snapshot };
}

/** The context of a write made now by `author` (event handlers only; never during render). */
export function editContext(author: string): { now: number; author: string } {
  return { now: Date.now(), author };
}
