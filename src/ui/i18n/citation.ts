/** Source citations (`§3.10.7.4, Figure 5 note 2`) in the reader's language. */
import { getLang } from './langStore';
import type { Lang } from './messages';

/**
 * Pure for a given `lang`. The citation with the RFC's figure and note words translated (图 5 注 2) and the
 * list comma full-width (，) as Chinese text wants; section numbers, RFC numbers and Linux function names
 * stay as written.
 */
export function citation(rfc: string, lang: Lang = getLang()): string {
  if (lang === 'en') return rfc;
  return rfc
    .replace(/\bFigure (\d+)/g, '图 $1')
    .replace(/\bnote (\d+)/g, '注 $1')
    .replace(/, /g, '，');
}
