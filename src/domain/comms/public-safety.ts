// DOMAIN.md §6: what may reach a public status page. Status and impact are mapped to the words
// status pages use; internal service names become the catalogue's public names; internal detail
// (stack traces, links, e-mail addresses, chat handles, IP addresses, host names, file paths,
// identifiers, people) is removed. Removed text becomes a visible "[removed]" so the author sees
// where the message needs rewording, and every removal is listed for the editor.
import type { IncidentEvent } from '../incident/events';
import type { Incident } from '../incident/incident';
import type { Status } from '../incident/lifecycle';
import type { Severity } from '../severity/levels';

export type PublicStatus = 'investigating' | 'identified' | 'monitoring' | 'resolved';
export type PublicImpact = 'critical' | 'major' | 'minor' | 'none';

/** Monitoring and closed come after resolution in our lifecycle, so the public sees "resolved". */
export const PUBLIC_STATUS: Record<Status, PublicStatus> = {
  detected: 'investigating',
  investigating: 'investigating',
  identified: 'identified',
  fixing: 'monitoring',
  resolved: 'resolved',
  monitoring: 'resolved',
  closed: 'resolved',
};

export const PUBLIC_IMPACT: Record<Severity, PublicImpact> = { P0: 'critical', P1: 'major', P2: 'minor', P3: 'none' };

export const REMOVED = '[removed]';

export type RemovalKind =
  | 'stack trace'
  | 'link'
  | 'e-mail address'
  | 'chat handle'
  | 'IP address'
  | 'host name'
  | 'file path'
  | 'identifier'
  | 'error name'
  | 'person'
  | 'service name';

export interface Removal {
  kind: RemovalKind;
  /** What was in the text. */
  text: string;
  /** What replaced it: "[removed]", or the public name for a service. */
  replacement: string;
}

export interface PublicSafetyInput {
  services: readonly { id: string; name: string; publicName: string }[];
  people: readonly string[];
}

export interface SanitizedText {
  text: string;
  removals: Removal[];
}

