// Issue 7's flow begins where issue 3's ends: an incident closed through the incident view starts
// its postmortem from there, and the postmortem's timeline is imported from what the UI recorded.
import { test, expect } from './fixtures';
import { addEntry, declare, setName, status, transition } from './incident-pages';

test('close an incident in the UI, then start its postmortem from the incident view', async ({ page }) => {
  await setName(page, 'Ana Commander');
  const id = await declare(page, {
    title: 'Ledger writes time out',
    services: ['Ledger'],
    direct: 'P2 Medium — Non-critical feature down, small subset of users, minor performance issue',
  });
  await transition(page, /Acknowledge → Investigating/, {});
  await addEntry(page, 'Note', 'Lock waits on the ledger table since 10:02');
  await transition(page, /Root cause identified → Identified/, { 'Root cause summary': 'A migration holds a table lock' });
  await transition(page, /Start fixing → Fixing/, { 'Fix being implemented': 'Kill the migration' });
  await transition(page, /Mark resolved → Resolved/, { Resolution: 'Migration stopped; writes back to normal' });
  await transition(page, /Start monitoring → Monitoring/, { 'What you are watching': 'Write latency' });
  await transition(page, /Close incident → Closed/, { 'Closing note': 'Stable', 'Why close early?': 'Migration rescheduled off-peak' });
  await expect(status(page)).toHaveText('Closed');

  await page.getByRole('link', { name: 'Start the postmortem' }).click();
  await expect(page).toHaveURL(new RegExp(`/incidents/${id}/postmortem$`));
  await page.getByRole('button', { name: 'Create postmortem' }).click();
  await expect(page.getByTestId('postmortem-id')).toHaveText(/^PM-[0-9A-F]{8}$/);
  const rows = page.locator('#pm-timeline').getByRole('textbox', { name: /^What happened, row \d+$/ });
  const texts = await rows.evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
  expect(texts[0]).toBe('Declared P2: Ledger writes time out');
  expect(texts).toContain('Note: Lock waits on the ledger table since 10:02');
  expect(texts.some((t) => t.includes('A migration holds a table lock'))).toBe(true);

  await page.goto(`/incidents/${id}`);
  await expect(page.getByRole('link', { name: /Open postmortem PM-[0-9A-F]{8}/ })).toBeVisible();
});
