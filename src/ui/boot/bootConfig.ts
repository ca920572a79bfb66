/**
 * What the page was opened with: the settings read from its URL (docs/url-api.md) and the problems
 * found in them. Pure: the URL is passed in, nothing is read from `window`.
 */
import type { Lang } from '../i18n/messages';
import type { ProfileName } from '../../core/script/ast';
import { findScenario, SCENARIOS } from '../../core/scenarios/scenarios';
import type { Side } from '../../core/segment';
import { START_SCRIPT } from '../startScript';
import type { PanelName } from './panelNames';
import { readPanels } from './readPanels';
import type { Read } from './bootValues';
import {
  readFlag,
  readLang,
  readNumbers,
  readOrigin,
  readSegment,
  readProfile,
  readSeed,
  readSide,
  readSpeed,
  readStep,
  readTheme,
} from './bootValues';
import { nearest } from '../../core/script/suggest';
import { quote } from '../../core/script/lexer';
import type { QueryParam } from './queryParams';
import { splitQuery } from './queryParams';

export { PANEL_NAMES } from './panelNames';
export type { PanelName } from './panelNames';

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
  readonly lang?: Lang;
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
  /** `segment=N`: the segment selected at start (#N, opened in the packet inspector). */
  readonly segment?: number;
  /** `numbers=absolute`: the chart labels absolute sequence numbers instead of relative ones. @default false */
  readonly absolute?: boolean;
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

/** Longest `script=` accepted, in characters once decoded: a long lesson with its recorded actions. */
export const MAX_SCRIPT_LENGTH = 32_768;

/** Longest value of any other parameter. */
export const MAX_VALUE_LENGTH = 256;

/** Most parameters read; the rest are reported once and ignored. */
export const MAX_PARAMS = 64;

/** Every parameter, by its lower-case name, with the name it is written with in the docs. */
const PARAMS = [
  'scenario',
  'script',
  'seed',
  'profile',
  'speed',
  'autoplay',
  'step',
  'lang',
  'theme',
  'view',
  'embed',
  'quiz',
  'quizSide',
  'parentOrigin',
  'segment',
  'numbers',
] as const;

type ParamName = (typeof PARAMS)[number];

const BY_LOWER: ReadonlyMap<string, ParamName> = new Map(PARAMS.map((p) => [p.toLowerCase(), p]));

type Settings = { -readonly [K in keyof BootConfig]?: BootConfig[K] };

type Reader = (text: string) => Read<Settings>;

const map =
  <T>(read: (text: string) => Read<T>, to: (v: T) => Settings): Reader =>
  (text) => {
    const r = read(text);
    return r.ok ? { ok: true, value: to(r.value) } : r;
  };

const READERS: Readonly<Record<Exclude<ParamName, 'scenario' | 'script'>, Reader>> = {
  seed: map(readSeed, (seed) => ({ seed })),
  profile: map(readProfile, (profile) => ({ profile })),
  speed: map(readSpeed, (speed) => ({ speed })),
  autoplay: map(readFlag, (autoplay) => ({ autoplay })),
  step: map(readStep, (at) => ({ at })),
  lang: map(readLang, (lang) => ({ lang })),
  theme: map(readTheme, (theme) => ({ theme })),
  view: map(readPanels, (view) => ({ view })),
  embed: map(readFlag, (embed) => ({ embed })),
  quiz: map(readFlag, (quiz) => ({ quiz })),
  quizSide: map(readSide, (quizSide) => ({ quizSide })),
  parentOrigin: map(readOrigin, (parentOrigin) => ({ parentOrigin })),
  segment: map(readSegment, (segment) => ({ segment })),
  numbers: map(readNumbers, (absolute) => ({ absolute })),
};

