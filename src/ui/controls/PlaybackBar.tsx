import { useId, useMemo } from 'react';
import { SPEEDS } from '../../core/lab/labMachine';
import type { LabSession, LabView } from '../../core/lab/labSession';
import { formatDuration } from '../../core/time';
import { t } from '../i18n/messages';
import { LabContext } from '../lab/labContext';
import { usePlaying } from '../lab/useLabView';
import { FIELD_CLASS, LABEL_CLASS } from './fields';
import { useReadout } from './useReadout';

/** Small inline icons (no icon font: the app loads nothing from elsewhere). */
function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="currentColor">
      <path d={d} />
    </svg>
  );
}

const ICONS = {
  start: 'M3 3h2v10H3zM13 3v10L6 8z',
  back: 'M12 3v10L5 8z',
  forward: 'M4 3v10l7-5z',
  end: 'M11 3h2v10h-2zM3 3v10l7-5z',
};

const btn =
  'inline-flex h-9 min-w-9 items-center justify-center rounded-md border border-slate-300 bg-white px-2 text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--tsl-focus)] dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800';

/** An icon button that moves the shown moment: to the start, a step back or forward, to the end. */
function NavButton({
  name,
  event,
}: {
  name: keyof typeof ICONS;
  event: 'TO_START' | 'STEP_BACK' | 'STEP_FORWARD' | 'TO_END';
}) {
  const actor = LabContext.useActorRef();
  return (
    <button
      type="button"
      className={btn}
      onClick={() => actor.send({ type: event })}
      aria-label={t(`playback.${name}`)}
      title={t(`playback.${name}`)}
      data-playback={name}
    >
      <Icon d={ICONS[name]} />
    </button>
  );
}

/** Most ticks on the scrubber. */
const MAX_TICKS = 400;

/** Steps between scrubber ticks: the least of 1, 2, 5, 10, 20… that keeps them at most MAX_TICKS. */
export function tickStride(steps: number): number {
  for (let k = 1; ; k *= 10) for (const m of [1, 2, 5]) if (steps <= MAX_TICKS * m * k) return m * k;
}

/** The scrubber's position and the time shown. */
type Position = { readonly step: number; readonly steps: number; readonly time: number };

function position(_v: LabView, s: LabSession): Position {
  return { step: s.step, steps: s.sim.steps, time: s.time };
}

function samePosition(a: Position, b: Position): boolean {
  return a.step === b.step && a.steps === b.steps && a.time === b.time;
}

/** Play/pause, stepping, jumping, a scrubber with a tick per step, and the speed. */
export function PlaybackBar() {
  const actor = LabContext.useActorRef();
  const playing = usePlaying();
  // The scrubber and the position text move on every frame of playback; re-read ten times a second
  // then (repainting the scrubber's ticks is the page's costliest paint), at once while paused.
  const { step, steps, time } = useReadout(position, samePosition);
  const speed = LabContext.useSelector((s) => s.context.speed);
  const scrubId = useId();
  // A tick per step, or per 2, 5, 10… steps past 400 of them. Each tick keeps its step as the run grows,
  // so playback only appends ticks instead of rewriting all of them on every frame.
  const stride = tickStride(steps);
  const count = Math.floor(steps / stride);
  const ticks = useMemo(
    () => (
      <datalist id={`${scrubId}-ticks`}>
        {Array.from({ length: count + 1 }, (_, i) => (
          <option key={i * stride} value={i * stride} />
        ))}
      </datalist>
    ),
    [stride, count, scrubId],
  );
  const speedId = useId();
  return (
    // Its section (App.tsx) is skipped by rendering while scrolled out of view: repainting the scrubber's
    // ticks was the page's costliest paint. (Its own content-visibility, nested in the section's, was
    // left blank for a frame when the section came into view.)
    <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label={t('playback.title')}>
      <NavButton name="start" event="TO_START" />
      <NavButton name="back" event="STEP_BACK" />
      <button
        type="button"
        className={`${btn} min-w-20 font-medium`}
        onClick={() => actor.send({ type: 'TOGGLE_PLAY' })}
        aria-pressed={playing}
        data-playback="play"
      >
        {playing ? t('playback.pause') : t('playback.play')}
      </button>
      <NavButton name="forward" event="STEP_FORWARD" />
      <NavButton name="end" event="TO_END" />
      <label htmlFor={scrubId} className="sr-only">
        {t('playback.scrubber')}
      </label>
      <input
        id={scrubId}
        type="range"
        min={0}
        max={Math.max(steps, 1)}
        value={step}
        list={`${scrubId}-ticks`}
        onChange={(e) => actor.send({ type: 'SEEK', step: Number(e.target.value) })}
        className="min-w-32 flex-1 accent-[var(--tsl-client)]"
        data-playback="scrubber"
      />
      {ticks}
      <span className="font-mono text-xs tabular-nums text-slate-600 dark:text-slate-400" aria-live="off">
        {t('playback.position', { step, steps, time: formatDuration(Math.round(time)) })}
      </span>
      <span className="inline-flex items-center gap-1.5">
        <label htmlFor={speedId} className={LABEL_CLASS}>
          {t('playback.speed')}
        </label>
        <select
          id={speedId}
          value={speed}
          onChange={(e) => actor.send({ type: 'SET_SPEED', speed: Number(e.target.value) })}
          className={FIELD_CLASS}
          data-playback="speed"
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </span>
    </div>
  );
}
