import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { ParseResult } from './ast';
import { parseScript } from './parseScript';

/** Every run is seeded; on failure fast-check's message prints the seed and the shrunk input. */
const SEED = 42;

/** Big-input tests pin that parsing finishes, not how fast: a generous limit keeps loaded CI machines green. */
const NO_TIME_LIMIT = 60_000;

/** A script using every command, the base for mutations. */
const VALID = [
  'seed 42; profile linux',
  'link c>s latency=40ms jitter=5ms loss=10% dup=0.01 reorder=5%',
  'timers msl=30s rto=1s rto_min=200ms retries=5 syn_retries=3 delack=40ms',
  'option rfc1337=on challenge-ack=off syncookies=yes rcvbuf=4096',
  'iss client=1000 s=0xffffffff',
  'server listen',
  'client connect   # active open',
  'wait until client ESTABLISHED within 2s',
  'expect last c>s ACK seq=snd.nxt ack=rcv.nxt+1 len=0 win=65535',
  'expect last s>c RST|RST+ACK|- seq>=100 seq<rcv.nxt+10 ack!=0 win<=1000',
  'mark',
  'client send 3KiB',
  'server read; server read 1KB',
  'expect count c>s FIN+ACK+PSH? 2',
  'expect none s>c',
  'expect server unread=0 received>=3072 rcv.nxt=irs+3073 sendq<1',
  'mute server; unmute s',
  'client shutdown',
  'expect client error none',
  'expect c error "connection closing; \\"quoted\\" # not a comment"',
  'expect s notified "connection reset"',
  'drop next c>s PSH+ACK x2',
  'drop #7',
  'delay next s>c ACK 250ms',
  'dup next s>c',
  'inject s>c RST seq=rcv.nxt-1',
  'wait 1.5msl',
  'wait idle',
  'expect server CLOSE_WAIT',
  'client close; server abort',
].join('\n');

/** The first broken invariant of a parse, or undefined; checked without `expect` to stay fast on 1 MB. */
function violation(text: string, result: ParseResult): string | undefined {
  if (!Array.isArray(result.commands) || !Array.isArray(result.errors)) return 'results are not arrays';
  const lines = text.split(/\r\n|\r|\n/);
  for (const e of result.errors) {
    const where = JSON.stringify(e);
    if (!Number.isInteger(e.line) || e.line < 1 || e.line > lines.length)
      return `line outside the text: ${where}`;
    // The column points at a character of its line.
    const lineLength = (lines[e.line - 1] ?? '').length;
    if (!Number.isInteger(e.col) || e.col < 1 || e.col > lineLength) return `col outside its line: ${where}`;
    if (typeof e.message !== 'string' || e.message.trim() === '') return `empty message: ${where}`;
    if (e.message.includes('internal parser error')) return `parser threw: ${where}`;
  }
  for (const c of result.commands) {
    const lineText = lines[c.pos.line - 1] ?? '';
    if (c.source === '' || c.source !== c.source.trim())
      return `source not trimmed: ${JSON.stringify(c.source)}`;
    if (!lineText.slice(c.pos.col - 1).startsWith(c.source)) return `source not at pos: ${JSON.stringify(c)}`;
  }
  return undefined;
}

function checkResult(text: string, result: ParseResult): void {
  expect(violation(text, result)).toBeUndefined();
}

function parseAndCheck(text: string): void {
  checkResult(text, parseScript(text));
}

const controlChar = fc.integer({ min: 0, max: 31 }).map((n) => String.fromCharCode(n));
const scriptChar = fc.constantFrom(...' \t\n\r;#=+->.%x0123456789abcdefsmlCS"\\|?<!'.split(''));
const keyword = fc.constantFrom(
  ...'seed profile link timers iss option client server c s listen connect send read shutdown close abort mute unmute mark drop delay dup inject wait expect until within idle last none count error notified next c>s s>c SYN ACK FIN RST PSH PSH? RST|RST+ACK - msl rto delack rcvbuf=0 rfc1337=on loss=10% seq=rcv.nxt+1 seq>=5 win<=9 unread=0 snd.una!=iss #7 x3 2msl 1s " "x" "a\\"b"'.split(
    ' ',
  ),
);

/** One edit of a text: delete, insert or replace a slice, swap case, or duplicate a line. */
const mutation = fc.record({
  at: fc.nat(),
  length: fc.nat({ max: 12 }),
  op: fc.constantFrom('delete', 'insert', 'replace', 'upper', 'dupLine'),
  with: fc.oneof(fc.string({ maxLength: 8 }), keyword, fc.string({ unit: controlChar, maxLength: 3 })),
});

