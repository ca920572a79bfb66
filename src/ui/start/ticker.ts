import type { LabActor } from '../lab/labContext';

/** While the lab plays, sends it a TICK with the real milliseconds between animation frames. */
export function startTicker(actor: LabActor): void {
  let frame: number | undefined;
  let last: number | undefined;
  const loop = (t: number) => {
    // Cap a frame's step so a background tab coming back does not jump minutes ahead.
    if (last !== undefined) actor.send({ type: 'TICK', dtMs: Math.min(100, t - last) });
    last = t;
    frame = requestAnimationFrame(loop);
  };
  const follow = () => {
    const playing = actor.getSnapshot().matches('playing');
    if (playing && frame === undefined) {
      last = undefined;
      frame = requestAnimationFrame(loop);
    } else if (!playing && frame !== undefined) {
      cancelAnimationFrame(frame);
      frame = undefined;
    }
  };
  follow();
  actor.subscribe(follow);
}
