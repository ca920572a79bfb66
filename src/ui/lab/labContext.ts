import { useSelector } from '@xstate/react';
import { createContext, createElement, useContext } from 'react';
import type { ReactNode } from 'react';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { labMachine } from '../../core/lab/labMachine';

/** The running lab actor (created before React loads, by src/ui/start/startLab.ts). */
export type LabActor = ActorRefFrom<typeof labMachine>;
type LabSnapshot = SnapshotFrom<typeof labMachine>;

const ActorContext = createContext<LabActor | undefined>(undefined);

function useActorRef(): LabActor {
  const actor = useContext(ActorContext);
  if (!actor) throw new Error('LabContext.Provider is missing above this component');
  return actor;
}

/**
 * The lab actor for the React tree: `<LabContext.Provider value={actor}>`, then `useActorRef()` and
 * `useSelector(select, compare?)` (a component re-renders only when its selection changes).
 */
export const LabContext = {
  Provider: ({ value, children }: { value: LabActor; children: ReactNode }) =>
    createElement(ActorContext.Provider, { value }, children),
  useActorRef,
  useSelector: <T>(select: (s: LabSnapshot) => T, compare?: (a: T, b: T) => boolean): T =>
    useSelector(useActorRef(), select, compare),
};
