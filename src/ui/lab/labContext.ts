import { createActorContext } from '@xstate/react';
import { labMachine } from '../../core/lab/labMachine';

/** The lab actor for the React tree: `<LabContext.Provider options={{ input }}>`, then the hooks. */
export const LabContext = createActorContext(labMachine, { input: { script: '' } });
