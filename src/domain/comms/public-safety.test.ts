import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { STATUSES } from '../incident/lifecycle';
import { SEVERITIES } from '../severity/levels';
import { peopleOf, PUBLIC_IMPACT, PUBLIC_STATUS, REMOVED, sanitizePublicText, summarizeRemovals, type PublicSafetyInput } from './public-safety';
import { declareInput, FILLED, incidentHarness } from '@/testing/incident-commands';

const SERVICES: PublicSafetyInput['services'] = [
  { id: 'payments-api', name: 'Payments API', publicName: 'Payments' },
  { id: 'web-frontend', name: 'Web frontend', publicName: 'Website' },
  { id: 'checkout', name: 'Checkout', publicName: 'Checkout' },
  { id: 'svc-042', name: 'Service 042', publicName: 'Gift cards' },
  { id: 'media-cdn', name: 'Media CDN', publicName: 'Images' },
];
const PEOPLE = ['Priya Nair', 'Sam Okafor', 'Will', 'ana'];
const input: PublicSafetyInput = { services: SERVICES, people: PEOPLE };
const clean = (text: string) => sanitizePublicText(text, input).text;

describe('public status and impact (DOMAIN.md §6)', () => {
  it('maps every status and severity', () => {
    expect(PUBLIC_STATUS).toEqual({
      detected: 'investigating',
      investigating: 'investigating',
      identified: 'identified',
      fixing: 'monitoring',
      resolved: 'resolved',
      monitoring: 'resolved',
      closed: 'resolved',
    });
    expect(Object.keys(PUBLIC_STATUS).sort()).toEqual([...STATUSES].sort());
    expect(PUBLIC_IMPACT).toEqual({ P0: 'critical', P1: 'major', P2: 'minor', P3: 'none' });
    expect(Object.keys(PUBLIC_IMPACT)).toEqual([...SEVERITIES]);
  });
});

describe('sanitizePublicText: service names', () => {
  it('replaces internal ids and names with public names, longest name first', () => {
    expect(clean('payments-api and the Payments API are slow; web-frontend too.')).toBe('Payments and the Payments are slow; Website too.');
  });

  it('replaces a generated id that looks like a host name by its public name, not by [removed]', () => {
    expect(clean('svc-042 is down')).toBe('Gift cards is down');
  });

  it('keeps public names, and does not re-case ordinary words that share an id', () => {
    expect(clean('Checkout and Images are back. We checkout daily.')).toBe('Checkout and Images are back. We checkout daily.');
  });

  it('does not touch names inside longer words', () => {
    expect(clean('The media-cdn-edge and xpayments-api')).not.toContain('Images');
  });

  it('lists each replacement', () => {
    expect(sanitizePublicText('Media CDN is slow', input).removals).toEqual([{ kind: 'service name', text: 'Media CDN', replacement: 'Images' }]);
  });
});

describe('sanitizePublicText: internal details are removed (adversarial inputs)', () => {
  it.each([
    ['an internal host name', 'Errors on db-prod-3.eu-west-1.internal since noon', 'db-prod'],
    ['a host with a port', 'Timeouts from cache.prod:6379', 'cache'],
    ['a pod name', 'Pod checkout-7d9f8b6c4-x2k9p restarted', '7d9f8b6c4'],
    ['a machine name', 'web-07 and ip-10-0-3-17 were drained', 'web-07'],
    ['localhost', 'It worked on localhost:8080', 'localhost'],
    ['an IPv4 address', 'Traffic from 10.0.3.17 and 192.168.1.1/24', '10.0.3.17'],
    ['an IPv6 address', 'Bound to fe80::1ff:fe23:4567:890a%eth0 and 2001:db8::1', 'fe80'],
    ['a URL', 'See https://grafana.corp.example/d/abc?x=1 for details', 'grafana'],
    ['a URL without scheme', 'Dashboard at www.intranet.example/status.', 'intranet'],
    ['a script link', 'Click javascript:alert(document.cookie)', 'javascript'],
    ['an e-mail address', 'Contact oncall+pager@acme-corp.example.com', 'oncall'],
    ['a chat handle', 'Ping @priya.n or @sre-oncall', '@'],
    ['a full name in any case', 'PRIYA NAIR rolled back the release', 'PRIYA'],
    ['a given name on its own', 'Sam restarted the pods', 'Sam'],
    ['a family name on its own', 'Thanks to Okafor', 'Okafor'],
    ['a single-word author', 'ana is on it', 'ana'],
    ['a file path', 'Config in /etc/app/pool.yaml was wrong', '/etc'],
    ['a Windows path', 'Logs in C:\\logs\\app\\today.txt', 'logs'],
    ['a commit hash', 'Release 3fa9c2d1e broke it', '3fa9c2d1e'],
    ['a UUID', 'Request 4bf92f35-77b3-4da6-a3ce-929d0e0e4736 failed', '4bf92f35'],
    ['an incident id', 'Same as INC-1A2B3C4D last week', 'INC-'],
    ['an error class name', 'We saw PoolTimeoutError under load', 'PoolTimeout'],
  ])('%s', (_what, text, secret) => {
    const result = sanitizePublicText(text, input);
    expect(result.text).not.toContain(secret);
    expect(result.text).toContain(REMOVED);
    expect(result.removals.length).toBeGreaterThan(0);
  });

  it('removes stack traces line by line and keeps the sentences around them', () => {
    const text = [
      'Checkout failed for some customers.',
      'java.lang.IllegalStateException: pool exhausted',
      '\tat com.acme.pool.Pool.borrow(Pool.java:88)',
      '\tat com.acme.Checkout.pay(Checkout.java:12)',
      '\t... 42 more',
      'Caused by: java.net.SocketTimeoutException: Read timed out',
      'Traceback (most recent call last):',
      '  File "/srv/app/pay.py", line 10, in charge',
      'TypeError: Cannot read properties of undefined',
      '    at Object.<anonymous> (/app/index.js:3:9)',
      'goroutine 1 [running]:',
      'main.go:42 +0x1d',
      'panic: runtime error: index out of range',
      'We are working on a fix.',
    ].join('\n');
    const result = sanitizePublicText(text, input);
    expect(result.text).toBe('Checkout failed for some customers.\nWe are working on a fix.');
    expect(result.removals.filter((r) => r.kind === 'stack trace')).toHaveLength(12);
  });

  it('keeps ordinary prose: times, numbers, versions, hyphenated words', () => {
    const prose =
      'Since 14:05:33 UTC (about 2-hour window), 3.5 % of requests to Checkout failed. We will post an update; UTF-8 and follow-up e.g. next steps.';
    expect(clean(prose)).toBe(prose);
  });

  it('keeps punctuation after a removed link or path', () => {
    expect(clean('See https://status.internal/x. Then /var/log/app.log, then done')).toBe(`See ${REMOVED}. Then ${REMOVED}, then done`);
  });

  it('merges neighbouring removals into one marker', () => {
    expect(clean('Hosts: db-1, db-2, db-3 are fine')).toBe(`Hosts: ${REMOVED} are fine`);
  });

  it('removes a name even when a service replacement sits next to it', () => {
    expect(clean('Priya Nair restarted payments-api')).toBe(`${REMOVED} restarted Payments`);
  });

  it('summarises what was removed', () => {
    expect(summarizeRemovals(sanitizePublicText('db-1 and db-2 by Priya Nair; see 10.0.0.1', input).removals)).toBe(
      '1 IP address, 2 host names, 1 person',
    );
  });
});

