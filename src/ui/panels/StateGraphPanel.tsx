import { useViews } from '../lab/viewsContext';
import { HostSlot } from './HostSlot';

/**
 * The RFC 9293 Figure 5 graph with both endpoints' markers. The framework-free renderer draws it from the
 * lab actor (src/ui/start/labViews.ts); this panel gives it its place in the page.
 */
export function StateGraphPanel() {
  return <HostSlot host={useViews().hosts.graph} />;
}
