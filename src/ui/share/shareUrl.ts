import type { LabSession } from '../../core/lab/labSession';
import { sessionScript } from '../../core/lab/sessionScript';
import { SCENARIOS } from '../../core/scenarios/scenarios';
import { START_SCRIPT } from '../startScript';

/** Options for a share link. */
export type ShareOptions = {
  /** The page's address without query (`location.origin + location.pathname`). */
  readonly base: string;
  /** Extra parameters to pin (`embed`, `lang`, `theme`, `view`, ...), already valid. */
  readonly extra?: Readonly<Record<string, string>>;
};

/** `scenario=NAME` for an untouched scenario, nothing for the untouched free-play start, else `script=`. */
function scriptParams(session: LabSession): Record<string, string> {
  if (session.actions.length === 0) {
    if (session.script === START_SCRIPT) return {};
    const scenario = SCENARIOS.find((s) => s.script === session.script);
    if (scenario) return { scenario: scenario.name };
  }
  return { script: sessionScript(session) };
}

/**
 * Pure. A URL that reproduces `session` exactly: its script with the learner's actions so far written
 * as `at step` lines (sessionScript.ts), the seed, the profile, and the step shown (docs/url-api.md).
 */
export function shareUrl(session: LabSession, options: ShareOptions): string {
  const params = new URLSearchParams({
    ...scriptParams(session),
    seed: String(session.seed),
    profile: session.profile,
    step: String(session.step),
    ...options.extra,
  });
  // URLSearchParams writes a space as "+", which is right; "%20" reads better when pasted into chats.
  return `${options.base}?${params.toString().replace(/\+/g, '%20')}`;
}
