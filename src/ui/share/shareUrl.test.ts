import { describe, expect, it } from 'vitest';
import { act, createSession, viewOf } from '../../core/lab/labSession';
import { findScenario } from '../../core/scenarios/scenarios';
import { readBootConfig } from '../boot/bootConfig';
import { shareUrl } from './shareUrl';

const base = 'https://lab.example/tcp/';

/** The settings a share link opens with, as the page reads them. */
function reopen(url: string) {
  const u = new URL(url);
  expect(`${u.origin}${u.pathname}`).toBe(base);
  return readBootConfig(u.search);
}

describe('shareUrl', () => {
  it('an untouched scenario is shared by name, with seed, profile and step', () => {
    const s = createSession(findScenario('lost-syn')?.script ?? '', { seed: 7, profile: 'linux', at: 3 });
    const { config, problems } = reopen(shareUrl(s, { base }));
    expect(problems).toEqual([]);
    expect(config).toMatchObject({ scenario: 'lost-syn', seed: 7, profile: 'linux', at: 3 });
  });

  it('a session with actions is shared as its script, # and + and ; included, and reads back exactly', () => {
    let s = createSession('server listen # a comment; not a command\nlink c>s loss=0%', { at: 'end' });
    s = act(s, [{ kind: 'call', side: 'client', event: { type: 'ACTIVE_OPEN', now: 0 } }]);
    const url = shareUrl(s, { base, extra: { lang: 'zh-CN' } });
    expect(url).not.toMatch(/[#\s]/);
    const { config, problems } = reopen(url);
    expect(problems).toEqual([]);
    expect(config.script).toContain('at step 1 t=0ms client connect');
    expect(config.script.startsWith('server listen # a comment; not a command\n')).toBe(true);
    expect(config).toMatchObject({ at: s.step, lang: 'zh-CN' });
    const again = createSession(config.script, { at: s.step });
    expect(viewOf(again).world).toEqual(viewOf(s).world);
  });

  it('the free-play start without actions needs no script', () => {
    const url = shareUrl(createSession('server listen', { at: 'end' }), { base });
    expect(new URL(url).searchParams.has('script')).toBe(false);
  });
});
