import { describe, expect, it } from 'vitest';
import { readEmbedParams } from './readEmbedParams';

const read = (search: string) => readEmbedParams(new URLSearchParams(search));

describe('readEmbedParams', () => {
  it('a page without the parameters shows every panel and accepts any parent', () => {
    expect(read('')).toEqual({ problems: [] });
  });

  it('view= lists the panels shown, in order, once each', () => {
    expect(read('view=chart, graph,chart')).toEqual({ view: ['chart', 'graph'], problems: [] });
  });

  it('an unknown panel is named in a problem and the known ones are kept', () => {
    const r = read('view=graph,charts');
    expect(r.view).toEqual(['graph']);
    expect(r.problems).toEqual([
      { param: 'view', key: 'embed.problem.viewName', params: expect.objectContaining({ name: 'charts' }) },
    ]);
  });

  it('a view with no known panel shows every panel and says so', () => {
    const r = read('view=,');
    expect(r.view).toBeUndefined();
    expect(r.problems.map((p) => p.key)).toEqual(['embed.problem.viewEmpty']);
  });

  it('a valid parentOrigin is kept', () => {
    expect(read('parentOrigin=https%3A%2F%2Fcourse.example.org')).toEqual({
      parentOrigin: 'https://course.example.org',
      problems: [],
    });
  });

  it('an invalid parentOrigin is reported and kept, so the API can fail closed', () => {
    const r = read('parentOrigin=course.example.org');
    expect(r.parentOrigin).toBe('course.example.org');
    expect(r.problems).toEqual([
      { param: 'parentOrigin', key: 'embed.problem.parentOrigin', params: { value: 'course.example.org' } },
    ]);
  });
});
