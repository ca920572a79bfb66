/** The short description shown next to a hovered or focused state. */

/** A tooltip element inside the graph's wrapper. */
export type StateTooltip = {
  /** Shows `text` for `state` next to `anchor`, and links it as the anchor's description. */
  show(anchor: Element, state: string, text: string): void;
  /** Hides it and unlinks it. */
  hide(): void;
};

/** Creates the (hidden) tooltip in `wrapper`; `id` must be unique in the document. */
export function createStateTooltip(wrapper: HTMLElement, id: string): StateTooltip {
  const doc = wrapper.ownerDocument;
  const tip = doc.createElement('div');
  tip.className = 'tsl-tooltip';
  tip.id = id;
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  wrapper.appendChild(tip);
  let anchored: Element | undefined;
  return {
    show(anchor, state, text) {
      const name = doc.createElement('strong');
      name.textContent = state;
      tip.replaceChildren(name, doc.createTextNode(` — ${text}`));
      tip.hidden = false;
      anchored?.removeAttribute('aria-describedby');
      anchored = anchor;
      anchor.setAttribute('aria-describedby', id);
      // Below the state, centred on it, kept inside the graph's width.
      const box = anchor.getBoundingClientRect();
      const outer = wrapper.getBoundingClientRect();
      const width = tip.offsetWidth;
      const centre = box.left - outer.left + box.width / 2;
      const left = Math.max(0, Math.min(centre - width / 2, outer.width - width));
      tip.style.left = `${Math.round(left)}px`;
      tip.style.top = `${Math.round(box.bottom - outer.top + 6)}px`;
    },
    hide() {
      tip.hidden = true;
      anchored?.removeAttribute('aria-describedby');
      anchored = undefined;
    },
  };
}
