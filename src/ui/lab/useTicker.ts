import { useEffect } from 'react';
import { LabContext } from './labContext';

/** While playing, sends the lab a TICK with the real milliseconds between animation frames. */
export function useTicker(): void {
  const actor = LabContext.useActorRef();
  const playing = LabContext.useSelector((s) => s.matches('playing'));
  useEffect(() => {
    if (!playing) return;
    let last: number | undefined;
    let frame = requestAnimationFrame(function loop(t) {
      // Cap a frame's step so a background tab coming back does not jump minutes ahead.
      if (last !== undefined) actor.send({ type: 'TICK', dtMs: Math.min(100, t - last) });
      last = t;
      frame = requestAnimationFrame(loop);
    });
    return () => cancelAnimationFrame(frame);
  }, [actor, playing]);
}
