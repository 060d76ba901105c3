import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeTemplate, findGaps, joinList, MAX_OUTPUT, positionOf, renderTemplate } from './template-engine';

describe('template engine: values', () => {
  it('fills text placeholders, with or without spaces inside the braces', () => {
    expect(renderTemplate('Severity {{severity}}, status {{ status }}.', { severity: 'P1 (High)', status: 'Fixing' })).toEqual({
      text: 'Severity P1 (High), status Fixing.',
      issues: [],
    });
  });

  it('joins a list inline as people write it', () => {
    expect(joinList([])).toBe('');
    expect(joinList(['Checkout'])).toBe('Checkout');
    expect(joinList(['Checkout', 'Cart'])).toBe('Checkout and Cart');
    expect(renderTemplate('Affected: {{services}}.', { services: ['Checkout', 'Cart', 'Search'] }).text).toBe('Affected: Checkout, Cart and Search.');
  });

  it('writes a flag as yes or no', () => {
    expect(renderTemplate('{{a}}/{{b}}', { a: true, b: false }).text).toBe('yes/no');
  });

  it('never evaluates what a value contains', () => {
    const context = { title: '{{commander}} {{#x}}boom{{/x}} <script>alert(1)</script>', commander: 'Ana', x: true };
    expect(renderTemplate('T: {{title}}', context).text).toBe('T: {{commander}} {{#x}}boom{{/x}} <script>alert(1)</script>');
  });

  it('only knows the context’s own names, not Object.prototype', () => {
    const result = renderTemplate('{{constructor}} {{tostring}}', {});
    expect(result.text).toBe('[unknown: constructor] [unknown: tostring]');
    expect(result.issues.map((i) => i.kind)).toEqual(['unknown', 'unknown']);
  });
});

describe('template engine: sections', () => {
  const actions = '**Actions**\n{{#actions}}\n- {{.}}\n{{/actions}}\n{{^actions}}\n- none yet\n{{/actions}}\nEnd';

  it('repeats a section per list item; lines holding only a tag disappear', () => {
    expect(renderTemplate(actions, { actions: ['Rolled back', 'Scaled up'] }).text).toBe('**Actions**\n- Rolled back\n- Scaled up\nEnd');
  });

  it('shows an inverted section only when the value is empty', () => {
    expect(renderTemplate(actions, { actions: [] })).toEqual({ text: '**Actions**\n- none yet\nEnd', issues: [] });
  });

  it('shows a section once for true or non-empty text, where {{.}} is the text', () => {
    const t = '{{#resolved}}Resolved.{{/resolved}}{{#cause}} Cause: {{.}}.{{/cause}}';
    expect(renderTemplate(t, { resolved: true, cause: 'pool' }).text).toBe('Resolved. Cause: pool.');
    expect(renderTemplate(t, { resolved: false, cause: '  ' })).toEqual({ text: '', issues: [] });
  });

  it('keeps tags that share a line with text inline', () => {
    expect(renderTemplate('Actions: {{#a}}[{{.}}] {{/a}}done', { a: ['x', 'y'] }).text).toBe('Actions: [x] [y] done');
  });

  it('leaves comments out', () => {
    expect(renderTemplate('{{! for the exec list }}\nHello {{! inline }}there', {}).text).toBe('Hello there');
  });

  it('reads outer names inside a section', () => {
    expect(renderTemplate('{{#a}}{{.}} by {{who}}; {{/a}}', { a: ['x', 'y'], who: 'Ana' }).text).toBe('x by Ana; y by Ana; ');
  });
});

