import { test, expect } from './fixtures';
import { addEntry, declare, setName, status, timeline, transition } from './incident-pages';

test('an incident commander runs a P1 from declaration to closure, with a recurrence', async ({ page }) => {
  await page.goto('/incidents/new');
  await setName(page);

  let id = '';
  await test.step('declare a P1 through the classifier', async () => {
    await page.goto('/incidents/new');
    await page.getByLabel('Title').fill('Checkout returns 500s after deploy');
    await page.getByRole('checkbox', { name: 'Checkout', exact: true }).check();
    await page.getByLabel('Communication lead').fill('Ben Comms');
    await page
      .getByRole('group', { name: /security issue/ })
      .getByLabel('No', { exact: true })
      .check();
    await page
      .getByRole('group', { name: /service available/ })
      .getByLabel('Yes', { exact: true })
      .check();
    await page
      .getByRole('group', { name: /major feature down/ })
      .getByLabel('Yes', { exact: true })
      .check();
    await expect(page.getByTestId('classifier-suggestion')).toContainText('P1 High — because major feature down');
    await page.getByRole('button', { name: 'Declare P1 incident' }).click();
    await expect(page).toHaveURL(/\/incidents\/INC-[0-9A-F]{8}$/);
    id = page.url().split('/').pop()!;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checkout returns 500s after deploy');
    await expect(status(page)).toHaveText('Detected');
    await expect(page.locator('.incident-facts')).toContainText('Ana Commander');
    await expect(page.locator('.incident-facts')).toContainText('Ben Comms');
  });

  await test.step('acknowledge', async () => {
    await page.getByRole('button', { name: 'Acknowledge → Investigating' }).click();
    await expect(page.getByLabel('Who is responding')).toHaveValue('Ana Commander');
    await page.getByRole('form', { name: 'Acknowledge' }).getByRole('button', { name: 'Acknowledge' }).click();
    await expect(status(page)).toHaveText('Investigating');
  });

  await test.step('add a note and a hypothesis, then confirm it', async () => {
    await addEntry(page, 'Note', 'Pool "orders-db" at 20/20 since 4.212.0');
    await addEntry(page, 'Hypothesis', 'The new release exhausts the DB pool');
    const open = page.getByTestId('open-hypothesis');
    await open.getByLabel('Evidence').fill('PoolTimeoutError is a new fingerprint');
    await open.getByRole('button', { name: 'Confirm' }).click();
    await expect(open).toHaveCount(0);
  });

  await test.step('walk every state, with monitoring → investigating once', async () => {
    const walk = async () => {
      await transition(page, /Root cause identified → Identified/, { 'Root cause summary': 'Pool too small for the new query pattern' });
      await expect(status(page)).toHaveText('Identified');
      await transition(page, /Start fixing → Fixing/, { 'Fix being implemented': 'Roll back to 4.211.1' });
      await expect(status(page)).toHaveText('Fixing');
      await transition(page, /Mark resolved → Resolved/, { Resolution: 'Rolled back; 5xx at 0.2 %' });
      await expect(status(page)).toHaveText('Resolved');
      await transition(page, /Start monitoring → Monitoring/, { 'What you are watching': '5xx and pool usage' });
      await expect(status(page)).toHaveText('Monitoring');
    };
    await walk();
    await transition(page, /Issue recurred → Investigating/, { 'What recurred': '5xx spiked again at peak' });
    await expect(status(page)).toHaveText('Investigating');
    await walk();
    await transition(page, /Close incident → Closed/, {
      'Closing note': 'Stable after the second fix',
      'Why close early?': 'Load test passed at 2x peak',
    });
    await expect(status(page)).toHaveText('Closed');
    await expect(page.getByText('This incident is closed.')).toBeVisible();
  });

  const checkRecord = async () => {
    await expect(page.getByTestId('lifecycle-path')).toHaveText(
      'Path taken: Detected → Investigating → Identified → Fixing → Resolved → Monitoring → Investigating → Identified → Fixing → Resolved → Monitoring → Closed (now).',
    );
    await expect(page.locator('[data-panel="incident-lifecycle"] svg')).toBeVisible();
    await expect(page.locator('[data-panel="incident-lifecycle"]')).toContainText('Closed ● now');
    const t = timeline(page);
    const show = page.getByRole('combobox', { name: 'Show' });
    await show.selectOption('Status & severity');
    await expect(t).toContainText('Declared: Checkout returns 500s after deploy');
    await expect(t).toContainText('Acknowledged by Ana Commander; investigating');
    await expect(t).toContainText('Monitoring → Investigating');
    await expect(t).toContainText('Why close early: Load test passed at 2x peak');
    await show.selectOption('Notes & hypotheses');
    await expect(t).toContainText('Pool "orders-db" at 20/20 since 4.212.0');
    await expect(t).toContainText('Hypothesis confirmed: The new release exhausts the DB pool');
    await expect(t.locator('.timeline-meta').first()).toContainText('UTC');
    await show.selectOption('Everything');
  };

  await test.step('reload and find the same incident, timeline and diagram', async () => {
    await checkRecord();
    await page.reload();
    await expect(page).toHaveURL(new RegExp(`/incidents/${id}$`));
    await expect(status(page)).toHaveText('Closed');
    await checkRecord();
  });

  await page.screenshot({ path: 'reports/screenshots/incident-closed.png', fullPage: true });
});

