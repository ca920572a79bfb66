/**
 * Pure stepping of the endpoint statechart through XState itself. Equivalent to xstate's `transition()`
 * and `initialTransition()`, but it reuses one inert actor scope instead of building an actor per call.
 * This is the reference the compiled stepper (compiledEndpoint.ts, which the world uses) is tested
 * against, and what the unit tests drive.
 */
import type {
  ActorScope,
  AnyMachineSnapshot,
  AnyStateMachine,
  EventFromLogic,
  ExecutableActionObject,
} from 'xstate';
import { createActor } from 'xstate';
import type { Effect } from './endpointEffects';
import type { EndpointInputConfig } from './endpointContext';
import type { EndpointEvent, EndpointInput } from './endpointEvents';
import { endpointMachine } from './endpointMachine';
import type { TcpState } from './tcpState';

/** An endpoint's immutable snapshot. */
export type EndpointSnapshot = ReturnType<typeof endpointMachine.getInitialSnapshot>;

let collected: ExecutableActionObject[] = [];
let scope: ActorScope<EndpointSnapshot, EndpointEvent> | undefined;

/**
 * An actor scope that executes nothing and hands every action to `executor`, built once and reused
 * (what xstate's `transition()` builds afresh on every call).
 */
export function inertActorScope<T extends AnyStateMachine>(
  machine: T,
  executor: (a: ExecutableActionObject) => void,
): ActorScope<ReturnType<T['getInitialSnapshot']>, EventFromLogic<T>> {
  const self = createActor(machine, { input: undefined as never });
  return {
    self,
    id: '',
    sessionId: '',
    logger: () => {},
    defer: () => {},
    emit: () => {},
    stopChild: () => {},
    system: self.system,
    actionExecutor: executor,
  } as unknown as ActorScope<ReturnType<T['getInitialSnapshot']>, EventFromLogic<T>>;
}

function inertScope(): ActorScope<EndpointSnapshot, EndpointEvent> {
  scope ??= inertActorScope(endpointMachine, (a) => collected.push(a)) as unknown as ActorScope<
    EndpointSnapshot,
    EndpointEvent
  >;
  return scope;
}

function effectsOf(actions: readonly ExecutableActionObject[]): Effect[] {
  const out: Effect[] = [];
  for (const a of actions)
    if (a.type === 'effects') for (const e of a.params as readonly Effect[]) out.push(e);
  return out;
}

/** Pure. The snapshot of a fresh endpoint in CLOSED. */
export function initialEndpoint(input: EndpointInputConfig): EndpointSnapshot {
  collected = [];
  return endpointMachine.getInitialSnapshot(inertScope(), input);
}

/** Pure. Returns the next snapshot and the effects the transition asks for; performs no I/O. */
export function stepEndpoint(snapshot: EndpointSnapshot, event: EndpointInput): [EndpointSnapshot, Effect[]] {
  collected = [];
  const next = endpointMachine.transition(snapshot, event, inertScope());
  const effects = effectsOf(collected);
  collected = [];
  return [next, effects];
}

/** The RFC state an endpoint snapshot is in (an XState snapshot or a compiled EndpointState). */
export function stateOf(snapshot: AnyMachineSnapshot | { readonly value: TcpState }): TcpState {
  const v = snapshot.value as string | { synchronized: TcpState };
  return typeof v === 'string' ? (v as TcpState) : v.synchronized;
}
