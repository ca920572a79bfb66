import { useRef, useState } from 'react';
import type { LabSession } from '../../core/lab/labSession';
import { t } from '../i18n/messages';
import { LabContext } from '../lab/labContext';
import { BUTTON_CLASS, EmbedDialog } from './EmbedDialog';

/** Opens the dialog with a ready `<iframe>` snippet for the current session (issue #4). */
export function EmbedButton() {
  const actor = LabContext.useActorRef();
  const dialog = useRef<HTMLDialogElement>(null);
  // The session as it was when the dialog opened: the snippet does not change under the reader's eyes.
  const [session, setSession] = useState<LabSession | undefined>(undefined);
  const close = () => dialog.current?.close();
  return (
    <>
      <button
        type="button"
        className={BUTTON_CLASS}
        aria-haspopup="dialog"
        onClick={() => {
          setSession(actor.getSnapshot().context.session);
          dialog.current?.showModal();
        }}
        data-embed-button
      >
        {t('embed.button')}
      </button>
      <dialog
        ref={dialog}
        aria-label={t('embed.dialogTitle')}
        onClose={() => setSession(undefined)}
        className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-xl border border-[var(--tsl-border)] bg-[var(--tsl-bg)] p-4 text-[var(--tsl-fg)] backdrop:bg-black/40"
      >
        {session && <EmbedDialog session={session} onClose={close} />}
      </dialog>
    </>
  );
}
