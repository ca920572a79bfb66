import { useEffect, useId, useRef, useState } from 'react';
import { useBoot } from '../boot/bootContext';
import type { BootConfig } from '../boot/bootConfig';
import { t } from '../i18n/messages';
import { getLang } from '../i18n/langStore';
import { useLang } from '../i18n/useLang';
import { LabContext } from '../lab/labContext';
import { sessionUrl } from '../embed/appUrl';
import { copyText } from './copyText';

/** The page settings a share link pins besides the session: those the page was opened with, and the language. */
function pinned(config: BootConfig, speed: number): Record<string, string> {
  return {
    lang: getLang(),
    ...(speed === 1 ? {} : { speed: String(speed) }),
    ...(config.theme ? { theme: config.theme } : {}),
    ...(config.view ? { view: config.view.join(',') } : {}),
    ...(config.embed ? { embed: '1' } : {}),
    ...(config.quiz ? { quiz: '1' } : {}),
    ...(config.quizSide ? { quizSide: config.quizSide } : {}),
    ...(config.segment === undefined ? {} : { segment: String(config.segment) }),
    ...(config.absolute ? { numbers: 'absolute' } : {}),
  };
}

/** Web servers commonly refuse a request line much longer than this (nginx: 8 KB, Node: 16 KB). */
const LONG_URL = 8000;

type Shown = {
  readonly url: string;
  readonly copied: boolean;
  readonly step: number;
  /** The popover opens rightward from the button's left edge (the button sits in the page's left half). */
  readonly fromLeft: boolean;
};

/**
 * Copies a URL that reproduces the current session (docs/url-api.md) and says so; where the browser
 * does not allow copying (a sandboxed iframe, no permission), shows the URL in a field to copy by hand.
 */
export function ShareButton() {
  const actor = LabContext.useActorRef();
  const { config } = useBoot();
  const lang = useLang();
  const [shown, setShown] = useState<Shown | undefined>(undefined);
  const field = useRef<HTMLInputElement>(null);
  const anchor = useRef<HTMLDivElement>(null);
  const ids = { panel: useId(), field: useId() };

  const share = async () => {
    const { context } = actor.getSnapshot();
    const url = sessionUrl(context.session, window.location.href, pinned(config, context.speed));
    const copied = await copyText(url);
    // Where the header wraps (longer English labels), the button sits at the left: open toward the room.
    const box = anchor.current?.getBoundingClientRect();
    const fromLeft = box !== undefined && box.right < window.innerWidth / 2;
    setShown({ url, copied, step: context.session.step, fromLeft });
  };

  useEffect(() => {
    if (shown && !shown.copied) field.current?.select();
  }, [shown]);

  return (
    <div ref={anchor} className="relative">
      <button
        type="button"
        data-share
        title={t('share.title', {}, lang)}
        aria-expanded={shown !== undefined}
        aria-controls={ids.panel}
        onClick={() => void share()}
        className="rounded-md border border-slate-300 px-2.5 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        {t('share.button', {}, lang)}
      </button>
      <div
        id={ids.panel}
        data-share-popover
        hidden={shown === undefined}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setShown(undefined);
        }}
        className={`absolute ${shown?.fromLeft ? 'left-0' : 'right-0'} top-full z-20 mt-1.5 w-[26rem] rounded-lg max-sm:fixed max-sm:inset-x-3 max-sm:bottom-3 max-sm:top-auto max-sm:w-auto border border-[var(--tsl-border)] bg-[var(--tsl-bg)] p-3 text-sm shadow-lg`}
      >
        <p role="status" aria-live="polite" data-share-status className="mb-2">
          {shown === undefined
            ? ''
            : shown.copied
              ? t('share.copied', { step: shown.step }, lang)
              : t('share.manual', {}, lang)}
        </p>
        {shown !== undefined && shown.url.length > LONG_URL ? (
          <p data-share-long className="mb-2 text-amber-800 dark:text-amber-300">
            {t('share.long', { length: shown.url.length, max: LONG_URL }, lang)}
          </p>
        ) : null}
        <label htmlFor={ids.field} className="sr-only">
          {t('share.field', {}, lang)}
        </label>
        <div className="flex gap-1.5">
          <input
            id={ids.field}
            ref={field}
            readOnly
            value={shown?.url ?? ''}
            data-share-url
            onFocus={(e) => e.target.select()}
            className="min-w-0 flex-1 rounded-md border border-slate-300 bg-[var(--tsl-panel)] px-1.5 py-1 font-mono text-xs dark:border-slate-700"
          />
          <button
            type="button"
            onClick={() => setShown(undefined)}
            className="shrink-0 rounded-md border border-slate-300 px-2 py-1 text-xs hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            {t('share.close', {}, lang)}
          </button>
        </div>
      </div>
    </div>
  );
}
