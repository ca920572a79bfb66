import { describe, expect, it } from 'vitest';
import { createSession } from '../../core/lab/labSession';
import { appBase, sessionUrl } from './appUrl';

describe('appBase', () => {
  it('keeps scheme, host, port and path, and drops query and fragment', () => {
    expect(appBase('http://127.0.0.1:4884/lab/?embed=1&parentOrigin=x#top')).toBe(
      'http://127.0.0.1:4884/lab/',
    );
  });
});

describe('sessionUrl', () => {
  it('points at the same app with the session in the query, plus the extra parameters', () => {
    const session = createSession('server listen\nclient connect', { seed: 9 });
    const url = new URL(sessionUrl(session, 'https://lab.example/?embed=1', { embed: '1' }));
    expect(url.origin + url.pathname).toBe('https://lab.example/');
    expect(url.searchParams.get('script')).toBe('server listen\nclient connect');
    expect(url.searchParams.get('seed')).toBe('9');
    expect(url.searchParams.get('embed')).toBe('1');
  });
});
