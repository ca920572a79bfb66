import { describe, expect, it } from 'vitest';
import { readBootConfig } from './bootConfig';
import { readQuizParams } from './readQuizParams';

const read = (search: string) => readQuizParams(new URLSearchParams(search));

describe('quiz settings from the URL', () => {
  it('quiz=1 turns quiz mode on, asking about both endpoints', () => {
    expect(read('?quiz=1')).toEqual({ config: { quiz: true }, problems: [] });
    expect(read('?quiz=0').config.quiz).toBe(false);
  });

  it('quizSide names the one endpoint asked about', () => {
    expect(read('?quiz=1&quizSide=server').config).toEqual({ quiz: true, quizSide: 'server' });
    expect(read('?quiz=1&quizSide=client').config).toEqual({ quiz: true, quizSide: 'client' });
  });

  it('an unknown quizSide is reported, and the quiz asks about both', () => {
    const r = read('?quiz=1&quizSide=router');
    expect(r.config).toEqual({ quiz: true });
    expect(r.problems).toEqual([{ param: 'quizSide', key: 'quiz.url.badSide' }]);
  });

  it('reaches the boot settings', () => {
    const r = readBootConfig('?quiz=1&quizSide=client');
    expect(r.config.quiz).toBe(true);
    expect(r.config.quizSide).toBe('client');
  });
});
