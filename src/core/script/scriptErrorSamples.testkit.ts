/**
 * One bad script for every parse-error code, with the error it must give: where, and the English
 * sentence the parser gave before errors had codes (captured from that parser, so the English cannot
 * drift). Test data for the core and the UI tests; not shipped.
 */
export const PARSE_ERROR_SAMPLES: Readonly<
  Record<string, { script: string; line: number; col: number; message: string }>
> = {
  unterminatedQuote: {
    script: 'expect client error "oops',
    line: 1,
    col: 21,
    message: 'unterminated quoted text: add a closing " on the same line',
  },
  extraWord: { script: 'mark now', line: 1, col: 6, message: 'unexpected extra word "now"' },
  wholeRange: {
    script: 'seed 4294967296',
    line: 1,
    col: 6,
    message: 'seed must be a whole number from 0 to 4294967295, not "4294967296"',
  },
  wholeRangeCount: {
    script: 'expect count c>s SYN 100001',
    line: 1,
    col: 22,
    message: 'the count must be a whole number from 0 to 100000, not "100001"',
  },
  wholeRangeStep: {
    script: 'at step 999999 client close',
    line: 1,
    col: 9,
    message: 'the step must be a whole number from 0 to 200000, not "999999"',
  },
  durationNegative: { script: 'wait -1s', line: 1, col: 6, message: 'wait cannot be negative ("-1s")' },
  durationNotDuration: {
    script: 'link latency=abc',
    line: 1,
    col: 14,
    message: 'latency must be a duration such as 250ms or 1s, not "abc"',
  },
  durationNoUnit: {
    script: 'wait 5',
    line: 1,
    col: 6,
    message: 'wait "5" needs a unit: ms, s, m or min (e.g. 5ms or 5s)',
  },
  durationRange: {
    script: 'wait 11000000s',
    line: 1,
    col: 6,
    message: 'wait must be from 0ms to 10 days (864000000ms), not "11000000s"',
  },
  durationNegativeDelay: {
    script: 'delay next c>s -5ms',
    line: 1,
    col: 16,
    message: 'the delay cannot be negative ("-5ms")',
  },
  durationNotDurationDelay: {
    script: 'delay next c>s .ms',
    line: 1,
    col: 16,
    message: 'the delay must be a duration such as 250ms or 1s, not ".ms"',
  },
  durationNoUnitDelay: {
    script: 'delay next c>s 200',
    line: 1,
    col: 16,
    message: 'the delay "200" needs a unit: ms, s, m or min (e.g. 200ms or 200s)',
  },
  durationRangeDelay: {
    script: 'delay next c>s 11000000s',
    line: 1,
    col: 16,
    message: 'the delay must be from 0ms to 10 days (864000000ms), not "11000000s"',
  },
  durationNegativeTime: {
    script: 'at step 3 t=-1s client close',
    line: 1,
    col: 13,
    message: 'the time cannot be negative ("-1s")',
  },
  durationNotDurationTime: {
    script: 'at step 3 t=x client close',
    line: 1,
    col: 13,
    message: 'the time must be a duration such as 250ms or 1s, not "x"',
  },
  durationNoUnitTime: {
    script: 'at step 3 t=5 client close',
    line: 1,
    col: 13,
    message: 'the time "5" needs a unit: ms, s, m or min (e.g. 5ms or 5s)',
  },
  durationRangeTime: {
    script: 'at step 3 t=11000000s client close',
    line: 1,
    col: 13,
    message: 'the time must be from 0ms to 10 days (864000000ms), not "11000000s"',
  },
  unknownTimeUnit: {
    script: 'wait 5h',
    line: 1,
    col: 6,
    message: 'unknown time unit "h" in "5h" (use ms, s, m or min)',
  },
  percentRange: {
    script: 'link loss=150%',
    line: 1,
    col: 11,
    message: 'loss must be from 0% to 100% (or a fraction from 0 to 1), not "150%"',
  },
  unknownFlag: {
    script: 'inject c>s SYNN',
    line: 1,
    col: 12,
    message: 'unknown flag "SYNN" (flags are SYN, ACK, FIN, RST and PSH, joined with "+")',
  },
  unknownFlags: {
    script: 'inject c>s SYNN+AKC',
    line: 1,
    col: 12,
    message: 'unknown flags "SYNN", "AKC" (flags are SYN, ACK, FIN, RST and PSH, joined with "+")',
  },
  flagsNoPattern: {
    script: 'inject c>s SYN|ACK',
    line: 1,
    col: 12,
    message:
      '"|" and "?" patterns work only in expect last and expect count; here flags are an exact set such as SYN+ACK, not "SYN|ACK"',
  },
  emptyFlagName: {
    script: 'inject c>s SYN++ACK',
    line: 1,
    col: 12,
    message: 'empty flag name in "SYN++ACK" (join flags with "+", e.g. SYN+ACK)',
  },
  flagTwice: {
    script: 'inject c>s SYN+SYN',
    line: 1,
    col: 12,
    message: 'flag SYN is listed twice in "SYN+SYN"',
  },
  unknownDirection: {
    script: 'expect none c<s',
    line: 1,
    col: 13,
    message: 'unknown direction "c<s" (expected c>s or s>c)',
  },
  unknownEndpoint: {
    script: 'mute clinet',
    line: 1,
    col: 6,
    message: 'unknown endpoint "clinet" (expected client, c, server or s)',
  },
  unknownState: {
    script: 'expect client ESTABLISH',
    line: 1,
    col: 15,
    message:
      'unknown state "ESTABLISH" (expected one of CLOSED, LISTEN, SYN_SENT, SYN_RCVD, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT)',
  },
  unknownStateSuggest: {
    script: 'expect client erorr',
    line: 1,
    col: 15,
    message:
      'unknown state "erorr" (expected one of CLOSED, LISTEN, SYN_SENT, SYN_RCVD, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK, TIME_WAIT); did you mean "error"?',
  },
  numExprBad: {
    script: 'inject s>c RST seq=foo',
    line: 1,
    col: 20,
    message:
      'seq must be a number or one of rcv.nxt, snd.nxt, snd.una, iss, irs, rcv.wnd or snd.wnd (optionally +N or -N), not "foo"',
  },
  numExprBadSuggest: {
    script: 'inject s>c RST seq=rcv.nxx',
    line: 1,
    col: 20,
    message:
      'seq must be a number or one of rcv.nxt, snd.nxt, snd.una, iss, irs, rcv.wnd or snd.wnd (optionally +N or -N), not "rcv.nxx"; did you mean "rcv.nxt"?',
  },
  offsetBad: {
    script: 'inject s>c RST seq=rcv.nxt+abc',
    line: 1,
    col: 20,
    message:
      'the offset in "rcv.nxt+abc" must be a whole number from 0 to 4294967295 or a variable (e.g. rcv.nxt+rcv.wnd)',
  },
  sendBytesBad: {
    script: 'client send lots',
    line: 1,
    col: 13,
    message: 'send needs a byte count such as 3000, 3KB or 4KiB, not "lots"',
  },
  readBytesBad: {
    script: 'client read lots',
    line: 1,
    col: 13,
    message: 'read takes an optional byte count such as 3000, 3KB or 4KiB, not "lots"',
  },
  bytesRange: {
    script: 'client send 0',
    line: 1,
    col: 13,
    message: 'send takes from 1 to 100000000 bytes, not "0"',
  },
  unknownCommandCall: {
    script: 'connect',
    line: 1,
    col: 1,
    message: 'unknown command "connect"; calls start with the endpoint, e.g. "client connect"',
  },
  unknownCommandSuggest: {
    script: 'sed 4',
    line: 1,
    col: 1,
    message: 'unknown command "sed"; did you mean "seed"?',
  },
  unknownCommand: {
    script: 'hello world',
    line: 1,
    col: 1,
    message:
      'unknown command "hello" (commands: seed, profile, link, timers, iss, option, drop, delay, dup, inject, mute, unmute, mark, wait, expect, at, client, server)',
  },
  atLast: {
    script: 'at step 1 client connect\nwait 1s',
    line: 2,
    col: 1,
    message:
      'only "at step" lines may follow an "at step" line: the script\'s own commands come first, the replayed actions last',
  },
  fieldCheckExpected: {
    script: 'expect last c>s SYN foo',
    line: 1,
    col: 21,
    message: 'expected a field check such as seq=rcv.nxt or win<=1000, not "foo"',
  },
  varCheckExpected: {
    script: 'expect client unread=0 foo',
    line: 1,
    col: 24,
    message: 'expected a variable check such as rcv.nxt=irs+1 or unread>0, not "foo"',
  },
  unknownOperator: {
    script: 'expect client unread!0',
    line: 1,
    col: 21,
    message: 'unknown operator "!" in "unread!0" (use =, !=, <, <=, > or >=)',
  },
  fieldNameMissing: {
    script: 'expect last c>s SYN =5',
    line: 1,
    col: 21,
    message: 'missing a field name before "=" in "=5"',
  },
  varNameMissing: {
    script: 'expect client =5',
    line: 1,
    col: 15,
    message: 'missing a variable name before "=" in "=5"',
  },
  fieldValueMissing: {
    script: 'expect last c>s SYN seq=',
    line: 1,
    col: 21,
    message: 'seq= needs a value after "=", e.g. seq=rcv.nxt or win<=1000',
  },
  varValueMissing: {
    script: 'expect client unread=',
    line: 1,
    col: 15,
    message: 'unread= needs a value after "=", e.g. rcv.nxt=irs+1 or unread>0',
  },
  notOperator: {
    script: 'expect client unread=>0',
    line: 1,
    col: 21,
    message: '"=>" is not an operator (use =, !=, <, <=, > or >=)',
  },
  needsComparison: {
    script: 'expect client unread',
    line: 1,
    col: 15,
    message: 'unread needs a comparison such as unread=VALUE or unread>=VALUE, written with no spaces',
  },
  unknownField: {
    script: 'expect last c>s SYN foo=1',
    line: 1,
    col: 21,
    message: 'unknown segment field "foo" (expected seq, ack, len or win)',
  },
  unknownFieldSuggest: {
    script: 'expect last c>s SYN sek=1',
    line: 1,
    col: 21,
    message: 'unknown segment field "sek" (expected seq, ack, len or win); did you mean "seq"?',
  },
  unknownVariable: {
    script: 'expect client foo=1',
    line: 1,
    col: 15,
    message:
      'unknown variable "foo" (expected snd.una, snd.nxt, snd.wnd, rcv.nxt, rcv.wnd, iss, irs, received, unread or sendq)',
  },
  unknownVariableSuggest: {
    script: 'expect client unred=1',
    line: 1,
    col: 15,
    message:
      'unknown variable "unred" (expected snd.una, snd.nxt, snd.wnd, rcv.nxt, rcv.wnd, iss, irs, received, unread or sendq); did you mean "unread"?',
  },
  expectUsage: {
    script: 'expect',
    line: 1,
    col: 1,
    message:
      'expect needs an endpoint and a state or check ("expect client ESTABLISHED", "expect c unread=0"), or "last", "none" or "count" and a direction ("expect last c>s SYN")',
  },
  expectKeywordSuggest: {
    script: 'expect lats c>s SYN',
    line: 1,
    col: 8,
    message: 'expected an endpoint, "last", "none" or "count" after expect, not "lats"; did you mean "last"?',
  },
  expectEndpointNeeds: {
    script: 'expect client',
    line: 1,
    col: 8,
    message:
      'expect needs a state or a check after the endpoint, e.g. "expect client ESTABLISHED" or "expect client unread=0"',
  },
  errorTextMissing: {
    script: 'expect client error',
    line: 1,
    col: 15,
    message:
      'expect error needs a text in double quotes, e.g. expect client error "connection does not exist" (or none for success)',
  },
  errorTextNotQuoted: {
    script: 'expect client error refused',
    line: 1,
    col: 21,
    message:
      'expect error needs a text in double quotes, e.g. expect client error "connection does not exist" (or none for success), not "refused"',
  },
  errorTextNotQuotedNone: {
    script: 'expect client error none2',
    line: 1,
    col: 21,
    message:
      'expect error needs a text in double quotes, e.g. expect client error "connection does not exist" (or none for success), not "none2"; did you mean "none"?',
  },
  errorTextEmpty: {
    script: 'expect client error ""',
    line: 1,
    col: 21,
    message:
      'expect error needs a text between the quotes, e.g. expect client error "connection does not exist" (or none for success)',
  },
  notifiedTextMissing: {
    script: 'expect client notified',
    line: 1,
    col: 15,
    message: 'expect notified needs a text in double quotes, e.g. expect client notified "connection reset"',
  },
  notifiedTextNotQuoted: {
    script: 'expect client notified reset',
    line: 1,
    col: 24,
    message:
      'expect notified needs a text in double quotes, e.g. expect client notified "connection reset", not "reset"',
  },
  notifiedTextEmpty: {
    script: 'expect client notified ""',
    line: 1,
    col: 24,
    message:
      'expect notified needs a text between the quotes, e.g. expect client notified "connection reset"',
  },
  expectLastNeedsDir: {
    script: 'expect last',
    line: 1,
    col: 8,
    message: 'expect last needs a direction and flags, e.g. "expect last c>s SYN+ACK ack=iss+1"',
  },
  expectLastNeedsFlags: {
    script: 'expect last c>s',
    line: 1,
    col: 13,
    message: 'expect last needs flags (use - for none), e.g. "expect last c>s SYN+ACK ack=iss+1"',
  },
  expectLastFlagsFirst: {
    script: 'expect last c>s seq=1',
    line: 1,
    col: 17,
    message: 'flags come before "seq=1" (use - for none), e.g. "expect last c>s SYN+ACK ack=iss+1"',
  },
  expectNoneNeedsDir: {
    script: 'expect none',
    line: 1,
    col: 8,
    message: 'expect none needs a direction, e.g. "expect none s>c"',
  },
  expectNoneExtra: {
    script: 'expect none c>s SYN',
    line: 1,
    col: 17,
    message:
      'unexpected extra word "SYN": expect none takes only a direction; to expect no segments with certain flags, write "expect count c>s SYN 0"',
  },
  expectCountNeedsDir: {
    script: 'expect count',
    line: 1,
    col: 8,
    message: 'expect count needs a direction, flags and a number, e.g. "expect count c>s SYN 3"',
  },
  expectCountNeedsFlags: {
    script: 'expect count c>s',
    line: 1,
    col: 14,
    message: 'expect count needs flags and a number, e.g. "expect count c>s SYN 3"',
  },
  expectCountFlagsFirst: {
    script: 'expect count c>s 3',
    line: 1,
    col: 18,
    message: 'expect count needs flags before the number (- for none), e.g. "expect count c>s SYN 3"',
  },
  expectCountNeedsNumber: {
    script: 'expect count c>s SYN',
    line: 1,
    col: 18,
    message: 'expect count needs a number after the flags, e.g. "expect count c>s SYN 3"',
  },
  expectCountPlain: {
    script: 'expect count c>s SYN x3',
    line: 1,
    col: 22,
    message: 'write the count as a plain number: 3, not "x3"',
  },
  emptyAlternative: {
    script: 'expect last c>s SYN||ACK',
    line: 1,
    col: 17,
    message: 'empty alternative in "SYN||ACK" (separate alternatives with "|", e.g. RST|RST+ACK)',
  },
  dashOptional: {
    script: 'expect last c>s -?',
    line: 1,
    col: 17,
    message: '"-" (no flags) cannot take "?" in "-?"; to allow no flags or others, write -|ACK',
  },
  dashAlone: {
    script: 'expect last c>s -+ACK',
    line: 1,
    col: 17,
    message: '"-" (no flags) stands alone in "-+ACK"; to allow no flags or others, write -|ACK',
  },
  emptyFlagNamePattern: {
    script: 'expect last c>s SYN++ACK',
    line: 1,
    col: 17,
    message: 'empty flag name in "SYN++ACK" (join flags with "+", e.g. FIN+ACK+PSH?)',
  },
  flagBoth: {
    script: 'expect last c>s ACK+ACK?',
    line: 1,
    col: 17,
    message: 'flag ACK is both required and optional in "ACK+ACK?"',
  },
  callMissing: {
    script: 'client',
    line: 1,
    col: 1,
    message: 'client needs a call: listen, connect, send N, read [N], shutdown, close or abort',
  },
  muteNotCall: { script: 'client mute', line: 1, col: 8, message: 'mute is not a call; write "mute client"' },
  unknownCall: {
    script: 'client foo',
    line: 1,
    col: 8,
    message: 'unknown call "foo" (expected listen, connect, send, read, shutdown, close or abort)',
  },
  unknownCallSuggest: {
    script: 'client conect',
    line: 1,
    col: 8,
    message:
      'unknown call "conect" (expected listen, connect, send, read, shutdown, close or abort); did you mean "connect"?',
  },
  sendNeedsCount: {
    script: 'client send',
    line: 1,
    col: 8,
    message: 'send needs a byte count, e.g. "client send 3000"',
  },
  muteNeedsEndpoint: {
    script: 'mute',
    line: 1,
    col: 1,
    message: 'mute needs an endpoint, e.g. "mute server"',
  },
  waitUsage: {
    script: 'wait',
    line: 1,
    col: 1,
    message: 'wait needs a duration (500ms), a multiple of MSL (2msl), "until <endpoint> <state>" or "idle"',
  },
  mslRange: {
    script: 'wait 2000msl',
    line: 1,
    col: 6,
    message: 'a multiple of MSL must be from 0 to 1000, such as 2msl or 0.5msl, not "2000msl"',
  },
  waitExpected: {
    script: 'wait forever',
    line: 1,
    col: 6,
    message:
      'expected a duration (500ms), a multiple of MSL (2msl), "until" or "idle" after wait, not "forever"',
  },
  waitExpectedSuggest: {
    script: 'wait idel',
    line: 1,
    col: 6,
    message:
      'expected a duration (500ms), a multiple of MSL (2msl), "until" or "idle" after wait, not "idel"; did you mean "idle"?',
  },
  waitUntilNeedsEndpoint: {
    script: 'wait until',
    line: 1,
    col: 6,
    message: 'wait until needs an endpoint and a state, e.g. "wait until client ESTABLISHED"',
  },
  waitUntilNeedsState: {
    script: 'wait until client',
    line: 1,
    col: 12,
    message: 'wait until needs a state, e.g. "wait until client ESTABLISHED"',
  },
  withinExpected: {
    script: 'wait until client ESTABLISHED after 5s',
    line: 1,
    col: 31,
    message: 'expected "within DURATION" or the end of the command, not "after"',
  },
  withinNeedsDuration: {
    script: 'wait until client ESTABLISHED within',
    line: 1,
    col: 31,
    message: 'within needs a duration, e.g. "within 5s"',
  },
  selectorNeedsNext: {
    script: 'dup',
    line: 1,
    col: 1,
    message: 'dup needs "next" and a direction, e.g. "dup next c>s SYN"',
  },
  expectedNext: {
    script: 'dup first c>s',
    line: 1,
    col: 5,
    message: 'expected "next" after dup, not "first"',
  },
  expectedNextOrId: {
    script: 'drop first c>s',
    line: 1,
    col: 6,
    message: 'expected "next" or a segment id such as #7 after drop, not "first"',
  },
  segmentIdBad: {
    script: 'drop #0',
    line: 1,
    col: 6,
    message: 'a segment id is # and a whole number from 1 to 4294967295, not "#0"',
  },
  dropCountExpected: {
    script: 'drop next c>s SYN twice',
    line: 1,
    col: 19,
    message: 'expected a count such as x3, not "twice"',
  },
  dropCountExpectedDigits: {
    script: 'drop next c>s SYN 3',
    line: 1,
    col: 19,
    message: 'expected a count such as x3, not "3"; to drop several, write x3',
  },
  dropCountRange: {
    script: 'drop next c>s SYN x0',
    line: 1,
    col: 19,
    message: 'the count must be x and a whole number from 1 to 1000, not "x0"',
  },
  delayNeedsDuration: {
    script: 'delay next c>s SYN',
    line: 1,
    col: 16,
    message: 'delay needs a duration, e.g. "delay next c>s SYN 200ms"',
  },
  injectNeedsDir: {
    script: 'inject',
    line: 1,
    col: 1,
    message: 'inject needs a direction and flags, e.g. "inject s>c RST seq=rcv.nxt"',
  },
  injectNeedsFlags: {
    script: 'inject c>s',
    line: 1,
    col: 8,
    message: 'inject needs flags (use - for none), e.g. "inject s>c RST seq=rcv.nxt"',
  },
  injectFlagsFirst: {
    script: 'inject c>s seq=1',
    line: 1,
    col: 12,
    message: 'flags come before "seq=1" (use - for none), e.g. "inject s>c RST seq=rcv.nxt"',
  },
  linkSettingExpected: {
    script: 'link c>s fast',
    line: 1,
    col: 10,
    message: 'expected a link setting such as loss=10%, not "fast"',
  },
  timerSettingExpected: {
    script: 'timers fast',
    line: 1,
    col: 8,
    message: 'expected a timer setting such as rto=1s, not "fast"',
  },
  issSettingExpected: {
    script: 'iss 1000',
    line: 1,
    col: 5,
    message: 'expected a iss setting such as client=1000, not "1000"',
  },
  optionSettingExpected: {
    script: 'option fast',
    line: 1,
    col: 8,
    message: 'expected a option setting such as rfc1337=on, not "fast"',
  },
  segmentSettingExpected: {
    script: 'inject c>s SYN fast',
    line: 1,
    col: 16,
    message: 'expected a segment setting such as seq=rcv.nxt, not "fast"',
  },
  settingNeedsValue: {
    script: 'timers rto',
    line: 1,
    col: 8,
    message: 'rto needs a value: write rto=VALUE with no spaces around "="',
  },
  settingNameMissing: {
    script: 'timers =1s',
    line: 1,
    col: 8,
    message: 'missing a setting name before "=" in "=1s"',
  },
  linkSettingUnknown: {
    script: 'link foo=1',
    line: 1,
    col: 6,
    message: 'unknown link setting "foo" (expected latency, jitter, loss, dup or reorder)',
  },
  linkSettingUnknownSuggest: {
    script: 'link los=10%',
    line: 1,
    col: 6,
    message:
      'unknown link setting "los" (expected latency, jitter, loss, dup or reorder); did you mean "loss"?',
  },
  timerSettingUnknown: {
    script: 'timers foo=1s',
    line: 1,
    col: 8,
    message:
      'unknown timer setting "foo" (expected msl, rto, rto_min, rto_max, fin_timeout, time_wait, user_timeout, delack, retries or syn_retries)',
  },
  timerSettingUnknownSuggest: {
    script: 'timers rtt=1s',
    line: 1,
    col: 8,
    message:
      'unknown timer setting "rtt" (expected msl, rto, rto_min, rto_max, fin_timeout, time_wait, user_timeout, delack, retries or syn_retries); did you mean "rto"?',
  },
  issSettingUnknown: {
    script: 'iss foo=1',
    line: 1,
    col: 5,
    message: 'unknown iss setting "foo" (expected client or server)',
  },
  issSettingUnknownSuggest: {
    script: 'iss clent=1',
    line: 1,
    col: 5,
    message: 'unknown iss setting "clent" (expected client or server); did you mean "client"?',
  },
  optionSettingUnknown: {
    script: 'option foo=on',
    line: 1,
    col: 8,
    message: 'unknown option setting "foo" (expected rfc1337, challenge_ack, syncookies or rcvbuf)',
  },
  optionSettingUnknownSuggest: {
    script: 'option rcvbuff=1',
    line: 1,
    col: 8,
    message:
      'unknown option setting "rcvbuff" (expected rfc1337, challenge_ack, syncookies or rcvbuf); did you mean "rcvbuf"?',
  },
  segmentSettingUnknown: {
    script: 'inject c>s SYN foo=1',
    line: 1,
    col: 16,
    message: 'unknown segment setting "foo" (expected seq, ack, len or win)',
  },
  segmentSettingUnknownSuggest: {
    script: 'inject c>s SYN sek=1',
    line: 1,
    col: 16,
    message: 'unknown segment setting "sek" (expected seq, ack, len or win); did you mean "seq"?',
  },
  settingTwice: { script: 'timers rto=1s rto=2s', line: 1, col: 15, message: 'rto is set twice' },
  settingEmptyValue: { script: 'timers rto=', line: 1, col: 8, message: 'rto needs a value after "="' },
  seedNeedsNumber: { script: 'seed', line: 1, col: 1, message: 'seed needs a number, e.g. "seed 42"' },
  profileNeedsName: { script: 'profile', line: 1, col: 1, message: 'profile needs a name: rfc9293 or linux' },
  unknownProfile: {
    script: 'profile bsd',
    line: 1,
    col: 9,
    message: 'unknown profile "bsd" (expected rfc9293 or linux)',
  },
  linkNeedsSetting: {
    script: 'link c>s',
    line: 1,
    col: 6,
    message:
      'link needs at least one setting: latency, jitter, loss, dup or reorder (e.g. "link c>s loss=10%")',
  },
  timersNeedsSetting: {
    script: 'timers',
    line: 1,
    col: 1,
    message: 'timers needs at least one setting, e.g. "timers msl=30s rto=1s"',
  },
  delackRange: {
    script: 'timers delack=600ms',
    line: 1,
    col: 15,
    message: 'delack must be under 500ms (RFC 9293 §3.8.6.3: an ACK is delayed less than 0.5 s)',
  },
  issNeedsSetting: {
    script: 'iss',
    line: 1,
    col: 1,
    message: 'iss needs client=N, server=N or both, e.g. "iss client=1000"',
  },
  optionNeedsSetting: {
    script: 'option',
    line: 1,
    col: 1,
    message:
      'option needs at least one setting: rfc1337, challenge_ack, syncookies or rcvbuf (e.g. "option rfc1337=on")',
  },
  switchBad: {
    script: 'option rfc1337=maybe',
    line: 1,
    col: 16,
    message: 'rfc1337 must be on or off (or true/false, yes/no, 1/0), not "maybe"',
  },
  atNeedsStep: { script: 'at', line: 1, col: 1, message: 'at needs a step, e.g. "at step 12 client close"' },
  atExpectedStep: {
    script: 'at 12 client close',
    line: 1,
    col: 4,
    message: 'expected "step" after "at", not "12" (e.g. "at step 12 client close")',
  },
  atStepNeedsNumber: {
    script: 'at step',
    line: 1,
    col: 4,
    message: 'at step needs a step number, e.g. "at step 12 client close"',
  },
  atNeedsCommand: {
    script: 'at step 3',
    line: 1,
    col: 9,
    message: 'at step 3 needs a command to do, e.g. "client close"',
  },
  atNotAction: {
    script: 'at step 3 expect client CLOSED',
    line: 1,
    col: 11,
    message:
      '"expect" cannot follow "at step": only calls, link, mute, unmute, drop, delay, dup and inject can',
  },
};

