import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { Sparkline, sparklinePaths } from './sparkline';

afterEach(cleanup);
describe('sparkline', () => {
  it('draws one polyline per run of known values', () => {
    const paths = sparklinePaths([1, 2, Number.NaN, 4, 5], 40, 20);
    expect(paths).toHaveLength(2);
    expect(paths[0]!.split(' ')).toHaveLength(2);
  });

  it('keeps a flat low line at the bottom when the top is a limit', () => {
    const [line] = sparklinePaths([0.2, 0.2, 0.2], 30, 21, 5);
    const ys = line!.split(' ').map((p) => Number(p.split(',')[1]));
    for (const y of ys) expect(y).toBeGreaterThan(18);
  });

  it('thins long series to two points per pixel', () => {
    const values = Float64Array.from({ length: 5_000 }, (_, i) => Math.sin(i));
    const [line] = sparklinePaths(values, 50, 20);
    expect(line!.split(' ').length).toBeLessThanOrEqual(100);
  });

  it('is an image with a name when labelled, decorative otherwise', () => {
    const { container, rerender } = render(<Sparkline values={[1, 2, 3]} label="5xx over the last hour" />);
    expect(container.querySelector('svg')?.getAttribute('role')).toBe('img');
    expect(container.querySelector('svg')?.getAttribute('aria-label')).toBe('5xx over the last hour');
    rerender(<Sparkline values={[1, 2, 3]} />);
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });
});
