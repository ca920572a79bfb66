/**
 * What the page was opened with: the settings read from its URL (docs/url-api.md) and the problems
 * found in them. Pure: the URL is passed in, nothing is read from `window`.
 */
import type { ProfileName } from '../../core/script/ast';
import type { Side } from '../../core/segment';
import { START_SCRIPT } from '../startScript';
import { readEmbedParams } from './readEmbedParams';
import { readQuizParams } from './readQuizParams';

/** The lab's panels, as named by the `view=` parameter. */
export const PANEL_NAMES = ['graph', 'chart', 'narration', 'controls', 'details'] as const;

/** One panel's name. */
export type PanelName = (typeof PANEL_NAMES)[number];

/** A problem with one URL parameter, shown on the page; the rest of the page keeps working. */
export type BootProblem = {
  /** The parameter's name as written in the URL (`script`, `seed`, ...). */
  readonly param: string;
  /** Message key of the explanation (filled with `params`). */
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
};

/** The page's settings, every one with a safe default. */
export type BootConfig = {
  /** The script the lab starts from (a scenario's script, a `script=` value, or the free-play start). */
  readonly script: string;
  /** The scenario's name when the page was opened with `scenario=`. */
  readonly scenario?: string;
  readonly seed?: number;
  readonly profile?: ProfileName;
  /** Playback speed. @default 1 */
  readonly speed?: number;
  /** Start playing once the first frame is drawn. @default false */
  readonly autoplay: boolean;
  /** Open at this step, or at the script's start/end. @default 'end' for free play, 'start' otherwise */
  readonly at: 'start' | 'end' | number;
  /** Language asked for by `lang=`; undefined means the browser's. */
  readonly lang?: string;
  /** Theme asked for by `theme=`; undefined keeps the learner's choice. */
  readonly theme?: 'light' | 'dark' | 'system';
  /** The panels shown; undefined shows them all. */
  readonly view?: readonly PanelName[];
  /** Compact layout for an iframe. @default false */
  readonly embed: boolean;
  /** Quiz mode on at start. @default false */
  readonly quiz: boolean;
  /** The endpoint the quiz asks about; undefined means both. */
  readonly quizSide?: Side;
  /** Only this origin may command an embedded lab, and events go only to it. */
  readonly parentOrigin?: string;
};

/** The settings plus what was wrong with the URL. */
export type BootResult = {
  readonly config: BootConfig;
  readonly problems: readonly BootProblem[];
};

/** The settings of a page opened without parameters. */
export const DEFAULT_BOOT: BootConfig = {
  script: START_SCRIPT,
  autoplay: false,
  at: 'end',
  embed: false,
  quiz: false,
};

/** Pure. Reads the settings from a URL's query string (`location.search`). Never throws. */
export function readBootConfig(search: string): BootResult {
  const params = new URLSearchParams(search);
  const flag = (name: string) => params.get(name) === '1' || params.get(name) === 'true';
  const quiz = readQuizParams(params);
  const { problems: embedProblems, ...embedParams } = readEmbedParams(params);
  return {
    config: { ...DEFAULT_BOOT, embed: flag('embed'), ...quiz.config, ...embedParams },
    problems: [...quiz.problems, ...embedProblems],
  };
}
