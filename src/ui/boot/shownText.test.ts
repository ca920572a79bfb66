import { describe, expect, it } from 'vitest';
import { shownText } from './shownText';

describe('shownText', () => {
  it('writes controls and bidirectional overrides as \\uXXXX, line breaks as ↵', () => {
    expect(shownText('a\u0000b\u202ec\u0007d\r\ne\tf')).toBe('a\\u0000b\\u202ec\\u0007d↵e\tf');
  });

  it('cuts long text with an ellipsis, never inside a surrogate pair', () => {
    expect(shownText('x'.repeat(400))).toBe(`${'x'.repeat(300)}…`);
    expect(shownText(`${'x'.repeat(9)}😀😀`, 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('leaves markup as the plain characters it is (React renders it as text)', () => {
    expect(shownText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
});
