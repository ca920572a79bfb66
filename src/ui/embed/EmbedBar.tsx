import { useMemo } from 'react';
import type { LabSession } from '../../core/lab/labSession';
import { t } from '../i18n/messages';
import { EMBED_BAR_CLASS, EMBED_TITLE_CLASS } from '../layoutClasses';
import { LabContext } from '../lab/labContext';
import { sessionUrl } from './appUrl';

/** Whether two sessions make the same link (shareUrl.ts: script, actions, failures, seed, profile, step). */
function sameLink(a: LabSession, b: LabSession): boolean {
  return (
    a.script === b.script &&
    a.actions === b.actions &&
    a.failures === b.failures &&
    a.seed === b.seed &&
    a.profile === b.profile &&
    a.step === b.step
  );
}

/**
 * The embedded page's only chrome: the app's name and a link that opens the session shown in the full
 * app, in a new tab (never by navigating the page around the frame).
 */
export function EmbedBar() {
  // The session is new on every frame of playback; what the link is made of changes once a step at most.
  const session = LabContext.useSelector((s) => s.context.session, sameLink);
  const href = useMemo(() => sessionUrl(session, window.location.href), [session]);
  return (
    // A labelled banner with the page's one h1, small: landmarks stay unique beside the course page's own.
    <header aria-label={t('app.name')} className={EMBED_BAR_CLASS} data-embed-bar>
      <h1 className={EMBED_TITLE_CLASS}>{t('app.name')}</h1>
      <a
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        title={t('embed.openTitle')}
        className="rounded px-1 underline underline-offset-2 hover:text-[var(--tsl-fg)] focus-visible:outline-2 focus-visible:outline-[var(--tsl-focus)]"
        data-embed-open
      >
        {t('embed.open')}
      </a>
    </header>
  );
}
