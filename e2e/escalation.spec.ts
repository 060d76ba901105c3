import { readFileSync } from 'node:fs';
import { test, expect, openPage } from './fixtures';
import { MINUTE, T0, banner, clock, importBackupFile, isLeader, level, p0Backup, setNameInSettings } from './escalation-pages';

const INCIDENT = 'INC-0000E5C1';

test.describe('escalation policy editor', () => {
  test('refuses a level before an earlier one and saves nothing, then saves a valid policy', async ({ page }) => {
    await openPage(page, '/settings/escalation');
    const editor = page.locator('[data-panel="settings-escalation"]');
    await expect(editor.getByRole('button', { name: 'P0 Critical' })).toHaveAttribute('aria-pressed', 'true');
    await expect(editor.getByLabel('Level 1 notifies')).toHaveValue('on-call engineer');
    await editor.getByLabel('Level 2 after (minutes)').fill('3');
    await editor.getByRole('button', { name: 'Save P0 policy' }).click();
    await expect(editor.getByRole('alert')).toContainText(
      'Level 2 (after 3 min) must come after level 1 (after 5 min): each level fires later than the one before.',
    );
    await expect(editor.getByRole('status')).toHaveText('Not saved: fix the levels above.');
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.screenshot({ path: `reports/screenshots/settings-escalation-invalid-${theme}.png`, fullPage: true });
    }
    await page.reload();
    await expect(page.getByLabel('Level 2 after (minutes)')).toHaveValue('10');

    await page.getByLabel('Level 2 after (minutes)').fill('12');
    await page.getByRole('group', { name: 'Level 3 channels' }).getByLabel('Email').check();
    await page.getByRole('button', { name: 'Save P0 policy' }).click();
    await expect(page.getByRole('status')).toHaveText('Saved the P0 policy.');
    await page.reload();
    await expect(page.getByLabel('Level 2 after (minutes)')).toHaveValue('12');
    await expect(page.getByRole('group', { name: 'Level 3 channels' }).getByLabel('Email')).toBeChecked();

    await page.getByRole('button', { name: 'Reset P0 to default' }).click();
    await expect(page.getByLabel('Level 2 after (minutes)')).toHaveValue('10');
  });

  test('refuses an empty level and a level with no channel', async ({ page }) => {
    await openPage(page, '/settings/escalation');
    await page.getByRole('button', { name: 'P2 Medium' }).click();
    await page.getByRole('button', { name: 'Add level' }).click();
    await expect(page.getByLabel('Level 3 after (minutes)')).toHaveValue('125');
    await page.getByLabel('Level 3 notifies').fill(' ');
    await page.getByRole('group', { name: 'Level 3 channels' }).getByLabel('Chat').uncheck();
    await page.getByRole('button', { name: 'Save P2 policy' }).click();
    await expect(page.getByRole('alert')).toContainText('Level 3 has nobody to notify.');
    await expect(page.getByRole('alert')).toContainText('Level 3 has no channel.');
    await page.getByRole('button', { name: 'Remove level 3' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('escalation when clocks run out', () => {
  test('a P0 escalates once per level with two tabs open, another tab takes over, and acknowledging silences it', async ({ context, page }) => {
    test.setTimeout(120_000);
    await context.clock.install({ time: T0 });
    await setNameInSettings(page, 'Sam Okafor');
    await importBackupFile(page, p0Backup(INCIDENT, T0));
    const other = await context.newPage();
    await openPage(other, '/on-call');
    await openPage(page, '/on-call');

    for (const tab of [page, other]) {
      await expect(clock(tab, INCIDENT, 'ack')).toHaveAttribute('data-state', 'running');
      await expect(clock(tab, INCIDENT, 'escalation')).toContainText('Escalation level 1');
      await expect(banner(tab)).toHaveCount(0);
    }

    await test.step('level 1 at 5 min: the on-call engineer, in every tab', async () => {
      await context.clock.fastForward(5 * MINUTE);
      for (const tab of [page, other]) {
        await expect(banner(tab)).toContainText('Escalated to level 1: on-call engineer: Sam Okafor');
        await expect(level(tab, INCIDENT, 1)).toHaveAttribute('data-status', 'fired');
        await expect(level(tab, INCIDENT, 2)).toHaveAttribute('data-status', 'pending');
      }
    });

    let survivor = other;
    await test.step('level 2 at 10 min, after the leading tab has closed', async () => {
      await expect.poll(async () => [await isLeader(page), await isLeader(other)].filter(Boolean).length).toBe(1);
      const leader = (await isLeader(page)) ? page : other;
      survivor = leader === page ? other : page;
      await leader.close();
      await expect.poll(() => isLeader(survivor)).toBe(true);
      await context.clock.fastForward(5 * MINUTE);
      await expect(banner(survivor)).toContainText('Escalated to level 2: team lead: Priya Nair; senior engineer: Lea Martin');
      await expect(level(survivor, INCIDENT, 2)).toHaveAttribute('data-status', 'fired');
    });

    const third = await context.newPage();
    await openPage(third, '/on-call');
    await test.step('level 3 at 15 min, and the acknowledgement is overdue', async () => {
      await context.clock.fastForward(5 * MINUTE);
      for (const tab of [third, survivor]) {
        await expect(banner(tab)).toContainText('Escalated to level 3: engineering manager: Dana Kim; CTO: Alex Moreau');
        await expect(banner(tab)).toContainText('Not acknowledged');
        await expect(clock(tab, INCIDENT, 'ack')).toHaveAttribute('data-state', 'overdue');
        await expect(level(tab, INCIDENT, 3)).toHaveAttribute('data-status', 'fired');
      }
      for (const theme of ['light', 'dark'] as const) {
        await third.emulateMedia({ colorScheme: theme });
        await third.screenshot({ path: `reports/screenshots/escalation-alarm-${theme}.png`, fullPage: true });
      }
    });

    await test.step('each level was written exactly once', async () => {
      await third.goto('/settings');
      const downloading = third.waitForEvent('download');
      await third.getByRole('button', { name: 'Export backup (JSON)' }).click();
      const backup = JSON.parse(readFileSync((await (await downloading).path())!, 'utf8'));
      const escalations = backup.tables.events.filter(
        (e: { kind: string; incidentId: string }) => e.kind === 'escalated' && e.incidentId === INCIDENT,
      );
      expect(escalations.map((e: { id: string }) => e.id).sort()).toEqual([1, 2, 3].map((n) => `escalated:${INCIDENT}:${n}`));
      expect(escalations.every((e: { author: string }) => e.author === 'Watchfloor (escalation policy)')).toBe(true);
      await openPage(third, '/on-call');
    });

    await test.step('acknowledging stops the acknowledgement clock only, and silences every tab', async () => {
      await survivor.getByRole('button', { name: `Acknowledge ${INCIDENT}` }).click();
      for (const tab of [third, survivor]) {
        await expect(banner(tab)).toHaveCount(0);
        await expect(clock(tab, INCIDENT, 'ack')).toHaveAttribute('data-state', 'stopped');
        await expect(clock(tab, INCIDENT, 'ack')).toContainText('Acknowledged by Sam Okafor');
        await expect(clock(tab, INCIDENT, 'resolution')).toHaveAttribute('data-state', 'overdue');
        await expect(clock(tab, INCIDENT, 'update')).toHaveAttribute('data-state', 'running');
      }
      await third.screenshot({ path: 'reports/screenshots/escalation-acknowledged-dark.png', fullPage: true });
    });

    await test.step('a reload mid-countdown reads the same remaining time', async () => {
      // Date.now frozen, timers still running (pausing them would also stop the page loading).
      await context.clock.setFixedTime(T0 + 20 * MINUTE);
      await expect(clock(survivor, INCIDENT, 'update')).toContainText('in 10 min');
      const before = await clock(survivor, INCIDENT, 'update').textContent();
      await survivor.reload();
      await expect(clock(survivor, INCIDENT, 'update')).toHaveText(before!);
      await expect(clock(survivor, INCIDENT, 'root_cause')).toContainText('in 40 min');
    });
  });
});
