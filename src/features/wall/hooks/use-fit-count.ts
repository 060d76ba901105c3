// How many items of a list fit in its box without scrolling (a wall cannot be scrolled): render
// them all, measure before paint, keep those that fit, and say how many more there are. It measures
// again when the box is resized or the items change, not on every render.
import { useLayoutEffect, useState, type RefObject } from 'react';

/** Items are the box's descendants marked `data-fit-item`, in order. */
export function useFitCount(box: RefObject<HTMLElement | null>, total: number, contentKey: string): number {
  const [height, setHeight] = useState(0);
  const [fit, setFit] = useState<{ key: string; count: number }>({ key: '', count: total });
  const key = `${contentKey}|${total}|${Math.round(height)}`;

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setHeight(entry.contentRect.height);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [box]);

  useLayoutEffect(() => {
    if (fit.key === key) return;
    const el = box.current;
    if (!el) return;
    const bottom = el.getBoundingClientRect().bottom + 0.5;
    const items = [...el.querySelectorAll('[data-fit-item]')].map((item) => item.getBoundingClientRect().bottom);
    const all = items.filter((b) => b <= bottom).length;
    // Not all fit: keep those that leave room for the "n more" line (about one line of text).
    const moreLine = 1.6 * (Number.parseFloat(getComputedStyle(el).fontSize) || 16);
    const count = all >= total ? total : items.filter((b) => b <= bottom - moreLine).length;
    // Measuring in a layout effect and rendering again before paint is what layout effects are
    // for (React's tooltip example); the key stops it measuring again until something changes.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFit({ key, count });
  }, [box, fit.key, key, total]);

  return fit.key === key ? fit.count : total;
}
