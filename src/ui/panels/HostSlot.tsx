import { useLayoutEffect, useRef } from 'react';

/**
 * Places `host` — an element React does not own, such as a drawing made before React loaded — here in
 * the tree, before the browser paints. The wrapper has no box of its own (`display: contents`).
 */
export function HostSlot({ host }: { host: HTMLElement }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (ref.current && host.parentElement !== ref.current) ref.current.append(host);
  }, [host]);
  return <div ref={ref} className="contents" />;
}
