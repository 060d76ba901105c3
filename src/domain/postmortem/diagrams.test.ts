import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TIMELINE_INIT, timelineDiagram, whysDiagram } from './diagrams';
import type { TimelineRow } from './model';

const HOSTILE = ['<img src=x onerror=alert(1)>', '"]; click A callback', 'a\nB --> C', '%%{init: {"securityLevel":"loose"}}%%', 'x : y ; z #1;'];
const row = (id: string, at: number, text: string, removed = false): TimelineRow => ({
  id,
  at,
  text,
  author: 'Ana',
  kind: 'note',
  eventId: null,
  edited: true,
  removed,
});
const at = Date.UTC(2026, 10, 23, 9, 5);

/** Everything a user wrote must sit in a label with no syntax of its own. */
function assertInert(source: string) {
  // The only directive is the app's own first line.
  source = source.replace(TIMELINE_INIT, '');
  expect(source).not.toContain('<');
  expect(source).not.toContain('onerror=');
  expect(source).not.toContain('"];');
  expect(source).not.toContain('%%');
  expect(source).not.toMatch(/\nB -->/);
}

describe('timeline diagram', () => {
  it('draws one entry per visible row, top to bottom, with its UTC date and time', () => {
    const src = timelineDiagram(
      [row('a', at, 'Declared'), row('b', at + 86_400_000, 'Closed'), row('c', at, 'gone', true)],
      'Timeline of INC-0000000A',
    )!;
    expect(src.split('\n')).toEqual([
      TIMELINE_INIT,
      'timeline TD',
      '  title Timeline of INC-0000000A #40;UTC#41;',
      '  11-23 09#58;05 : Declared',
      '  11-24 09#58;05 : Closed',
    ]);
  });

  it('is null when there is nothing to draw, and says how many rows it left out', () => {
    expect(timelineDiagram([], 'x')).toBeNull();
    const many = Array.from({ length: 45 }, (_, i) => row(`r${i}`, at + i, `row ${i}`));
    expect(timelineDiagram(many, 'x', 40)).toContain(': 5 more rows');
  });

  it('keeps hostile text inert', () => {
    const src = timelineDiagram(
      HOSTILE.map((t, i) => row(`h${i}`, at + i, t)),
      HOSTILE[1]!,
    )!;
    assertInert(src);
    expect(src.split('\n').filter((l) => / : /.test(l))).toHaveLength(HOSTILE.length);
  });

  it('property: each row is exactly one line with exactly one separator', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
          { minLength: 1, maxLength: 10 },
        ),
        (texts) => {
          const src = timelineDiagram(
            texts.map((t, i) => row(`p${i}`, at, t)),
            'T',
          )!;
          const entries = src.split('\n').slice(3);
          expect(entries).toHaveLength(texts.length);
          for (const line of entries) expect(line.split(':')).toHaveLength(2);
        },
      ),
    );
  });
});

describe('5-whys diagram', () => {
  it('chains problem → why → because and marks the last answer as the root cause', () => {
    const src = whysDiagram(
      [
        { id: '1', why: 'Why 5xx?', because: 'Pool exhausted' },
        { id: '2', why: 'Why exhausted?', because: 'One transaction per line item' },
      ],
      'Checkout down',
    )!;
    expect(src).toContain('P["Problem#58; Checkout down"]');
    expect(src).toContain('W1 -->|because| B1["Pool exhausted"]');
    expect(src).toContain('B1 --> W2["Why 2#58; Why exhausted?"]'.replace('?', '#63;'));
    expect(src).toContain('B2["Root cause#58; One transaction per line item"]');
    expect(src).toContain('class B2 root');
  });

  it('is null for an empty chain; an unanswered why ends the chain', () => {
    expect(whysDiagram([{ id: '1', why: '', because: '' }], 'x')).toBeNull();
    expect(whysDiagram([{ id: '1', why: 'Why?', because: '' }], 'x')).not.toContain('root');
  });

  it('property: user text never leaves its quoted label', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ why: fc.string(), because: fc.string() }), { minLength: 1, maxLength: 6 }), fc.string(), (steps, problem) => {
        const src = whysDiagram(
          steps.map((s, i) => ({ id: String(i), ...s })),
          problem,
        );
        if (!src) return;
        for (const label of src.match(/"[^"]*"/g) ?? []) expect(label.replace(/#\d+;/g, '')).not.toMatch(/[[\]{}();<>\n|`#]/);
        expect(src.split('\n').every((l) => /^(flowchart TD| {2}[PWB]\d*(\[| -->)| {2}class B\d+ root| {2}classDef root)/.test(l))).toBe(true);
      }),
    );
  });

  it('keeps hostile text inert', () => {
    assertInert(
      whysDiagram(
        HOSTILE.map((t, i) => ({ id: String(i), why: t, because: t })),
        HOSTILE[0]!,
      )!,
    );
  });
});
