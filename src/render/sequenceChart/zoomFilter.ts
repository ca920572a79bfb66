/**
 * Which pointer events start a zoom or pan of the chart. d3-zoom calls `preventDefault` on every wheel
 * and touch gesture it takes, so a chart that takes them all traps the page's scrolling: fine in the
 * full app, wrong in a frame inside a course page.
 */

/** Pure. The filter for `zoom().filter(...)`: d3's default, or with `modifierWheel` one that lets the
 * page scroll past the chart — the wheel zooms only with Ctrl or ⌘ held (a trackpad pinch sends Ctrl),
 * and only a two-finger touch zooms, so one finger scrolls the page. */
export function zoomFilter(modifierWheel: boolean): (event: Event) => boolean {
  return (event) => {
    const e = event as MouseEvent & TouchEvent;
    if (event.type === 'wheel') return !modifierWheel || e.ctrlKey || e.metaKey;
    if (event.type === 'touchstart' && modifierWheel) return e.touches.length > 1;
    // d3-zoom's default: no Ctrl-click (that is a right click on macOS), primary button only.
    return !e.ctrlKey && !e.button;
  };
}
