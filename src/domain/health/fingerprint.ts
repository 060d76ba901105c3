// DOMAIN.md §9 error grouping key: the error's own `fingerprint` when it has one, else a hash
// of its type, its message with the variable parts taken out, and the first stack frame that is
// the application's own code (line numbers left out: they move with unrelated edits).
import { hash32, seedFromString } from '../random/seeded';

/** Replaces the parts of a message that differ between occurrences of the same error. */
export function normaliseMessage(message: string): string {
  return message
    .replace(/\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?/g, '<date>')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>')
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '<email>')
    .replace(/\b\d{1,3}(\.\d{1,3}){3}(:\d+)?\b/g, '<ip>')
    .replace(/\b0x[0-9a-f]+\b/gi, '<hex>')
    .replace(/\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{12,}\b/gi, '<hex>')
    .replace(/(?<![\w<])[-+]?\d+(\.\d+)?(?![\w>])/g, '<n>')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 500);
}

export interface StackFrame {
  function: string;
  file: string;
}

/** Frames of libraries and runtimes: not where the application went wrong. */
const LIBRARY_FRAME =
  /node_modules|^node:|^internal\/|<anonymous>|\/usr\/lib\/|site-packages|dist-packages|^(java|javax|jdk|sun|kotlin|scala|org\.springframework|org\.apache|org\.hibernate|com\.zaxxer|io\.netty)\./;

/** The last two path segments: stable across hosts that deploy to different directories. */
const shortFile = (file: string) => file.split(/[\\/]/).filter(Boolean).slice(-2).join('/');

/** Parses one stack line of V8, Firefox/Safari, the JVM or Python; null for anything else. */
export function parseFrame(line: string): (StackFrame & { raw: string }) | null {
  const text = line.trim();
  // JVM: "at com.shop.OrderService.place(OrderService.java:88)" (no space before the parenthesis)
  let m = /^at ([\w$.<>]+)\.([\w$<>]+)\(([^)]*)\)$/.exec(text);
  if (m) return { function: m[2] as string, file: m[1] as string, raw: text };
  // V8: "at fn (file:1:2)", "at async fn (file:1:2)", "at file:1:2"
  m = /^at (?:async )?(?:(.+?) \()?(.+?):\d+(?::\d+)?\)?$/.exec(text);
  if (m) return { function: m[1] ?? '<anonymous>', file: m[2] as string, raw: text };
  // Python: 'File "/app/views.py", line 42, in place_order'
  m = /^File "(.+?)", line \d+, in (.+)$/.exec(text);
  if (m) return { function: m[2] as string, file: m[1] as string, raw: text };
  // Firefox / Safari: "fn@https://host/app.js:1:2"
  m = /^(.*?)@(.+?):\d+(?::\d+)?$/.exec(text);
  if (m) return { function: m[1] || '<anonymous>', file: m[2] as string, raw: text };
  return null;
}

/** The first frame of the application's own code, as "function (dir/file)"; null if there is none. */
export function firstApplicationFrame(stack: string | null | undefined): string | null {
  if (!stack) return null;
  for (const line of stack.split('\n')) {
    const frame = parseFrame(line);
    if (!frame || LIBRARY_FRAME.test(frame.file)) continue;
    return `${frame.function} (${shortFile(frame.file)})`;
  }
  return null;
}

/** A 16-hex-digit digest of a text: two independent 32-bit hashes, for few collisions. */
export function digest(text: string): string {
  const a = seedFromString(text);
  let b = 0;
  for (let i = 0; i < text.length; i += 2) b = hash32(b, text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16));
  b = hash32(b, text.length);
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

export interface FingerprintInput {
  type: string;
  message: string;
  stackTrace?: string | null;
  fingerprint?: string | null;
}

export function fingerprintOf(error: FingerprintInput): string {
  if (error.fingerprint && error.fingerprint.trim()) return error.fingerprint.trim();
  const frame = firstApplicationFrame(error.stackTrace) ?? '';
  return digest(`${error.type}\n${normaliseMessage(error.message)}\n${frame}`);
}
