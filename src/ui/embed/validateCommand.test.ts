import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES, MAX_SCRIPT_CHARS } from './embedProtocol';
import { validateCommand } from './validateCommand';

/** Fields a command may be refused for lacking. */
const REQUIRED = ['source', 'version', 'type', 'step', 'speed', 'lang', 'scenario', 'script'];
const base = { source: 'tcp-state-lab', version: 1 };
const refusal = (data: unknown) => {
  const r = validateCommand(data);
  if (r.ok) throw new Error(`expected a refusal for ${JSON.stringify(data)}`);
  return r;
};

describe('validateCommand accepts each command of the protocol', () => {
  it('every command without fields, with its id kept', () => {
    for (const type of ['play', 'pause', 'step', 'back'] as const) {
      expect(validateCommand({ ...base, type, id: `c-${type}` })).toEqual({
        ok: true,
        command: { type, id: `c-${type}` },
      });
    }
  });

  it('load by scenario or by script, with seed, profile and at', () => {
    expect(validateCommand({ ...base, type: 'load', scenario: 'handshake' })).toEqual({
      ok: true,
      command: { type: 'load', scenario: 'handshake' },
    });
    expect(
      validateCommand({
        ...base,
        type: 'load',
        script: 'server listen',
        seed: 7,
        profile: 'linux',
        at: 'end',
      }),
    ).toEqual({
      ok: true,
      command: { type: 'load', script: 'server listen', seed: 7, profile: 'linux', at: 'end' },
    });
  });

  it('seek, speed and lang with their values', () => {
    expect(validateCommand({ ...base, type: 'seek', step: 3 })).toEqual({
      ok: true,
      command: { type: 'seek', step: 3 },
    });
    expect(validateCommand({ ...base, type: 'speed', speed: 0.25 })).toEqual({
      ok: true,
      command: { type: 'speed', speed: 0.25 },
    });
    expect(validateCommand({ ...base, type: 'lang', lang: 'zh-CN' })).toEqual({
      ok: true,
      command: { type: 'lang', lang: 'zh-CN' },
    });
  });
});

describe('validateCommand names the field at fault', () => {
  it.each([
    ['a string', 'play', 'malformed', ''],
    ['null', null, 'malformed', ''],
    ['an array', [base], 'malformed', ''],
    ['another source', { ...base, source: 'other', type: 'play' }, 'malformed', 'source'],
    ['no version', { source: 'tcp-state-lab', type: 'play' }, 'malformed', 'version'],
    ['a later version', { ...base, version: 2, type: 'play' }, 'unsupported-version', 'version'],
    ['an unknown type', { ...base, type: 'explode' }, 'unknown-type', 'type'],
    ['a field the command lacks', { ...base, type: 'play', step: 1 }, 'unknown-field', 'step'],
    ['seek without a step', { ...base, type: 'seek' }, 'malformed', 'step'],
    ['a negative step', { ...base, type: 'seek', step: -1 }, 'invalid-value', 'step'],
    ['a fractional step', { ...base, type: 'seek', step: 1.5 }, 'invalid-value', 'step'],
    ['a step as text', { ...base, type: 'seek', step: '3' }, 'invalid-value', 'step'],
    ['a speed not offered', { ...base, type: 'speed', speed: 3 }, 'invalid-value', 'speed'],
    ['an unknown language', { ...base, type: 'lang', lang: 'fr' }, 'invalid-value', 'lang'],
    ['load with neither', { ...base, type: 'load' }, 'malformed', 'scenario'],
    ['load with both', { ...base, type: 'load', scenario: 'a', script: 'b' }, 'malformed', 'script'],
    ['a seed out of range', { ...base, type: 'load', scenario: 'a', seed: 2 ** 32 }, 'invalid-value', 'seed'],
    [
      'an unknown profile',
      { ...base, type: 'load', scenario: 'a', profile: 'bsd' },
      'invalid-value',
      'profile',
    ],
    ['an id that is not text', { ...base, type: 'play', id: 5 }, 'invalid-value', 'id'],
  ])('%s', (_name, data, code, path) => {
    expect(refusal(data).error).toMatchObject({ code, path });
  });

  it('a script longer than the limit is refused before it is run', () => {
    const r = refusal({ ...base, type: 'load', script: 'x'.repeat(MAX_SCRIPT_CHARS + 1) });
    expect(r.error).toMatchObject({ code: 'invalid-value', path: 'script' });
    expect(r.error.message).toContain(String(MAX_SCRIPT_CHARS));
  });

  it('a refused command still carries its id, so the caller can match the reply', () => {
    expect(refusal({ ...base, type: 'seek', step: 'x', id: 'q1' }).id).toBe('q1');
  });

  it('the message quotes what was received, cut short and as text', () => {
    const r = refusal({ ...base, type: 'lang', lang: `<img src=x onerror=alert(1)>${'a'.repeat(100)}` });
    expect(r.error.message).toContain('"<img src=x onerror=alert(1)>');
    expect(r.error.message.length).toBeLessThan(200);
  });
});

describe('validateCommand on arbitrary data', () => {
  const seed = Date.now() % 100_000;
  const junk = fc.oneof(
    fc.anything(),
    fc.record({
      source: fc.constant('tcp-state-lab'),
      version: fc.constant(1),
      type: fc.constantFrom(...COMMAND_TYPES),
    }),
    fc.dictionary(
      fc.constantFrom('source', 'version', 'type', 'id', 'step', 'speed', 'lang', 'script', 'scenario'),
      fc.anything(),
    ),
  );

  it(`never throws, and every refusal names a field it carries or lacks (seed ${seed})`, () => {
    fc.assert(
      fc.property(junk, (data) => {
        const r = validateCommand(data);
        if (r.ok) return;
        expect(r.error.message.length).toBeGreaterThan(0);
        if (r.error.path === '')
          expect(typeof data !== 'object' || data === null || Array.isArray(data)).toBe(true);
        // A field it carries, or a required one it lacks.
        else
          expect([...Object.keys(data as object).map((k) => k.slice(0, 100)), ...REQUIRED]).toContain(
            r.error.path,
          );
      }),
      { seed, numRuns: 3000 },
    );
  });

  it(`a valid command with one field made wrong is refused at that field (seed ${seed})`, () => {
    const wrong = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.nat()));
    fc.assert(
      fc.property(fc.constantFrom('step', 'speed', 'lang'), wrong, (field, value) => {
        const type = field === 'step' ? 'seek' : field;
        const r = validateCommand({ ...base, type, [field]: value });
        if (r.ok) return; // the junk happened to be valid (a whole step, a speed offered, "en")
        expect(r.error.path).toBe(field);
      }),
      { seed, numRuns: 1000 },
    );
  });
});
