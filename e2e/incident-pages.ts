// Page helpers for incident flows: they return locators and perform user steps; tests assert.
import { expect, type Page } from '@playwright/test';

/** Tells the app who is acting, through the prompt every page shows until it knows. */
export async function setName(page: Page, name = 'Ana Commander') {
  await page.goto('/');
  const prompt = page.getByRole('form', { name: 'Your name' });
  await prompt.getByRole('textbox', { name: 'Your name' }).fill(name);
  await prompt.getByRole('button', { name: 'Save name' }).click();
  await expect(prompt).toBeHidden();
}

export interface DeclareOptions {
  title: string;
  services?: string[];
  commsLead?: string;
  /** Answers for the guided classifier, in order, as option labels. */
  answers?: [question: RegExp, answer: string][];
  direct?: string;
}

export async function declare(page: Page, o: DeclareOptions): Promise<string> {
  await page.goto('/incidents/new');
  await page.getByLabel('Title').fill(o.title);
  for (const s of o.services ?? []) await page.getByRole('checkbox', { name: s, exact: true }).check();
  if (o.commsLead) await page.getByLabel('Communication lead').fill(o.commsLead);
  if (o.direct) {
    await page.getByLabel('Choose directly').check();
    await page.getByRole('combobox', { name: 'Severity', exact: true }).selectOption({ label: o.direct });
  }
  for (const [question, answer] of o.answers ?? []) {
    await page.getByRole('group', { name: question }).getByLabel(answer, { exact: true }).check();
  }
  await page.getByRole('button', { name: /^Declare P\d incident$/ }).click();
  await expect(page).toHaveURL(/\/incidents\/INC-[0-9A-F]{8}$/);
  return page.url().split('/').pop() as string;
}

export const status = (page: Page) => page.getByTestId('incident-status');

/** Opens a transition's form, fills what it requires, and submits. */
export async function transition(page: Page, button: RegExp, fields: Record<string, string>) {
  await page.getByRole('button', { name: button }).click();
  const form = page.locator('form.inline-form');
  for (const [label, value] of Object.entries(fields)) await form.getByLabel(label).fill(value);
  await form
    .getByRole('button', { type: 'submit' } as never)
    .first()
    .click();
}

export async function addEntry(page: Page, kind: 'Note' | 'Hypothesis' | 'Action taken', text: string) {
  const form = page.getByRole('form', { name: 'Add to the timeline' });
  await form.getByLabel(kind, { exact: true }).check();
  await form.getByLabel(`${kind} text`).fill(text);
  await form.getByRole('button', { name: `Add ${kind.toLowerCase()}` }).click();
  await expect(form.getByRole('status')).toHaveText(`${kind} added.`);
}

export const timeline = (page: Page) => page.getByTestId('timeline');
