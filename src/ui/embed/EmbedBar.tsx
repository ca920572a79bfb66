import { t } from '../i18n/messages';
import { EMBED_BAR_CLASS, EMBED_TITLE_CLASS } from '../layoutClasses';
import { LabContext } from '../lab/labContext';
import { sessionUrl } from './appUrl';

/**
 * The embedded page's only chrome: the app's name and a link that opens the session shown in the full
 * app, in a new tab (never by navigating the page around the frame).
 */
export function EmbedBar() {
  // The link, not the session: the session is new on every frame of playback, the link once a step.
  const href = LabContext.useSelector((s) => sessionUrl(s.context.session, window.location.href));
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
