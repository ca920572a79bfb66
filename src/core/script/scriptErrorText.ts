/**
 * The English sentence of every script problem, by code. The parser and the run report a `code` and the
 * `params` filled into its sentence; the English `message` is rendered from here, so the CLI and the
 * tests read the same text as before, and the UI can show the same problem in another language
 * (src/ui/i18n/<lang>/scriptErrors.ts, held to these codes and placeholders by a test).
 */
import { fillTemplate } from '../fillTemplate';

const STATES =
  'CLOSED, LISTEN, SYN_SENT, SYN_RCVD, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT';
const TCB_VARS = 'rcv.nxt, snd.nxt, snd.una, iss, irs, rcv.wnd or snd.wnd';
const OPERATORS = '=, !=, <, <=, > or >=';
const FIELDS = 'seq, ack, len or win';
const ENDPOINT_VARS = 'snd.una, snd.nxt, snd.wnd, rcv.nxt, rcv.wnd, iss, irs, received, unread or sendq';
const CALLS = 'listen, connect, send, read, shutdown, close or abort';
const COMMANDS =
  'seed, profile, link, timers, iss, option, drop, delay, dup, inject, mute, unmute, mark, wait, expect, at, client, server';
const LINK_KEYS = 'latency, jitter, loss, dup or reorder';
const TIMER_KEYS =
  'msl, rto, rto_min, rto_max, fin_timeout, time_wait, user_timeout, delack, retries or syn_retries';
const OPTION_KEYS = 'rfc1337, challenge_ack, syncookies or rcvbuf';
/** The word lists the sentences name, as written in them (a test holds each to the parser's own list). */
export const WORD_LISTS = {
  STATES,
  TCB_VARS,
  FIELDS,
  ENDPOINT_VARS,
  CALLS,
  COMMANDS,
  LINK_KEYS,
  TIMER_KEYS,
  OPTION_KEYS,
} as const;
const SUGGEST = '; did you mean "{suggestion}"?';
const FLAGS_ARE = '(flags are SYN, ACK, FIN, RST and PSH, joined with "+")';
const ERROR_USAGE = 'expect {side} error "connection does not exist" (or none for success)';
const NOTIFIED_USAGE = 'expect {side} notified "connection reset"';
const LAST_USAGE = '"expect last c>s SYN+ACK ack=iss+1"';
const COUNT_USAGE = '"expect count c>s SYN 3"';
const INJECT_USAGE = '"inject s>c RST seq=rcv.nxt"';
const WAIT_UNTIL_USAGE = 'e.g. "wait until client ESTABLISHED"';
const AT_USAGE = 'e.g. "at step 12 client close"';
const UNIT_HINT = 'needs a unit: ms, s, m or min (e.g. {n}ms or {n}s)';
const DURATION = 'must be a duration such as 250ms or 1s, not {word}';
const DURATION_RANGE = 'must be from 0ms to 10 days (864000000ms), not {word}';

/**
 * English templates by code. `{name}` placeholders are filled from the error's params: `{word}` is the
 * offending word as written, in double quotes (JSON escapes, long words cut short); the other params are
 * script words (keywords, endpoints, flags, directions) and numbers, never English phrases.
 */
