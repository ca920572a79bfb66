import { describe, expect, it } from 'vitest';
import { TCP_STATES } from '../endpoint/tcpState';
import { ENDPOINT_VARS, FIELDS } from './parseChecks';
import { CALLS } from './parseFlowCommands';
import { COMMAND_NAMES } from './parseScript';
import { LINK_KEYS, OPTION_KEYS, TIMER_KEYS } from './parseSetupCommands';
import { TCB_VARS } from './parseValues';
import { WORD_LISTS } from './scriptErrorText';

/** "a, b or c", as the sentences list the words a place accepts. */
const orList = (words: readonly string[]) => `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;

describe('the word lists in the problem sentences', () => {
  it('name exactly what the parser accepts, in its order (a new word cannot be left out)', () => {
    expect(WORD_LISTS).toEqual({
      STATES: TCP_STATES.join(', '),
      TCB_VARS: orList(TCB_VARS),
      FIELDS: orList(FIELDS),
      ENDPOINT_VARS: orList(ENDPOINT_VARS),
      CALLS: orList(CALLS),
      COMMANDS: COMMAND_NAMES.join(', '),
      LINK_KEYS: orList(LINK_KEYS),
      TIMER_KEYS: orList(TIMER_KEYS),
      OPTION_KEYS: orList(OPTION_KEYS),
    });
  });
});
