import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { registerServices } from '@/db/catalogue-repo';
import { listDrafts } from '@/db/comms-repo';
import { resetDatabase } from '@/db/database';
import { incidentEvents } from '@/db/incidents-read';
import { declareIncident, runCommand } from '@/db/incidents-write';
import { saveSettings } from '@/db/settings-repo';
import type { DeclareInput } from '@/domain/incident/commands';
import { useIncident, useIncidentEvents } from '@/state/incidents';
import { SettingsProvider } from '@/state/settings';
import { declareInput, FILLED, MONITORING_PERIOD_MS } from '@/testing/incident-commands';
import { CommsPanel } from './comms-panel';
import { UpdateHistory } from './update-history';

const T0 = Date.UTC(2026, 10, 23, 9, 0);

function Incident({ id }: { id: string }) {
  const incident = useIncident(id);
  const events = useIncidentEvents(id);
  if (!incident || !events) return <p>Loading incident…</p>;
  return (
    <>
      <CommsPanel incident={incident} events={events} />
      <UpdateHistory incident={incident} events={events} />
    </>
  );
}

async function declare(overrides: Partial<DeclareInput> = {}) {
  const { incidentId } = await declareIncident(
    declareInput({ services: ['payments-api'], description: 'Card payments fail for 14 % of customers.', ...overrides }),
    { now: Date.now(), author: 'Priya Nair', monitoringPeriodMs: MONITORING_PERIOD_MS },
  );
  return incidentId;
}

const clipboard = { writeText: vi.fn<(text: string) => Promise<void>>() };

