// Deterministic ids for events that must happen once across tabs (ARCHITECTURE.md): two tabs
// racing to write the same escalation produce the same id, and the store keeps one.
export const escalationEventId = (incidentId: string, level: number) => `escalated:${incidentId}:${level}`;
export const updateOverdueEventId = (incidentId: string, dueAt: number) => `update_overdue:${incidentId}:${dueAt}`;
