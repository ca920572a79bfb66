import { useEffect, useRef } from 'react';
import { LabContext } from '../lab/labContext';
import { useBoot } from './bootContext';

/** With `autoplay=1`, starts playing once, as soon as `ready` (the first frame is drawn). */
export function useAutoplay(ready: boolean): void {
  const { config } = useBoot();
  const actor = LabContext.useActorRef();
  const started = useRef(false);
  useEffect(() => {
    if (!ready || !config.autoplay || started.current) return;
    started.current = true;
    actor.send({ type: 'PLAY' });
  }, [actor, config.autoplay, ready]);
}
