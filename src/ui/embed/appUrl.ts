import type { LabSession } from '../../core/lab/labSession';
import { shareUrl } from '../share/shareUrl';

/**
 * Pure. The page's address without query or fragment, from `location.href`. (Not `location.origin`:
 * in a sandboxed frame the document's origin is opaque, but its URL is still the app's.)
 */
export function appBase(href: string): string {
  const url = new URL(href);
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/** Pure. The URL of the full app (or, with `extra`, an embed) showing `session` as it is now. */
export function sessionUrl(
  session: LabSession,
  href: string,
  extra: Readonly<Record<string, string>> = {},
): string {
  return shareUrl(session, { base: appBase(href), extra });
}
