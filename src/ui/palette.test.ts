import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { PALETTES, paletteVariables } from './palette';

const STATES = ['healthy', 'degraded', 'broken', 'unknown'] as const;

describe.each(Object.entries(PALETTES))('%s theme contrast (WCAG AA)', (_name, p) => {
  it.each([
    ['text on bg', p.text, p.bg],
    ['text on surface', p.text, p.surface],
    ['text on surface2', p.text, p.surface2],
    ['muted text on bg', p.textMuted, p.bg],
    ['muted text on surface', p.textMuted, p.surface],
    ['muted text on surface2', p.textMuted, p.surface2],
    ['accent on surface', p.accent, p.surface],
    ['accent on bg', p.accent, p.bg],
    ['text on accent button', p.accentText, p.accent],
  ])('%s ≥ 4.5:1', (_pair, fg, bg) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(STATES)('%s: state colour on surface, on its tint, and chip text ≥ 4.5:1', (state) => {
    expect(contrastRatio(p.state[state], p.surface)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(p.state[state], p.stateTint[state])).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(p.text, p.stateTint[state])).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(p.stateOn[state], p.state[state])).toBeGreaterThanOrEqual(4.5);
  });

  it('chart series inks stand out from the surface (graphics ≥ 1.8:1; each bar also has an outline) and from each other', () => {
    for (const ink of p.series) expect(contrastRatio(ink, p.surface)).toBeGreaterThanOrEqual(1.8);
    for (let k = 1; k < p.series.length; k++) expect(contrastRatio(p.series[k - 1]!, p.series[k]!)).toBeGreaterThanOrEqual(1.25);
  });

  it('the border is visible against the surface (non-text ≥ 1.4:1 is decorative only; focus ring ≥ 3:1)', () => {
    expect(contrastRatio(p.focus, p.surface)).toBeGreaterThanOrEqual(3);
  });
});

describe('palette variables', () => {
  it('names nested colours by state', () => {
    const vars = paletteVariables(PALETTES.dark);
    expect(vars['--state-broken']).toBe(PALETTES.dark.state.broken);
    expect(vars['--state-tint-healthy']).toBe(PALETTES.dark.stateTint.healthy);
    expect(vars['--text-muted']).toBe(PALETTES.dark.textMuted);
  });
});

describe('contrast ratio', () => {
  it('black on white is 21:1 and a colour on itself 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
});
