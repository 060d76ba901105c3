// Issue 7, "Done when": a closed incident's postmortem from creation to publication, exported
// as Markdown and as a bundle that another browser imports. (The incident-command UI that closes
// incidents is built in parallel, so this starts from the demo's closed incident INC-DE000001.)
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { createPostmortem, DEMO_CLOSED, setName, waitSaved } from './postmortem-helpers';

const WHYS = [
  'Release 4.212.0 exhausted the orders-db connection pool',
  'It opens one transaction per line item',
  'The batching helper was bypassed in a refactor',
  'No test covers connection use per request',
  'Load tests do not run before checkout releases',
];

test('create, fill, publish, export Markdown, import the bundle into a fresh browser', async ({ page, browser }) => {
  await setName(page, 'Ana Author');
  const id = await test.step('create from the closed incident', () => createPostmortem(page));
  await expect(page.getByTestId('postmortem-status')).toHaveText('Draft');
  await expect(page.getByText(/^Due in 4 d 23 h$|^Due in 5 d$/)).toBeVisible();

  await test.step('the timeline is imported from the incident’s record', async () => {
    const timeline = page.locator('#pm-timeline');
    const rows = timeline.getByRole('textbox', { name: /^What happened, row \d+$/ });
    await expect(rows).toHaveCount(11);
    const texts = await rows.evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
    expect(texts[0]).toBe('Declared P1: [demo] Checkout returning 5xx after deploy');
    expect(texts).toContain('Acknowledged by Sam Okafor');
    expect(texts).toContain('Action: Rolled back checkout to 4.211.1');
    expect(texts.at(-1)).toBe(`Postmortem ${id} started`);
    await expect(timeline.getByRole('img', { name: /Timeline diagram of INC-DE000001/ }).locator('svg')).toBeVisible({ timeout: 20_000 });
    await timeline.getByRole('button', { name: 'Re-import from the incident' }).click();
    await expect(timeline.getByRole('status')).toHaveText('Nothing new in the record since the last import.');
  });

  await test.step('write the summary and impact', async () => {
    await page
      .getByRole('textbox', { name: 'Executive summary' })
      .fill('Checkout failed for 24 minutes after release 4.212.0 exhausted the database pool; a rollback fixed it.');
    await page.getByRole('textbox', { name: 'Users' }).fill('About 60 % of checkout attempts failed for 24 minutes.');
    await page.getByRole('textbox', { name: 'Business' }).fill('Roughly 1,400 lost orders.');
    await expect(page.getByRole('region', { name: 'Executive summary preview' })).toContainText('Checkout failed for 24 minutes');
  });

  await test.step('fill the 5 whys', async () => {
    for (const [i, because] of WHYS.entries()) {
      if (i > 0) await page.getByRole('button', { name: 'Ask why again' }).click();
      await expect(page.getByRole('textbox', { name: `Why ${i + 1}`, exact: true })).not.toHaveValue('');
      await page.getByRole('textbox', { name: new RegExp(`^Because ${i + 1}`) }).fill(because);
    }
    await expect(page.getByRole('textbox', { name: 'Why 2', exact: true })).toHaveValue(
      `Why ${WHYS[0]!.charAt(0).toLowerCase()}${WHYS[0]!.slice(1)}?`,
    );
    await expect(page.locator('#pm-five-whys').getByText(`Root cause: ${WHYS[4]}`)).toBeVisible();
    await page.getByLabel('Class of failure').selectOption({ label: 'Resource exhaustion' });
    await expect(page.getByTestId('counter-pattern')).toContainText('bounded pools, bounded caches and bounded queues');
  });

  await test.step('add two action items', async () => {
    const section = page.locator('#pm-action-items');
    await section.getByRole('button', { name: 'Add action item' }).click();
    await section.getByRole('button', { name: 'Add action item' }).click();
    await section
      .getByRole('textbox', { name: /^Title of AI-/ })
      .nth(0)
      .fill('Alert on pool saturation above 80 %');
    await section
      .getByRole('textbox', { name: /^Owner of AI-/ })
      .nth(0)
      .fill('Sam Okafor');
    await section
      .getByRole('combobox', { name: /^Priority of AI-/ })
      .nth(0)
      .selectOption('High');
    await section
      .getByRole('textbox', { name: /^Title of AI-/ })
      .nth(1)
      .fill('Run load tests before checkout releases');
    await section
      .getByRole('textbox', { name: /^Owner of AI-/ })
      .nth(1)
      .fill('Priya Nair');
    await expect(section.locator('td.mono')).toHaveText([/^AI-[0-9A-F]{6}$/, /^AI-[0-9A-F]{6}$/]);
  });

  await test.step('tick the review checklist, submit for review and publish', async () => {
    for (const box of await page.locator('#pm-checklist').getByRole('checkbox').all()) await box.check();
    await waitSaved(page);
    await expect(page.getByTestId('readiness')).toBeHidden();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await expect(page.getByTestId('postmortem-status')).toHaveText('In review');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByTestId('postmortem-status')).toHaveText('Published');
    await expect(page.getByRole('textbox', { name: 'Executive summary' })).toHaveAttribute('readonly', '');
  });

  const markdown = await test.step('export Markdown and check its content', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export Markdown' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${id}-${DEMO_CLOSED}.md`);
    return readFileSync((await download.path())!, 'utf8');
  });
  expect(markdown).toContain('# Postmortem: Checkout returning 5xx after deploy');
  expect(markdown).toContain(`${id} · incident ${DEMO_CLOSED} · Published`);
  for (const heading of [
    '## Executive summary',
    '## Impact',
    '## Timeline',
    '## Root cause analysis',
    '## 5 whys',
    '## Action items',
    '## Lessons learned',
    '## Review checklist',
  ]) {
    expect(markdown).toContain(`\n${heading}\n`);
  }
  expect(markdown).toContain('| Time (UTC) | What happened | Who | Source |');
  expect(markdown).toContain('Declared P1: [demo] Checkout returning 5xx after deploy | Priya Nair | record |');
  for (const [i, because] of WHYS.entries()) expect(markdown).toMatch(new RegExp(`\\| ${i + 1} \\| Why [^|]+\\| ${because} \\|`));
  expect(markdown).toContain(`**Root cause:** ${WHYS[4]}`);
  expect(markdown).toMatch(/\| AI-[0-9A-F]{6} \| Alert on pool saturation above 80 % \| Sam Okafor \| \d{4}-\d{2}-\d{2} \| High \| Pending \|/);
  expect(markdown).toMatch(/\| AI-[0-9A-F]{6} \| Run load tests before checkout releases \| Priya Nair \|/);
  expect(markdown.match(/```mermaid\n/g)).toHaveLength(2);
  expect(markdown).toContain('- [x] The countermeasure is tested');

  const bundlePath = await test.step('export the bundle', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export bundle (JSON)' }).click();
    return (await (await downloading).path())!;
  });

  await test.step('import it into a fresh browser without the demo data', async () => {
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto('/settings');
    await other.getByRole('button', { name: 'Remove all demo data…' }).click();
    await other.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(other.getByText(/Demo records: 0 incidents/)).toBeVisible();
    await other.goto(`/incidents/${DEMO_CLOSED}/postmortem`);
    await expect(other.getByText(`There is no incident ${DEMO_CLOSED} in this browser`)).toBeVisible();

    await other.getByRole('link', { name: 'Incidents', exact: true }).first().click();
    await other.locator('#main input[type=file]').setInputFiles(bundlePath);
    const done = other.getByRole('status').filter({ hasText: 'Imported postmortem' });
    await expect(done).toContainText(`Imported postmortem ${id} of ${DEMO_CLOSED}`);
    await expect(other.locator('[data-panel="open-action-items"]')).toContainText('Run load tests before checkout releases');
    await done.getByRole('link', { name: id }).click();
    await expect(other.getByTestId('postmortem-id')).toHaveText(id);
    await expect(other.getByTestId('postmortem-status')).toHaveText('Published');
    await expect(other.getByRole('textbox', { name: 'Executive summary' })).toHaveValue(/^Checkout failed for 24 minutes/);
    await expect(other.getByRole('textbox', { name: /^Because 5/ })).toHaveValue(WHYS[4]!);
    await expect(other.locator('#pm-action-items tbody tr')).toHaveCount(2);
    await fresh.close();
  });
});

test('every open action item across postmortems shows on /incidents, overdue first', async ({ page }) => {
  await page.clock.install();
  await setName(page, 'Ana Author');
  const id = await createPostmortem(page);
  const section = page.locator('#pm-action-items');
  for (const [title, due] of [
    ['Later item', '2099-01-01'],
    ['Urgent item', '2099-01-01'],
  ]) {
    await section.getByRole('button', { name: 'Add action item' }).click();
    await section
      .getByRole('textbox', { name: /^Title of AI-/ })
      .last()
      .fill(title!);
    await section
      .getByLabel(/^Due date of AI-/)
      .last()
      .fill(due!);
  }
  await section
    .getByLabel(/^Due date of AI-/)
    .last()
    .fill('2000-01-01');
  await expect(section.locator('tr', { hasText: '' }).filter({ has: page.getByRole('textbox', { name: /^Title of/ }) })).toHaveCount(2);
  await expect(section.getByText(/^Overdue /)).toHaveCount(1);
  await waitSaved(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Incidents' }).click();
  const panel = page.locator('[data-panel="open-action-items"]');
  await expect(panel.locator('tbody tr')).toHaveCount(2);
  await expect(panel.locator('tbody tr').first()).toContainText('Urgent item');
  await expect(panel.locator('tbody tr').first()).toContainText(/Overdue/);
  await expect(panel).toContainText('2 open across 1 postmortems, 1 overdue');
  await expect(page.locator('[data-panel="postmortems"]')).toContainText(id);

  // Six days later the postmortem itself is overdue (due 5 days after it was started).
  await page.clock.fastForward(6 * 24 * 3_600_000);
  await expect(page.locator('[data-panel="postmortems"]').getByText(/^Overdue by 1 d/)).toBeVisible();
});
