/** English texts of the embed feature (issue #4). */
export const embedEn = {
  'embed.open': 'Open in TCP State Lab ↗',
  'embed.openTitle': 'Open this session in the full app, in a new tab',
  'embed.button': 'Embed',
  'embed.dialogTitle': 'Embed this session',
  'embed.dialogIntro':
    'Paste this into a course page. The frame opens at the step shown now, fits the page’s width, and can be driven from the page with postMessage (see docs/embed.md).',
  'embed.snippetLabel': 'HTML to paste',
  'embed.originLabel': 'Only the page at this origin may control it (optional)',
  'embed.originPlaceholder': 'https://course.example.org',
  'embed.originInvalid':
    '“{value}” is not an origin: write the scheme and host only, such as https://course.example.org.',
  'embed.copy': 'Copy',
  'embed.copied': 'Copied',
  'embed.copyFailed': 'This page may not use the clipboard here: select the text and copy it by hand.',
  'embed.close': 'Close',
  'embed.frameTitle': 'TCP State Lab: TCP connection states, animated',
} as const satisfies Record<string, string>;
