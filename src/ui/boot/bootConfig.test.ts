import fc from 'fast-check';
import { originPolicy } from '../embed/originPolicy';
import { describe, expect, it } from 'vitest';
import { findScenario } from '../../core/scenarios/scenarios';
import { isMessageKey } from '../i18n/messages';
import { DEFAULT_BOOT, MAX_PARAMS, MAX_SCRIPT_LENGTH, readBootConfig } from './bootConfig';

const keys = (search: string) => readBootConfig(search).problems.map((p) => `${p.param}:${p.key}`);

describe('readBootConfig: each parameter', () => {
  it('no parameters gives the free-play defaults and no problem', () => {
    expect(readBootConfig('')).toEqual({ config: DEFAULT_BOOT, problems: [] });
    expect(readBootConfig('?')).toEqual({ config: DEFAULT_BOOT, problems: [] });
  });

  it('scenario= loads the scenario’s script, opening at its start; the name is case-insensitive', () => {
    const { config, problems } = readBootConfig('?scenario=Lost-SYN');
    expect(problems).toEqual([]);
    expect(config.scenario).toBe('lost-syn');
    expect(config.script).toBe(findScenario('lost-syn')?.script);
    expect(config.at).toBe('start');
  });

  it('script= is decoded (+ is a space, %23 a #) and opens at its start', () => {
    const { config } = readBootConfig('?script=server+listen;client%20connect%0Adrop%20%2312');
    expect(config.script).toBe('server listen;client connect\ndrop #12');
    expect(config.at).toBe('start');
  });

  it('every other parameter sets its field', () => {
    const { config, problems } = readBootConfig(
      '?seed=42&profile=LINUX&speed=0.25&autoplay=1&step=7&lang=ZH-cn&theme=dark&view=chart,graph' +
        '&embed=true&quiz=yes&quizSide=server&parentOrigin=https://school.example&segment=%233&numbers=absolute',
    );
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      seed: 42,
      profile: 'linux',
      speed: 0.25,
      autoplay: true,
      at: 7,
      lang: 'zh-CN',
      theme: 'dark',
      view: ['graph', 'chart'],
      embed: true,
      quiz: true,
      quizSide: 'server',
      parentOrigin: 'https://school.example',
      segment: 3,
      absolute: true,
    });
  });

  it('names are case-insensitive; a flag given without a value is on', () => {
    const { config, problems } = readBootConfig('?SEED=0x10&Embed&AUTOPLAY=off');
    expect(problems).toEqual([]);
    expect(config).toMatchObject({ seed: 16, embed: true, autoplay: false });
  });

  it('lang= takes any English or Chinese tag, in any case, as the language the page opens in', () => {
    expect(readBootConfig('?LANG=zh-tw')).toEqual({
      config: expect.objectContaining({ lang: 'zh-CN' }),
      problems: [],
    });
    expect(readBootConfig('?lang=en-GB')).toEqual({
      config: expect.objectContaining({ lang: 'en' }),
      problems: [],
    });
    expect(readBootConfig('?lang=zh-Hans').config.lang).toBe('zh-CN');
  });

  it('step= takes start, end, or a whole number up to the step limit', () => {
    expect(readBootConfig('?step=end').config.at).toBe('end');
    expect(readBootConfig('?scenario=handshake&step=start').config.at).toBe('start');
    expect(readBootConfig('?step=200000').config.at).toBe(200000);
    expect(keys('?step=200001')).toEqual(['step:url.step']);
  });
});

describe('readBootConfig: an invalid parentOrigin', () => {
  it.each(['https://a.example/path', 'javascript:alert(1)', '*'])(
    '%s is reported and kept as written, so the postMessage API accepts no one (fails closed)',
    (value) => {
      const r = readBootConfig(`?parentOrigin=${encodeURIComponent(value)}`);
      expect(r.problems.map((p) => `${p.param}:${p.key}`)).toEqual(['parentOrigin:url.parentOrigin']);
      expect(r.config.parentOrigin).toBe(value);
      expect(originPolicy(r.config.parentOrigin).accepts('https://a.example')).toBe(false);
      expect(originPolicy(r.config.parentOrigin).target).toBeUndefined();
    },
  );
});