test('the domain refuses what the UI does not offer, and a stale tab is told why', async ({ page, context }) => {
  await page.goto('/incidents/new');
  await setName(page, 'Tab One');
  const id = await declare(page, {
    title: 'Search slow',
    services: ['Search'],
    direct: 'P2 Medium — Non-critical feature down, small subset of users, minor performance issue',
  });

  const other = await context.newPage();
  await other.goto(`/incidents/${id}`);
  await expect(status(other)).toHaveText('Detected');

  await test.step('a change in one tab shows live in the other', async () => {
    await transition(page, /Acknowledge → Investigating/, {});
    await expect(status(page)).toHaveText('Investigating');
    await expect(status(other)).toHaveText('Investigating');
    await expect(timeline(other)).toContainText('Acknowledged by Tab One');
  });

  await test.step('both tabs open the same transition; the second one is refused as stale, never applied twice', async () => {
    await other.getByRole('button', { name: /Root cause identified → Identified/ }).click();
    await other.getByLabel('Root cause summary').fill('From the second tab');
    await transition(page, /Root cause identified → Identified/, { 'Root cause summary': 'From the first tab' });
    await expect(status(other)).toHaveText('Identified');
    await other.locator('form.inline-form').getByRole('button', { name: 'Root cause identified' }).click();
    await expect(other.getByRole('alert')).toContainText('This incident is now identified (changed elsewhere, perhaps in another tab)');
    await expect(timeline(page).getByText('Investigating → Identified')).toHaveCount(1);
    await expect(timeline(page)).toContainText('From the first tab');
    await expect(timeline(page)).not.toContainText('From the second tab');
  });

  await test.step('concurrent notes from two tabs are both kept', async () => {
    const notes = Promise.all([
      (async () => {
        const form = page.getByRole('form', { name: 'Add to the timeline' });
        await form.getByLabel('Note text').fill('note from tab one');
        await form.getByRole('button', { name: 'Add note' }).click();
      })(),
      (async () => {
        const form = other.getByRole('form', { name: 'Add to the timeline' });
        await form.getByLabel('Note text').fill('note from tab two');
        await form.getByRole('button', { name: 'Add note' }).click();
      })(),
    ]);
    await notes;
    await expect(timeline(page)).toContainText('note from tab one');
    await expect(timeline(page)).toContainText('note from tab two');
    await expect(timeline(other)).toContainText('note from tab one');
  });
});