function mutate(
  text: string,
  edits: readonly { at: number; length: number; op: string; with: string }[],
): string {
  let t = text;
  for (const e of edits) {
    const at = t.length === 0 ? 0 : e.at % (t.length + 1);
    const end = Math.min(t.length, at + e.length);
    if (e.op === 'delete') t = t.slice(0, at) + t.slice(end);
    else if (e.op === 'insert') t = t.slice(0, at) + e.with + t.slice(at);
    else if (e.op === 'replace') t = t.slice(0, at) + e.with + t.slice(end);
    else if (e.op === 'upper') t = t.slice(0, at) + t.slice(at, end).toUpperCase() + t.slice(end);
    else {
      const lines = t.split('\n');
      const i = e.at % lines.length;
      lines.splice(i, 0, lines[i] ?? '');
      t = lines.join('\n');
    }
  }
  return t;
}

describe('parseScript never throws and keeps its invariants', () => {
  it('on random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), parseAndCheck), { seed: SEED, numRuns: 2000 });
  });

  it('on random full-Unicode strings, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), parseAndCheck), {
      seed: SEED,
      numRuns: 1000,
    });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), parseAndCheck), {
      seed: SEED,
      numRuns: 500,
    });
  });

  it('on control characters mixed with script punctuation', () => {
    const unit = fc.oneof(controlChar, scriptChar);
    fc.assert(fc.property(fc.string({ unit, maxLength: 300 }), parseAndCheck), { seed: SEED, numRuns: 1000 });
  });

  it('on sequences of keywords and separators', () => {
    const word = fc.oneof(keyword, scriptChar, fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 40 }),
        fc.constantFrom(' ', '\n', ';', '\t', ''),
        (words, sep) => parseAndCheck(words.join(sep)),
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('on mutated valid scripts', () => {
    parseAndCheck(VALID);
    expect(parseScript(VALID).errors).toEqual([]);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (edits) =>
        parseAndCheck(mutate(VALID, edits)),
      ),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it(
    'on very long lines (100k characters)',
    () => {
      const piece = fc.oneof(keyword, fc.string({ minLength: 1, maxLength: 3 }), controlChar);
      fc.assert(
        fc.property(piece, fc.constantFrom('', ' ', '+', '='), (p, sep) => {
          const line = (p + sep).repeat(Math.ceil(100_000 / (p.length + sep.length)));
          parseAndCheck(line);
          parseAndCheck(`inject c>s ${line}`);
          parseAndCheck(`link c>s loss=${line}`);
          parseAndCheck(`expect last c>s ${line}`);
          parseAndCheck(`expect c error "${line}`);
        }),
        { seed: SEED, numRuns: 30 },
      );
    },
    NO_TIME_LIMIT,
  );
});

describe('parseScript on 1 MB inputs finishes', () => {
  const MB = 1_000_000;

  it(
    'a valid script repeated to 1 MB',
    () => {
      const text = `${VALID}\n`.repeat(Math.ceil(MB / (VALID.length + 1)));
      const result = parseScript(text);
      expect(result.errors).toEqual([]);
      checkResult(text, result);
    },
    NO_TIME_LIMIT,
  );

  it(
    'pathological 1 MB lines: one word, flag list, pattern, number, check list, quoted text, all separators',
    () => {
      for (const text of [
        'a'.repeat(MB),
        `inject c>s ${'SYN+'.repeat(MB / 4)}`,
        `inject c>s ${'X+'.repeat(MB / 2)}`,
        `seed ${'9'.repeat(MB)}`,
        `wait ${'1'.repeat(MB)}.5ms`,
        `inject c>s ACK seq=rcv.nxt+${'1'.repeat(MB)}`,
        `expect last c>s ${'SYN?|'.repeat(MB / 5)}`,
        `expect last c>s ${'X|'.repeat(MB / 2)}`,
        `expect last c>s ACK ${'seq>=1 '.repeat(MB / 7)}`,
        `expect c ${'unread=0 '.repeat(MB / 9)}`,
        `expect c error "${'\\"'.repeat(MB / 2)}"`,
        `expect c error "${'x'.repeat(MB)}`,
        '"'.repeat(MB),
        '" '.repeat(MB / 2),
        ';'.repeat(MB),
        '\n'.repeat(MB),
        `#${'x'.repeat(MB)}`,
        'x '.repeat(MB / 2),
        'wait 1s\n'.repeat(MB / 8),
      ]) {
        parseAndCheck(text);
      }
    },
    NO_TIME_LIMIT,
  );

  it(
    '1 MB of seeded random characters',
    () => {
      // A plain LCG (Numerical Recipes constants) is much faster than fc.sample at this size.
      const alphabet = ' \t\n\r;#=+->.%x0123456789abcdefsmlCS"\\|?<!\u0000\u0007\u001b\u00a0\u2028\ud800é中';
      let state = SEED;
      const chars: string[] = [];
      for (let i = 0; i < MB; i++) {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        chars.push(alphabet[state % alphabet.length] ?? ' ');
      }
      parseAndCheck(chars.join(''));
    },
    NO_TIME_LIMIT,
  );
});
