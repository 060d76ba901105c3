// A team's on-call schedule as an iCalendar file (RFC 5545), so people see their shifts in
// their own calendar. The rules that trip exporters up: CRLF line ends, lines folded at 75
// octets (bytes, not characters, and never inside a UTF-8 sequence), TEXT values escaped
// (backslash, semicolon, comma, newline), times in UTC with a trailing Z.
import { TIER_LABEL, type Shift, type TeamSchedule } from './schedule';

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** RFC 5545 §3.3.11: escape a TEXT value. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Octets of one code point in UTF-8 (a lone surrogate is written as U+FFFD: 3 octets). */
function utf8Size(cp: number): number {
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  if (cp < 0x10000) return 3;
  return 4;
}

/** RFC 5545 §3.1: fold a content line into lines of at most 75 octets, continuations starting with a space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // Iterating by code point keeps every UTF-8 sequence (and surrogate pair) whole.
  for (const char of line) {
    const size = utf8Size(char.codePointAt(0) ?? 0);
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** 20261123T090000Z */
export function icsUtc(at: number): string {
  return new Date(at)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'team';

export interface IcsOptions {
  /** DTSTAMP: when the file was made. */
  now: number;
  /** Host part of the UIDs, so events from two installations never collide. */
  uidDomain?: string;
}

/** The schedule's shifts as a VCALENDAR text, one VEVENT per shift. */
export function scheduleToIcs(team: TeamSchedule, shifts: readonly Shift[], options: IcsOptions): string {
  const domain = options.uidDomain ?? 'watchfloor.local';
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Watchfloor//On-call schedule//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`${team.name} on call`)}`,
  ];
  for (const shift of shifts) {
    const role = TIER_LABEL[shift.tier];
    const description = [
      `${role} on call for ${team.name}.`,
      shift.override ? `Override${shift.note ? `: ${shift.note}` : ''}.` : 'Regular rotation shift.',
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      // Stable per shift: re-importing an updated file updates events instead of duplicating them.
      `UID:${slug(team.id)}-${shift.tier}-${icsUtc(shift.startAt)}${shift.override ? '-override' : ''}@${domain}`,
      `DTSTAMP:${icsUtc(options.now)}`,
      `DTSTART:${icsUtc(shift.startAt)}`,
      `DTEND:${icsUtc(shift.endAt)}`,
      `SUMMARY:${escapeText(`${role} on call: ${shift.person} (${team.name})`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${escapeText('On call')},${escapeText(role)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

export function icsFileName(team: TeamSchedule): string {
  return `${slug(team.name)}-on-call.ics`;
}
