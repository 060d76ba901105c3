import { test, expect, openPage } from './fixtures';
import type { Page } from '@playwright/test';

const panel = (page: Page) => page.getByRole('region', { name: 'Message templates' });
const templateList = (page: Page) => panel(page).getByRole('navigation', { name: 'Templates' });
const body = (page: Page) => panel(page).getByRole('textbox', { name: 'Template', exact: true });
const problems = (page: Page) => panel(page).getByRole('list', { name: 'Problems in this template' });
const samplePreview = (page: Page) => panel(page).getByRole('region', { name: 'Sample preview' });

test.describe('Settings: message templates', () => {
  test('a new template: problems flagged with line and column as you type, fixed, saved, kept after a reload', async ({ page }) => {
    await openPage(page, '/settings');
    await expect(templateList(page).getByRole('listitem')).toHaveCount(5);
    await expect(templateList(page)).toContainText('Public status page message');

    await test.step('write a template with a typo and an unclosed section', async () => {
      await templateList(page).getByRole('button', { name: 'New template' }).click();
      await panel(page).getByRole('textbox', { name: 'Name' }).fill('Executive summary');
      await body(page).fill('**{{title}}** ({{severity}})\nOwner: {{comander}}\n{{#actions}}\n- {{.}}');
      await expect(problems(page)).toContainText('Line 2, column 8: {{comander}} is not a placeholder. Did you mean {{commander}}?');
      await expect(problems(page)).toContainText('Line 3, column 1: “{{#actions}}” is never closed with {{/actions}}.');
      await expect(samplePreview(page)).toContainText('Owner: [unknown: comander]');
      await expect(samplePreview(page)).toContainText('Checkout returning 5xx after deploy (P1 (High))');
    });

    await test.step('fix it and save', async () => {
      await body(page).fill('**{{title}}** ({{severity}})\nOwner: {{commander}}\n{{#actions}}\n- {{.}}\n{{/actions}}');
      await expect(panel(page).getByText('No problems found.')).toBeVisible();
      await expect(samplePreview(page)).toContainText('Owner: Priya Nair');
      await expect(samplePreview(page).getByRole('listitem')).toContainText(['Rolled back checkout to the previous release']);
      await panel(page).getByRole('button', { name: 'Create template' }).click();
      await expect(panel(page).getByRole('status')).toHaveText('Saved “Executive summary”.');
      await expect(templateList(page).getByRole('button', { name: /Executive summary/ })).toContainText('custom');
    });

    await page.screenshot({ path: 'reports/screenshots/settings-templates-new.png', fullPage: true });
    await page.reload();
    await templateList(page)
      .getByRole('button', { name: /Executive summary/ })
      .click();
    await expect(body(page)).toHaveValue('**{{title}}** ({{severity}})\nOwner: {{commander}}\n{{#actions}}\n- {{.}}\n{{/actions}}');
  });

  test('edit a built-in template, then reset it to its default text', async ({ page }) => {
    await openPage(page, '/settings');
    const progress = templateList(page).getByRole('button', { name: /Progress update/ });
    await progress.click();
    const original = await body(page).inputValue();
    expect(original).toContain('**Update on {{incident_id}}: {{title}}**');
    await expect(panel(page).getByRole('combobox', { name: 'Audience' })).toBeDisabled();

    await body(page).fill('Short update: {{status_change}}. Next: {{next_update}}');
    await expect(panel(page).getByText('Unsaved changes')).toBeVisible();
    await panel(page).getByRole('button', { name: 'Apply changes' }).click();
    // The list updates optimistically (Dexie live queries show a write before it commits); the
    // message comes once the store has it, and only then may the page go away.
    await expect(panel(page).getByRole('status').filter({ hasText: 'Saved “Progress update”' })).toBeVisible();
    await expect(progress).toContainText('built-in, edited');
    await page.reload();
    await templateList(page)
      .getByRole('button', { name: /Progress update/ })
      .click();
    await expect(body(page)).toHaveValue('Short update: {{status_change}}. Next: {{next_update}}');

    await panel(page).getByRole('button', { name: 'Reset to default' }).click();
    const confirm = panel(page).getByRole('group', { name: 'Confirm reset' });
    await confirm.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(body(page)).toHaveValue(original);
    await expect(templateList(page).getByRole('button', { name: /Progress update/ })).not.toContainText('edited');
    await expect(panel(page).getByRole('button', { name: 'Reset to default' })).toBeDisabled();
  });

  test('duplicate the public template: internal placeholders are refused and the preview strips internal details', async ({ page }) => {
    await openPage(page, '/settings');
    await templateList(page)
      .getByRole('button', { name: /Public status page message/ })
      .click();
    await expect(samplePreview(page)).toContainText('A fix has been applied for the issue affecting Checkout and Payments.');
    await expect(samplePreview(page)).not.toContainText('Payments API');

    await panel(page).getByRole('button', { name: 'Duplicate' }).click();
    await expect(panel(page).getByRole('status')).toHaveText('Duplicated as “Copy of Public status page message”.');
    await expect(panel(page).getByRole('textbox', { name: 'Name' })).toHaveValue('Copy of Public status page message');
    await expect(panel(page).getByRole('combobox', { name: 'Audience' })).toBeEnabled();

    await body(page).press('Control+End');
    await body(page).pressSequentially('\nAsk {{commander}}: db-prod-3.internal (10.0.3.17) restarted payments-api.');
    await expect(problems(page)).toContainText('{{commander}} is internal and not available in public messages.');
    await expect(samplePreview(page)).toContainText('Ask [unknown: commander]: [removed] ([removed]) restarted Payments.');
    await expect(samplePreview(page)).not.toContainText('db-prod-3');
    await expect(samplePreview(page)).not.toContainText('10.0.3.17');
    await page.screenshot({ path: 'reports/screenshots/settings-templates-public.png', fullPage: true });

    await panel(page).getByRole('button', { name: 'Apply changes' }).click();
    await panel(page).getByRole('button', { name: 'Delete…' }).click();
    await panel(page).getByRole('group', { name: 'Confirm delete' }).getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(panel(page).getByRole('status')).toHaveText('Deleted “Copy of Public status page message”.');
    await expect(templateList(page).getByRole('listitem')).toHaveCount(5);
  });

  test('switching templates with unsaved changes asks first', async ({ page }) => {
    await openPage(page, '/settings');
    await templateList(page)
      .getByRole('button', { name: /Incident declared/ })
      .click();
    await body(page).fill('Draft in progress {{title}}');
    await templateList(page)
      .getByRole('button', { name: /Resolved/ })
      .click();
    const ask = panel(page).getByRole('group', { name: 'Unsaved changes' });
    await ask.getByRole('button', { name: 'Keep editing' }).click();
    await expect(body(page)).toHaveValue('Draft in progress {{title}}');
    await templateList(page)
      .getByRole('button', { name: /Resolved/ })
      .click();
    await ask.getByRole('button', { name: 'Discard changes' }).click();
    await expect(body(page)).toHaveValue(/\*\*Resolved: \{\{title\}\}\*\*/);
    await expect(templateList(page).getByRole('button', { name: /Resolved/ })).toHaveAttribute('aria-pressed', 'true');
  });

  test('insert a placeholder from the reference at the cursor', async ({ page }) => {
    await openPage(page, '/settings');
    await templateList(page).getByRole('button', { name: 'New template' }).click();
    await body(page).fill('Commander: ');
    await panel(page).getByText('Placeholders for stakeholders and executives').click();
    await panel(page).getByRole('button', { name: 'Insert {{commander}}' }).click();
    await expect(body(page)).toHaveValue('Commander: {{commander}}');
    await expect(samplePreview(page)).toContainText('Commander: Priya Nair');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the template editor in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await openPage(page, '/settings');
      await templateList(page)
        .getByRole('button', { name: /Incident declared/ })
        .click();
      await panel(page).scrollIntoViewIfNeeded();
      await expect(panel(page).getByText('No problems found.')).toBeVisible();
      await panel(page).screenshot({ path: `reports/screenshots/settings-templates-${theme}.png` });
    });
  }
});
