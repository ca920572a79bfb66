import type { urlEn } from '../en/url';

/** Simplified Chinese texts of the url feature: the same keys as English. */
export const urlZh: Readonly<Record<keyof typeof urlEn, string>> = {
  'url.problems.title': '本页地址中的部分设置无法使用',
  'url.problems.intro': '这些设置已按默认值打开，其余功能照常可用。',
  'url.problems.dismiss': '关闭',
  'url.unknown': '不是本页支持的设置，已忽略。支持的设置有：{list}。',
  'url.unknownDidYouMean': '不是本页支持的设置，已忽略。您是想输入 {suggestion} 吗？',
  'url.unnamed': '一个没有名称的参数（“=…”）已被忽略。',
  'url.duplicate': '出现了 {count} 次；使用第一个值 {value}。',
  'url.tooLong': '长度为 {length} 个字符，超过上限 {max}，已忽略。',
  'url.badEscape': '在第 {pos} 个字符处的百分号转义 {text} 不是有效的 UTF-8 文本，已忽略。',
  'url.control': '在第 {pos} 个字符处含有控制字符（{code}），已忽略。script= 中允许制表符和换行。',
  'url.tooMany': '地址中有 {count} 个参数，只读取了前 {max} 个。',
  'url.scenario': '{value} 不是场景名称。场景选择器中列出了全部场景。',
  'url.scenarioDidYouMean': '{value} 不是场景名称。您是想输入 {suggestion} 吗？',
  'url.scenarioAndScript': '已忽略，因为同时给出了 script=；使用该脚本。',
  'url.seed': '{value} 不是有效的种子：请使用 0 到 4294967295 之间的整数。',
  'url.profile': '{value} 不是有效的配置：请使用 profile=rfc9293 或 profile=linux。',
  'url.profileDidYouMean': '{value} 不是有效的配置。您是想输入 {suggestion} 吗？',
  'url.speed': '{value} 不是可选的播放速度：请使用 {list} 之一。',
  'url.flag': '{value} 不是是/否值：请使用 1（是）或 0（否）。',
  'url.step': '{value} 不是有效的步骤：请使用 0 到 {max} 之间的整数，或 step=start、step=end。',
  'url.stepPastEnd': '第 {step} 步超出了运行的结尾，因此显示最后一步（第 {last} 步）。',
  'url.lang': '{value} 不是可选的语言：请使用 lang=en 或 lang=zh-CN。',
  'url.theme': '{value} 不是有效的主题：请使用 theme=light、theme=dark 或 theme=system。',
  'url.view': '{value} 不是面板名称：请使用 {list}，以逗号分隔。',
  'url.viewDidYouMean': '{value} 不是面板名称。您是想输入 {suggestion} 吗？',
  'url.viewEmpty': '没有指定任何面板，因此显示全部面板。面板有：{list}。',
  'url.quizSide': '{value} 不是端点：请使用 quizSide=client 或 quizSide=server。',
  'url.parentOrigin':
    '{value} 不是有效的源：请只写协议、主机和端口，不带路径，例如 https://school.example 或 http://localhost:8080。',
  'url.segment': '{value} 不是报文段编号：请使用从 1 开始的整数，与序列图中显示的一致（#7 或 7）。',
  'url.numbers':
    '{value} 不是有效的编号方式：请使用 numbers=absolute（绝对序号）或 numbers=relative（相对序号）。',
  'url.hashInScript': '似乎被截断了：地址中含有“#”，它会结束查询部分。在 script= 中请把 # 写成 %23。',
  'url.scriptError': '第 {line} 行第 {col} 列：{message}',
  'url.scriptFailure': '{message}',

  'share.button': '分享',
  'share.title': '复制一个链接，在当前步骤打开这个完全相同的会话',
  'share.copied': '链接已复制。它会在第 {step} 步打开这个会话。',
  'share.manual': '请手动复制此链接（浏览器不允许自动复制）：',
  'share.long':
    '此链接长达 {length} 个字符。部分网页服务器会拒绝长于约 {max} 个字符的链接；如果无法打开，请缩短会话（减少操作）或从更短的脚本开始。',
  'share.field': '指向此会话的链接',
  'share.close': '关闭',
};