describe('readBootConfig: problems name the parameter and keep the default', () => {
  it.each([
    ['?seed=-1', 'seed:url.seed'],
    ['?seed=4294967296', 'seed:url.seed'],
    ['?seed=1.5', 'seed:url.seed'],
    ['?speed=NaN', 'speed:url.speed'],
    ['?speed=3', 'speed:url.speed'],
    ['?step=1e99', 'step:url.step'],
    ['?step=-2', 'step:url.step'],
    ['?profile=bsd', 'profile:url.profile'],
    ['?profile=linx', 'profile:url.profileDidYouMean'],
    ['?lang=fr', 'lang:url.lang'],
    ['?theme=blue', 'theme:url.theme'],
    ['?view=graph,chrat', 'view:url.viewDidYouMean'],
    ['?view=,', 'view:url.viewEmpty'],
    ['?embed=maybe', 'embed:url.flag'],
    ['?quizSide=middle', 'quizSide:url.quizSide'],
    ['?scenario=nope-nope-nope', 'scenario:url.scenario'],
    ['?scenario=handshak', 'scenario:url.scenarioDidYouMean'],
    ['?sed=1', 'sed:url.unknownDidYouMean'],
    ['?frobnicate=1', 'frobnicate:url.unknown'],
    ['?=x', ':url.unnamed'],
    ['?segment=0', 'segment:url.segment'],
    ['?numbers=hex', 'numbers:url.numbers'],
  ])('%s → %s', (search, expected) => {
    const r = readBootConfig(search);
    expect(r.problems.map((p) => `${p.param}:${p.key}`)).toEqual([expected]);
    expect({ ...r.config, script: DEFAULT_BOOT.script }).toEqual(DEFAULT_BOOT);
  });

  it('a repeated parameter uses its first value and says so', () => {
    const r = readBootConfig('?seed=5&seed=6&seed=7');
    expect(r.config.seed).toBe(5);
    expect(r.problems).toEqual([{ param: 'seed', key: 'url.duplicate', params: { count: 3, value: '"5"' } }]);
  });

  it('both scenario and script: the script is used and the scenario named as ignored', () => {
    const r = readBootConfig('?scenario=handshake&script=client%20connect');
    expect(r.config.script).toBe('client connect');
    expect(r.config.scenario).toBeUndefined();
    expect(keys('?scenario=handshake&script=x')).toEqual(['scenario:url.scenarioAndScript']);
  });

  it('an escape that is not UTF-8 is reported with its position, not replaced by U+FFFD', () => {
    const r = readBootConfig('?script=ab%E0%A4%A');
    expect(r.config.script).toBe(DEFAULT_BOOT.script);
    expect(r.problems).toEqual([
      { param: 'script', key: 'url.badEscape', params: { pos: 3, text: '"%E0%A4"' } },
    ]);
  });

  it('a lone % that starts no escape stays as written (a teacher’s loss=10%)', () => {
    expect(readBootConfig('?script=link%20loss=10%').config.script).toBe('link loss=10%');
    expect(keys('?seed=%ZZ')).toEqual(['seed:url.seed']);
  });

  it('control characters are refused with their position and code; tab and newlines pass in a script', () => {
    const r = readBootConfig('?script=server%20listen%00');
    expect(r.problems).toEqual([
      { param: 'script', key: 'url.control', params: { pos: 14, code: 'U+0000' } },
    ]);
    expect(keys('?script=a%E2%80%AEb')).toEqual(['script:url.control']);
    expect(readBootConfig('?script=server%09listen%0D%0A').problems).toEqual([]);
  });

  it('a script over the length limit is refused without being decoded in full', () => {
    const big = 'a'.repeat(MAX_SCRIPT_LENGTH + 1);
    expect(keys(`?script=${big}`)).toEqual(['script:url.tooLong']);
    const huge = `?script=${'%41'.repeat(1_000_000)}`;
    const t0 = performance.now();
    expect(keys(huge)).toEqual(['script:url.tooLong']);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(keys(`?seed=${'1'.repeat(300)}`)).toEqual(['seed:url.tooLong']);
  });

  it('more than MAX_PARAMS parameters: the rest are reported once', () => {
    const many = Array.from({ length: MAX_PARAMS + 5 }, (_, i) => `p${i}=1`).join('&');
    const r = readBootConfig(`?${many}`);
    expect(r.problems.filter((p) => p.key === 'url.tooMany')).toHaveLength(1);
    expect(r.problems.length).toBeLessThanOrEqual(10);
  });

  it('a fragment right after script= suggests the script was cut at an unencoded #', () => {
    expect(readBootConfig('?script=drop%20', '#3').problems.map((p) => p.key)).toEqual(['url.hashInScript']);
    expect(readBootConfig('?script=x&seed=1', '#3').problems).toEqual([]);
  });
});

describe('readBootConfig: fuzzing', () => {
  const chars = fc.constantFrom(
    ...'aZ09=&%;+#?/<>"\'\\ \u0000\u00e9\u202e\ufffdxE'.split(''),
    '%E0',
    '%A4',
    '%ZZ',
    '%0',
  );
  const queries = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.array(chars, { maxLength: 200 }).map((a) => a.join('')),
    fc
      .array(
        fc.tuple(
          fc.constantFrom('seed', 'script', 'scenario', 'step', 'view', 'lang', 'SPEED', 'x', 'quizside', ''),
          fc.string({ maxLength: 40 }),
        ),
        { maxLength: 12 },
      )
      .map((ps) => ps.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
  );

  it('never throws, and every problem names a parameter of the URL with a message the catalogue has', () => {
    fc.assert(
      fc.property(queries, (q) => {
        const r = readBootConfig(`?${q}`);
        const names = new Set(q.split('&').map((part) => part.split('=')[0] ?? ''));
        for (const p of r.problems) {
          expect(isMessageKey(p.key)).toBe(true);
          // The name as browsers decode it, or as written when its escapes are not UTF-8.
          const named = [...names].some((raw) => {
            const n = raw.slice(0, 200);
            const decoded = [...new URLSearchParams(`${n}=`).keys()][0] ?? '';
            return n === p.param || decoded === p.param;
          });
          expect(named).toBe(true);
        }
        expect(typeof r.config.script).toBe('string');
      }),
      { seed: 4242, numRuns: 400 },
    );
  });
});

describe('docs/url-api.md', () => {
  it('every worked example opens without a problem, and its script parses', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseScript } = await import('../../core/script/parseScript');
    const doc = readFileSync('docs/url-api.md', 'utf8');
    const urls = [...doc.matchAll(/^https:\/\/HOST\/PATH\/(\?\S+)$/gm)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThanOrEqual(4);
    for (const search of urls) {
      const { config, problems } = readBootConfig(search);
      expect(problems, search).toEqual([]);
      expect(parseScript(config.script).errors, search).toEqual([]);
    }
  });
});