describe('template engine: problems are flagged with their position, never printed as {{x}}', () => {
  it('an unknown name: a marker in the text and its line and column', () => {
    const result = renderTemplate('Hello\n  {{comander}} is in charge', { commander: 'Ana' });
    expect(result.text).toBe('Hello\n  [unknown: comander] is in charge');
    expect(result.issues).toEqual([
      { kind: 'unknown', name: 'comander', offset: 8, line: 2, column: 3, message: '{{comander}} is not a placeholder.' },
    ]);
  });

  it('an empty value: a "fill in" marker, reported once even inside a repeated section', () => {
    const result = renderTemplate('Impact: {{impact}}\n{{#a}}{{owner}}{{/a}}', { impact: ' ', a: ['1', '2', '3'], owner: '' });
    expect(result.text).toBe('Impact: [fill in: impact]\n[fill in: owner][fill in: owner][fill in: owner]');
    expect(result.issues.map((i) => [i.kind, i.name, i.line, i.column])).toEqual([
      ['empty', 'impact', 1, 9],
      ['empty', 'owner', 2, 7],
    ]);
  });

  it('an unknown name inside a section that does not render is still reported', () => {
    expect(renderTemplate('{{#a}}{{nope}}{{/a}}', { a: [] }).issues.map((i) => i.name)).toEqual(['nope']);
  });

  it.each([
    ['an unclosed {{', 'Hi {{name', 'never closed', 1, 4],
    ['a bad name', 'Hi {{Full Name}}', 'not a placeholder', 1, 4],
    ['a section never closed', 'a\n{{#actions}}\n- x', 'never closed', 2, 1],
    ['a close without an open', 'x {{/actions}}', 'not open', 1, 3],
    ['{{.}} outside a section', 'x {{.}}', 'inside a section', 1, 3],
    ['triple braces', '{{{title}}}', 'not a placeholder', 1, 1],
  ])('a syntax problem: %s', (_name, template, message, line, column) => {
    const result = renderTemplate(template, { name: 'x', actions: ['a'], title: 't' });
    expect(result.issues[0]).toMatchObject({ kind: 'syntax', line, column });
    expect(result.issues[0]!.message).toContain(message);
    expect(result.text).not.toContain('{{');
  });

  it('closes inner sections when an outer one closes, reporting the inner ones', () => {
    const result = renderTemplate('{{#a}}{{#b}}x{{/a}}', { a: true, b: true });
    expect(result.text).toBe('x');
    expect(result.issues).toMatchObject([{ kind: 'syntax', name: 'b', column: 7 }]);
  });

  it('cuts a runaway output at the limit and says so', () => {
    const result = renderTemplate('{{#a}}{{#a}}{{#a}}{{long}}{{/a}}{{/a}}{{/a}}', { a: Array.from({ length: 40 }, String), long: 'x'.repeat(100) });
    expect(result.text).toHaveLength(MAX_OUTPUT);
    expect(result.issues.map((i) => i.kind)).toContain('too-long');
  });

  it('analyzeTemplate reports syntax and unknown names without a context', () => {
    const known = new Set(['severity', 'actions']);
    expect(
      analyzeTemplate('{{severity}} {{sevrity}}\n{{#actions}}{{.}}{{/actions}} {{#x}}', known).map(
        (i) => `${i.kind}:${i.name}@${i.line}:${i.column}`,
      ),
    ).toEqual(['unknown:sevrity@1:14', 'syntax:x@2:31', 'unknown:x@2:31']);
  });

  it('findGaps finds the markers left in an edited draft', () => {
    const draft = 'Impact: [fill in: impact]\nBy [unknown: comander] [invalid placeholder]';
    expect(findGaps(draft)).toEqual([
      { kind: 'empty', name: 'impact', offset: 8, line: 1, column: 9 },
      { kind: 'unknown', name: 'comander', offset: 29, line: 2, column: 4 },
      { kind: 'syntax', name: '', offset: 49, line: 2, column: 24 },
    ]);
    expect(findGaps('All filled in [like this].')).toEqual([]);
  });

  it('positionOf counts lines and columns from 1', () => {
    expect(positionOf('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(positionOf('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
  });
});

describe('template engine: properties', () => {
  const fragment = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('{{', '}}', '{{a}}', '{{#l}}', '{{/l}}', '{{^l}}', '{{.}}', '{{!c}}', '{{b}}', '{{zz}}', '\n', '{{#a}}', '{{/a}}', '{{{', '}}}'),
  );
  const template = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(''));
  const safeValue = fc.string({ maxLength: 10 }).filter((s) => !s.includes('{{'));

  it('never throws, never prints a tag of the template, and puts every issue inside the template', () => {
    fc.assert(
      fc.property(template, safeValue, fc.array(safeValue, { maxLength: 3 }), (t, a, l) => {
        const result = renderTemplate(t, { a, b: '', l });
        expect(result.text).not.toContain('{{');
        for (const i of result.issues) {
          expect(i.offset).toBeGreaterThanOrEqual(0);
          expect(i.offset).toBeLessThanOrEqual(t.length);
          expect(positionOf(t, i.offset)).toEqual({ line: i.line, column: i.column });
        }
      }),
    );
  });

  it('a template without tags renders as itself', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('{{')),
        (s) => {
          expect(renderTemplate(s, {})).toEqual({ text: s, issues: [] });
        },
      ),
    );
  });

  it('a value is inserted exactly as given, whatever it contains', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
        (v) => {
          expect(renderTemplate('<{{v}}>', { v }).text).toBe(`<${v}>`);
        },
      ),
    );
  });
});
