import { quote } from '../../core/script/lexer';
import { nearest } from '../../core/script/suggest';
import type { Read } from './bootValues';
import type { PanelName } from './panelNames';
import { PANEL_NAMES } from './panelNames';

/**
 * Pure. `view=`: panel names separated by commas (or spaces), any case, each at most once, in the
 * order the page lays them out. An unknown name is an error naming it (with a suggestion when close).
 */
export function readPanels(text: string): Read<readonly PanelName[]> {
  const names = text
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((n) => n !== '');
  if (names.length === 0)
    return { ok: false, key: 'url.viewEmpty', params: { list: PANEL_NAMES.join(', ') } };
  for (const n of names) {
    if (!PANEL_NAMES.some((p) => p === n)) {
      const suggestion = nearest(n, PANEL_NAMES);
      return {
        ok: false,
        key: suggestion ? 'url.viewDidYouMean' : 'url.view',
        params: { value: quote(n), list: PANEL_NAMES.join(', '), ...(suggestion ? { suggestion } : {}) },
      };
    }
  }
  return { ok: true, value: PANEL_NAMES.filter((p) => names.includes(p)) };
}
