import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TCP_STATES } from '../../core/endpoint/tcpState';

/** A text that is a catalogue key rather than a sentence: what `t()` returns for a text it lacks. */
const KEY_LIKE = /^[a-z][A-Za-z]*\.[\w.]+$/;

const mountApp = vi.fn<(root: HTMLElement) => Promise<void>>(() => Promise.resolve());
vi.mock('./mountApp', () => ({ mountApp: (root: HTMLElement) => mountApp(root) }));

function stubMatchMedia(matches: (query: string) => boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: matches(query),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

/** Starts the page on fresh modules (a catalogue without the page's texts, as in a browser) at `search`. */
async function start(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  vi.resetModules();
  const messages = await import('../i18n/messages');
  const { startLab } = await import('./startLab');
  document.body.innerHTML = '<div id="root" data-testid="app-root" data-ready="false"></div>';
  const root = document.getElementById('root') as HTMLElement;
  await startLab(root);
  return { root, messages };
}

function texts(root: HTMLElement): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title']) {
      const v = el.getAttribute(name);
      if (v) out.push(v);
    }
    for (const n of el.childNodes)
      if (n.nodeType === Node.TEXT_NODE && n.textContent?.trim()) out.push(n.textContent.trim());
  }
  return out;
}

beforeEach(() => {
  stubMatchMedia(() => false);
  mountApp.mockClear();
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  document.documentElement.className = '';
});

describe('the first frame (before React)', () => {
  it('draws both views and marks the root ready, then hands the root to the React page', async () => {
    const { root } = await start();
    expect(root.getAttribute('data-ready')).toBe('true');
    expect(root.querySelectorAll('[data-state-graph] [data-state]').length).toBeGreaterThanOrEqual(11);
    expect(root.querySelector('[data-endpoint-marker="client"]')?.getAttribute('data-state')).toBe('CLOSED');
    expect(root.querySelector('[data-endpoint-marker="server"]')?.getAttribute('data-state')).toBe('LISTEN');
    expect(root.querySelector('[data-sequence-chart] svg')).not.toBeNull();
    expect(root.getAttribute('data-step')).toMatch(/^\d+$/);
    expect(root.getAttribute('data-client-state')).toBe('CLOSED');
    expect(root.getAttribute('data-server-state')).toBe('LISTEN');
    expect(mountApp).toHaveBeenCalledWith(root);
  });

  it('needs only the first part of the catalogue: no word it shows is a missing text', async () => {
    const { root, messages } = await start();
    // The page's texts are not loaded on these fresh modules: a narration key is missing.
    expect(messages.isMessageKey('misconception.closeWaitEntry')).toBe(false);
    const shown = texts(root);
    expect(shown.length).toBeGreaterThan(20);
    expect(shown.filter((s) => KEY_LIKE.test(s))).toEqual([]);
    expect(TCP_STATES.filter((s) => messages.t(`state.${s}.short`) === `state.${s}.short`)).toEqual([]);
  });

  it('opens a scenario at the step the URL asks for, with the test hooks at that step', async () => {
    const { root } = await start('?scenario=handshake&step=end');
    expect(root.getAttribute('data-client-state')).toBe('ESTABLISHED');
    expect(root.getAttribute('data-server-state')).toBe('ESTABLISHED');
    expect(root.querySelectorAll('[data-segment-id]').length).toBe(3);
    expect(root.getAttribute('data-trace-digest')).toMatch(/^[0-9a-f]+$/);
  });

  it('opens in the language lang= names, read with the other parameters (any case)', async () => {
    const { root } = await start('?LANG=zh-tw');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(root.querySelector('h1')?.textContent).toMatch(/[\u4e00-\u9fff]/);
  });

  it('applies the theme before drawing: theme=dark in the URL', async () => {
    await start('?theme=dark');
    expect(document.documentElement.classList.contains('dark')).toBe(true);
  });

  it('honours view= and embed=1 in its layout', async () => {
    const { root } = await start('?embed=1&view=chart');
    const sections = [...root.querySelectorAll('section')];
    expect(sections.map((s) => s.hidden)).toEqual([true, false]);
    expect(root.className).not.toContain('min-h-screen');
  });

  it('says so, in text, when the rest of the page cannot be loaded', async () => {
    mountApp.mockImplementationOnce(() => Promise.reject(new Error('offline')));
    const { root } = await start();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/could not be loaded/);
    expect(root.getAttribute('data-ready')).toBe('true');
  });
});
