// The demo teams' on-call schedules, so "who is on call", the escalation clocks and the handoff
// page show real-looking people on first start. The people match the demo incident history
// (Ravi Shah acknowledged the Payments incident; Priya Nair leads Storefront). Labelled demo
// data: Settings → remove demo data removes it.
import type { Handoff } from '@/domain/oncall/handoff';
import type { Override, Rotation, TeamSchedule } from '@/domain/oncall/schedule';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

/** The latest Monday 09:00 UTC at or before `now`: the demo teams' weekly handover. */
export function lastHandover(now: number): number {
  const d = new Date(now);
  const monday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7), 9);
  return monday > now ? monday - WEEK : monday;
}

const CTO = { role: 'CTO', name: 'Alex Moreau' };
const MANAGER = { role: 'engineering manager', name: 'Dana Kim' };

interface TeamRow {
  id: string;
  name: string;
  lead: string;
  senior: string;
  /** In rotation order; the first is on call this week. */
  people: [string, string, string];
}

const TEAMS: TeamRow[] = [
  { id: 'demo-storefront', name: 'Storefront', lead: 'Priya Nair', senior: 'Lea Martin', people: ['Sam Okafor', 'Jon Ruiz', 'Lea Martin'] },
  { id: 'demo-payments', name: 'Payments', lead: 'Tom Becker', senior: 'Ravi Shah', people: ['Ravi Shah', 'Nora Lindqvist', 'Omar Haddad'] },
  { id: 'demo-platform', name: 'Platform', lead: 'Kasia Nowak', senior: 'Kofi Mensah', people: ['Mei Chen', 'Kofi Mensah', 'Ines Duarte'] },
];

export interface DemoOnCall {
  teams: TeamSchedule[];
  overrides: Override[];
  handoffs: Handoff[];
}

export function demoOnCall(now: number): DemoOnCall {
  const handover = lastHandover(now);
  // Three weeks back with three people: this week's shift is people[0] again, and the past
  // weeks exist for the calendar export.
  const startAt = handover - 3 * WEEK;
  const rotation = (members: string[]): Rotation => ({ members, startAt, shiftHours: 168, endAt: null });
  const teams: TeamSchedule[] = TEAMS.map((t) => ({
    id: t.id,
    name: t.name,
    contacts: [{ role: 'team lead', name: t.lead }, { role: 'senior engineer', name: t.senior }, MANAGER, CTO],
    primary: rotation(t.people),
    secondary: rotation([t.people[1], t.people[2], t.people[0]]),
    updatedAt: now,
    demo: true,
  }));
  const overrides: Override[] = [
    {
      id: 'demo-override-1',
      teamId: 'demo-storefront',
      tier: 'primary',
      person: 'Sam Okafor',
      startAt: handover + WEEK + 2 * DAY,
      endAt: handover + WEEK + 3 * DAY,
      note: 'Swap: Jon is at a conference',
      demo: true,
    },
  ];
  const handoffs: Handoff[] = [
    {
      id: 'demo-handoff-1',
      teamId: 'demo-payments',
      teamName: 'Payments',
      at: handover,
      author: 'Omar Haddad',
      from: 'Omar Haddad',
      to: 'Ravi Shah',
      notes: 'Quiet week. The card network had two short slowdowns on Thursday; the secondary acquirer failover worked both times.',
      outstanding: 'Ledger reconciliation job runs long on month end: watch it Tuesday morning.',
      incidents: [],
      demo: true,
    },
  ];
  return { teams, overrides, handoffs };
}
