import type { scriptErrorsEn } from '../en/scriptErrors';

/*
 * Script words, examples and the params that hold them stay as the script writes them, inside “…”
 * (they are code); `{word}`, the offending word, arrives already quoted. State names, flags and numbers
 * stand as they are.
 */
const STATES =
  'CLOSED、LISTEN、SYN_SENT、SYN_RCVD、ESTABLISHED、FIN_WAIT_1、FIN_WAIT_2、CLOSE_WAIT、CLOSING、LAST_ACK、TIME_WAIT';
const TCB_VARS = '“rcv.nxt”“snd.nxt”“snd.una”“iss”“irs”“rcv.wnd”或“snd.wnd”';
const OPERATORS = '“=”“!=”“<”“<=”“>”或“>=”';
const FIELDS = '“seq”“ack”“len”或“win”';
const ENDPOINT_VARS = '“snd.una”“snd.nxt”“snd.wnd”“rcv.nxt”“rcv.wnd”“iss”“irs”“received”“unread”或“sendq”';
const CALLS = '“listen”“connect”“send”“read”“shutdown”“close”或“abort”';
const LINK_KEYS = '“latency”“jitter”“loss”“dup”或“reorder”';
const TIMER_KEYS =
  '“msl”“rto”“rto_min”“rto_max”“fin_timeout”“time_wait”“user_timeout”“delack”“retries”或“syn_retries”';
const OPTION_KEYS = '“rfc1337”“challenge_ack”“syncookies”或“rcvbuf”';
/** The word lists the sentences name (a test holds each to the English one, so to the parser's). */
export const WORD_LISTS_ZH = {
  STATES,
  TCB_VARS,
  FIELDS,
  ENDPOINT_VARS,
  CALLS,
  LINK_KEYS,
  TIMER_KEYS,
  OPTION_KEYS,
} as const;
const SUGGEST = '。你是不是想写“{suggestion}”？';
const FLAGS_ARE = '（标志有 SYN、ACK、FIN、RST 和 PSH，用“+”连接）';
const ERROR_USAGE = '例如“expect {side} error "connection does not exist"”（调用成功则写“none”）';
const NOTIFIED_USAGE = '例如“expect {side} notified "connection reset"”';
const LAST_USAGE = '例如“expect last c>s SYN+ACK ack=iss+1”';
const COUNT_USAGE = '例如“expect count c>s SYN 3”';
const INJECT_USAGE = '例如“inject s>c RST seq=rcv.nxt”';
const UNIT_HINT = '缺少单位：可用“ms”“s”“m”或“min”（例如 {n}ms 或 {n}s）';
const DURATION = '必须是时长，例如 250ms 或 1s，而不是{word}';
const DURATION_RANGE = '必须在 0ms 到 10 天（864000000ms）之间，而不是{word}';

