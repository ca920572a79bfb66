import type { Command, LinkSettingsPatch, OptionPatch, ProfileName, TimerSettingsPatch } from './ast';
import type { Direction } from '../segment';
import { extraWord, lower, quote, wordAt, type Word } from './lexer';
import { parseDirection, parseDuration, parsePercent, parseWhole, UINT32_MAX } from './parseValues';
import { splitSettings } from './parseSettings';
import { fail, ok, type Result } from './result';

/** `seed N`: the PRNG seed, a uint32. */
export function parseSeed(words: readonly Word[]): Result<Command> {
  const w = wordAt(words, 1, 'seedNeedsNumber');
  if (!w.ok) return w;
  const seed = parseWhole(w.value, 'seed', 0, UINT32_MAX, true);
  if (!seed.ok) return seed;
  return extraWord(words, 2) ?? ok({ kind: 'seed', seed: seed.value });
}

const PROFILES: ReadonlyMap<string, ProfileName> = new Map([
  ['rfc9293', 'rfc9293'],
  ['rfc', 'rfc9293'],
  ['rfc-9293', 'rfc9293'],
  ['rfc_9293', 'rfc9293'],
  ['linux', 'linux'],
] as const);

/** `profile rfc9293|linux`. */
export function parseProfile(words: readonly Word[]): Result<Command> {
  const w = wordAt(words, 1, 'profileNeedsName');
  if (!w.ok) return w;
  const profile = PROFILES.get(lower(w.value));
  if (profile === undefined) {
    return fail(w.value, 'unknownProfile', { word: quote(w.value.text) });
  }
  return extraWord(words, 2) ?? ok({ kind: 'profile', profile });
}

export const LINK_KEYS: readonly (keyof LinkSettingsPatch)[] = [
  'latency',
  'jitter',
  'loss',
  'dup',
  'reorder',
];
const LINK_SPEC = { keys: LINK_KEYS, what: 'link' } as const;

/** `link [c>s|s>c] key=value...`: latency and jitter are durations, loss/dup/reorder probabilities. */
export function parseLink(words: readonly Word[]): Result<Command> {
  let from = 1;
  let dir: Direction | 'both' = 'both';
  const first = words[1];
  // A first word without "=" is the direction, unless it is a setting missing its value.
  if (first !== undefined && !first.text.includes('=') && !LINK_KEYS.some((k) => k === lower(first))) {
    from = 2;
    if (lower(first) !== 'both') {
      const d = parseDirection(first);
      if (!d.ok) return d;
      dir = d.value;
    }
  }
  const pairs = splitSettings(words, from, LINK_SPEC);
  if (!pairs.ok) return pairs;
  if (pairs.value.length === 0) {
    return fail(words[words.length - 1] ?? words[0] ?? { line: 1, col: 1 }, 'linkNeedsSetting');
  }
  const settings: LinkSettingsPatch = {};
  for (const { key, value } of pairs.value) {
    const v = key === 'latency' || key === 'jitter' ? parseDuration(value, key) : parsePercent(value, key);
    if (!v.ok) return v;
    settings[key] = v.value;
  }
  return ok({ kind: 'link', dir, settings });
}

export const TIMER_KEYS: readonly (keyof TimerSettingsPatch)[] = [
  'msl',
  'rto',
  'rto_min',
  'rto_max',
  'fin_timeout',
  'time_wait',
  'user_timeout',
  'delack',
  'retries',
  'syn_retries',
];
/** RFC 9293 §3.8.6.3: the delay of a delayed ACK "MUST be less than 0.5 seconds". */
const MAX_DELACK_MS = 500;
const TIMER_SPEC = { keys: TIMER_KEYS, what: 'timer' } as const;

/** `timers key=value...`: durations, except `retries` and `syn_retries`, which count 0..100. */
export function parseTimers(words: readonly Word[]): Result<Command> {
  const pairs = splitSettings(words, 1, TIMER_SPEC);
  if (!pairs.ok) return pairs;
  if (pairs.value.length === 0) {
    return fail(words[0] ?? { line: 1, col: 1 }, 'timersNeedsSetting');
  }
  const settings: TimerSettingsPatch = {};
  for (const { key, value } of pairs.value) {
    const counted = key === 'retries' || key === 'syn_retries';
    const v = counted ? parseWhole(value, key, 0, 100) : parseDuration(value, key);
    if (!v.ok) return v;
    // RFC 9293 §3.8.6.3 (MUST-40): an ACK may be delayed, but by less than 0.5 seconds.
    if (key === 'delack' && v.value >= MAX_DELACK_MS) {
      return fail(value, 'delackRange');
    }
    settings[key] = v.value;
  }
  return ok({ kind: 'timers', settings });
}

const ISS_SPEC = {
  keys: ['client', 'server'] as const,
  aliases: new Map([
    ['c', 'client'],
    ['s', 'server'],
  ] as const),
  what: 'iss',
} as const;

/** `iss client=N server=N`: initial send sequence numbers (either or both), uint32. */
export function parseIss(words: readonly Word[]): Result<Command> {
  const pairs = splitSettings(words, 1, ISS_SPEC);
  if (!pairs.ok) return pairs;
  if (pairs.value.length === 0) {
    return fail(words[0] ?? { line: 1, col: 1 }, 'issNeedsSetting');
  }
  let client: number | undefined;
  let server: number | undefined;
  for (const { key, value } of pairs.value) {
    const v = parseWhole(value, `iss ${key}`, 0, UINT32_MAX, true);
    if (!v.ok) return v;
    if (key === 'client') client = v.value;
    else server = v.value;
  }
  return ok({
    kind: 'iss',
    ...(client === undefined ? {} : { client }),
    ...(server === undefined ? {} : { server }),
  });
}

export const OPTION_KEYS: readonly (keyof OptionPatch)[] = [
  'rfc1337',
  'challenge_ack',
  'syncookies',
  'rcvbuf',
];
const OPTION_SPEC = { keys: OPTION_KEYS, what: 'option' } as const;

const SWITCHES: ReadonlyMap<string, boolean> = new Map([
  ['on', true],
  ['true', true],
  ['yes', true],
  ['1', true],
  ['off', false],
  ['false', false],
  ['no', false],
  ['0', false],
]);

/** `option key=value...`: on/off switches (also true/false, yes/no, 1/0), and `rcvbuf` 0..65535. */
export function parseOption(words: readonly Word[]): Result<Command> {
  const pairs = splitSettings(words, 1, OPTION_SPEC);
  if (!pairs.ok) return pairs;
  if (pairs.value.length === 0) {
    return fail(words[0] ?? { line: 1, col: 1 }, 'optionNeedsSetting');
  }
  const settings: OptionPatch = {};
  for (const { key, value } of pairs.value) {
    if (key === 'rcvbuf') {
      const n = parseWhole(value, key, 0, 65535);
      if (!n.ok) return n;
      settings.rcvbuf = n.value;
    } else {
      const on = SWITCHES.get(lower(value));
      if (on === undefined) {
        return fail(value, 'switchBad', { key, word: quote(value.text) });
      }
      settings[key] = on;
    }
  }
  return ok({ kind: 'option', settings });
}
