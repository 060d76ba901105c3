import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { EMPTY_RUNBOOK, type CatalogueEntry } from '@/domain/catalogue/catalogue';

const entries: CatalogueEntry[] = [
  {
    id: 'checkout',
    name: 'Checkout',
    publicName: 'Checkout',
    team: 'Storefront',
    thresholds: null,
    demo: false,
    runbook: {
      ...EMPTY_RUNBOOK,
      contacts: [{ name: 'Storefront on-call', role: 'primary', reach: 'pager' }],
      links: [
        { label: 'Dashboard', url: 'https://grafana.example.com/d/checkout' },
        { label: 'Evil', url: 'javascript:alert(1)' },
      ],
      failurePatterns: [{ name: 'Connection exhaustion', symptoms: 'PoolTimeoutError <b>bold?</b>', debugSteps: 'Check the pool' }],
      mitigations: [{ name: 'Rollback', how: 'Deploy the previous version' }],
      operations: { start: 'kubectl scale --replicas=6', stop: '', restart: 'kubectl rollout restart' },
    },
  },
  { id: 'ledger', name: 'Ledger', publicName: 'Ledger', team: 'Payments', thresholds: null, demo: false, runbook: EMPTY_RUNBOOK },
];

vi.mock('@/state/catalogue', () => ({ useCatalogue: () => entries }));

const { RunbookPanel } = await import('./runbook-panel');

function show(ids: string[]) {
  return render(
    <MemoryRouter>
      <RunbookPanel serviceIds={ids} />
    </MemoryRouter>,
  );
}

afterEach(cleanup);
describe('runbook panel', () => {
  it('shows owner, contacts, safe links as links, patterns, mitigations and operations', () => {
    show(['checkout']);
    expect(screen.getByText('Owner team: Storefront')).toBeTruthy();
    expect(screen.getByText('Storefront on-call')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Dashboard' }).getAttribute('href')).toBe('https://grafana.example.com/d/checkout');
    expect(screen.getByText('Connection exhaustion')).toBeTruthy();
    expect(screen.getByText('Rollback')).toBeTruthy();
    expect(screen.getByText('kubectl rollout restart')).toBeTruthy();
    expect(screen.queryByText('Stop')).toBeNull();
  });

  it('never makes an unsafe address a link, and renders text as text', () => {
    const { container } = show(['checkout']);
    expect(screen.queryByRole('link', { name: 'Evil' })).toBeNull();
    expect(screen.getByText('javascript:alert(1)')).toBeTruthy();
    expect(container.querySelector('b')).toBeNull();
    expect(screen.getByText('PoolTimeoutError <b>bold?</b>')).toBeTruthy();
  });

  it('says where to write a missing runbook, and names unknown services', () => {
    show(['ledger', 'nope']);
    expect(screen.getByText(/No runbook for Ledger yet/)).toBeTruthy();
    expect(screen.getByText(/nope is not in the service catalogue/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Runbooks' })).toBeTruthy();
  });
});
