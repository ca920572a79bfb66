import type { embedEn } from '../en/embed';

/** Simplified Chinese texts of the embed feature: the same keys as English. */
export const embedZh: Readonly<Record<keyof typeof embedEn, string>> = {
  'embed.open': '在 TCP 状态实验室中打开 ↗',
  'embed.openTitle': '在新标签页的完整应用中打开此会话',
  'embed.button': '嵌入',
  'embed.dialogTitle': '嵌入此会话',
  'embed.dialogIntro':
    '将以下代码粘贴到课程页面中。框架会从当前显示的步骤打开，宽度随页面自适应，并可由页面通过 postMessage 控制（见 docs/embed.md）。',
  'embed.snippetLabel': '要粘贴的 HTML',
  'embed.originLabel': '仅允许此源的页面控制它（可选）',
  'embed.originPlaceholder': 'https://course.example.org',
  'embed.originInvalid': '“{value}”不是一个源：只写协议和主机，例如 https://course.example.org。',
  'embed.copy': '复制',
  'embed.copied': '已复制',
  'embed.copyFailed': '此处不允许使用剪贴板：请选中文本后手动复制。',
  'embed.close': '关闭',
  'embed.frameTitle': 'TCP 状态实验室：TCP 连接状态动画演示',
};
