import type { LabSession } from '../../core/lab/labSession';

/** Options for a share link. */
export type ShareOptions = {
  /** The page's address without query (`location.origin + location.pathname`). */
  readonly base: string;
  /** Extra parameters to pin (`embed`, `lang`, `theme`, `view`, ...), already valid. */
  readonly extra?: Readonly<Record<string, string>>;
};

/**
 * Pure. A URL that reproduces `session` exactly: its script, the learner's actions so far, the seed,
 * the profile, and the step shown (docs/url-api.md).
 */
export function shareUrl(session: LabSession, options: ShareOptions): string {
  const params = new URLSearchParams({
    script: session.script,
    seed: String(session.seed),
    profile: session.profile,
    step: String(session.step),
    ...options.extra,
  });
  return `${options.base}?${params.toString()}`;
}
