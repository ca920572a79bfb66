import { afterEach, describe, expect, it } from 'vitest';
import { edgeLabel } from './edgeLabel';
import { getLang, loadLang, subscribeLang } from './langStore';
import { t } from './messages';

afterEach(async () => {
  await loadLang('en');
});

describe('the language store', () => {
  it('switches t() to Chinese once the catalogue has loaded, and marks <html lang>', async () => {
    expect(t('panel.graph')).toBe('State graph');
    await loadLang('zh-CN');
    expect(getLang()).toBe('zh-CN');
    expect(t('panel.graph')).toBe('状态图');
    expect(t('live.state', { side: t('side.client'), state: 'SYN_SENT' })).toBe('客户端现在处于 SYN_SENT');
    expect(document.documentElement.lang).toBe('zh-CN');
    await loadLang('en');
    expect(t('panel.graph')).toBe('State graph');
    expect(document.documentElement.lang).toBe('en');
  });

  it('tells subscribers of each change, and only of changes', async () => {
    const seen: string[] = [];
    const stop = subscribeLang(() => seen.push(getLang()));
    await loadLang('zh-CN');
    await loadLang('zh-CN');
    await loadLang('en');
    stop();
    await loadLang('zh-CN');
    expect(seen).toEqual(['zh-CN', 'en']);
  });

  it('lets the last of overlapping switches win', async () => {
    const first = loadLang('zh-CN');
    const second = loadLang('en');
    await Promise.all([first, second]);
    expect(getLang()).toBe('en');
  });

  it('translates state-graph edge labels in Chinese and keeps the RFC words in English', async () => {
    expect(edgeLabel('rcv SYN / snd SYN,ACK')).toBe('rcv SYN / snd SYN,ACK');
    await loadLang('zh-CN');
    expect(edgeLabel('rcv SYN / snd SYN,ACK')).toBe('收到 SYN / 发送 SYN,ACK');
    expect(edgeLabel('no such label')).toBe('no such label');
  });
});
