import type { LabActor } from '../lab/labContext';

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || target.isContentEditable;
}

/**
 * Space plays or pauses, ← and → step, Home and End jump (not while typing in a field, and Space not on a
 * button). Installed with the first frame, so the keys work before the rest of the page has loaded.
 */
export function installKeyboard(actor: LabActor): void {
  window.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
    const onButton =
      e.target instanceof HTMLElement &&
      (e.target.tagName === 'BUTTON' || e.target.getAttribute('role') === 'button');
    const map: Record<string, () => void> = {
      ' ': () => actor.send({ type: 'TOGGLE_PLAY' }),
      ArrowLeft: () => actor.send({ type: 'STEP_BACK' }),
      ArrowRight: () => actor.send({ type: 'STEP_FORWARD' }),
      Home: () => actor.send({ type: 'TO_START' }),
      End: () => actor.send({ type: 'TO_END' }),
    };
    const fn = map[e.key];
    if (!fn || (e.key === ' ' && onButton)) return;
    e.preventDefault();
    fn();
  });
}