// Lines of a stack trace or an exception header, in the common runtimes' shapes.
const STACK_LINES: RegExp[] = [
  /^[ \t]+at \S.*$/, // indented JS / Java / .NET frame
  /^at \S.*(\.[A-Za-z]\w*:\d+|Native Method|Unknown Source|<anonymous>).*$/, // unindented frame with a file:line
  /^\s*Traceback \(most recent call last\):?\s*$/,
  /^\s*File ".*", line \d+.*$/,
  /^\s*(Caused by|Exception in thread)\b.*$/,
  /^\s*\.\.\. \d+ more\s*$/,
  /^\s*goroutine \d+ \[.*$/,
  /^\s*panic: .*$/,
  /^\s*\S+\.(go|py|java|js|ts|rb|cs|kt|scala|rs):\d+.*$/,
  /^\s*([\w$]+\.)+[\w$]*(Exception|Error)(:.*)?$/, // java.lang.IllegalStateException: …
  /^\s*[A-Z][A-Za-z0-9]*(Exception|Error): .*$/, // TypeError: x is undefined
];

const SHIELD_CHARS = /[\uE000\uE001]/g;
// Each pattern starts with a look-behind for its own first characters, so a long run of them is
// tried once, not from every position (which is quadratic on adversarial input).
const URL = /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/[^\s<>"'`]+|\bwww\.[^\s<>"'`]+/gi;
/** Schemes that run code or embed content, even without `//`. */
const SCRIPT_URL = /\b(?:javascript|vbscript|data|file):[^\s<>"'`]*/gi;
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const HANDLE = /(?<![\w@])@[A-Za-z0-9][A-Za-z0-9._-]+/g;
const IPV4 = /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\/\d{1,2})?(?::\d{1,5})?(?!\w|\.\d)/g;
const IPV6_CANDIDATE = /(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:%\w+)?(?![\w:])/g;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
/** Commit hashes, trace and request ids: 7+ lower-case hex characters with both a digit and a letter. */
const HEX_ID = /(?<![\w-])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,64}(?![\w-])/g;
const INCIDENT_ID = /\bINC-[0-9A-F]{8}\b/g;
const FQDN = /(?<![\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}(?::\d{1,5})?(?![\w-]|\.\w)/gi;
/** Names of machines, pods and nodes: lower-case words joined by hyphens, one with a digit (db-prod-3, web-07, checkout-7d9f8-x2k9p). */
const HOST_LABEL = /(?<![\w.-])[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![\w-])/g;
const LOCALHOST = /\blocalhost(?::\d{1,5})?\b/gi;
const FILE_PATH = /(?<![\w.~/-])(?:~|[A-Za-z]:)?(?:[\\/][\w.-]+){2,}[\\/]?/g;
const ERROR_NAME = /\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*(?:Error|Exception)\b/g;

/** Top-level names that only exist inside a network, and cloud-internal ones. */
const INTERNAL_TLDS = new Set([
  'internal',
  'local',
  'localdomain',
  'lan',
  'corp',
  'intra',
  'intranet',
  'private',
  'home',
  'arpa',
  'svc',
  'cluster',
  'default',
  'prod',
  'staging',
  'stage',
  'dev',
  'test',
]);
/** Hyphenated words with digits that are ordinary words, not machines. */
const NOT_HOSTS = new Set(['utf-8', 'utf-16', 'utf-32', 'sha-1', 'sha-256', 'sha-512', 'covid-19', 'x86-64', 'iso-8601', 'mp3-player']);

function looksLikeIpv6(candidate: string): boolean {
  const bare = candidate.replace(/%\w+$/, '');
  const colons = (bare.match(/:/g) ?? []).length;
  if (bare.includes('::')) return /[0-9a-f]/i.test(bare);
  if (colons >= 3) return true;
  // Two colons: only if it cannot be a clock time or a ratio (14:05:33, 1:2:3).
  return bare.split(':').some((g) => g.length >= 3 || /[a-f]/i.test(g));
}

function looksLikeHost(candidate: string): boolean {
  const host = candidate.replace(/:\d+$/, '');
  const labels = host.toLowerCase().split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (INTERNAL_TLDS.has(tld)) return true;
  if (candidate !== host) return true; // a port
  return labels.length >= 3;
}

/** Sentence punctuation after a link or a path belongs to the sentence. */
const keepTrailingPunctuation = (replace: (match: string) => string) => (m: string) => {
  const [, core = m, tail = ''] = /^(.*?)([.,;:!?)\]]*)$/s.exec(m) ?? [];
  return core ? replace(core) + tail : m;
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex matching any of the phrases as whole words (longest first, so "Payments API" wins over "Payments"). */
function phrases(list: readonly string[], flags: string): RegExp | null {
  const unique = [...new Set(list.map((s) => s.trim()).filter((s) => s.length >= 2))].sort((a, b) => b.length - a.length);
  if (!unique.length) return null;
  return new RegExp(`(?<![\\w-])(?:${unique.map(escapeRegExp).join('|')})(?![\\w-])`, flags);
}

/** Everyone the incident names: role holders, who acknowledged, and the author of every event. */
export function peopleOf(incident: Incident | null, events: readonly IncidentEvent[]): string[] {
  const people = new Set<string>();
  const add = (name: string | null | undefined) => {
    const trimmed = name?.trim();
    if (trimmed) people.add(trimmed);
  };
  if (incident) {
    Object.values(incident.roles).forEach(add);
    add(incident.declaredBy);
    add(incident.acknowledgedBy);
  }
  for (const e of events) {
    add(e.author);
    if (e.kind === 'acknowledged') add(e.payload.by);
    if (e.kind === 'role_assigned') add(e.payload.person);
    if (e.kind === 'declared') {
      add(e.payload.commander);
      add(e.payload.commsLead);
    }
    if (e.kind === 'status_changed') add(e.payload.fields.responder);
  }
  return [...people];
}

/**
 * Makes text safe for a public status page. Idempotent: sanitising a sanitised text changes
 * nothing. Order matters: whole stack-trace lines first; then links, addresses and dotted host
 * names (which may contain a service's id); then service names, which become their public names
 * and are shielded from the later rules (a public name like "web-2" must survive); then host-like
 * words, paths, identifiers, error names, and people last.
 */
export function sanitizePublicText(text: string, input: PublicSafetyInput): SanitizedText {
  const removals: Removal[] = [];
  const remove =
    (kind: RemovalKind, keep?: (match: string) => boolean) =>
    (match: string): string => {
      if (keep?.(match)) return match;
      removals.push({ kind, text: match, replacement: REMOVED });
      return REMOVED;
    };

  let out = text
    .replace(SHIELD_CHARS, '')
    .split('\n')
    .filter((line) => {
      if (!STACK_LINES.some((re) => re.test(line))) return true;
      removals.push({ kind: 'stack trace', text: line.trim(), replacement: '' });
      return false;
    })
    .join('\n');

  out = out.replace(URL, keepTrailingPunctuation(remove('link')));
  out = out.replace(SCRIPT_URL, remove('link'));
  out = out.replace(EMAIL, remove('e-mail address'));
  out = out.replace(HANDLE, remove('chat handle'));
  out = out.replace(
    IPV6_CANDIDATE,
    remove('IP address', (m) => !looksLikeIpv6(m)),
  );
  out = out.replace(IPV4, remove('IP address'));
  out = out.replace(UUID, remove('identifier'));
  out = out.replace(INCIDENT_ID, remove('identifier'));
  out = out.replace(HEX_ID, remove('identifier'));
  out = out.replace(
    FQDN,
    remove('host name', (m) => !looksLikeHost(m)),
  );
  out = out.replace(LOCALHOST, remove('host name'));

  const shielded: string[] = [];
  const shield = (publicName: string) => {
    shielded.push(publicName);
    return `\uE000${shielded.length - 1}\uE001`;
  };
  const publicByInternal = new Map<string, string>();
  const publicNames = new Set<string>();
  for (const s of input.services) {
    const publicName = s.publicName.trim();
    if (!publicName) continue;
    publicNames.add(publicName);
    for (const internal of [s.id, s.name]) {
      const key = internal.trim().toLowerCase();
      if (key && key !== publicName.toLowerCase() && !publicByInternal.has(key)) publicByInternal.set(key, publicName);
    }
  }
  const internalNames = phrases([...publicByInternal.keys()], 'gi');
  if (internalNames) {
    out = out.replace(internalNames, (m) => {
      const publicName = publicByInternal.get(m.toLowerCase()) ?? m;
      removals.push({ kind: 'service name', text: m, replacement: publicName });
      return shield(publicName);
    });
  }
  const exactPublicNames = phrases([...publicNames], 'g');
  if (exactPublicNames) out = out.replace(exactPublicNames, shield);

  out = out.replace(
    HOST_LABEL,
    remove('host name', (m) => NOT_HOSTS.has(m) || !/\d/.test(m)),
  );
  out = out.replace(FILE_PATH, keepTrailingPunctuation(remove('file path')));
  out = out.replace(ERROR_NAME, remove('error name'));

  // Multi-word names match in any case; a single word only as written, so "Will" the person
  // does not take "will" out of every sentence. Given and family names on their own count too.
  const people = input.people.map((p) => p.trim()).filter(Boolean);
  const fullNames = phrases(
    people.filter((p) => /\s/.test(p)),
    'gi',
  );
  if (fullNames) out = out.replace(fullNames, remove('person'));
  const singleWords = [
    ...people.filter((p) => !/\s/.test(p)),
    ...people.flatMap((p) => (/\s/.test(p) ? p.split(/\s+/).filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w)) : [])),
  ];
  const words = phrases(singleWords, 'g');
  if (words) out = out.replace(words, remove('person'));

  out = out.replace(/\uE000(\d+)\uE001/g, (_m, i: string) => shielded[Number(i)] ?? '');
  return { text: tidy(out), removals };
}

/** Collapses runs of removals and the blank lines left where stack traces were. */
function tidy(text: string): string {
  const run = new RegExp(`${escapeRegExp(REMOVED)}(?:[ \\t]*[,;/]?[ \\t]*${escapeRegExp(REMOVED)})+`, 'g');
  return text.replace(run, REMOVED).replace(/\n{3,}/g, '\n\n');
}

const PLURAL: Record<RemovalKind, string> = {
  'stack trace': 'stack trace lines',
  link: 'links',
  'e-mail address': 'e-mail addresses',
  'chat handle': 'chat handles',
  'IP address': 'IP addresses',
  'host name': 'host names',
  'file path': 'file paths',
  identifier: 'identifiers',
  'error name': 'error names',
  person: 'people',
  'service name': 'service names',
};
const SINGULAR: Partial<Record<RemovalKind, string>> = { 'stack trace': 'stack trace line' };

/** "1 IP address, 2 host names, 1 person", in the order the rules found them. */
export function summarizeRemovals(removals: readonly Removal[]): string {
  const counts = new Map<RemovalKind, number>();
  for (const r of removals) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${n} ${n === 1 ? (SINGULAR[kind] ?? kind) : PLURAL[kind]}`).join(', ');
}
