import { select } from 'd3';
import { describe, expect, it } from 'vitest';
import { text } from './lazyAttr';

function mounted(): SVGTextElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const el = document.createElementNS('http://www.w3.org/2000/svg', 'text');
  svg.append(el);
  document.body.append(svg);
  return el;
}

describe('text', () => {
  it('changes the characters of the one text node in place, and writes nothing when they are the same', () => {
    const el = mounted();
    text(select(el), () => 'RTO 1.20 s');
    const node = el.firstChild;
    const seen: MutationRecord['type'][] = [];
    const observer = new MutationObserver((list) => seen.push(...list.map((m) => m.type)));
    observer.observe(el, { subtree: true, childList: true, characterData: true });
    text(select(el), () => 'RTO 1.07 s');
    text(select(el), () => 'RTO 1.07 s');
    expect(observer.takeRecords().map((m) => m.type)).toEqual(['characterData']);
    observer.disconnect();
    expect(el.firstChild).toBe(node);
    expect(el.textContent).toBe('RTO 1.07 s');
  });

  it('replaces other content, and empties an element as textContent does', () => {
    const el = mounted();
    el.append(document.createElementNS('http://www.w3.org/2000/svg', 'tspan'));
    text(select(el), () => 'SYN');
    expect(el.childNodes.length).toBe(1);
    expect(el.textContent).toBe('SYN');
    text(select(el), () => '');
    expect(el.childNodes.length).toBe(0);
  });
});
