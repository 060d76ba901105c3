// Steps the postmortem specs share, done the way a user does them.
import { expect, type Page } from '@playwright/test';

export const DEMO_CLOSED = 'INC-DE000001';

export { setName } from './incident-pages';

/** Opens the demo's closed incident's postmortem page and creates it. Returns its id. */
export async function createPostmortem(page: Page, incidentId = DEMO_CLOSED): Promise<string> {
  await page.goto(`/incidents/${incidentId}/postmortem`);
  await page.getByRole('button', { name: 'Create postmortem' }).click();
  const id = page.getByTestId('postmortem-id');
  await expect(id).toHaveText(/^PM-[0-9A-F]{8}$/);
  return (await id.textContent())!;
}

export async function waitSaved(page: Page) {
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
}

export async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `reports/screenshots/${name}.png`, fullPage: false });
}
