// DOMAIN.md §2: the incident lifecycle, defined once as data. The command handler enforces it,
// the UI offers exactly these actions, and the mermaid diagram is drawn from it.
export const STATUSES = ['detected', 'investigating', 'identified', 'fixing', 'resolved', 'monitoring', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABEL: Record<Status, string> = {
  detected: 'Detected',
  investigating: 'Investigating',
  identified: 'Identified',
  fixing: 'Fixing',
  resolved: 'Resolved',
  monitoring: 'Monitoring',
  closed: 'Closed',
};

export type RequirementField = 'responder' | 'rootCause' | 'fix' | 'resolution' | 'verification' | 'recurrence' | 'closingNote';

export interface Requirement {
  field: RequirementField;
  label: string;
  hint: string;
}

export interface TransitionDef {
  from: Status;
  to: Status;
  /** The button that makes it. */
  action: string;
  /** Why it exists, in DOMAIN.md's words. */
  meaning: string;
  requires: Requirement[];
}

export const TRANSITIONS: readonly TransitionDef[] = [
  {
    from: 'detected',
    to: 'investigating',
    action: 'Acknowledge',
    meaning: 'a responder is assigned and acknowledges',
    requires: [{ field: 'responder', label: 'Who is responding', hint: 'The person now looking at it' }],
  },
  {
    from: 'investigating',
    to: 'identified',
    action: 'Root cause identified',
    meaning: 'root cause found',
    requires: [{ field: 'rootCause', label: 'Root cause summary', hint: 'What is causing it, in a sentence or two' }],
  },
  {
    from: 'identified',
    to: 'fixing',
    action: 'Start fixing',
    meaning: 'fix being implemented',
    requires: [{ field: 'fix', label: 'Fix being implemented', hint: 'Rollback, hotfix, scale up, feature flag…' }],
  },
  {
    from: 'fixing',
    to: 'resolved',
    action: 'Mark resolved',
    meaning: 'fix deployed',
    requires: [{ field: 'resolution', label: 'Resolution', hint: 'What was deployed or done, and the effect seen' }],
  },
  {
    from: 'resolved',
    to: 'monitoring',
    action: 'Start monitoring',
    meaning: 'verifying stability',
    requires: [{ field: 'verification', label: 'What you are watching', hint: 'Which signals show it stays fixed' }],
  },
  {
    from: 'monitoring',
    to: 'closed',
    action: 'Close incident',
    meaning: 'stable for the monitoring period',
    requires: [{ field: 'closingNote', label: 'Closing note', hint: 'Why it is stable and can be closed' }],
  },
  {
    from: 'monitoring',
    to: 'investigating',
    action: 'Issue recurred',
    meaning: 'the issue recurs',
    requires: [{ field: 'recurrence', label: 'What recurred', hint: 'The symptom seen again' }],
  },
];

export function transitionsFrom(status: Status): TransitionDef[] {
  return TRANSITIONS.filter((t) => t.from === status);
}

export function findTransition(from: Status, to: Status): TransitionDef | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.to === to);
}

export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

/** Open = not closed: it still needs someone. Resolved and monitoring are open but not burning. */
export const isOpen = (status: Status) => status !== 'closed';
/** Past the fix: the resolution clock has stopped. */
export const isResolved = (status: Status) => status === 'resolved' || status === 'monitoring' || status === 'closed';
