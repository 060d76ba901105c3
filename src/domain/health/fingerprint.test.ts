import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { digest, fingerprintOf, firstApplicationFrame, normaliseMessage, parseFrame } from './fingerprint';

describe('message normalisation', () => {
  it('takes out numbers, ids, addresses and times', () => {
    expect(normaliseMessage('timed out after 5000 ms acquiring a connection from pool "orders-db" (size 20, in use 20)')).toBe(
      'timed out after <n> ms acquiring a connection from pool "orders-db" (size <n>, in use <n>)',
    );
    expect(normaliseMessage('user 3f2a9c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b not found')).toBe('user <uuid> not found');
    expect(normaliseMessage('mail to ana@example.com bounced')).toBe('mail to <email> bounced');
    expect(normaliseMessage('connect ECONNREFUSED 10.0.3.7:5432')).toBe('connect ECONNREFUSED <ip>');
    expect(normaliseMessage('at 2026-11-23T09:14:02.120Z lock held by 0x7f3a')).toBe('at <date> lock held by <hex>');
    expect(normaliseMessage('object deadbeef1234cafe missing')).toBe('object <hex> missing');
  });

  it('keeps words that contain digits (names, not values)', () => {
    expect(normaliseMessage('OAuth2 token rejected by s3 bucket')).toBe('OAuth2 token rejected by s3 bucket');
  });

  it('two occurrences that differ only in values normalise the same (property)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.uuid(), fc.uuid(), (a, b, u, v) => {
        expect(normaliseMessage(`order ${a} for ${u} failed after ${b} ms`)).toBe(normaliseMessage(`order ${b} for ${v} failed after ${a} ms`));
      }),
    );
  });
});

describe('stack frames', () => {
  it('parses V8, JVM, Python and Firefox frames', () => {
    expect(parseFrame('    at placeOrder (/app/src/checkout/order.js:42:13)')).toMatchObject({
      function: 'placeOrder',
      file: '/app/src/checkout/order.js',
    });
    expect(parseFrame('    at async Promise.all (index 0)')).toBeNull();
    expect(parseFrame('\tat com.shop.checkout.OrderService.place(OrderService.java:88)')).toMatchObject({
      function: 'place',
      file: 'com.shop.checkout.OrderService',
    });
    expect(parseFrame('  File "/srv/app/checkout/views.py", line 42, in place_order')).toMatchObject({ function: 'place_order' });
    expect(parseFrame('handleClick@https://shop.example.com/assets/app.js:1:2')).toMatchObject({ function: 'handleClick' });
    expect(parseFrame('TypeError: x is undefined')).toBeNull();
  });

  it('skips library and runtime frames to find the application frame', () => {
    const node = [
      'Error: pool timeout',
      '    at Pool.acquire (/app/node_modules/pg-pool/index.js:45:11)',
      '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
      '    at placeOrder (/app/src/checkout/order.js:42:13)',
      '    at handler (/app/src/http/routes.js:10:3)',
    ].join('\n');
    expect(firstApplicationFrame(node)).toBe('placeOrder (checkout/order.js)');
    const java = [
      'java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available',
      '\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)',
      '\tat org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:80)',
      '\tat com.shop.checkout.OrderRepository.save(OrderRepository.java:31)',
    ].join('\n');
    expect(firstApplicationFrame(java)).toBe('save (com.shop.checkout.OrderRepository)');
    expect(firstApplicationFrame('only a message')).toBeNull();
    expect(firstApplicationFrame(null)).toBeNull();
  });
});

describe('fingerprints', () => {
  const base = { type: 'PoolTimeoutError', message: 'timed out after 5000 ms', stackTrace: '    at placeOrder (/app/src/checkout/order.js:42:13)' };

  it('uses the error’s own fingerprint when it has one', () => {
    expect(fingerprintOf({ ...base, fingerprint: 'abc123' })).toBe('abc123');
  });

  it('is stable across values, line numbers and hosts', () => {
    const a = fingerprintOf(base);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprintOf({ ...base, message: 'timed out after 3000 ms' })).toBe(a);
    expect(fingerprintOf({ ...base, stackTrace: '    at placeOrder (/srv/build/src/checkout/order.js:57:2)' })).toBe(a);
  });

  it('differs by type, message shape and application frame', () => {
    const a = fingerprintOf(base);
    expect(fingerprintOf({ ...base, type: 'TimeoutError' })).not.toBe(a);
    expect(fingerprintOf({ ...base, message: 'pool closed' })).not.toBe(a);
    expect(fingerprintOf({ ...base, stackTrace: '    at refund (/app/src/checkout/refund.js:3:1)' })).not.toBe(a);
  });

  it('digests are 16 hex digits and differ for different texts (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(digest(a)).toMatch(/^[0-9a-f]{16}$/);
        if (a !== b) expect(digest(a)).not.toBe(digest(b));
      }),
    );
  });
});
