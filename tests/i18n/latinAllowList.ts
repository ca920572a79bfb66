/**
 * What may stay in Latin letters on a Chinese page: the RFC's own names and what a Chinese networking
 * textbook also writes in Latin. Used by the zh-CN catalogue test and the browser test, which fail
 * listing any other Latin word.
 */
import { TCP_STATES } from '../../src/core/endpoint/tcpState';

/** Whole phrases removed before looking for words, each with why it stays as written. */
const ALLOWED_PATTERNS: readonly RegExp[] = [
  // RFC 9293 state names stay as in the RFC (issue #4); whole, before SYN_SENT splits into words.
  new RegExp(`\\b(?:${TCP_STATES.join('|')})\\b`, 'g'),
  // Code: socket calls and kernel settings are identifiers (close(), shutdown(), tcp_fin_timeout).
  /\b[a-z]+\(\)/g,
  /\b[a-z]+(?:_[a-z0-9]+)+\b/g,
  // The ss command named in the sockets table's caption (its output is marked translate="no").
  /\bss -tn\b/g,
  // Durations as the engine writes them (950ms, 1.25s, 3m59s): SI units, used as-is in Chinese.
  /\b\d+(?:\.\d+)?(?:ms|s|m)(?:\d+(?:\.\d+)?(?:ms|s))?\b/g,
  // The language picker names each language in its own script, English included.
  /\bEnglish\b/g,
  // A URL parameter as a teacher types it (`view=`, `quizSide=client`): code, the same in every language.
  /\b[a-z][A-Za-z]*=[\w,|-]*/g,
  // Example addresses and the docs' file names are written as they are typed.
  /\bhttps?:\/\/[\w.:/-]+/g,
  /\bdocs\/[\w.-]+\.md\b/g,
  // The browser API an embedding page calls.
  /\bpostMessage\b/g,
  // Script source inside Chinese quotes: a script problem (scriptError.*) names keywords and shows
  // example lines as the script writes them (“expect last c>s SYN”), and the page puts the offending
  // word in the same quotes; it is code, the same in every language.
  /“[^“”\n]*”/g,
];

/** Single words allowed, each with its reason. */
const ALLOWED_WORDS = new Set<string>([
  // TCP flags stay as in the RFC (issue #4).
  'SYN',
  'ACK',
  'FIN',
  'RST',
  'PSH',
  'URG',
  // Protocol and document names.
  'TCP',
  'RFC',
  // Abbreviations a Chinese textbook keeps in Latin: 最大报文段生存时间 MSL, 重传超时 RTO,
  // 初始序号 ISN, 传输控制块 TCB, 最大报文段长度 MSS.
  'MSL',
  'RTO',
  'ISN',
  'TCB',
  'MSS',
  // RFC 9293 variables and requirement labels quoted from the RFC (RCV.NXT, SND.UNA, MUST-13, SHLD-3).
  'RCV',
  'NXT',
  'WND',
  'SND',
  'UNA',
  'SEQ',
  'MUST',
  'SHLD',
  // Segment fields in the chart's tcpdump-style labels (seq=1 ack=1 win=65535 len=0).
  'seq',
  'ack',
  'win',
  'len',
  // Operating systems named by the Linux profile and the RFC comparisons.
  'Linux',
  // RFC 9293's variable names (SEG.SEQ, SEG.LEN, ISS), written as the RFC writes them, like RCV.NXT.
  'SEG',
  'LEN',
  'ISS',
  // RFC 9293 §3.10's user calls in capitals (ABORT, CLOSE), names as much as the states are.
  'ABORT',
  'CLOSE',
  // What a snippet is written in, and the text encoding a URL escape must decode to.
  'HTML',
  'UTF',
  'BSD',
  // The sequence chart's short name of the FIN_WAIT_2 timer.
  'FW',
  // Figure 5's mark for "no action" on an edge.
  'x',
  // Durations as the engine writes them when split from their number (0.73 s, 500 ms).
  'ms',
  's',
  'm',
]);

/** Pure. The Latin words in `text` that a Chinese page should not show, in order, without repeats. */
export function foreignWords(text: string): string[] {
  let rest = text;
  for (const p of ALLOWED_PATTERNS) rest = rest.replace(p, ' ');
  const words = rest.match(/[A-Za-z]+/g) ?? [];
  return [...new Set(words.filter((w) => !ALLOWED_WORDS.has(w)))];
}