describe('sanitizePublicText: properties', () => {
  const word = fc.constantFrom(
    'the',
    'Checkout',
    'is',
    'slow',
    'for',
    'some',
    'customers',
    'we',
    'are',
    'on',
    'it',
    '2-hour',
    '14:05',
    '3.5 %',
    'UTF-8',
    'follow-up',
  );
  const secret = fc.oneof(
    fc
      .tuple(fc.integer({ min: 1, max: 254 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 254 }))
      .map((p) => p.join('.')),
    fc.tuple(fc.constantFrom('db', 'web', 'cache', 'kafka'), fc.integer({ min: 1, max: 99 })).map(([n, i]) => `${n}-${i}.prod.internal`),
    fc.tuple(fc.constantFrom('ana.k', 'ops', 'sre+pager'), fc.constantFrom('acme.example', 'corp.example.com')).map(([u, d]) => `${u}@${d}`),
    fc.constantFrom(
      'https://grafana.internal/d/1',
      'http://10.1.2.3:9090/graph',
      'Priya Nair',
      'Sam Okafor',
      '@priya',
      '/var/lib/pg/data',
      'deadbeef42',
    ),
  );
  const text = fc
    .array(fc.oneof({ weight: 3, arbitrary: word }, { weight: 1, arbitrary: secret.map((s) => ({ secret: s })) }), { minLength: 1, maxLength: 25 })
    .map((parts) => ({
      text: parts.map((p) => (typeof p === 'string' ? p : p.secret)).join(' '),
      secrets: parts.flatMap((p) => (typeof p === 'string' ? [] : [p.secret])),
    }));

  it('no injected internal detail survives, wherever it sits', () => {
    fc.assert(
      fc.property(text, ({ text: t, secrets }) => {
        const out = clean(t);
        for (const s of secrets) expect(out).not.toContain(s);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          text.map((t) => t.text),
          fc.string({ maxLength: 200 }),
        ),
        (t) => {
          const once = clean(t);
          expect(clean(once)).toBe(once);
        },
      ),
    );
  });

  it('never throws and never grows beyond the markers it adds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (t) => {
        const result = sanitizePublicText(t, input);
        const added = result.removals.length * REMOVED.length + result.removals.reduce((n, r) => n + r.replacement.length, 0);
        expect(result.text.length).toBeLessThanOrEqual(t.length + added);
      }),
    );
  });

  it('stays fast on long adversarial input (no catastrophic backtracking)', () => {
    const nasty = [
      'a-'.repeat(20_000),
      '1.'.repeat(20_000),
      'a.'.repeat(20_000),
      '1:'.repeat(20_000),
      'Aa'.repeat(20_000) + 'Erro',
      'a@'.repeat(20_000),
      '/a'.repeat(10_000),
      'a1-'.repeat(15_000),
      ' '.repeat(40_000) + 'x',
    ].join(' ');
    const started = performance.now();
    sanitizePublicText(nasty, input);
    // A generous bound for a shared 2-core machine; a backtracking regex takes minutes here.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('peopleOf', () => {
  it('collects role holders, who acknowledged, and every author', () => {
    const h = incidentHarness('INC-00000EE1', Date.UTC(2026, 0, 1), 'Dana Writer');
    h.run({ type: 'declare', input: declareInput({ commander: 'Priya Nair', commsLead: 'Tom Becker' }) });
    h.run({ type: 'acknowledge', by: 'Sam Okafor' });
    h.run({ type: 'assign_role', role: 'scribe', person: 'Lea Martin' });
    // FILLED names Ana as the responder.
    h.run({ type: 'transition', from: 'investigating', to: 'identified', fields: FILLED });
    expect(peopleOf(h.incident, h.events).sort()).toEqual(['Ana', 'Dana Writer', 'Lea Martin', 'Priya Nair', 'Sam Okafor', 'Tom Becker']);
  });
});
