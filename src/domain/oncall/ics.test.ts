import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY, MONDAY, WEEK, override, team } from '@/testing/on-call';
import { escapeText, foldLine, icsFileName, icsUtc, scheduleToIcs } from './ics';
import { effectiveShifts } from './schedule';

const octets = (s: string) => new TextEncoder().encode(s).length;
/** RFC 5545 unfolding: a CRLF followed by one space or tab is removed. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('iCalendar text values', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('formats times in UTC with a Z', () => {
    expect(icsUtc(Date.UTC(2026, 10, 23, 9, 5, 7, 900))).toBe('20261123T090507Z');
  });
});

describe('line folding', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
  });

  it('folds at 75 octets with CRLF and a leading space', () => {
    const folded = foldLine('X'.repeat(160));
    const lines = folded.split('\r\n');
    expect(lines.map(octets)).toEqual([75, 75, 12]); // 75 + 74 + 11 characters, each continuation with its space
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
  });

  it('counts octets, not characters, and never splits a UTF-8 sequence', () => {
    const line = `SUMMARY:${'é'.repeat(50)}😀${'ü'.repeat(30)}`;
    const folded = foldLine(line);
    for (const l of folded.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(folded).not.toContain('\uFFFD');
    expect(unfold(folded)).toBe(line);
  });

  it('any text folds into lines of at most 75 octets and unfolds to itself (property)', () => {
    // Characters of 1, 2, 3 and 4 octets, a lone surrogate, and every character that is escaped.
    const unit = fc.constantFrom('a', 'Z', ' ', 'é', 'ß', '€', '中', '😀', '\uD800', ',', ';', '\\', '\n', '\r\n', ':');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), (text) => {
        const line = `DESCRIPTION:${escapeText(text)}`;
        const folded = foldLine(line);
        for (const l of folded.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
        expect(unfold(folded)).toBe(line);
      }),
    );
  });
});

describe('schedule export', () => {
  const t = team({ name: 'Store, front; "EU"' });
  const cover = override({ person: 'Lea Martin', startAt: MONDAY + DAY, endAt: MONDAY + 2 * DAY, note: 'Swap, agreed; see chat\nthanks' });
  const shifts = [
    ...effectiveShifts(t, [cover], 'primary', MONDAY, MONDAY + 2 * WEEK),
    ...effectiveShifts(t, [], 'secondary', MONDAY, MONDAY + WEEK),
  ];
  const ics = scheduleToIcs(t, shifts, { now: MONDAY });

  it('is a VCALENDAR with CRLF line ends only and a final CRLF', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has one event per shift, in UTC, with escaped text', () => {
    const events = unfold(ics).split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(shifts.length);
    expect(events[0]).toContain('DTSTART:20261123T090000Z\r\nDTEND:20261124T090000Z');
    expect(events[0]).toContain('SUMMARY:Primary on call: Sam Okafor (Store\\, front\\; "EU")');
    const overrideEvent = events.find((e) => e.includes('Lea Martin'))!;
    expect(overrideEvent).toContain('DESCRIPTION:Primary on call for Store\\, front\\; "EU".\\nOverride: Swap\\, agreed\\; see chat\\nthanks.');
    expect(overrideEvent).toContain('DTSTART:20261124T090000Z');
    expect(overrideEvent).toMatch(/UID:team-storefront-primary-20261124T090000Z-override@watchfloor\.local/);
  });

  it('keeps every line within 75 octets', () => {
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(ics).toContain('\r\n '); // the long DESCRIPTION was folded
  });

  it('gives every event a unique, stable UID', () => {
    const uids = unfold(ics).match(/^UID:.*$/gm)!;
    expect(new Set(uids).size).toBe(uids.length);
    expect(scheduleToIcs(t, shifts, { now: MONDAY + DAY }).match(/^UID:.*$/gm)).toEqual(ics.match(/^UID:.*$/gm));
  });

  it('names the file after the team', () => {
    expect(icsFileName(t)).toBe('store-front-eu-on-call.ics');
  });
});