export const SCRIPT_ERROR_EN = {
  // The lexer and the command's shape.
  unterminatedQuote: 'unterminated quoted text: add a closing " on the same line',
  extraWord: 'unexpected extra word {word}',
  unknownCommandCall: 'unknown command {word}; calls start with the endpoint, e.g. "{side} {call}"',
  unknownCommandSuggest: `unknown command {word}${SUGGEST}`,
  unknownCommand: `unknown command {word} (commands: ${COMMANDS})`,
  atLast:
    'only "at step" lines may follow an "at step" line: the script\'s own commands come first, the replayed actions last',
  internalParserError: 'internal parser error: {error}',
  // Values.
  wholeRange: '{name} must be a whole number from {min} to {max}, not {word}',
  wholeRangeCount: 'the count must be a whole number from {min} to {max}, not {word}',
  wholeRangeStep: 'the step must be a whole number from {min} to {max}, not {word}',
  durationNegative: '{name} cannot be negative ({word})',
  durationNotDuration: `{name} ${DURATION}`,
  durationNoUnit: `{name} {word} ${UNIT_HINT}`,
  durationRange: `{name} ${DURATION_RANGE}`,
  durationNegativeDelay: 'the delay cannot be negative ({word})',
  durationNotDurationDelay: `the delay ${DURATION}`,
  durationNoUnitDelay: `the delay {word} ${UNIT_HINT}`,
  durationRangeDelay: `the delay ${DURATION_RANGE}`,
  durationNegativeTime: 'the time cannot be negative ({word})',
  durationNotDurationTime: `the time ${DURATION}`,
  durationNoUnitTime: `the time {word} ${UNIT_HINT}`,
  durationRangeTime: `the time ${DURATION_RANGE}`,
  unknownTimeUnit: 'unknown time unit {unit} in {word} (use ms, s, m or min)',
  percentRange: '{name} must be from 0% to 100% (or a fraction from 0 to 1), not {word}',
  unknownFlag: `unknown flag {flags} ${FLAGS_ARE}`,
  unknownFlags: `unknown flags {flags} ${FLAGS_ARE}`,
  flagsNoPattern:
    '"|" and "?" patterns work only in expect last and expect count; here flags are an exact set such as SYN+ACK, not {word}',
  emptyFlagName: 'empty flag name in {word} (join flags with "+", e.g. SYN+ACK)',
  flagTwice: 'flag {flag} is listed twice in {word}',
  unknownDirection: 'unknown direction {word} (expected c>s or s>c)',
  unknownEndpoint: 'unknown endpoint {word} (expected client, c, server or s)',
  unknownState: `unknown state {word} (expected one of ${STATES})`,
  unknownStateSuggest: `unknown state {word} (expected one of ${STATES})${SUGGEST}`,
  numExprBad: `{name} must be a number or one of ${TCB_VARS} (optionally +N or -N), not {word}`,
  numExprBadSuggest: `{name} must be a number or one of ${TCB_VARS} (optionally +N or -N), not {word}${SUGGEST}`,
  offsetBad:
    'the offset in {word} must be a whole number from 0 to 4294967295 or a variable (e.g. rcv.nxt+rcv.wnd)',
  sendBytesBad: 'send needs a byte count such as 3000, 3KB or 4KiB, not {word}',
  readBytesBad: 'read takes an optional byte count such as 3000, 3KB or 4KiB, not {word}',
  bytesRange: '{verb} takes from 1 to {max} bytes, not {word}',
  // Checks (`expect last ... CHECK`, `expect <ep> CHECK`).
  fieldCheckExpected: 'expected a field check such as seq=rcv.nxt or win<=1000, not {word}',
  varCheckExpected: 'expected a variable check such as rcv.nxt=irs+1 or unread>0, not {word}',
  unknownOperator: `unknown operator "!" in {word} (use ${OPERATORS})`,
  fieldNameMissing: 'missing a field name before "{op}" in {word}',
  varNameMissing: 'missing a variable name before "{op}" in {word}',
  fieldValueMissing: '{name}{op} needs a value after "{op}", e.g. seq=rcv.nxt or win<=1000',
  varValueMissing: '{name}{op} needs a value after "{op}", e.g. rcv.nxt=irs+1 or unread>0',
  notOperator: `{word} is not an operator (use ${OPERATORS})`,
  needsComparison: '{name} needs a comparison such as {name}=VALUE or {name}>=VALUE, written with no spaces',
  unknownField: `unknown segment field {word} (expected ${FIELDS})`,
  unknownFieldSuggest: `unknown segment field {word} (expected ${FIELDS})${SUGGEST}`,
  unknownVariable: `unknown variable {word} (expected ${ENDPOINT_VARS})`,
  unknownVariableSuggest: `unknown variable {word} (expected ${ENDPOINT_VARS})${SUGGEST}`,
  // expect.
  expectUsage:
    'expect needs an endpoint and a state or check ("expect client ESTABLISHED", "expect c unread=0"), ' +
    'or "last", "none" or "count" and a direction ("expect last c>s SYN")',
  expectKeywordSuggest: `expected an endpoint, "last", "none" or "count" after expect, not {word}${SUGGEST}`,
  expectEndpointNeeds:
    'expect needs a state or a check after the endpoint, e.g. "expect {side} ESTABLISHED" or "expect {side} unread=0"',
  errorTextMissing: `expect error needs a text in double quotes, e.g. ${ERROR_USAGE}`,
  errorTextNotQuoted: `expect error needs a text in double quotes, e.g. ${ERROR_USAGE}, not {word}`,
  errorTextNotQuotedNone: `expect error needs a text in double quotes, e.g. ${ERROR_USAGE}, not {word}; did you mean "none"?`,
  errorTextEmpty: `expect error needs a text between the quotes, e.g. ${ERROR_USAGE}`,
  notifiedTextMissing: `expect notified needs a text in double quotes, e.g. ${NOTIFIED_USAGE}`,
  notifiedTextNotQuoted: `expect notified needs a text in double quotes, e.g. ${NOTIFIED_USAGE}, not {word}`,
  notifiedTextEmpty: `expect notified needs a text between the quotes, e.g. ${NOTIFIED_USAGE}`,
  expectLastNeedsDir: `expect last needs a direction and flags, e.g. ${LAST_USAGE}`,
  expectLastNeedsFlags: `expect last needs flags (use - for none), e.g. ${LAST_USAGE}`,
  expectLastFlagsFirst: `flags come before {word} (use - for none), e.g. ${LAST_USAGE}`,
  expectNoneNeedsDir: 'expect none needs a direction, e.g. "expect none s>c"',
  expectNoneExtra:
    'unexpected extra word {word}: expect none takes only a direction; ' +
    'to expect no segments with certain flags, write "expect count {dir} {text} 0"',
  expectCountNeedsDir: `expect count needs a direction, flags and a number, e.g. ${COUNT_USAGE}`,
  expectCountNeedsFlags: `expect count needs flags and a number, e.g. ${COUNT_USAGE}`,
  expectCountFlagsFirst: `expect count needs flags before the number (- for none), e.g. ${COUNT_USAGE}`,
  expectCountNeedsNumber: `expect count needs a number after the flags, e.g. ${COUNT_USAGE}`,
  expectCountPlain: 'write the count as a plain number: {n}, not {word}',
  // Flag patterns.
  emptyAlternative: 'empty alternative in {word} (separate alternatives with "|", e.g. RST|RST+ACK)',
  dashOptional: '"-" (no flags) cannot take "?" in {word}; to allow no flags or others, write -|ACK',
  dashAlone: '"-" (no flags) stands alone in {word}; to allow no flags or others, write -|ACK',
  emptyFlagNamePattern: 'empty flag name in {word} (join flags with "+", e.g. FIN+ACK+PSH?)',
  flagBoth: 'flag {flag} is both required and optional in {word}',
  // Calls, mute, wait.
  callMissing: '{side} needs a call: listen, connect, send N, read [N], shutdown, close or abort',
  muteNotCall: '{name} is not a call; write "{name} {side}"',
  unknownCall: `unknown call {word} (expected ${CALLS})`,
  unknownCallSuggest: `unknown call {word} (expected ${CALLS})${SUGGEST}`,
  sendNeedsCount: 'send needs a byte count, e.g. "{side} send 3000"',
  muteNeedsEndpoint: '{name} needs an endpoint, e.g. "{name} server"',
  waitUsage: 'wait needs a duration (500ms), a multiple of MSL (2msl), "until <endpoint> <state>" or "idle"',
  mslRange: 'a multiple of MSL must be from 0 to 1000, such as 2msl or 0.5msl, not {word}',
  waitExpected:
    'expected a duration (500ms), a multiple of MSL (2msl), "until" or "idle" after wait, not {word}',
  waitExpectedSuggest: `expected a duration (500ms), a multiple of MSL (2msl), "until" or "idle" after wait, not {word}${SUGGEST}`,
  waitUntilNeedsEndpoint: `wait until needs an endpoint and a state, ${WAIT_UNTIL_USAGE}`,
  waitUntilNeedsState: `wait until needs a state, ${WAIT_UNTIL_USAGE}`,
  withinExpected: 'expected "within DURATION" or the end of the command, not {word}',
  withinNeedsDuration: 'within needs a duration, e.g. "within 5s"',
  // Faults and inject.
  selectorNeedsNext: '{name} needs "next" and a direction, e.g. "{name} next c>s SYN"',
  expectedNext: 'expected "next" after {name}, not {word}',
  expectedNextOrId: 'expected "next" or a segment id such as #7 after drop, not {word}',
  segmentIdBad: 'a segment id is # and a whole number from 1 to 4294967295, not {word}',
  dropCountExpected: 'expected a count such as x3, not {word}',
  dropCountExpectedDigits: 'expected a count such as x3, not {word}; to drop several, write x{n}',
  dropCountRange: 'the count must be x and a whole number from 1 to 1000, not {word}',
  delayNeedsDuration: 'delay needs a duration, e.g. "delay next c>s SYN 200ms"',
  injectNeedsDir: `inject needs a direction and flags, e.g. ${INJECT_USAGE}`,
  injectNeedsFlags: `inject needs flags (use - for none), e.g. ${INJECT_USAGE}`,
  injectFlagsFirst: `flags come before {word} (use - for none), e.g. ${INJECT_USAGE}`,
  // key=value settings.
  linkSettingExpected: 'expected a link setting such as loss=10%, not {word}',
  timerSettingExpected: 'expected a timer setting such as rto=1s, not {word}',
  issSettingExpected: 'expected a iss setting such as client=1000, not {word}',
  optionSettingExpected: 'expected a option setting such as rfc1337=on, not {word}',
  segmentSettingExpected: 'expected a segment setting such as seq=rcv.nxt, not {word}',
  settingNeedsValue: '{key} needs a value: write {key}=VALUE with no spaces around "="',
  settingNameMissing: 'missing a setting name before "=" in {word}',
  linkSettingUnknown: `unknown link setting {word} (expected ${LINK_KEYS})`,
  linkSettingUnknownSuggest: `unknown link setting {word} (expected ${LINK_KEYS})${SUGGEST}`,
  timerSettingUnknown: `unknown timer setting {word} (expected ${TIMER_KEYS})`,
  timerSettingUnknownSuggest: `unknown timer setting {word} (expected ${TIMER_KEYS})${SUGGEST}`,
  issSettingUnknown: 'unknown iss setting {word} (expected client or server)',
  issSettingUnknownSuggest: `unknown iss setting {word} (expected client or server)${SUGGEST}`,
  optionSettingUnknown: `unknown option setting {word} (expected ${OPTION_KEYS})`,
  optionSettingUnknownSuggest: `unknown option setting {word} (expected ${OPTION_KEYS})${SUGGEST}`,
  segmentSettingUnknown: `unknown segment setting {word} (expected ${FIELDS})`,
  segmentSettingUnknownSuggest: `unknown segment setting {word} (expected ${FIELDS})${SUGGEST}`,
  settingTwice: '{key} is set twice',
  settingEmptyValue: '{key} needs a value after "="',
  // Setup commands.
  seedNeedsNumber: 'seed needs a number, e.g. "seed 42"',
  profileNeedsName: 'profile needs a name: rfc9293 or linux',
  unknownProfile: 'unknown profile {word} (expected rfc9293 or linux)',
  linkNeedsSetting: `link needs at least one setting: ${LINK_KEYS} (e.g. "link c>s loss=10%")`,
  timersNeedsSetting: 'timers needs at least one setting, e.g. "timers msl=30s rto=1s"',
  delackRange: 'delack must be under 500ms (RFC 9293 §3.8.6.3: an ACK is delayed less than 0.5 s)',
  issNeedsSetting: 'iss needs client=N, server=N or both, e.g. "iss client=1000"',
  optionNeedsSetting: `option needs at least one setting: ${OPTION_KEYS} (e.g. "option rfc1337=on")`,
  switchBad: '{key} must be on or off (or true/false, yes/no, 1/0), not {word}',
  // at step.
  atNeedsStep: `at needs a step, ${AT_USAGE}`,
  atExpectedStep: `expected "step" after "at", not {word} (${AT_USAGE})`,
  atStepNeedsNumber: `at step needs a step number, ${AT_USAGE}`,
  atNeedsCommand: 'at step {step} needs a command to do, e.g. "client close"',
  atNotAction:
    '{word} cannot follow "at step": only calls, link, mute, unmute, drop, delay, dup and inject can',
  // Run failures (runScript.ts, runAt.ts, runExpect.ts).
  internalError: 'internal error: {error}',
  stepLimit: 'the run took more than {max} steps; stopped',
  atWorkLimit: 'the "at step" lines took more than {max} steps of work; stopped',
  runEndsBefore: 'the run ends at step {last}, before step {step}: nothing is left to happen',
  setupTooLate: '"{command}" must come before the first command that acts on the world',
  unknownCallRun: 'unknown call "{call}"',
  segmentGone: 'segment #{id} is no longer on the link (it was sent and has already arrived or been lost)',
  notIdle: 'the link did not go idle within {duration}',
  neverReachedIdle: '{side} never reached {state}: nothing is left to happen; it is in {now} (t={t})',
  neverReachedTimeout: '{side} never reached {state}: not within {duration}; it is in {now} (t={t})',
  expectState: 'expected {side} in {state}, but it is in {actual} (t={t})',
  expectLastNothing: 'expected a {want} segment {dir}, but nothing has been sent {dir}',
  expectLastMismatch: 'expected the last segment {dir} to be {want}{checks}, but {segment}: {problems}',
  expectNoneSent: 'expected nothing sent {dir}, but {n} segment(s) were: {segments}',
  expectCountSinceMark: 'expected {count} {pattern} segment(s) sent {dir} since the mark, but there were {n}',
  expectCountSoFar: 'expected {count} {pattern} segment(s) sent {dir} so far, but there were {n}',
  expectVars: 'expected {side} {checks}, but {problems} (t={t})',
  expectErrorNoCall: 'expected a result of a {side} call, but {side} has made none',
  expectNoErrorGotError: 'expected no error from {side}\'s last call ({call}), but it answered "{got}"',
  expectErrorGotNone: 'expected error "{want}" from {side}\'s last call ({call}), but it succeeded',
  expectErrorGotOther: 'expected error "{want}" from {side}\'s last call ({call}), but it answered "{got}"',
  expectNotified: 'expected {side}\'s application to have been told "{signal}", but it was told {told}',
  expectNotifiedNothing:
    'expected {side}\'s application to have been told "{signal}", but it was told nothing',
  // The items of `{problems}` above, joined with "; ".
  problemFlags: 'its flags are {got}, not {want}',
  problemField: '{field}={actual}, not {op}{expected}',
  problemFieldRel: '{field}={actual}, not {op}{expr} ({expr} = {expected})',
  problemVar: '{name} is {actual}',
  problemVarRel: '{name} is {actual} ({expr} = {expected})',
} as const;

/** A script problem's machine-readable name (a key of SCRIPT_ERROR_EN). */
export type ScriptErrorCode = keyof typeof SCRIPT_ERROR_EN;

/** The values a problem's sentence is filled with, by placeholder name. */
export type ScriptErrorParams = Readonly<Record<string, string | number>>;

/** Pure. The English sentence of a problem. */
export function scriptErrorEn(code: ScriptErrorCode, params: ScriptErrorParams = {}): string {
  return fillTemplate(SCRIPT_ERROR_EN[code], params);
}

/** One item of a sentence that lists several problems (`{problems}`), with its own code. */
export type ScriptErrorPart = { readonly code: ScriptErrorCode; readonly params: ScriptErrorParams };

/** Pure. The English sentence of a problem whose `{problems}` lists `parts`, joined with "; ". */
export function scriptErrorEnWithParts(
  code: ScriptErrorCode,
  params: ScriptErrorParams,
  parts: readonly ScriptErrorPart[] | undefined,
): string {
  if (parts === undefined) return scriptErrorEn(code, params);
  const problems = parts.map((p) => scriptErrorEn(p.code, p.params)).join('; ');
  return scriptErrorEn(code, { ...params, problems });
}
