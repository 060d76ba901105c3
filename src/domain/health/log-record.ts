// DOMAIN.md §9 structured log records, read from the shapes services actually emit: the
// project's own fields (snake_case, ISO timestamps), pino/bunyan (numeric level, msg, time),
// Elastic Common Schema (@timestamp, log.level, service.name, error.type — dotted or nested)
// and OpenTelemetry log records (timeUnixNano, severityText, body, attributes). Anything that
// is not a record with a time and a message is refused (null), never guessed.
export const LOG_LEVELS = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogError {
  type: string;
  message: string;
  stackTrace: string | null;
  fingerprint: string | null;
}

export interface LogRecord {
  timestamp: number;
  level: LogLevel;
  message: string;
  service: string | null;
  environment: string | null;
  host: string | null;
  version: string | null;
  correlationId: string | null;
  traceId: string | null;
  spanId: string | null;
  userId: string | null;
  error: LogError | null;
  request: { method: string | null; path: string | null; durationMs: number | null; statusCode: number | null } | null;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** OTel attributes come as [{ key, value: { stringValue | intValue | … } }]; flatten them. */
function otelAttributes(list: unknown): Obj {
  if (isObj(list)) return list;
  if (!Array.isArray(list)) return {};
  const out: Obj = {};
  for (const item of list) {
    if (!isObj(item) || typeof item.key !== 'string') continue;
    out[item.key] = otelValue(item.value);
  }
  return out;
}

function otelValue(v: unknown): unknown {
  if (!isObj(v)) return v;
  for (const key of ['stringValue', 'intValue', 'doubleValue', 'boolValue']) if (key in v) return v[key];
  return undefined;
}

/** `a.b.c` as a flat dotted key or as nested objects. */
function at(src: Obj, path: string): unknown {
  if (path in src) return src[path];
  let cur: unknown = src;
  for (const part of path.split('.')) cur = isObj(cur) ? cur[part] : undefined;
  return cur;
}

/** The first value at any of the paths, in any source, that `convert` accepts (`service` may be an object). */
function first<T>(sources: Obj[], convert: (v: unknown) => T | null, ...paths: string[]): T | null {
  for (const path of paths) {
    for (const src of sources) {
      const value = convert(at(src, path));
      if (value !== null) return value;
    }
  }
  return null;
}

const any = (v: unknown) => (v === undefined || v === null ? null : v);

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : null);
const num = (v: unknown): number | null => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
};

function parseTime(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v < 1e11 ? v * 1000 : v; // seconds or ms
  if (typeof v === 'string') {
    if (/^\d{16,}$/.test(v)) return Math.floor(Number(v.slice(0, -6))); // ns since epoch (OTel)
    const t = Date.parse(v);
    return Number.isNaN(t) ? null : t;
  }
  return null;
}

/** pino/bunyan numeric levels, OTel severity numbers (1–24) and the usual words. */
export function parseLevel(v: unknown, otelNumber?: unknown): LogLevel {
  if (typeof v === 'number') {
    if (v >= 60) return 'FATAL';
    if (v >= 50) return 'ERROR';
    if (v >= 40) return 'WARN';
    if (v >= 30) return 'INFO';
    if (v >= 20) return 'DEBUG';
    return 'TRACE';
  }
  if (typeof v === 'string') {
    const word = v.trim().toUpperCase();
    if (word === 'WARNING') return 'WARN';
    if (word === 'CRITICAL' || word === 'CRIT' || word === 'EMERGENCY' || word === 'ALERT' || word === 'PANIC') return 'FATAL';
    if (word === 'ERR') return 'ERROR';
    const known = LOG_LEVELS.find((l) => word.startsWith(l));
    if (known) return known;
  }
  if (typeof otelNumber === 'number') {
    if (otelNumber >= 21) return 'FATAL';
    if (otelNumber >= 17) return 'ERROR';
    if (otelNumber >= 13) return 'WARN';
    if (otelNumber >= 9) return 'INFO';
    if (otelNumber >= 5) return 'DEBUG';
    return 'TRACE';
  }
  return 'INFO';
}

export function normaliseLogRecord(raw: unknown): LogRecord | null {
  if (!isObj(raw)) return null;
  const attrs = otelAttributes(raw.attributes);
  const resource = isObj(raw.resource) ? otelAttributes(raw.resource.attributes) : {};
  const src = [raw, attrs, resource];
  const timestamp = first(src, parseTime, 'timestamp', '@timestamp', 'time', 'timeUnixNano', 'observedTimeUnixNano', 'ts');
  const body = isObj(raw.body) ? otelValue(raw.body) : raw.body;
  const message = first(src, str, 'message', 'msg') ?? str(body);
  if (timestamp === null || message === null) return null;

  const errType = first(src, str, 'error.type', 'err.type', 'exception.type', 'error.kind', 'err.name');
  const errMessage = first(src, str, 'error.message', 'err.message', 'exception.message');
  const stack = first(src, str, 'error.stack_trace', 'error.stack', 'err.stack', 'exception.stacktrace');
  const fingerprint = first(src, str, 'error.fingerprint', 'err.fingerprint');
  const error =
    errType || errMessage || stack || fingerprint
      ? { type: errType ?? 'Error', message: errMessage ?? message, stackTrace: stack, fingerprint }
      : null;

  const method = first(src, str, 'request.method', 'http.request.method', 'http.method', 'req.method');
  const path = first(src, str, 'request.path', 'url.path', 'http.target', 'http.route', 'req.url');
  const statusCode = first(src, num, 'request.status_code', 'http.response.status_code', 'http.status_code', 'res.statusCode');
  const durationNs = first(src, num, 'event.duration');
  const durationMs = first(src, num, 'request.duration_ms', 'duration_ms', 'responseTime') ?? (durationNs !== null ? durationNs / 1e6 : null);

  return {
    timestamp,
    level: parseLevel(first(src, any, 'level', 'log.level', 'severityText', 'severity'), raw.severityNumber),
    message,
    service: first(src, str, 'service', 'service.name', 'name'),
    environment: first(src, str, 'environment', 'service.environment', 'deployment.environment', 'env'),
    host: first(src, str, 'host', 'host.name', 'hostname'),
    version: first(src, str, 'version', 'service.version'),
    correlationId: first(src, str, 'correlation_id', 'requestId', 'request_id', 'reqId', 'http.request.id'),
    traceId: first(src, str, 'trace_id', 'traceId', 'trace.id'),
    spanId: first(src, str, 'span_id', 'spanId', 'span.id'),
    userId: first(src, str, 'user.id', 'userId', 'user_id', 'enduser.id'),
    error,
    request: method || path || statusCode !== null || durationMs !== null ? { method, path, durationMs, statusCode } : null,
  };
}

/** An error record: it carries an error, or says ERROR/FATAL. */
export const isErrorRecord = (r: LogRecord) => r.error !== null || r.level === 'ERROR' || r.level === 'FATAL';
