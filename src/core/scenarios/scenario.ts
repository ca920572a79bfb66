/**
 * What a named scenario is: a script in the demo language with a title, a teaching goal, `expect` lines
 * that pin its outcome along the way, and the state each endpoint ends in once the run has settled.
 */
import type { TcpState } from '../endpoint/tcpState';
import type { ProfileName } from '../script/ast';

/** Where a scenario sits in the picker, in picker order. */
export const SCENARIO_GROUPS = ['Opening', 'Closing', 'Loss', 'Resets', 'Advanced'] as const;

/** One of the picker's groups. */
export type ScenarioGroup = (typeof SCENARIO_GROUPS)[number];

/** The state of each endpoint in the run's final world, after settling. */
export type EndStates = { readonly client: TcpState; readonly server: TcpState };

/** A prepared demo. */
export type Scenario = {
  /** Name used on the command line and in URLs (`--scenario normal-close`, `?scenario=normal-close`). */
  readonly name: string;
  readonly title: string;
  readonly group: ScenarioGroup;
  /** One paragraph: what a learner should take from it. */
  readonly goal: string;
  /** The script, with its `expect` lines. */
  readonly script: string;
  /** Where both endpoints are when the run is over (settling included), as the script runs. */
  readonly end: EndStates;
  /**
   * For a scenario without a `profile` line, whose outcome is the point of switching the profile: the
   * end states under that other profile (the header's choice in the app, `--profile` in the CLI).
   */
  readonly endUnder?: Readonly<Partial<Record<ProfileName, EndStates>>>;
};

/** The opening most scenarios start from: fixed ISSs, a listener, a completed handshake. */
export const OPEN = `iss client=1000 server=5000
server listen
client connect
wait until server ESTABLISHED within 1s`;
