import { describe, expect, it } from 'vitest';
import { sentenceGap } from './sentenceGap';

describe('sentenceGap', () => {
  it('is a space in English and nothing in Chinese', () => {
    expect(sentenceGap('en')).toBe(' ');
    expect(sentenceGap('zh-CN')).toBe('');
  });
});
