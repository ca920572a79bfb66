import type { BaseType, Selection } from 'd3';

/** An attribute value, or a function of the element's datum; null or undefined removes it. */
type AttrValue<D> = string | number | null | undefined | ((d: D) => string | number | null | undefined);

/**
 * Sets attributes like `selection.attr`, but writes only those whose value changed: the chart redraws
 * on every animation frame, and setAttribute invalidates style even when the value is the same.
 * Attributes are applied in the record's order, so new elements get them in the order `attr` would.
 */
export function attrs<E extends BaseType, D, P extends BaseType, PD>(
  sel: Selection<E, D, P, PD>,
  values: Readonly<Record<string, AttrValue<D>>>,
): Selection<E, D, P, PD> {
  const entries = Object.entries(values);
  sel.each(function (d) {
    const el = this as Element;
    for (const [name, value] of entries) {
      const v = typeof value === 'function' ? value(d) : value;
      if (v === null || v === undefined) {
        if (el.hasAttribute(name)) el.removeAttribute(name);
      } else {
        const s = String(v);
        if (el.getAttribute(name) !== s) el.setAttribute(name, s);
      }
    }
  });
  return sel;
}

/**
 * Sets text content like `selection.text`, but only where it changed, and in place: an element holding
 * one text node keeps it and only its characters change (a countdown ticking on every frame does not
 * make a new node each time).
 */
export function text<E extends BaseType, D, P extends BaseType, PD>(
  sel: Selection<E, D, P, PD>,
  value: (d: D) => string,
): Selection<E, D, P, PD> {
  sel.each(function (d) {
    const s = value(d);
    const el = this as Element;
    const only = el.firstChild;
    if (s !== '' && only !== null && only === el.lastChild && only.nodeType === Node.TEXT_NODE) {
      if ((only as Text).data !== s) (only as Text).data = s;
    } else if (el.textContent !== s) el.textContent = s;
  });
  return sel;
}