/** Simplified Chinese texts of the script's problems: the same keys and placeholders as English. */
export const scriptErrorsZh: Readonly<Record<keyof typeof scriptErrorsEn, string>> = {
  'scriptError.unterminatedQuote': '引号内的文字没有结束：请在同一行加上右引号 "。',
  'scriptError.extraWord': '多出了一个词{word}。',
  'scriptError.unknownCommandCall': '未知命令{word}。调用要以端点开头，例如“{side} {call}”。',
  'scriptError.unknownCommandSuggest': `未知命令{word}${SUGGEST}`,
  'scriptError.unknownCommand':
    '未知命令{word}（可用的命令有“seed”“profile”“link”“timers”“iss”“option”“drop”“delay”“dup”“inject”“mute”“unmute”“mark”“wait”“expect”“at”“client”“server”）。',
  'scriptError.atLast': '“at step”行之后只能再跟“at step”行：脚本自己的命令在前，回放的操作在后。',
  'scriptError.internalParserError': '解析器内部错误：“{error}”。',
  'scriptError.wholeRange': '“{name}”必须是 {min} 到 {max} 之间的整数，而不是{word}。',
  'scriptError.wholeRangeCount': '个数必须是 {min} 到 {max} 之间的整数，而不是{word}。',
  'scriptError.wholeRangeStep': '步数必须是 {min} 到 {max} 之间的整数，而不是{word}。',
  'scriptError.durationNegative': '“{name}”不能为负数（{word}）。',
  'scriptError.durationNotDuration': `“{name}”${DURATION}。`,
  'scriptError.durationNoUnit': `“{name}”的值{word}${UNIT_HINT}。`,
  'scriptError.durationRange': `“{name}”${DURATION_RANGE}。`,
  'scriptError.durationNegativeDelay': '延迟时长不能为负数（{word}）。',
  'scriptError.durationNotDurationDelay': `延迟时长${DURATION}。`,
  'scriptError.durationNoUnitDelay': `延迟时长{word}${UNIT_HINT}。`,
  'scriptError.durationRangeDelay': `延迟时长${DURATION_RANGE}。`,
  'scriptError.durationNegativeTime': '时间不能为负数（{word}）。',
  'scriptError.durationNotDurationTime': `时间${DURATION}。`,
  'scriptError.durationNoUnitTime': `时间{word}${UNIT_HINT}。`,
  'scriptError.durationRangeTime': `时间${DURATION_RANGE}。`,
  'scriptError.unknownTimeUnit': '{word}中的时间单位{unit}无法识别（请用“ms”“s”“m”或“min”）。',
  'scriptError.percentRange': '“{name}”必须在 0% 到 100% 之间（或写成 0 到 1 之间的小数），而不是{word}。',
  'scriptError.unknownFlag': `未知标志{flags}${FLAGS_ARE}。`,
  'scriptError.unknownFlags': `未知标志{flags}${FLAGS_ARE}。`,
  'scriptError.flagsNoPattern':
    '“|”和“?”模式只能用在“expect last”和“expect count”中；这里的标志是一个确定的集合，例如 SYN+ACK，而不是{word}。',
  'scriptError.emptyFlagName': '{word}中有空的标志名（标志之间用“+”连接，例如 SYN+ACK）。',
  'scriptError.flagTwice': '标志 {flag} 在{word}中出现了两次。',
  'scriptError.unknownDirection': '未知方向{word}（应为“c>s”或“s>c”）。',
  'scriptError.unknownEndpoint': '未知端点{word}（应为“client”“c”“server”或“s”）。',
  'scriptError.unknownState': `未知状态{word}（应为以下之一：${STATES}）。`,
  'scriptError.unknownStateSuggest': `未知状态{word}（应为以下之一：${STATES}）${SUGGEST}`,
  'scriptError.numExprBad': `“{name}”必须是数字，或是${TCB_VARS}之一（可加“+N”或“-N”），而不是{word}。`,
  'scriptError.numExprBadSuggest': `“{name}”必须是数字，或是${TCB_VARS}之一（可加“+N”或“-N”），而不是{word}${SUGGEST}`,
  'scriptError.offsetBad':
    '{word}中的偏移量必须是 0 到 4294967295 之间的整数或一个变量（例如“rcv.nxt+rcv.wnd”）。',
  'scriptError.sendBytesBad': '“send”需要字节数，例如 3000、“3KB”或“4KiB”，而不是{word}。',
  'scriptError.readBytesBad': '“read”可以带一个字节数，例如 3000、“3KB”或“4KiB”，而不是{word}。',
  'scriptError.bytesRange': '“{verb}”的字节数必须在 1 到 {max} 之间，而不是{word}。',
  'scriptError.fieldCheckExpected': '这里应是字段检查，例如“seq=rcv.nxt”或“win<=1000”，而不是{word}。',
  'scriptError.varCheckExpected': '这里应是变量检查，例如“rcv.nxt=irs+1”或“unread>0”，而不是{word}。',
  'scriptError.unknownOperator': `{word}中的运算符“!”无法识别（请用${OPERATORS}）。`,
  'scriptError.fieldNameMissing': '{word}中“{op}”前面缺少字段名。',
  'scriptError.varNameMissing': '{word}中“{op}”前面缺少变量名。',
  'scriptError.fieldValueMissing': '“{name}{op}”的“{op}”后面缺少值，例如“seq=rcv.nxt”或“win<=1000”。',
  'scriptError.varValueMissing': '“{name}{op}”的“{op}”后面缺少值，例如“rcv.nxt=irs+1”或“unread>0”。',
  'scriptError.notOperator': `{word}不是运算符（请用${OPERATORS}）。`,
  'scriptError.needsComparison':
    '“{name}”需要一个比较，例如“{name}=VALUE”或“{name}>=VALUE”，中间不要有空格。',
  'scriptError.unknownField': `未知的报文段字段{word}（应为${FIELDS}）。`,
  'scriptError.unknownFieldSuggest': `未知的报文段字段{word}（应为${FIELDS}）${SUGGEST}`,
  'scriptError.unknownVariable': `未知变量{word}（应为${ENDPOINT_VARS}）。`,
  'scriptError.unknownVariableSuggest': `未知变量{word}（应为${ENDPOINT_VARS}）${SUGGEST}`,
  'scriptError.expectUsage':
    '“expect”后面要写端点和状态或检查（“expect client ESTABLISHED”“expect c unread=0”），或写“last”“none”“count”加方向（“expect last c>s SYN”）。',
  'scriptError.expectKeywordSuggest': `“expect”后面应是端点、“last”“none”或“count”，而不是{word}${SUGGEST}`,
  'scriptError.expectEndpointNeeds':
    '“expect”在端点后面需要一个状态或检查，例如“expect {side} ESTABLISHED”或“expect {side} unread=0”。',
  'scriptError.errorTextMissing': `“expect error”需要一段写在双引号中的文字，${ERROR_USAGE}。`,
  'scriptError.errorTextNotQuoted': `“expect error”需要一段写在双引号中的文字，${ERROR_USAGE}，而不是{word}。`,
  'scriptError.errorTextNotQuotedNone': `“expect error”需要一段写在双引号中的文字，${ERROR_USAGE}，而不是{word}。你是不是想写“none”？`,
  'scriptError.errorTextEmpty': `“expect error”的引号之间需要有文字，${ERROR_USAGE}。`,
  'scriptError.notifiedTextMissing': `“expect notified”需要一段写在双引号中的文字，${NOTIFIED_USAGE}。`,
  'scriptError.notifiedTextNotQuoted': `“expect notified”需要一段写在双引号中的文字，${NOTIFIED_USAGE}，而不是{word}。`,
  'scriptError.notifiedTextEmpty': `“expect notified”的引号之间需要有文字，${NOTIFIED_USAGE}。`,
  'scriptError.expectLastNeedsDir': `“expect last”需要方向和标志，${LAST_USAGE}。`,
  'scriptError.expectLastNeedsFlags': `“expect last”需要标志（没有标志写“-”），${LAST_USAGE}。`,
  'scriptError.expectLastFlagsFirst': `标志要写在{word}前面（没有标志写“-”），${LAST_USAGE}。`,
  'scriptError.expectNoneNeedsDir': '“expect none”需要一个方向，例如“expect none s>c”。',
  'scriptError.expectNoneExtra':
    '多出了一个词{word}：“expect none”只接受一个方向；若要检查没有发出带某些标志的报文段，请写“expect count {dir} {text} 0”。',
  'scriptError.expectCountNeedsDir': `“expect count”需要方向、标志和一个数字，${COUNT_USAGE}。`,
  'scriptError.expectCountNeedsFlags': `“expect count”需要标志和一个数字，${COUNT_USAGE}。`,
  'scriptError.expectCountFlagsFirst': `“expect count”的数字前面要先写标志（没有标志写“-”），${COUNT_USAGE}。`,
  'scriptError.expectCountNeedsNumber': `“expect count”在标志后面需要一个数字，${COUNT_USAGE}。`,
  'scriptError.expectCountPlain': '个数请直接写数字：{n}，而不是{word}。',
  'scriptError.emptyAlternative': '{word}中有空的备选项（备选项之间用“|”分隔，例如“RST|RST+ACK”）。',
  'scriptError.dashOptional': '{word}中的“-”（无标志）不能加“?”；若要允许无标志或其他标志，请写“-|ACK”。',
  'scriptError.dashAlone': '{word}中的“-”（无标志）只能单独使用；若要允许无标志或其他标志，请写“-|ACK”。',
  'scriptError.emptyFlagNamePattern': '{word}中有空的标志名（标志之间用“+”连接，例如“FIN+ACK+PSH?”）。',
  'scriptError.flagBoth': '标志 {flag} 在{word}中既是必需的又是可选的。',
  'scriptError.callMissing':
    '“{side}”后面需要一个调用：“listen”“connect”“send N”“read [N]”“shutdown”“close”或“abort”。',
  'scriptError.muteNotCall': '“{name}”不是调用，请写“{name} {side}”。',
  'scriptError.unknownCall': `未知调用{word}（应为${CALLS}）。`,
  'scriptError.unknownCallSuggest': `未知调用{word}（应为${CALLS}）${SUGGEST}`,
  'scriptError.sendNeedsCount': '“send”需要字节数，例如“{side} send 3000”。',
  'scriptError.muteNeedsEndpoint': '“{name}”需要一个端点，例如“{name} server”。',
  'scriptError.waitUsage':
    '“wait”需要一个时长（500ms）、MSL 的倍数（“2msl”）、“until <endpoint> <state>”或“idle”。',
  'scriptError.mslRange': 'MSL 的倍数必须在 0 到 1000 之间，例如“2msl”或“0.5msl”，而不是{word}。',
  'scriptError.waitExpected':
    '“wait”后面应是时长（500ms）、MSL 的倍数（“2msl”）、“until”或“idle”，而不是{word}。',
  'scriptError.waitExpectedSuggest': `“wait”后面应是时长（500ms）、MSL 的倍数（“2msl”）、“until”或“idle”，而不是{word}${SUGGEST}`,
  'scriptError.waitUntilNeedsEndpoint': '“wait until”需要端点和状态，例如“wait until client ESTABLISHED”。',
  'scriptError.waitUntilNeedsState': '“wait until”需要一个状态，例如“wait until client ESTABLISHED”。',
  'scriptError.withinExpected': '这里应是“within DURATION”或命令结束，而不是{word}。',
  'scriptError.withinNeedsDuration': '“within”需要一个时长，例如“within 5s”。',
  'scriptError.selectorNeedsNext': '“{name}”需要“next”和一个方向，例如“{name} next c>s SYN”。',
  'scriptError.expectedNext': '“{name}”后面应是“next”，而不是{word}。',
  'scriptError.expectedNextOrId': '“drop”后面应是“next”或报文段编号（例如“#7”），而不是{word}。',
  'scriptError.segmentIdBad': '报文段编号是“#”加 1 到 4294967295 之间的整数，而不是{word}。',
  'scriptError.dropCountExpected': '这里应是次数，例如“x3”，而不是{word}。',
  'scriptError.dropCountExpectedDigits': '这里应是次数，例如“x3”，而不是{word}。若要丢弃多个，请写“x{n}”。',
  'scriptError.dropCountRange': '次数必须是“x”加 1 到 1000 之间的整数，而不是{word}。',
  'scriptError.delayNeedsDuration': '“delay”需要一个时长，例如“delay next c>s SYN 200ms”。',
  'scriptError.injectNeedsDir': `“inject”需要方向和标志，${INJECT_USAGE}。`,
  'scriptError.injectNeedsFlags': `“inject”需要标志（没有标志写“-”），${INJECT_USAGE}。`,
  'scriptError.injectFlagsFirst': `标志要写在{word}前面（没有标志写“-”），${INJECT_USAGE}。`,
  'scriptError.linkSettingExpected': '这里应是链路设置，例如“loss=10%”，而不是{word}。',
  'scriptError.timerSettingExpected': '这里应是计时器设置，例如“rto=1s”，而不是{word}。',
  'scriptError.issSettingExpected': '这里应是初始序号设置，例如“client=1000”，而不是{word}。',
  'scriptError.optionSettingExpected': '这里应是选项设置，例如“rfc1337=on”，而不是{word}。',
  'scriptError.segmentSettingExpected': '这里应是报文段设置，例如“seq=rcv.nxt”，而不是{word}。',
  'scriptError.settingNeedsValue': '“{key}”需要一个值：请写成“{key}=VALUE”，“=”两边不要有空格。',
  'scriptError.settingNameMissing': '{word}中“=”前面缺少设置名。',
  'scriptError.linkSettingUnknown': `未知的链路设置{word}（应为${LINK_KEYS}）。`,
  'scriptError.linkSettingUnknownSuggest': `未知的链路设置{word}（应为${LINK_KEYS}）${SUGGEST}`,
  'scriptError.timerSettingUnknown': `未知的计时器设置{word}（应为${TIMER_KEYS}）。`,
  'scriptError.timerSettingUnknownSuggest': `未知的计时器设置{word}（应为${TIMER_KEYS}）${SUGGEST}`,
  'scriptError.issSettingUnknown': '未知的初始序号设置{word}（应为“client”或“server”）。',
  'scriptError.issSettingUnknownSuggest': `未知的初始序号设置{word}（应为“client”或“server”）${SUGGEST}`,
  'scriptError.optionSettingUnknown': `未知的选项设置{word}（应为${OPTION_KEYS}）。`,
  'scriptError.optionSettingUnknownSuggest': `未知的选项设置{word}（应为${OPTION_KEYS}）${SUGGEST}`,
  'scriptError.segmentSettingUnknown': `未知的报文段设置{word}（应为${FIELDS}）。`,
  'scriptError.segmentSettingUnknownSuggest': `未知的报文段设置{word}（应为${FIELDS}）${SUGGEST}`,
  'scriptError.settingTwice': '“{key}”被设置了两次。',
  'scriptError.settingEmptyValue': '“{key}”的“=”后面缺少值。',
  'scriptError.seedNeedsNumber': '“seed”需要一个数字，例如“seed 42”。',
  'scriptError.profileNeedsName': '“profile”需要一个名称：“rfc9293”或“linux”。',
  'scriptError.unknownProfile': '未知的实现配置{word}（应为“rfc9293”或“linux”）。',
  'scriptError.linkNeedsSetting': `“link”至少需要一项设置：${LINK_KEYS}（例如“link c>s loss=10%”）。`,
  'scriptError.timersNeedsSetting': '“timers”至少需要一项设置，例如“timers msl=30s rto=1s”。',
  'scriptError.delackRange': '“delack”必须小于 500ms（RFC 9293 §3.8.6.3：ACK 的延迟必须小于 0.5 s）。',
  'scriptError.issNeedsSetting': '“iss”需要“client=N”“server=N”或两者都写，例如“iss client=1000”。',
  'scriptError.optionNeedsSetting': `“option”至少需要一项设置：${OPTION_KEYS}（例如“option rfc1337=on”）。`,
  'scriptError.switchBad': '“{key}”必须是“on”或“off”（也可写“true/false”“yes/no”“1/0”），而不是{word}。',
  'scriptError.atNeedsStep': '“at”需要一个步数，例如“at step 12 client close”。',
  'scriptError.atExpectedStep': '“at”后面应是“step”，而不是{word}（例如“at step 12 client close”）。',
  'scriptError.atStepNeedsNumber': '“at step”需要一个步数，例如“at step 12 client close”。',
  'scriptError.atNeedsCommand': '“at step {step}”需要一条要执行的命令，例如“client close”。',
  'scriptError.atNotAction':
    '{word}不能跟在“at step”后面：只有调用以及“link”“mute”“unmute”“drop”“delay”“dup”和“inject”可以。',
  'scriptError.internalError': '内部错误：“{error}”。',
  'scriptError.stepLimit': '运行超过了 {max} 步，已停止。',
  'scriptError.atWorkLimit': '“at step”行共用了超过 {max} 步的工作量，已停止。',
  'scriptError.runEndsBefore': '运行在第 {last} 步就结束了，到不了第 {step} 步：之后已没有任何事件。',
  'scriptError.setupTooLate': '“{command}”必须写在第一条作用于仿真的命令之前。',
  'scriptError.unknownCallRun': '未知调用“{call}”。',
  'scriptError.segmentGone': '报文段 #{id} 已不在链路上（它已经发出，并且已经到达或丢失）。',
  'scriptError.notIdle': '链路在 {duration} 内没有空闲下来。',
  'scriptError.neverReachedIdle':
    '“{side}”始终没有进入 {state}：之后已没有任何事件；它现在处于 {now}（t={t}）。',
  'scriptError.neverReachedTimeout':
    '“{side}”始终没有进入 {state}：{duration} 内没有到达；它现在处于 {now}（t={t}）。',
  'scriptError.expectState': '期望“{side}”处于 {state}，但它处于 {actual}（t={t}）。',
  'scriptError.expectLastNothing':
    '期望“{dir}”方向有一个 {want} 报文段，但“{dir}”方向还没有发送过任何报文段。',
  'scriptError.expectLastMismatch':
    '期望“{dir}”方向的最后一个报文段为“{want}{checks}”，但它是 {segment}：{problems}。',
  'scriptError.expectNoneSent': '期望“{dir}”方向不发送任何报文段，但发送了 {n} 个：{segments}。',
  'scriptError.expectCountSinceMark':
    '期望自标记以来“{dir}”方向发送 {count} 个 {pattern} 报文段，但实际为 {n} 个。',
  'scriptError.expectCountSoFar':
    '期望到目前为止“{dir}”方向发送 {count} 个 {pattern} 报文段，但实际为 {n} 个。',
  'scriptError.expectVars': '期望“{side}”满足“{checks}”，但{problems}（t={t}）。',
  'scriptError.expectErrorNoCall': '期望得到“{side}”一次调用的结果，但“{side}”还没有做过任何调用。',
  'scriptError.expectNoErrorGotError': '期望“{side}”的最后一次调用（“{call}”）没有错误，但它返回了“{got}”。',
  'scriptError.expectErrorGotNone': '期望“{side}”的最后一次调用（“{call}”）返回错误“{want}”，但调用成功了。',
  'scriptError.expectErrorGotOther':
    '期望“{side}”的最后一次调用（“{call}”）返回错误“{want}”，但它返回了“{got}”。',
  'scriptError.expectNotified': '期望“{side}”的应用收到过通知“{signal}”，但它收到的是{told}。',
  'scriptError.expectNotifiedNothing': '期望“{side}”的应用收到过通知“{signal}”，但它没有收到任何通知。',
  'scriptError.problemFlags': '它的标志是 {got}，而不是 {want}',
  'scriptError.problemField': '{field}={actual}，不满足 {op}{expected}',
  'scriptError.problemFieldRel': '{field}={actual}，不满足“{op}{expr}”（“{expr}” = {expected}）',
  'scriptError.problemVar': '“{name}”为 {actual}',
  'scriptError.problemVarRel': '“{name}”为 {actual}（“{expr}” = {expected}）',
};
