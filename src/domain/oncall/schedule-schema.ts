// The stored shape of on-call schedules, validated when saved and when imported. Kept apart from
// the schedule rules (schedule.ts) so showing who is on call loads no schemas.
import * as z from 'zod/mini';
import { required, text, timestamp } from '../schema-kit';
import { TIERS } from './schedule';

const person = required(100);

export const rotationSchema = z.object({
  members: z.array(person).check(z.maxLength(50)),
  /** The first handover: shift n starts at startAt + n × shiftHours. */
  startAt: timestamp(),
  /** Hours per shift; at most a week (DOMAIN.md §5). Checked with a message by validateTeam. */
  shiftHours: z.number(),
  /** When the rotation stops (exclusive), or null for open-ended. */
  endAt: z.nullable(timestamp()),
});
export type Rotation = z.infer<typeof rotationSchema>;

export const contactSchema = z.object({ role: required(100), name: required(100) });
export type TeamContact = z.infer<typeof contactSchema>;

export const teamScheduleSchema = z.object({
  id: required(100),
  name: required(100),
  /** Who holds the roles an escalation policy names (team lead, engineering manager, CTO…). */
  contacts: z.array(contactSchema).check(z.maxLength(30)),
  primary: rotationSchema,
  secondary: z.nullable(rotationSchema),
  updatedAt: timestamp(),
  demo: z.optional(z.boolean()),
});
export type TeamSchedule = z.infer<typeof teamScheduleSchema>;

export const overrideSchema = z.object({
  id: required(100),
  teamId: required(100),
  tier: z.enum(TIERS),
  person,
  startAt: timestamp(),
  endAt: timestamp(),
  note: text(500),
  demo: z.optional(z.boolean()),
});
export type Override = z.infer<typeof overrideSchema>;
