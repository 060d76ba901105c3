// Whether this browser already has the demo history (kept apart from demo-data.ts so the check
// does not pull the seeding code into the entry chunk).
import { db } from './database';

export const DEMO_SEEDED_KEY = 'demoSeeded';

export async function isDemoSeeded(): Promise<boolean> {
  return (await db.meta.get(DEMO_SEEDED_KEY)) !== undefined;
}
