import type { ReactNode } from 'react';
import { LabContext } from './labContext';
import { useLabViewSelector } from './useLabView';
import { useTraceDigest } from './useTraceDigest';

/**
 * The app's root element with its test hooks (`data-step`, the two states, the trace digest), which
 * change on every frame of playback. Only this element re-renders with them: `children` are built by a
 * parent that does not, so React skips them (each view subscribes to what it draws).
 */
export function LabRoot({
  ready,
  className,
  children,
}: {
  ready: boolean;
  className: string;
  children: ReactNode;
}) {
  const step = LabContext.useSelector((s) => s.context.session.step);
  const client = useLabViewSelector((v) => v.world.endpoints.client.value);
  const server = useLabViewSelector((v) => v.world.endpoints.server.value);
  const digest = useTraceDigest();
  return (
    <div
      data-testid="app-root"
      data-ready={ready ? 'true' : 'false'}
      data-step={step}
      data-client-state={client}
      data-server-state={server}
      data-trace-digest={digest}
      className={className}
    >
      {children}
    </div>
  );
}
