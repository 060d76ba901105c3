// The wall shows its panels together on one screen, or one page at a time in rotation. Which page
// is showing is a pure function of when the rotation started and `now` (ARCHITECTURE.md "Time"):
// no counted ticks, so a sleeping screen or a reload picks up the right page.
export const WALL_PANELS = ['services', 'incidents', 'alerts'] as const;
export type WallPanelId = (typeof WALL_PANELS)[number];

export const PANEL_TITLE: Record<WallPanelId, string> = {
  services: 'Services',
  incidents: 'Open incidents',
  alerts: "The night's alerts",
};

/** Rotation pages: the service board alone (it needs the room), then incidents with the night's alerts. */
const ROTATION: readonly (readonly WallPanelId[])[] = [['services'], ['incidents', 'alerts']];

/** The pages to show: one page with every shown panel, or the rotation's pages that have a shown panel. */
export function wallPages(shown: Readonly<Record<WallPanelId, boolean>>, rotate: boolean): WallPanelId[][] {
  const visible = (ids: readonly WallPanelId[]) => ids.filter((id) => shown[id]);
  if (!rotate) {
    const all = visible(WALL_PANELS);
    return all.length ? [all] : [];
  }
  return ROTATION.map(visible).filter((page) => page.length > 0);
}

/** The page showing at `now` of a rotation that started at `anchor`, turning every `intervalMs`. */
export function rotationIndex(now: number, anchor: number, intervalMs: number, pageCount: number): number {
  if (pageCount <= 1 || intervalMs <= 0) return 0;
  const turns = Math.floor(Math.max(0, now - anchor) / intervalMs);
  return turns % pageCount;
}

/** When the page showing at `now` gives way to the next (for a timer that re-renders then). */
export function nextTurnAt(now: number, anchor: number, intervalMs: number): number {
  if (intervalMs <= 0) return Number.POSITIVE_INFINITY;
  const turns = Math.floor(Math.max(0, now - anchor) / intervalMs);
  return anchor + (turns + 1) * intervalMs;
}
