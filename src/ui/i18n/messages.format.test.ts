import { describe, expect, it } from 'vitest';
import { format, placeholders, t } from './messages';

describe('t() and format()', () => {
  it('fills {param} placeholders from params', () => {
    expect(t('live.state', { side: 'client', state: 'SYN_SENT' })).toBe('client is now in SYN_SENT');
    expect(format('{a} and {b}', { a: 1, b: 'two' })).toBe('1 and two');
  });

  it('returns the key itself for an unknown key, never throwing', () => {
    expect(t('no.such.key')).toBe('no.such.key');
    expect(t('')).toBe('');
    expect(t('constructor')).toBe('constructor');
    expect(t('__proto__', { x: 1 })).toBe('__proto__');
  });

  it('leaves a placeholder without a value as written', () => {
    expect(t('control.notPossible', { state: 'CLOSED' })).toBe('Not possible in CLOSED: {answer}');
  });

  it('lists the placeholders of a template', () => {
    expect(placeholders('The {side} sends {len} bytes to the {peer}')).toEqual(['side', 'len', 'peer']);
  });
});
