// DOMAIN.md §7 (seed 004): the questions a reviewer asks before a postmortem is published.
export const REVIEW_CHECKLIST = [
  { id: 'cause_not_symptom', label: 'The action items fix the cause, not the symptom' },
  { id: 'complexity_removed', label: 'Complexity is removed, not only added' },
  { id: 'not_over_generalised', label: 'It does not over-generalise from one incident' },
  { id: 'human_system', label: 'The human system is covered: communication, docs, authority, tooling' },
  { id: 'countermeasure_tested', label: 'The countermeasure is tested' },
] as const;

export type ChecklistId = (typeof REVIEW_CHECKLIST)[number]['id'];

export const CHECKLIST_IDS = REVIEW_CHECKLIST.map((c) => c.id) as ChecklistId[];

export function uncheckedItems(checklist: Record<string, boolean>): string[] {
  return REVIEW_CHECKLIST.filter((item) => !checklist[item.id]).map((item) => item.label);
}
