/**
 * The schema check for incoming postMessage data (docs/embed.md). Whatever arrives — a string, an
 * array, an object with odd keys or values — comes back either as a typed command or as an error that
 * names the field at fault. Never throws; the data is only read, never evaluated or used as markup.
 */
import { SPEEDS } from '../../core/lab/labMachine';
import type { EmbedCommand, EmbedCommandBody, EmbedErrorBody, EmbedErrorCode } from './embedProtocol';
import {
  COMMAND_TYPES,
  EMBED_SOURCE,
  EMBED_VERSION,
  MAX_SCRIPT_CHARS,
  MAX_SEED,
  MAX_TOKEN_CHARS,
  PROTOCOL_LANGS,
} from './embedProtocol';

/** A valid command, or why not (with the command's id when it could be read). */
export type CommandCheck =
  | { readonly ok: true; readonly command: EmbedCommand }
  | { readonly ok: false; readonly error: EmbedErrorBody; readonly id?: string };

type CommandType = EmbedCommandBody['type'];
type Fields = Readonly<Record<string, unknown>>;

const ENVELOPE_FIELDS = ['source', 'version', 'type', 'id'];

/** The fields each command may carry besides the envelope. */
const COMMAND_FIELDS: Readonly<Record<CommandType, readonly string[]>> = {
  load: ['scenario', 'script', 'seed', 'profile', 'at'],
  play: [],
  pause: [],
  step: [],
  back: [],
  seek: ['step'],
  speed: ['speed'],
  lang: ['lang'],
};

/** Stops the check with an error; caught in validateCommand. */
class Refusal {
  constructor(readonly error: EmbedErrorBody) {}
}

function refuse(code: EmbedErrorCode, path: string, message: string): never {
  throw new Refusal({ code, path: path.slice(0, MAX_TOKEN_CHARS), message });
}

function own(fields: Fields, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined;
}

/** A short, safe description of a received value for an error message. */
function shown(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') {
    const cut = v.length > 40 ? `${v.slice(0, 40)}…` : v;
    return `the string ${JSON.stringify(cut)}`;
  }
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return 'an array';
  return `a value of type ${typeof v}`;
}

function isFields(v: unknown): v is Fields {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function oneOf<T extends string | number>(fields: Fields, key: string, allowed: readonly T[]): T | undefined {
  const v = own(fields, key);
  if (v === undefined) return undefined;
  const found = allowed.find((a) => a === v);
  if (found === undefined) {
    const list = allowed.map((a) => JSON.stringify(a)).join(', ');
    refuse('invalid-value', key, `${key} must be one of ${list}, not ${shown(v)}`);
  }
  return found;
}

function text(fields: Fields, key: string, max: number): string | undefined {
  const v = own(fields, key);
  if (v === undefined) return undefined;
  if (typeof v !== 'string') refuse('invalid-value', key, `${key} must be a string, not ${shown(v)}`);
  if (v.length > max)
    refuse('invalid-value', key, `${key} is ${v.length} characters; at most ${max} are allowed`);
  return v;
}

function whole(fields: Fields, key: string, max: number): number | undefined {
  const v = own(fields, key);
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) {
    refuse('invalid-value', key, `${key} must be a whole number from 0 to ${max}, not ${shown(v)}`);
  }
  return v;
}

function required<T>(key: string, v: T | undefined): T {
  if (v === undefined) refuse('malformed', key, `this command needs ${key}`);
  return v;
}

function loadBody(fields: Fields): EmbedCommandBody {
  const scenario = text(fields, 'scenario', MAX_TOKEN_CHARS);
  const script = text(fields, 'script', MAX_SCRIPT_CHARS);
  if ((scenario === undefined) === (script === undefined)) {
    refuse(
      'malformed',
      scenario === undefined ? 'scenario' : 'script',
      'load needs either scenario or script, not both',
    );
  }
  const seed = whole(fields, 'seed', MAX_SEED);
  const profile = oneOf(fields, 'profile', ['rfc9293', 'linux'] as const);
  const at = oneOf(fields, 'at', ['start', 'end'] as const);
  return {
    type: 'load',
    ...(scenario === undefined ? {} : { scenario }),
    ...(script === undefined ? {} : { script }),
    ...(seed === undefined ? {} : { seed }),
    ...(profile === undefined ? {} : { profile }),
    ...(at === undefined ? {} : { at }),
  };
}

function body(type: CommandType, fields: Fields): EmbedCommandBody {
  switch (type) {
    case 'load':
      return loadBody(fields);
    case 'seek':
      return { type, step: required('step', whole(fields, 'step', Number.MAX_SAFE_INTEGER)) };
    case 'speed':
      return { type, speed: required('speed', oneOf(fields, 'speed', SPEEDS)) };
    case 'lang':
      return { type, lang: required('lang', oneOf(fields, 'lang', PROTOCOL_LANGS)) };
    default:
      return { type };
  }
}

function check(data: unknown): EmbedCommand {
  if (!isFields(data)) refuse('malformed', '', `a command must be an object, not ${shown(data)}`);
  if (own(data, 'source') !== EMBED_SOURCE) {
    refuse('malformed', 'source', `source must be "${EMBED_SOURCE}", not ${shown(own(data, 'source'))}`);
  }
  const version = own(data, 'version');
  if (version !== EMBED_VERSION) {
    if (version === undefined)
      refuse('malformed', 'version', `this command needs version (${EMBED_VERSION})`);
    refuse('unsupported-version', 'version', `version must be ${EMBED_VERSION}, not ${shown(version)}`);
  }
  const rawType = own(data, 'type');
  const type = COMMAND_TYPES.find((c) => c === rawType);
  if (type === undefined) {
    refuse('unknown-type', 'type', `type must be one of ${COMMAND_TYPES.join(', ')}, not ${shown(rawType)}`);
  }
  const allowed = [...ENVELOPE_FIELDS, ...COMMAND_FIELDS[type]];
  const extra = Object.keys(data).find((k) => !allowed.includes(k));
  if (extra !== undefined)
    refuse('unknown-field', extra, `${type} has no field ${JSON.stringify(extra.slice(0, 40))}`);
  const id = text(data, 'id', MAX_TOKEN_CHARS);
  return { ...body(type, data), ...(id === undefined ? {} : { id }) };
}

/** The command's id, when it has a usable one (so that even a refusal can be matched to its command). */
function idOf(data: unknown): string | undefined {
  if (!isFields(data)) return undefined;
  const id = own(data, 'id');
  return typeof id === 'string' && id.length <= MAX_TOKEN_CHARS ? id : undefined;
}

/** Pure. Checks one incoming message against the protocol's schema. Never throws. */
export function validateCommand(data: unknown): CommandCheck {
  try {
    return { ok: true, command: check(data) };
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    const id = idOf(data);
    return { ok: false, error: e.error, ...(id === undefined ? {} : { id }) };
  }
}
