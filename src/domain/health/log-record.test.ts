import { describe, expect, it } from 'vitest';
import { isErrorRecord, normaliseLogRecord, parseLevel } from './log-record';

const AT = Date.UTC(2026, 10, 23, 9, 14, 2, 120);
const ISO = new Date(AT).toISOString();

describe('structured log records', () => {
  it('reads the project’s own shape (DOMAIN.md §9 fields)', () => {
    const r = normaliseLogRecord({
      timestamp: ISO,
      level: 'ERROR',
      correlation_id: 'c-1',
      trace_id: 't-1',
      span_id: 's-1',
      service: 'checkout',
      environment: 'production',
      host: 'checkout-7f9',
      version: '4.212.0',
      message: 'payment failed',
      error: { type: 'PoolTimeoutError', message: 'timed out after 5000 ms', stack_trace: 'at x (/app/a.js:1:1)', fingerprint: 'fp-1' },
      user: { id: 'u-42' },
      request: { method: 'POST', path: '/checkout', duration_ms: 5012, status_code: 500 },
    });
    expect(r).toEqual({
      timestamp: AT,
      level: 'ERROR',
      message: 'payment failed',
      service: 'checkout',
      environment: 'production',
      host: 'checkout-7f9',
      version: '4.212.0',
      correlationId: 'c-1',
      traceId: 't-1',
      spanId: 's-1',
      userId: 'u-42',
      error: { type: 'PoolTimeoutError', message: 'timed out after 5000 ms', stackTrace: 'at x (/app/a.js:1:1)', fingerprint: 'fp-1' },
      request: { method: 'POST', path: '/checkout', durationMs: 5012, statusCode: 500 },
    });
  });

  it('reads pino (numeric level, msg, epoch ms, err)', () => {
    const r = normaliseLogRecord({
      level: 50,
      time: AT,
      pid: 1,
      hostname: 'h1',
      name: 'checkout',
      msg: 'boom',
      reqId: 'r-9',
      err: { type: 'TypeError', message: 'x is undefined', stack: 'TypeError: x\n    at f (/app/f.js:1:1)' },
    });
    expect(r).toMatchObject({ timestamp: AT, level: 'ERROR', message: 'boom', host: 'h1', service: 'checkout', correlationId: 'r-9' });
    expect(r?.error).toMatchObject({ type: 'TypeError', message: 'x is undefined' });
  });

  it('reads bunyan (ISO time, numeric level 60)', () => {
    expect(normaliseLogRecord({ v: 0, level: 60, name: 'ledger', hostname: 'l1', time: ISO, msg: 'disk full' })).toMatchObject({
      level: 'FATAL',
      timestamp: AT,
      service: 'ledger',
    });
  });

  it('reads Elastic Common Schema, dotted and nested', () => {
    const dotted = normaliseLogRecord({
      '@timestamp': ISO,
      'log.level': 'error',
      'service.name': 'search',
      'service.version': '3.88.1',
      message: 'query failed',
      'error.type': 'OutOfMemoryError',
      'error.message': 'Java heap space',
      'error.stack_trace': 'java.lang.OutOfMemoryError',
      'user.id': 'u-1',
      'trace.id': 'abc',
      'http.response.status_code': 503,
      'event.duration': 2_500_000,
    });
    expect(dotted).toMatchObject({
      level: 'ERROR',
      service: 'search',
      version: '3.88.1',
      userId: 'u-1',
      traceId: 'abc',
      error: { type: 'OutOfMemoryError' },
    });
    expect(dotted?.request).toEqual({ method: null, path: null, statusCode: 503, durationMs: 2.5 });
    const nested = normaliseLogRecord({ '@timestamp': ISO, log: { level: 'warn' }, service: { name: 'search' }, message: 'slow' });
    expect(nested).toMatchObject({ level: 'WARN', service: 'search', error: null });
  });

  it('reads OpenTelemetry log records (nanoseconds, severity, body, attribute lists)', () => {
    const r = normaliseLogRecord({
      timeUnixNano: `${AT}000000`,
      severityNumber: 17,
      body: { stringValue: 'authorise failed' },
      traceId: '5b8efff798038103d269b633813fc60c',
      attributes: [
        { key: 'exception.type', value: { stringValue: 'UpstreamTimeoutError' } },
        { key: 'exception.message', value: { stringValue: 'no answer within 5000 ms' } },
        { key: 'enduser.id', value: { stringValue: 'u-7' } },
      ],
      resource: {
        attributes: [
          { key: 'service.name', value: { stringValue: 'payments-api' } },
          { key: 'service.version', value: { stringValue: '5.1.0' } },
        ],
      },
    });
    expect(r).toMatchObject({
      timestamp: AT,
      level: 'ERROR',
      message: 'authorise failed',
      service: 'payments-api',
      version: '5.1.0',
      userId: 'u-7',
      traceId: '5b8efff798038103d269b633813fc60c',
      error: { type: 'UpstreamTimeoutError', message: 'no answer within 5000 ms' },
    });
  });

  it('refuses what is not a record: no time or no message', () => {
    expect(normaliseLogRecord('plain text')).toBeNull();
    expect(normaliseLogRecord([1, 2])).toBeNull();
    expect(normaliseLogRecord({ message: 'no time' })).toBeNull();
    expect(normaliseLogRecord({ timestamp: 'yesterday-ish', message: 'bad time' })).toBeNull();
    expect(normaliseLogRecord({ timestamp: ISO })).toBeNull();
  });

  it('maps level words and numbers', () => {
    expect(parseLevel('warning')).toBe('WARN');
    expect(parseLevel('crit')).toBe('FATAL');
    expect(parseLevel(30)).toBe('INFO');
    expect(parseLevel(undefined, 9)).toBe('INFO');
    expect(parseLevel(undefined, 21)).toBe('FATAL');
    expect(parseLevel('nonsense')).toBe('INFO');
  });

  it('an error record carries an error or is ERROR/FATAL', () => {
    expect(isErrorRecord(normaliseLogRecord({ timestamp: ISO, level: 'info', message: 'ok' })!)).toBe(false);
    expect(isErrorRecord(normaliseLogRecord({ timestamp: ISO, level: 'fatal', message: 'down' })!)).toBe(true);
    expect(isErrorRecord(normaliseLogRecord({ timestamp: ISO, level: 'warn', message: 'x', error: { type: 'E' } })!)).toBe(true);
  });
});
