import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { resetDatabase } from '@/db/database';
import { saveSettings } from '@/db/settings-repo';
import type { Audience } from '@/domain/incident/roles';
import type { Severity } from '@/domain/severity/levels';
import { declareInput, FILLED, incidentHarness } from '@/testing/incident-commands';
import { UpdateHistory } from './update-history';
import { SettingsProvider } from '@/state/settings';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 23, 9, 0);

function story(severity: Severity = 'P1') {
  const h = incidentHarness('INC-000H1570', T0, 'Tom Becker');
  h.run({ type: 'declare', input: declareInput({ severity }) });
  const publish = (minute: number, audience: Audience, text: string, templateName = 'Progress update') => {
    h.advance(T0 + minute * MIN - h.now);
    h.run({ type: 'publish_update', templateId: 'builtin:progress', templateName, audience, text });
  };
  return { h, publish };
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0 + 60 * MIN);
  await resetDatabase();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Renders the history inside the settings provider, once the stored settings are read. */
async function show(h: ReturnType<typeof story>['h']) {
  render(<UpdateHistory incident={h.incident!} events={h.events} />, { wrapper: SettingsProvider });
  await screen.findByTestId('next-update');
}

const items = () => within(screen.getByRole('list', { name: 'Published updates, newest first' })).getAllByRole('listitem');

describe('UpdateHistory', () => {
  it('says when nothing was sent yet, and when the first update is due', async () => {
    vi.setSystemTime(T0 + 10 * MIN);
    const { h } = story();
    await show(h);
    expect(screen.getByText('No updates sent yet.')).toBeTruthy();
    expect(screen.getByTestId('next-update').textContent).toBe('Cadence: every 30 min (P1). Next update due by 2026-11-23 09:30 UTC — in 20 min.');
  });

  it('lists every update newest first, with audience, author and text; late ones marked in words', async () => {
    const { h, publish } = story();
    publish(10, 'responders', '**Declared.** Checkout is down.', 'Incident declared');
    publish(52, 'stakeholders', 'Rolled back.');
    await show(h);
    const [latest, first] = items();
    expect(latest!.textContent).toContain('Progress update');
    expect(latest!.textContent).toContain('to Stakeholders and executives');
    expect(latest!.textContent).toContain('by Tom Becker');
    expect(latest!.textContent).toContain('42 min after the previous update; it was due within 30 min.');
    expect(within(latest!).getByText('Late by 12 min')).toBeTruthy();
    expect(within(latest!).getByText('Rolled back.')).toBeTruthy();
    expect(first!.textContent).toContain('First update, 10 min after the declaration; it was due within 30 min.');
    expect(within(first!).getByText('On time')).toBeTruthy();
    // The text is shown as sent (its Markdown read, never run as HTML).
    expect(within(first!).getByText('Declared.').tagName).toBe('STRONG');
    expect(screen.getByText('2 sent, 1 late')).toBeTruthy();
  });

  it('marks an overdue next update with an icon and a word, not colour alone', async () => {
    const { h, publish } = story();
    publish(10, 'responders', 'x');
    await show(h);
    const line = screen.getByTestId('next-update');
    expect(line.textContent).toContain('Next update due by 2026-11-23 09:40 UTC');
    const badge = within(line).getByText('Overdue by 20 min').closest('.status-badge')!;
    expect(badge.className).toContain('state-broken');
    expect(badge.querySelector('svg')).toBeTruthy();
  });

  it('after resolution no update is due, and later updates are not judged late', async () => {
    const { h, publish } = story();
    h.run({ type: 'acknowledge', by: 'Ana' });
    for (const [from, to] of [
      ['investigating', 'identified'],
      ['identified', 'fixing'],
      ['fixing', 'resolved'],
    ] as const) {
      h.run({ type: 'transition', from, to, fields: FILLED });
    }
    publish(55, 'stakeholders', 'Resolved.', 'Resolved');
    await show(h);
    expect(screen.getByTestId('next-update').textContent).toBe('Cadence: every 30 min (P1). Resolved: no further update is due.');
    expect(items()[0]!.textContent).toContain('no update was due then');
    expect(screen.queryByText(/Late by/)).toBeNull();
  });

  it('uses the cadence from Settings', async () => {
    await saveSettings({ severity: { P1: { ackMinutes: 30, updateMinutes: 15 } } });
    vi.setSystemTime(T0 + 5 * MIN);
    const { h } = story();
    await show(h);
    await waitFor(() =>
      expect(screen.getByTestId('next-update').textContent).toContain('Cadence: every 15 min (P1). Next update due by 2026-11-23 09:15 UTC'),
    );
  });

  it('P3 has no cadence', async () => {
    const { h } = story('P3');
    await show(h);
    expect(screen.getByTestId('next-update').textContent).toBe('P3 has no update cadence. No update is due.');
  });
});
