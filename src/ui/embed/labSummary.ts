import type { TcpState } from '../../core/endpoint/tcpState';
import type { LabSession } from '../../core/lab/labSession';
import { viewOf } from '../../core/lab/labSession';
import type { EmbedEventBody } from './embedProtocol';

/** What the embedding page hears about the shown moment. */
export type LabSummary = {
  readonly step: number;
  /** Steps recorded so far (the last one `seek` may reach). */
  readonly steps: number;
  readonly client: TcpState;
  readonly server: TcpState;
};

/** Pure. The shown step and both endpoints' RFC states. */
export function labSummary(session: LabSession): LabSummary {
  const { endpoints } = viewOf(session).world;
  return {
    step: session.step,
    steps: session.sim.steps,
    client: endpoints.client.value,
    server: endpoints.server.value,
  };
}

/**
 * Pure. The events that take the page from `before` to `after`: one `statechange` per endpoint whose
 * shown state differs (also when stepping back or loading), then one `step`; none when nothing changed.
 */
export function summaryEvents(before: LabSummary, after: LabSummary): EmbedEventBody[] {
  const changes: EmbedEventBody[] = (['client', 'server'] as const)
    .filter((side) => before[side] !== after[side])
    .map((side) => ({ type: 'statechange', side, from: before[side], to: after[side] }));
  const same = changes.length === 0 && before.step === after.step && before.steps === after.steps;
  return same ? [] : [...changes, { type: 'step', ...after }];
}