/**
 * One script for every run-failure code that a script can reach, with the failure it must give (the
 * English captured from the runner before failures had codes). Test data; not shipped.
 */
export const RUN_FAILURE_SAMPLES: Readonly<
  Record<
    string,
    {
      script: string;
      limits?: { maxSteps?: number; maxWaitMs?: number };
      kind: string;
      line: number;
      message: string;
    }
  >
> = {
  stepLimit: {
    script: 'server listen\nclient connect\nwait 1s',
    limits: { maxSteps: 3 },
    kind: 'limit',
    line: 3,
    message: 'the run took more than 3 steps; stopped',
  },
  atWorkLimit: {
    script:
      'server listen\nclient connect\nwait until client ESTABLISHED\nclient send 20000\nat step 30 link c>s latency=1ms\nat step 12 link c>s latency=1ms\nat step 30 link c>s latency=1ms\nat step 12 link c>s latency=1ms\nat step 30 link c>s latency=1ms\nat step 12 link c>s latency=1ms',
    limits: { maxSteps: 40 },
    kind: 'limit',
    line: 9,
    message: 'the "at step" lines took more than 80 steps of work; stopped',
  },
  runEndsBefore: {
    script: 'server listen\nclient connect\nat step 99 client close',
    kind: 'command',
    line: 3,
    message: 'the run ends at step 5, before step 99: nothing is left to happen',
  },
  setupTooLate: {
    script: 'server listen\nseed 4',
    kind: 'command',
    line: 2,
    message: '"seed" must come before the first command that acts on the world',
  },
  segmentGone: {
    script: 'server listen\nclient connect\nwait 1s\ndrop #1',
    kind: 'command',
    line: 4,
    message: 'segment #1 is no longer on the link (it was sent and has already arrived or been lost)',
  },
  notIdle: {
    script: 'link latency=1s\nserver listen\nclient connect\nwait idle',
    limits: { maxWaitMs: 100 },
    kind: 'wait',
    line: 4,
    message: 'the link did not go idle within 100ms',
  },
  neverReachedIdle: {
    script: 'wait until client ESTABLISHED',
    kind: 'wait',
    line: 1,
    message: 'client never reached ESTABLISHED: nothing is left to happen; it is in CLOSED (t=0ms)',
  },
  neverReachedTimeout: {
    script: 'link latency=1s\nserver listen\nclient connect\nwait until client ESTABLISHED within 100ms',
    kind: 'wait',
    line: 4,
    message: 'client never reached ESTABLISHED: not within 100ms; it is in SYN_SENT (t=100ms)',
  },
  expectState: {
    script: 'expect client ESTABLISHED',
    kind: 'expect',
    line: 1,
    message: 'expected client in ESTABLISHED, but it is in CLOSED (t=0ms)',
  },
  expectLastNothing: {
    script: 'expect last c>s SYN',
    kind: 'expect',
    line: 1,
    message: 'expected a SYN segment c>s, but nothing has been sent c>s',
  },
  expectLastMismatch: {
    script: 'server listen\nclient connect\nwait 1s\nexpect last c>s SYN seq=5 ack=rcv.nxt',
    kind: 'expect',
    line: 4,
    message:
      'expected the last segment c>s to be SYN seq=5 ack=rcv.nxt, but #3 ACK seq=495933392 ack=1026443731 len=0 win=65535: its flags are ACK, not SYN; seq=495933392, not =5; ack=1026443731, not =rcv.nxt (rcv.nxt = 495933392)',
  },
  expectNoneSent: {
    script: 'server listen\nclient connect\nwait 1s\nexpect none c>s',
    kind: 'expect',
    line: 4,
    message:
      'expected nothing sent c>s, but 2 segment(s) were: #1 SYN seq=495933391 ack=0 len=0 win=65535, #3 ACK seq=495933392 ack=1026443731 len=0 win=65535',
  },
  expectCountSoFar: {
    script: 'server listen\nclient connect\nwait 1s\nexpect count c>s SYN 2',
    kind: 'expect',
    line: 4,
    message: 'expected 2 SYN segment(s) sent c>s so far, but there were 1',
  },
  expectCountSinceMark: {
    script: 'server listen\nmark\nclient connect\nwait 1s\nexpect count c>s SYN 2',
    kind: 'expect',
    line: 5,
    message: 'expected 2 SYN segment(s) sent c>s since the mark, but there were 1',
  },
  expectVars: {
    script: 'server listen\nclient connect\nwait 1s\nexpect client unread=5 snd.una=iss',
    kind: 'expect',
    line: 4,
    message:
      'expected client unread=5 snd.una=iss, but unread is 0; snd.una is 495933392 (iss = 495933391) (t=1s)',
  },
  expectErrorNoCall: {
    script: 'expect client error none',
    kind: 'expect',
    line: 1,
    message: 'expected a result of a client call, but client has made none',
  },
  expectNoErrorGotError: {
    script: 'client send 10\nexpect client error none',
    kind: 'expect',
    line: 2,
    message: 'expected no error from client\'s last call (SEND), but it answered "connection does not exist"',
  },
  expectErrorGotNone: {
    script: 'server listen\nexpect server error "connection reset"',
    kind: 'expect',
    line: 2,
    message: 'expected error "connection reset" from server\'s last call (PASSIVE_OPEN), but it succeeded',
  },
  expectErrorGotOther: {
    script: 'client send 10\nexpect client error "connection reset"',
    kind: 'expect',
    line: 2,
    message:
      'expected error "connection reset" from client\'s last call (SEND), but it answered "connection does not exist"',
  },
  expectNotified: {
    script: 'server listen\nclient connect\nwait 1s\nclient abort\nwait 1s\nexpect server notified "foo"',
    kind: 'expect',
    line: 6,
    message: 'expected server\'s application to have been told "foo", but it was told "connection reset"',
  },
  expectNotifiedNothing: {
    script: 'expect client notified "connection reset"',
    kind: 'expect',
    line: 1,
    message: 'expected client\'s application to have been told "connection reset", but it was told nothing',
  },
};
