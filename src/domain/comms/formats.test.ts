import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDraft, mailtoUrl, parseDraft, toMarkdown, toPlainText, toSlack } from './formats';

const DRAFT = [
  '# Update on INC-1',
  '**Status:** Identified → Fixing',
  '',
  '**Actions**',
  '- Rolled back <b>checkout</b>',
  '- Scaled up & watched',
  '',
  'Next update 10:30 UTC',
].join('\n');

describe('output formats', () => {
  it('plain text drops the markup', () => {
    expect(toPlainText(DRAFT)).toBe(
      [
        'Update on INC-1',
        'Status: Identified → Fixing',
        '',
        'Actions',
        '- Rolled back <b>checkout</b>',
        '- Scaled up & watched',
        '',
        'Next update 10:30 UTC',
      ].join('\n'),
    );
    expect(toPlainText('5 \\* 3')).toBe('5 * 3');
  });

  it('Markdown keeps the markup and escapes HTML', () => {
    expect(toMarkdown(DRAFT)).toContain('- Rolled back &lt;b>checkout&lt;/b>');
    expect(toMarkdown(DRAFT)).toContain('**Status:** Identified → Fixing');
  });

  it('Slack mrkdwn: single-star bold, bullets, and its control characters escaped', () => {
    expect(toSlack(DRAFT)).toBe(
      [
        '*Update on INC-1*',
        '*Status:* Identified → Fixing',
        '',
        '*Actions*',
        '• Rolled back &lt;b&gt;checkout&lt;/b&gt;',
        '• Scaled up &amp; watched',
        '',
        'Next update 10:30 UTC',
      ].join('\n'),
    );
    expect(toSlack('<!channel> <@U123> <https://x|click>')).toBe('&lt;!channel&gt; &lt;@U123&gt; &lt;https://x|click&gt;');
  });

  it('property: no Slack control sequence and no HTML tag can come out of any draft', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (draft) => {
        expect(toSlack(draft)).not.toMatch(/[<>]/);
        expect(toMarkdown(draft)).not.toContain('<');
      }),
    );
  });

  it('formatDraft picks the format', () => {
    expect(formatDraft('**a**', 'plain')).toBe('a');
    expect(formatDraft('**a**', 'markdown')).toBe('**a**');
    expect(formatDraft('**a**', 'slack')).toBe('*a*');
  });
});

describe('mailto links', () => {
  it('carry the subject and the plain-text body with CRLF line breaks', () => {
    const url = mailtoUrl('[P1] INC-1 update', '**Status:** Fixing\nNext: 10:30 & later');
    expect(url).toBe('mailto:?subject=%5BP1%5D%20INC-1%20update&body=Status%3A%20Fixing%0D%0ANext%3A%2010%3A30%20%26%20later');
  });

  it('cannot be used to add headers or recipients', () => {
    const url = mailtoUrl('Hi\r\nBcc: evil@example.com', 'x&cc=evil@example.com', ['ops@example.com']);
    const params = new URL(url).searchParams;
    expect([...params.keys()]).toEqual(['subject', 'body']);
    expect(params.get('subject')).toBe('Hi Bcc: evil@example.com');
    expect(params.get('body')).toBe('x&cc=evil@example.com');
    expect(url.startsWith('mailto:ops%40example.com?')).toBe(true);
  });

  it('property: subject and body survive the round trip', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 200 }), (subject, body) => {
        const params = new URL(mailtoUrl(subject, body)).searchParams;
        expect(params.get('subject')).toBe(subject.replace(/[\r\n]+/g, ' '));
        expect(params.get('body')).toBe(toPlainText(body).replace(/\r\n?|\n/g, '\r\n'));
      }),
    );
  });
});

describe('parseDraft (the preview)', () => {
  it('headings, paragraphs with their line breaks, bullet lists and bold spans', () => {
    expect(parseDraft('# Title\nLine one\n**Bold** two\n\n- a\n- **b**\nAfter')).toEqual([
      { type: 'heading', inlines: [{ text: 'Title', strong: false }] },
      {
        type: 'paragraph',
        lines: [
          [{ text: 'Line one', strong: false }],
          [
            { text: 'Bold', strong: true },
            { text: ' two', strong: false },
          ],
        ],
      },
      { type: 'list', items: [[{ text: 'a', strong: false }], [{ text: 'b', strong: true }]] },
      { type: 'paragraph', lines: [[{ text: 'After', strong: false }]] },
    ]);
  });

  it('shows text without markup exactly, line by line, as text (never as HTML)', () => {
    const line = fc.string({ maxLength: 40 }).map((l) => l.replace(/[*#\-•\\\r\n\u2028\u2029]/g, ''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const shown = parseDraft(lines.join('\n')).flatMap((b) => (b.type === 'paragraph' ? b.lines.map((l) => l.map((i) => i.text).join('')) : []));
        expect(shown).toEqual(lines.map((l) => l.trimEnd()).filter((l) => l.trim() !== ''));
      }),
    );
  });
});
