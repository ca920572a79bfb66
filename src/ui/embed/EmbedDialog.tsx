import { useId, useMemo, useState } from 'react';
import type { LabSession } from '../../core/lab/labSession';
import { FIELD_CLASS } from '../controls/fields';
import { t } from '../i18n/messages';
import { copyText } from '../share/copyText';
import { sessionUrl } from './appUrl';
import { embedSnippet } from './embedSnippet';
import { parseOrigin } from './originPolicy';

/** Buttons of the header and the dialog. */
export const BUTTON_CLASS =
  'rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--tsl-focus)] dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800';

type CopyState = 'idle' | 'copied' | 'failed';

/** The Embed dialog's content: an optional parent origin, and the `<iframe>` snippet to copy. */
export function EmbedDialog({ session, onClose }: { session: LabSession; onClose: () => void }) {
  const ids = { title: useId(), origin: useId(), originHint: useId(), snippet: useId() };
  const [origin, setOrigin] = useState('');
  const [copied, setCopied] = useState<CopyState>('idle');
  const valid = origin.trim() === '' ? '' : parseOrigin(origin.trim());
  const snippet = useMemo(() => {
    const extra = { embed: '1', ...(valid ? { parentOrigin: valid } : {}) };
    return embedSnippet(sessionUrl(session, window.location.href, extra), t('embed.frameTitle'));
  }, [session, valid]);
  return (
    <div className="flex flex-col gap-3" data-embed-dialog>
      <h2 id={ids.title} className="text-lg font-semibold">
        {t('embed.dialogTitle')}
      </h2>
      <p className="text-sm text-[var(--tsl-muted)]">{t('embed.dialogIntro')}</p>
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.origin} className="text-sm">
          {t('embed.originLabel')}
        </label>
        <input
          id={ids.origin}
          type="url"
          className={FIELD_CLASS}
          value={origin}
          placeholder={t('embed.originPlaceholder')}
          aria-invalid={valid === undefined}
          aria-describedby={valid === undefined ? ids.originHint : undefined}
          onChange={(e) => {
            setOrigin(e.target.value);
            setCopied('idle');
          }}
          data-embed-origin
        />
        {valid === undefined && (
          <p id={ids.originHint} className="text-sm text-[var(--tsl-drop)]" data-embed-origin-error>
            {t('embed.originInvalid', { value: origin.trim().slice(0, 80) })}
          </p>
        )}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.snippet} className="text-sm">
          {t('embed.snippetLabel')}
        </label>
        <textarea
          id={ids.snippet}
          readOnly
          rows={6}
          value={snippet}
          onFocus={(e) => e.currentTarget.select()}
          className={`${FIELD_CLASS} w-full resize-y font-mono text-xs`}
          data-embed-snippet
        />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={BUTTON_CLASS}
          onClick={() => void copyText(snippet).then((ok) => setCopied(ok ? 'copied' : 'failed'))}
          data-embed-copy
        >
          {t('embed.copy')}
        </button>
        <span role="status" className="mr-auto text-sm text-[var(--tsl-muted)]">
          {copied === 'copied' ? t('embed.copied') : copied === 'failed' ? t('embed.copyFailed') : ''}
        </span>
        <button type="button" className={BUTTON_CLASS} onClick={onClose}>
          {t('embed.close')}
        </button>
      </div>
    </div>
  );
}
