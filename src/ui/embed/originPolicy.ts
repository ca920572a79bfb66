/**
 * Who may command an embedded lab and where its events go, from the `parentOrigin` URL parameter
 * (docs/embed.md, "Origins").
 */

/** The rule for one page load. */
export type OriginPolicy = {
  /** Whether a message from `origin` (a MessageEvent's `origin`) may command the lab. */
  readonly accepts: (origin: string) => boolean;
  /** The `targetOrigin` for posting events; undefined posts nothing. */
  readonly target: string | undefined;
};

/**
 * Pure. `text` as a web origin (`https://course.example.org`), or undefined when it is not exactly one:
 * only http and https, no path, query, fragment or credentials. A trailing `/` is allowed; the
 * result is lower-case.
 */
export function parseOrigin(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // Scheme and host are case-insensitive: `HTTPS://School.example` is the origin `https://school.example`.
  return url.origin === text.replace(/\/$/, '').toLowerCase() ? url.origin : undefined;
}

/**
 * Pure. Without `parentOrigin` anyone embedding the lab may command it and events go to `'*'`; with a
 * valid one only that origin; with an invalid one nobody (the URL asked for a restriction we cannot
 * honour, so we fail closed rather than open).
 */
export function originPolicy(parentOrigin: string | undefined): OriginPolicy {
  if (parentOrigin === undefined) return { accepts: () => true, target: '*' };
  const origin = parseOrigin(parentOrigin);
  if (origin === undefined) return { accepts: () => false, target: undefined };
  return { accepts: (o) => o === origin, target: origin };
}