/** Reads `scenario=` and `script=` (given the first value of each) into the script to start from. */
function readScript(
  scenario: QueryParam | undefined,
  script: QueryParam | undefined,
  problems: BootProblem[],
): Settings {
  if (script?.value !== undefined) {
    if (scenario) problems.push({ param: scenario.name, key: 'url.scenarioAndScript' });
    return { script: script.value, at: 'start' };
  }
  if (scenario?.value === undefined) return {};
  const found = findScenario(scenario.value);
  if (found) return { script: found.script, scenario: found.name, at: 'start' };
  const names = SCENARIOS.map((s) => s.name);
  const suggestion = nearest(scenario.value.trim(), names);
  problems.push({
    param: scenario.name,
    key: suggestion ? 'url.scenarioDidYouMean' : 'url.scenario',
    params: { value: quote(scenario.value), ...(suggestion ? { suggestion } : {}) },
  });
  return {};
}

function defectProblem(p: QueryParam): BootProblem | undefined {
  const bad = p.bad;
  if (!bad) return undefined;
  if (bad.kind === 'tooLong') return { param: p.name, key: 'url.tooLong', params: { ...bad } };
  if (bad.kind === 'badEscape') {
    return { param: p.name, key: 'url.badEscape', params: { pos: bad.pos, text: quote(bad.text) } };
  }
  return { param: p.name, key: 'url.control', params: { pos: bad.pos, code: bad.code } };
}

/**
 * Pure. Reads the settings from a URL's query string (`location.search`) and, to catch a script cut
 * short by an unencoded `#`, its fragment (`location.hash`). Never throws: every problem becomes a
 * `BootProblem` naming the parameter, and the setting keeps its default.
 */
export function readBootConfig(search: string, hash = ''): BootResult {
  const problems: BootProblem[] = [];
  const all = splitQuery(typeof search === 'string' ? search : '', (name) =>
    name === 'script' ? MAX_SCRIPT_LENGTH : MAX_VALUE_LENGTH,
  );
  const list = all.slice(0, MAX_PARAMS);
  const extra = all[MAX_PARAMS];
  if (extra) {
    problems.push({ param: extra.name, key: 'url.tooMany', params: { count: all.length, max: MAX_PARAMS } });
  }
  const first = new Map<ParamName, QueryParam>();
  const counts = new Map<ParamName, number>();
  let unknown = 0;
  for (const p of list) {
    const known = BY_LOWER.get(p.name.toLowerCase());
    if (known === undefined) {
      if (unknown++ < 8) problems.push(unknownProblem(p.name));
      continue;
    }
    counts.set(known, (counts.get(known) ?? 0) + 1);
    if (first.has(known)) continue;
    first.set(known, p);
    const defect = defectProblem(p);
    if (defect) problems.push(defect);
  }
  for (const [name, count] of counts) {
    const p = first.get(name);
    if (count > 1 && p) {
      problems.push({
        param: p.name,
        key: 'url.duplicate',
        params: { count, value: quote(p.value ?? p.raw) },
      });
    }
  }
  let config: Settings = {
    ...DEFAULT_BOOT,
    ...readScript(first.get('scenario'), first.get('script'), problems),
  };
  for (const [name, p] of first) {
    if (name === 'scenario' || name === 'script' || p.value === undefined) continue;
    const r = READERS[name](p.value);
    if (r.ok) config = { ...config, ...r.value };
    else {
      problems.push({ param: p.name, key: r.key, params: r.params });
      // A restriction we cannot honour must not lift it: an invalid parentOrigin is kept as written, so
      // the postMessage API accepts no one (originPolicy fails closed; docs/embed.md, "Origins").
      if (name === 'parentOrigin') config = { ...config, parentOrigin: p.value };
    }
  }
  const script = first.get('script');
  if (script && typeof hash === 'string' && hash.length > 1 && all[all.length - 1] === script) {
    problems.push({ param: script.name, key: 'url.hashInScript' });
  }
  return { config: config as BootConfig, problems };
}

function unknownProblem(name: string): BootProblem {
  if (name === '') return { param: name, key: 'url.unnamed' };
  const suggestion = nearest(
    name,
    PARAMS.map((p) => p.toLowerCase()),
  );
  const proper = suggestion === undefined ? undefined : BY_LOWER.get(suggestion);
  return proper
    ? { param: name, key: 'url.unknownDidYouMean', params: { suggestion: proper } }
    : { param: name, key: 'url.unknown', params: { list: PARAMS.join(', ') } };
}
