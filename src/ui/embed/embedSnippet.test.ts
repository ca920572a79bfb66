import { describe, expect, it } from 'vitest';
import { SNIPPET_SANDBOX, embedSnippet } from './embedSnippet';

/** Parses the snippet as a browser would and returns its iframe. */
function parse(html: string): HTMLIFrameElement {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const frames = doc.querySelectorAll('iframe');
  expect(frames).toHaveLength(1);
  return frames[0] as HTMLIFrameElement;
}

describe('embedSnippet', () => {
  it('is one sandboxed iframe with the URL and title exactly as given', () => {
    const src = 'https://lab.example/?script=server+listen&embed=1';
    const frame = parse(embedSnippet(src, 'TCP State Lab'));
    expect(frame.getAttribute('src')).toBe(src);
    expect(frame.getAttribute('title')).toBe('TCP State Lab');
    expect(frame.getAttribute('sandbox')).toBe(SNIPPET_SANDBOX);
    expect(frame.getAttribute('sandbox')).not.toMatch(/allow-same-origin|allow-top-navigation/);
  });

  it('quotes and angle brackets in the values cannot break out of the attribute', () => {
    const src = 'https://lab.example/?script="><script>alert(1)</script>&x=<b>';
    const title = 'A "lab" <em>';
    const html = embedSnippet(src, title);
    const frame = parse(html);
    expect(frame.getAttribute('src')).toBe(src);
    expect(frame.getAttribute('title')).toBe(title);
    expect(html).not.toContain('<script>');
  });
});
