import { readFileSync } from 'node:fs';
import { test, expect, openPage } from './fixtures';
import { MINUTE, T0, onCallCard, setNameInSettings } from './escalation-pages';

const DAY = 24 * 60 * MINUTE;

test.describe('on-call', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: T0 });
  });

  test('who is on call now follows the rotation and its overrides as time passes', async ({ page }) => {
    await openPage(page, '/on-call');
    const storefront = onCallCard(page, 'Storefront');
    await expect(storefront).toContainText('PrimarySam Okafor');
    await expect(storefront).toContainText('SecondaryJon Ruiz');
    await expect(storefront).toContainText('until Mon 30 Nov 09:00 UTC');
    await expect(onCallCard(page, 'Payments')).toContainText('PrimaryRavi Shah');

    // Next week is Jon's, but the demo has Sam covering Wednesday 2 December (an override).
    await page.clock.fastForward(7 * DAY - 2 * 60 * MINUTE);
    await expect(storefront).toContainText('PrimarySam Okafor');
    await expect(storefront).toContainText('override: Swap: Jon is at a conference');
    await expect(storefront).toContainText('SecondaryLea Martin');
    await page.clock.fastForward(DAY);
    await expect(storefront).toContainText('PrimaryJon Ruiz');
  });

  test('a team’s schedule downloads as an RFC 5545 calendar', async ({ page }) => {
    await openPage(page, '/on-call');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Storefront calendar (.ics)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('storefront-on-call.ics');
    const bytes = readFileSync((await download.path())!);
    const text = bytes.toString('utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('SUMMARY:Primary on call: Sam Okafor (Storefront)');
    expect(unfolded).toMatch(/DTSTART:20261123T090000Z\r\nDTEND:20261130T090000Z\r\nSUMMARY:Primary on call: Sam Okafor \(Storefront\)/);
    // Next week's override, cut into Jon's shift.
    expect(unfolded).toMatch(
      /DTSTART:20261202T090000Z\r\nDTEND:20261203T090000Z\r\nSUMMARY:Primary on call: Sam Okafor \(Storefront\)\r\nDESCRIPTION:Primary on call for Storefront\.\\nOverride: Swap: Jon is at a conference\./,
    );
    expect(unfolded.match(/BEGIN:VEVENT/g)!.length).toBeGreaterThan(20);
  });

  test('a handoff fills in who, and freezes the open incidents and their clocks', async ({ page }) => {
    await setNameInSettings(page, 'Ravi Shah');
    await openPage(page, '/on-call');
    const handoffs = page.locator('[data-panel="handoffs"]');
    await handoffs.getByLabel('Team').selectOption({ label: 'Payments' });
    await expect(handoffs.getByLabel('Handing over (from)')).toHaveValue('Ravi Shah');
    await expect(handoffs.getByLabel('Taking over (to)')).toHaveValue('Nora Lindqvist');
    await expect(handoffs.getByTestId('handoff-open-incidents')).toContainText('INC-DE000003');
    await handoffs.getByLabel('Outstanding issues').fill('Primary acquirer still degraded; we are on the secondary.');
    await handoffs.getByLabel('Notes for the next person').fill('Switch back only after 24 h clean.');
    await handoffs.getByRole('button', { name: 'Record handoff' }).click();
    await expect(handoffs.getByRole('status')).toHaveText('Handoff from Ravi Shah to Nora Lindqvist recorded.');
    const latest = handoffs.getByTestId('handoff').first();
    await expect(latest).toContainText('Ravi Shah → Nora Lindqvist');
    await expect(latest).toContainText('INC-DE000003');
    await expect(latest).toContainText(/Monitoring period: due in \d+ h/);
    await expect(latest).toContainText('Switch back only after 24 h clean.');
    await latest.getByText('As text').click();
    await expect(latest.locator('pre')).toContainText('On-call handoff — Payments');
    await expect(latest.locator('pre')).toContainText('2026-11-25 12:');
    await expect(handoffs.getByTestId('handoff')).toHaveCount(2);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.screenshot({ path: `reports/screenshots/on-call-${theme}.png`, fullPage: true });
    }
  });

  test('a handoff without an author, or to oneself, is refused and nothing is recorded', async ({ page }) => {
    await openPage(page, '/on-call');
    const handoffs = page.locator('[data-panel="handoffs"]');
    await handoffs.getByLabel('Team').selectOption({ label: 'Payments' });
    await handoffs.getByLabel('Taking over (to)').fill('ravi shah');
    await handoffs.getByRole('button', { name: 'Record handoff' }).click();
    const alert = handoffs.getByRole('alert');
    await expect(alert).toContainText('Set your name first');
    await expect(alert).toContainText('Hand over to someone else.');
    await expect(handoffs.getByTestId('handoff')).toHaveCount(1);
  });
});

