/** Longest text a problem message shows of anything that came from the URL. */
export const MAX_SHOWN = 300;

// Controls, and the bidirectional marks that could reorder how the rest of the line reads.
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Pure. Text from the URL made safe to show as text: invisible and reordering characters written as
 * `\uXXXX`, line breaks as `↵`, and cut to `max` characters (never inside a surrogate pair).
 */
export function shownText(text: string, max = MAX_SHOWN): string {
  const visible = text
    .replace(/\r\n|\r|\n/g, '↵')
    .replace(HIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (visible.length <= max) return visible;
  const cut = (visible.charCodeAt(max - 1) & 0xfc00) === 0xd800 ? max - 1 : max;
  return `${visible.slice(0, cut)}…`;
}
