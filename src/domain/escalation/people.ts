// Turns the roles a policy or a clock names ("on-call engineer", "team lead") into people, at
// the moment it matters: the on-call roles through the team's schedule (overrides included),
// the others through the team's contacts. A name that is no known role is taken as a contact.
import { contactsFor, onCallAt, type Override, type TeamSchedule } from '../oncall/schedule';
import { ESCALATION_ROLES, ON_CALL_ROLE, SECONDARY_ROLE } from './policy';

export interface Concern {
  /** The role or contact as the policy names it. */
  label: string;
  /** Who that is now; empty when nobody holds the role. */
  people: string[];
  /** A role (resolved to people) rather than a person or channel named directly. */
  role: boolean;
}

const KNOWN_ROLES = new Set<string>(ESCALATION_ROLES.map((r) => r.toLowerCase()));

export function resolveWho(who: readonly string[], team: TeamSchedule | undefined, overrides: readonly Override[], at: number): Concern[] {
  const onCall = team ? onCallAt(team, overrides, at) : null;
  return who.map((entry) => {
    const key = entry.trim().toLowerCase();
    if (key === ON_CALL_ROLE) return { label: entry, people: onCall?.primary ? [onCall.primary.person] : [], role: true };
    if (key === SECONDARY_ROLE) return { label: entry, people: onCall?.secondary ? [onCall.secondary.person] : [], role: true };
    const contacts = contactsFor(team, entry);
    if (contacts.length || KNOWN_ROLES.has(key)) return { label: entry, people: contacts, role: true };
    return { label: entry, people: [entry], role: false };
  });
}

/** A named role of the incident itself (commander, comms lead): a person or nobody yet. */
export function incidentRole(label: string, person: string): Concern {
  return { label, people: person.trim() ? [person.trim()] : [], role: true };
}

/** "on-call engineer: Sam Okafor" · "team lead: nobody assigned" · "ops@example.com". */
export function describeConcern(concern: Concern): string {
  if (!concern.role) return concern.label;
  return `${concern.label}: ${concern.people.length ? concern.people.join(', ') : 'nobody assigned'}`;
}