test.describe('on-call schedule editor', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: T0 });
  });

  test('refuses a zero-length shift, warns about gaps, and saves a new team', async ({ page }) => {
    await openPage(page, '/settings/on-call');
    const editor = page.locator('[data-panel="settings-on-call"]');
    await editor.getByRole('button', { name: 'New team' }).click();
    await editor.getByLabel('Team name').fill('Search');
    await editor.getByLabel('Primary members, in rotation order').fill('Ana Ito\nBen Cole');
    await editor.getByLabel('Primary first handover').fill('2026-11-23T09:00');
    await editor.getByLabel('Primary shift length').fill('0');
    await editor.getByRole('button', { name: 'Save team schedule' }).click();
    await expect(editor.getByRole('alert')).toContainText('Primary rotation: a shift must last longer than zero hours.');
    await editor.getByLabel('Primary shift length').fill('200');
    await expect(editor.getByRole('alert')).toContainText('a shift lasts at most one week (168 h), not 200 h');

    await editor.getByLabel('Primary shift length').fill('12');
    await expect(editor.getByRole('alert')).toHaveCount(0);
    await expect(editor.getByTestId('schedule-warnings')).toContainText('No secondary rotation: nobody backs up the primary.');
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.screenshot({ path: `reports/screenshots/settings-on-call-new-team-${theme}.png`, fullPage: true });
    }
    await editor.getByRole('button', { name: 'Save team schedule' }).click();
    await expect(editor.getByRole('status')).toHaveText('Saved Search. With 1 coverage warning.');

    await openPage(page, '/on-call');
    await expect(onCallCard(page, 'Search')).toContainText(/Primary(Ana Ito|Ben Cole)/);
  });

  test('refuses an override that ends when it starts, and a team named like another', async ({ page }) => {
    await openPage(page, '/settings/on-call');
    const editor = page.locator('[data-panel="settings-on-call"]');
    await editor.getByRole('button', { name: 'Storefront' }).click();
    await editor.getByRole('button', { name: 'Add override' }).click();
    await editor.getByLabel('Override 2 person').fill('Priya Nair');
    await editor.getByLabel('Override 2 from').fill('2026-11-26T09:00');
    await editor.getByLabel('Override 2 to').fill('2026-11-26T09:00');
    await editor.getByRole('button', { name: 'Save team schedule' }).click();
    await expect(editor.getByRole('alert')).toContainText('Override for Priya Nair');
    await expect(editor.getByRole('alert')).toContainText('(a zero-length shift)');
    await editor.getByRole('button', { name: 'Remove override 2' }).click();
    await editor.getByLabel('Team name').fill('payments');
    await editor.getByRole('button', { name: 'Save team schedule' }).click();
    await expect(editor.getByRole('alert')).toContainText('Another team is already called "Payments".');
    await page.reload();
    await expect(page.locator('[data-panel="settings-on-call"]').getByRole('group', { name: 'Team' }).getByRole('button')).toHaveText([
      'Payments',
      'Platform',
      'Storefront',
      'New team',
    ]);
  });

  test('a gap in the rotation is warned about, and shows on the On-call page', async ({ page }) => {
    await openPage(page, '/settings/on-call');
    const editor = page.locator('[data-panel="settings-on-call"]');
    await editor.getByRole('button', { name: 'Platform' }).click();
    await editor.getByLabel('Primary rotation ends (optional)').fill('2026-12-07T09:00');
    await expect(editor.getByTestId('schedule-warnings')).toContainText(/Primary: nobody is on call from 2026-12-07 \d\d:00 UTC onwards\./);
    await editor.getByRole('button', { name: 'Save team schedule' }).click();
    await expect(editor.getByRole('status')).toHaveText('Saved Platform. With 1 coverage warning.');
    await openPage(page, '/on-call');
    await expect(page.getByTestId('schedule-Platform')).toContainText('Primary: nobody is on call from 2026-12-07');
  });
});
