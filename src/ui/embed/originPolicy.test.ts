import { describe, expect, it } from 'vitest';
import { originPolicy, parseOrigin } from './originPolicy';

describe('parseOrigin', () => {
  it('takes an http or https origin, with or without a trailing slash', () => {
    expect(parseOrigin('https://course.example.org')).toBe('https://course.example.org');
    expect(parseOrigin('http://127.0.0.1:4884/')).toBe('http://127.0.0.1:4884');
  });

  it('reads scheme and host case-insensitively, as browsers do, and answers in lower case', () => {
    expect(parseOrigin('HTTPS://School.Example:8443')).toBe('https://school.example:8443');
  });

  it.each([
    'course.example.org',
    'https://course.example.org/lesson/3',
    'https://course.example.org?x=1',
    'https://user@course.example.org',
    'javascript:alert(1)',
    'null',
    '*',
    '',
  ])('refuses %j, which is not exactly an origin', (text) => {
    expect(parseOrigin(text)).toBeUndefined();
  });
});

describe('originPolicy', () => {
  it('without parentOrigin accepts any sender and posts to "*"', () => {
    const p = originPolicy(undefined);
    expect(p.accepts('https://a.example')).toBe(true);
    expect(p.target).toBe('*');
  });

  it('with parentOrigin accepts only that origin and posts only to it', () => {
    const p = originPolicy('https://course.example.org/');
    expect(p.accepts('https://course.example.org')).toBe(true);
    expect(p.accepts('https://evil.example')).toBe(false);
    expect(p.accepts('null')).toBe(false);
    expect(p.target).toBe('https://course.example.org');
  });

  it('with an invalid parentOrigin fails closed: nobody commands, nothing is posted', () => {
    const p = originPolicy('course.example.org');
    expect(p.accepts('https://course.example.org')).toBe(false);
    expect(p.target).toBeUndefined();
  });
});
