/**
 * Links for the sources the statechart cites (`§3.10.7.4`, `RFC 5961 §3.2`, `§3.5 Figure 7, §3.10.7.4`,
 * `Linux tcp_close(); RFC 9293 §3.6.1 SHLD-3`). Links are plain anchors the user may follow; the app
 * itself fetches nothing.
 */

/** One cited source: its label as shown, and its RFC Editor address when it is an RFC. */
export type Citation = { readonly label: string; readonly url?: string };

const RFC_EDITOR = 'https://www.rfc-editor.org/rfc/';

/** The section of RFC 9293 that holds each figure the statechart cites (Figure 5 is the state diagram). */
const RFC9293_FIGURE_SECTION: Readonly<Record<string, string>> = {
  '5': '3.3.2',
  '6': '3.5',
  '7': '3.5',
  '8': '3.5',
  '12': '3.6',
  '13': '3.6',
};

function rfcLink(rfc: string, section: string | undefined): string {
  const s = section?.replace(/\.$/, '');
  return s ? `${RFC_EDITOR}rfc${rfc}#section-${s}` : `${RFC_EDITOR}rfc${rfc}`;
}

function citation(part: string): Citation {
  const rfc = /^RFC\s*(\d+)(?:\s*§\s*([\d.]+))?/i.exec(part);
  if (rfc?.[1]) return { label: part, url: rfcLink(rfc[1], rfc[2]) };
  const section = /^§\s*([\d.]+)/.exec(part);
  if (section?.[1]) return { label: `RFC 9293 ${part}`, url: rfcLink('9293', section[1]) };
  const figure = /^Figure\s+(\d+)/i.exec(part);
  if (figure?.[1])
    return { label: `RFC 9293 ${part}`, url: rfcLink('9293', RFC9293_FIGURE_SECTION[figure[1]]) };
  return { label: part };
}

/**
 * Pure. Splits a source into its citations (at `;` and `,`). A bare `§` or `Figure` means RFC 9293;
 * Linux sources have no link.
 */
export function rfcCitations(source: string): readonly Citation[] {
  return source
    .split(/[;,]/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map(citation);
}

/**
 * Pure. The RFC Editor address of the first RFC a source cites: `§3.10.7.4` →
 * `https://www.rfc-editor.org/rfc/rfc9293#section-3.10.7.4`, `RFC 1337` → `…/rfc1337`; undefined for a
 * source that cites no RFC (`Linux tcp_fin_timeout`).
 */
export function rfcUrl(section: string): string | undefined {
  return rfcCitations(section).find((c) => c.url !== undefined)?.url;
}
