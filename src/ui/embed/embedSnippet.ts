/** Attribute values are written between double quotes: escape what could end or confuse them. */
function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The sandbox the snippet asks for: scripts, plus popups that escape the sandbox so the "Open in TCP
 * State Lab" link can open the full app in a new tab (with `allow-scripts` alone the lab still works,
 * but that link cannot open). No `allow-same-origin` and no `allow-top-navigation`.
 */
export const SNIPPET_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

/** Pure. A ready-to-paste `<iframe>` for `src`, with `title` for screen readers; values are escaped. */
export function embedSnippet(src: string, title: string, height = 720): string {
  return [
    `<iframe src="${attr(src)}"`,
    `  title="${attr(title)}"`,
    `  width="100%" height="${height}" style="border: 0; max-width: 100%"`,
    `  sandbox="${SNIPPET_SANDBOX}"`,
    `  loading="lazy"></iframe>`,
  ].join('\n');
}
