import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { getCatalogueEntry, registerServices } from '@/db/catalogue-repo';
import { resetDatabase } from '@/db/database';
import { DEFAULT_THRESHOLDS } from '@/domain/health/thresholds';
import { CatalogueEditor } from './catalogue-editor';
import { labelIssue } from './threshold-fields';

beforeEach(async () => {
  await resetDatabase();
  await registerServices([{ id: 'checkout', name: 'Checkout', team: 'Storefront', publicName: 'Checkout' }]);
});
afterEach(cleanup);

describe('service catalogue editor', () => {
  it('gives a service its own thresholds, validates them, and saves', async () => {
    render(<CatalogueEditor reportedServices={[]} />);
    const useDefaults = await screen.findByLabelText('Use the default thresholds');
    expect((useDefaults as HTMLInputElement).checked).toBe(true);
    fireEvent.click(useDefaults);
    const warn = screen.getByLabelText('p95 latency: careful from (ms)');
    expect((warn as HTMLInputElement).value).toBe(String(DEFAULT_THRESHOLDS.p95WarnMs));
    // Warning above critical is refused, in the form's words, and nothing is written.
    fireEvent.change(warn, { target: { value: '5000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save Checkout' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining('p95 latency: careful from (ms): p95 warning must not be above critical'),
    );
    expect((await getCatalogueEntry('checkout'))!.thresholds).toBeNull();

    fireEvent.change(warn, { target: { value: '300' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save Checkout' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Saved Checkout.');
    expect((await getCatalogueEntry('checkout'))!.thresholds).toEqual({ ...DEFAULT_THRESHOLDS, p95WarnMs: 300 });
  });

  it('adds a runbook link and warns when it will not become a link', async () => {
    render(<CatalogueEditor reportedServices={[]} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add link' }));
    fireEvent.change(screen.getByLabelText('Label'), { target: { value: 'Logs' } });
    fireEvent.change(screen.getByLabelText('Address'), { target: { value: 'javascript:alert(1)' } });
    expect(screen.getByText(/will show as text/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save Checkout' }));
    await screen.findByRole('status');
    expect((await getCatalogueEntry('checkout'))!.runbook.links).toEqual([{ label: 'Logs', url: 'javascript:alert(1)' }]);
  });

  it('adds a reported service that the catalogue does not know yet', async () => {
    render(<CatalogueEditor reportedServices={[{ id: 'svc-013', name: 'Service 013', team: 'Platform', publicName: 'Service 013' }]} />);
    fireEvent.change(await screen.findByLabelText('Service'), { target: { value: 'svc-013' } });
    expect(screen.getByText(/not in the catalogue yet. Saving adds it/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save Service 013' }));
    await screen.findByRole('status');
    await waitFor(async () => expect(await getCatalogueEntry('svc-013')).toMatchObject({ team: 'Platform', thresholds: null, demo: false }));
  });
});

describe('threshold issues in the form’s words', () => {
  it('maps schema paths to field labels', () => {
    expect(labelIssue('thresholds.errorRateCritPct: Too big')).toBe('5xx rate: broken (red) from (%): Too big');
    expect(labelIssue('runbook.links.0.url: Too long')).toBe('runbook.links.0.url: Too long');
  });
});
