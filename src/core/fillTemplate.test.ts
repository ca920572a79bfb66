import { describe, expect, it } from 'vitest';
import { fillTemplate, placeholders } from './fillTemplate';

describe('fillTemplate', () => {
  it('fills each {name} from the params, numbers included', () => {
    expect(fillTemplate('{side} sent {n} bytes to {side}', { side: 'client', n: 3 })).toBe(
      'client sent 3 bytes to client',
    );
  });

  it('leaves a placeholder without a value as written, and ignores inherited names', () => {
    expect(fillTemplate('{a} and {toString}', { a: 1 })).toBe('1 and {toString}');
  });

  it('lists the placeholder names in order of appearance', () => {
    expect(placeholders('{b} then {a} then {b}')).toEqual(['b', 'a', 'b']);
    expect(placeholders('none')).toEqual([]);
  });
});
