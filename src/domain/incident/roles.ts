// The people roles of an incident and the audiences of its updates: plain constants, kept apart
// from the event schemas so code that only shows or folds incidents does not load zod schemas.
export const ROLES = ['commander', 'commsLead', 'assignee', 'scribe'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABEL: Record<Role, string> = {
  commander: 'Incident commander',
  commsLead: 'Communication lead',
  assignee: 'Assigned to',
  scribe: 'Scribe',
};

export const AUDIENCES = ['responders', 'stakeholders', 'public'] as const;
export type Audience = (typeof AUDIENCES)[number];
