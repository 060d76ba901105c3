import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mermaidLabel, mermaidText } from './mermaid-text';

describe('mermaid text', () => {
  it('keeps plain words readable', () => {
    expect(mermaidText('Pool size too small, v4.2')).toBe('Pool size too small, v4.2');
  });

  it('turns diagram syntax and HTML into entity codes', () => {
    expect(mermaidText('"]; click A callback')).toBe('#34;#93;#59; click A callback');
    expect(mermaidText('<img src=x onerror=alert(1)>')).toBe('#60;img src#61;x onerror#61;alert#40;1#41;#62;');
  });

  it('collapses newlines so a label cannot start a new statement', () => {
    expect(mermaidText('a\nB --> C')).toBe('a B --#62; C');
  });

  it('clips long text', () => {
    expect(mermaidText('x'.repeat(300), 10)).toHaveLength(10 + '#8230;'.length - 1);
  });

  it('never lets a quote, bracket, semicolon, angle bracket or newline through', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (s) => {
        const label = mermaidLabel(s).slice(1, -1).replace(/#\d+;/g, '');
        expect(label).not.toMatch(/["[\]{}();<>\n|`#]/);
      }),
    );
  });
});
