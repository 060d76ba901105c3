// Helpers for the escalation and on-call specs: user steps and locators; tests own the assertions.
import { expect, type Page } from '@playwright/test';

/** Wednesday 25 Nov 2026, 12:00 UTC: the demo's weekly handover was on Monday 09:00 UTC. */
export const T0 = Date.UTC(2026, 10, 25, 12, 0);
export const MINUTE = 60_000;

export async function setNameInSettings(page: Page, name: string) {
  await page.goto('/settings');
  const general = page.locator('[data-panel="settings-general"]');
  await general.getByLabel(/Your name/).fill(name);
  await general.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(general.getByRole('status')).toHaveText('Saved.');
}

/**
 * A P0 declared at `at`, as an event in a backup file: the declare page is not part of this
 * branch, and Settings → Import backup is a way a user really gets incidents into a browser.
 */
export function p0Backup(incidentId: string, at: number, team = 'Storefront') {
  return {
    format: 'watchfloor-backup',
    schemaVersion: 3,
    exportedAt: at,
    tables: {
      events: [
        {
          id: `01P0DECLARED${incidentId.slice(4)}`,
          incidentId,
          at,
          author: 'Ana Responder',
          kind: 'declared',
          payload: {
            title: 'Checkout is down for everyone',
            description: 'Every checkout request fails with 503.',
            severity: 'P0',
            services: ['checkout'],
            team,
            customerFacing: true,
            commander: 'Ana Responder',
            commsLead: 'Ben Comms',
            symptoms: 'HTTP 503 on every request',
            classification: null,
          },
        },
      ],
    },
  };
}

export async function importBackupFile(page: Page, backup: unknown) {
  await page.goto('/settings');
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'incident.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('Imported 1 incidents');
}

export const banner = (page: Page) => page.getByTestId('alarm-banner');
const clocksOf = (page: Page, incidentId: string) => page.getByTestId(`incident-clocks-${incidentId}`);
export const clock = (page: Page, incidentId: string, kind: string) => clocksOf(page, incidentId).getByTestId(`clock-${kind}`);
export const level = (page: Page, incidentId: string, n: number) => clocksOf(page, incidentId).getByTestId(`escalation-level-${n}`);
export const onCallCard = (page: Page, team: string) => page.getByTestId(`on-call-${team}`);

/** Whether this tab holds the escalation lock (set by the watcher on <html>). */
export async function isLeader(page: Page): Promise<boolean> {
  return (await page.locator('html').getAttribute('data-escalation-leader')) === 'true';
}