beforeEach(async () => {
  // Only Date is faked: Dexie and React keep their real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  localStorage.clear();
  await resetDatabase();
  await saveSettings({ userName: 'Tom Becker' });
  await registerServices([{ id: 'payments-api', name: 'Payments API', team: 'Payments', publicName: 'Payments' }]);
  clipboard.writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const markAsSent = async () => {
  const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Mark as sent' });
  await waitFor(() => expect(button.disabled).toBe(false));
  fireEvent.click(button);
};
const message = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Message' });
const preview = () => screen.getByRole('region', { name: 'Preview' });

describe('CommsPanel', () => {
  it('suggests the initial notice for a new P1, prefilled with severity, status, services and the next update', async () => {
    const id = await declare();
    render(<Incident id={id} />, { wrapper: SettingsProvider });
    const select = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Template' });
    expect(select.selectedOptions[0]!.textContent).toBe('Incident declared — Responders (suggested)');
    expect(screen.getByText(/because the incident was declared and no update has been sent yet/)).toBeTruthy();
    const text = message().value;
    expect(text).toContain('Severity: P1 (High)');
    expect(text).toContain('Status: Detected');
    expect(text).toContain('Affected services: Payments API');
    expect(text).toContain('Next update: 2026-11-23 09:30 UTC');
    expect(within(preview()).getByText('Severity: P1 (High)')).toBeTruthy();
    expect(screen.getByTestId('draft-state').textContent).toMatch(/Prefilled from the template/);
  });

  it('autosaves every edit: a remount (a reload) shows the edited text', async () => {
    const id = await declare();
    const { unmount } = render(<Incident id={id} />, { wrapper: SettingsProvider });
    await screen.findByRole('textbox', { name: 'Message' });
    fireEvent.change(message(), { target: { value: 'Checkout is down. We are on it.' } });
    await waitFor(() => expect(screen.getByTestId('draft-state').textContent).toMatch(/Draft saved in this browser at/));
    expect((await listDrafts(id)).map((d) => d.body)).toEqual(['Checkout is down. We are on it.']);
    unmount();
    render(<Incident id={id} />, { wrapper: SettingsProvider });
    await waitFor(() => expect(message().value).toBe('Checkout is down. We are on it.'));
    expect(within(preview()).getByText('Checkout is down. We are on it.')).toBeTruthy();
  });

  it('copies the draft as plain text, Markdown and Slack mrkdwn', async () => {
    const id = await declare();
    render(<Incident id={id} />, { wrapper: SettingsProvider });
    await screen.findByRole('textbox', { name: 'Message' });
    fireEvent.change(message(), { target: { value: '**Down** <now>\n- rolled back' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Slack mrkdwn' }));
    await screen.findByText('Copied as Slack mrkdwn.');
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await screen.findByText('Copied as Markdown.');
    fireEvent.click(screen.getByRole('button', { name: 'Copy as plain text' }));
    await screen.findByText('Copied as plain text.');
    expect(clipboard.writeText.mock.calls.map((c) => c[0])).toEqual([
      '*Down* &lt;now&gt;\n• rolled back',
      '**Down** &lt;now>\n- rolled back',
      'Down <now>\n- rolled back',
    ]);
  });

  it('when the clipboard is refused, shows the text to copy by hand', async () => {
    clipboard.writeText.mockRejectedValue(new Error('Write permission denied.'));
    const id = await declare();
    render(<Incident id={id} />, { wrapper: SettingsProvider });
    await screen.findByRole('textbox', { name: 'Message' });
    fireEvent.click(screen.getByRole('button', { name: 'Copy as plain text' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Could not copy (Write permission denied.)');
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Text to copy' }).value).toContain('Severity: P1 (High)');
  });

  it('offers the draft as an e-mail', async () => {
    const id = await declare();
    render(<Incident id={id} />, { wrapper: SettingsProvider });
    await screen.findByRole('textbox', { name: 'Message' });
    const href = screen.getByRole('link', { name: 'Open as e-mail' }).getAttribute('href')!;
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.searchParams.get('subject')).toBe(`[P1 (High)] ${id} declared: Checkout returns 500s`);
    expect(url.searchParams.get('body')).toContain('Severity: P1 (High)\r\nStatus: Detected');
  });

  it('"Mark as sent" records the update, restarts the clock, clears the draft and moves to the next suggestion', async () => {
    const id = await declare();
    render(<Incident id={id} />, { wrapper: SettingsProvider });
    await screen.findByRole('textbox', { name: 'Message' });
    expect(screen.getByTestId('next-update').textContent).toContain('Next update due by 2026-11-23 09:30 UTC');
    vi.setSystemTime(T0 + 10 * 60_000);
    fireEvent.change(message(), { target: { value: 'Initial notice, edited.' } });
    await markAsSent();
    expect((await screen.findByRole('status')).textContent).toBe(
      'Recorded “Incident declared” as sent to responders at 09:10. The next update is due by 2026-11-23 09:40 UTC.',
    );
    const published = (await incidentEvents(id)).filter((e) => e.kind === 'update_published');
    expect(published).toMatchObject([
      {
        author: 'Tom Becker',
        payload: { templateId: 'builtin:declared', templateName: 'Incident declared', audience: 'responders', text: 'Initial notice, edited.' },
      },
    ]);
    await waitFor(() => expect(screen.getByTestId('next-update').textContent).toContain('Next update due by 2026-11-23 09:40 UTC'));
    await waitFor(() => expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Template' }).value).toBe('builtin:progress'));
    expect(await listDrafts(id)).toEqual([]);
    const history = screen.getByRole('list', { name: 'Published updates, newest first' });
    expect(within(history).getByText('Initial notice, edited.')).toBeTruthy();
    expect(within(history).getByText('to Responders')).toBeTruthy();
  });

  it('after sending, a template that stays suggested starts afresh from the incident', async () => {
    const id = await declare();
    const ctx = { now: T0, author: 'Sam Okafor', monitoringPeriodMs: MONITORING_PERIOD_MS };
    await runCommand(id, { type: 'acknowledge', by: 'Sam Okafor' }, ctx);
    await runCommand(id, { type: 'transition', from: 'investigating', to: 'identified', fields: FILLED }, ctx);
    render(<Incident id={id} />, { wrapper: SettingsProvider });
    await screen.findByRole('textbox', { name: 'Message' });
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Template' }).value).toBe('builtin:progress');
    fireEvent.change(message(), { target: { value: 'First progress update.' } });
    await markAsSent();
    await screen.findByText(/Recorded “Progress update” as sent/);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Template' }).value).toBe('builtin:progress');
    await waitFor(() => expect(message().value).toContain('Status: Investigating → Identified'));
    expect(screen.getByTestId('draft-state').textContent).toMatch(/Prefilled from the template/);
  });

  it('flags empty placeholders as gaps and asks before sending with them', async () => {
    const id = await declare({ description: '', commander: '' });
    render(<Incident id={id} />, { wrapper: SettingsProvider });
    await screen.findByRole('textbox', { name: 'Message' });
    expect(message().value).toContain('[fill in: impact]');
    const gaps = screen.getByRole('list', { name: 'Gaps in the draft' });
    expect(gaps.textContent).toContain('“impact” had no value for this incident: replace [fill in: impact] (line 10, column 1)');
    expect(gaps.textContent).toContain('“commander” had no value');
    await markAsSent();
    const ask = screen.getByRole('group', { name: 'Send with gaps?' });
    expect(ask.textContent).toContain('2 gaps (impact, commander)');
    expect((await incidentEvents(id)).some((e) => e.kind === 'update_published')).toBe(false);
    fireEvent.click(within(ask).getByRole('button', { name: 'Send anyway' }));
    await screen.findByText(/Recorded “Incident declared” as sent/);
  });

  it('filling a gap removes its flag', async () => {
    const id = await declare({ description: '' });
    render(<Incident id={id} />, { wrapper: SettingsProvider });
    await screen.findByRole('textbox', { name: 'Message' });
    fireEvent.change(message(), { target: { value: message().value.replace('[fill in: impact]', 'All card payments fail.') } });
    expect(screen.queryByRole('list', { name: 'Gaps in the draft' })).toBeNull();
  });

  it('the public message uses public names and keeps internal details out of what is sent', async () => {
    const id = await declare();
    render(<Incident id={id} />, { wrapper: SettingsProvider });
    const select = await screen.findByRole('combobox', { name: 'Template' });
    fireEvent.change(select, { target: { value: 'builtin:status-page' } });
    await waitFor(() => expect(message().value).toContain('We are investigating an issue affecting Payments.'));
    expect(message().value).not.toContain('Payments API');
    fireEvent.change(message(), { target: { value: `${message().value}\nPriya Nair restarted payments-api on db-prod-3.internal (10.0.3.17).` } });
    const shown = preview().textContent!;
    expect(shown).toContain('[removed] restarted Payments on [removed] ([removed]).');
    expect(shown).not.toMatch(/Priya|payments-api|db-prod|10\.0\.3\.17/);
    expect(screen.getByTestId('public-removals').textContent).toContain('1 IP address, 1 host name, 1 service name, 1 person');
    fireEvent.click(screen.getByRole('button', { name: 'Copy as plain text' }));
    await screen.findByText('Copied as plain text.');
    expect(clipboard.writeText.mock.calls[0]![0]).not.toMatch(/Priya|db-prod/);
    await markAsSent();
    await screen.findByText(/Recorded “Public status page message” as sent to public/);
    const [event] = (await incidentEvents(id)).filter((e) => e.kind === 'update_published');
    expect(event).toMatchObject({ payload: { audience: 'public', templateId: 'builtin:status-page' } });
    expect(event!.kind === 'update_published' && event!.payload.text).not.toMatch(/Priya|payments-api|db-prod|10\.0\.3\.17/);
  });

  it('suggests the template of the last move and lets the writer return to it', async () => {
    const id = await declare();
    const ctx = { now: T0, author: 'Sam Okafor', monitoringPeriodMs: MONITORING_PERIOD_MS };
    await runCommand(id, { type: 'acknowledge', by: 'Sam Okafor' }, ctx);
    await runCommand(id, { type: 'transition', from: 'investigating', to: 'identified', fields: FILLED }, { ...ctx, now: T0 + 60_000 });
    render(<Incident id={id} />, { wrapper: SettingsProvider });
    const select = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Template' });
    expect(select.value).toBe('builtin:progress');
    await act(async () => {
      await runCommand(id, { type: 'action', text: 'Rolled back to 4.211.1', mitigation: 'rollback' }, { ...ctx, now: T0 + 120_000 });
    });
    await waitFor(() => expect(select.value).toBe('builtin:mitigation'));
    expect(message().value).toContain('Rolled back to 4.211.1');
    fireEvent.change(select, { target: { value: 'builtin:resolved' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use the suggestion' }));
    expect(select.value).toBe('builtin:mitigation');
  });

  it('refuses to send without a name to record it under', async () => {
    await saveSettings({ userName: '' });
    const id = await declare();
    render(<Incident id={id} />, { wrapper: SettingsProvider });
    await screen.findByRole('textbox', { name: 'Message' });
    await markAsSent();
    expect((await screen.findByRole('alert')).textContent).toMatch(/Set your name first/);
    expect((await incidentEvents(id)).some((e) => e.kind === 'update_published')).toBe(false);
  });
});
