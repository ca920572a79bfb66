/**
 * The iframe's postMessage protocol (docs/embed.md): every message in either direction is one envelope
 * `{ source: 'tcp-state-lab', version: 1, type, id?, ...fields }`. Commands come in from the embedding
 * page; events go out to it. Types only, plus the limits the validator enforces.
 */
import type { TcpState } from '../../core/endpoint/tcpState';
import type { ProfileName } from '../../core/script/ast';
import type { Side } from '../../core/segment';

/** The envelope's namespace: tells our messages apart from anything else on the page. */
export const EMBED_SOURCE = 'tcp-state-lab';

/** The protocol version this build speaks. */
export const EMBED_VERSION = 1;

/** Longest script a `load` command may carry, in characters. */
export const MAX_SCRIPT_CHARS = 20_000;

/** Longest command id, scenario name or language tag, in characters. */
export const MAX_TOKEN_CHARS = 100;

/** The largest seed (a uint32, as in the script language's `seed` line). */
export const MAX_SEED = 0xffff_ffff;

/** The languages a `lang` command may ask for (the build may ship fewer; see `unavailable-language`). */
export const PROTOCOL_LANGS = ['en', 'zh-CN'] as const;

/** A language the protocol knows. */
export type ProtocolLang = (typeof PROTOCOL_LANGS)[number];

/** What to load: a built-in scenario by name, or a script in the lab's language (docs/script.md). */
export type LoadCommand = {
  readonly type: 'load';
  readonly scenario?: string;
  readonly script?: string;
  readonly seed?: number;
  readonly profile?: ProfileName;
  /** Show the run's first step or its last. @default 'start' */
  readonly at?: 'start' | 'end';
};

/** A command the lab accepts, without its envelope fields. */
export type EmbedCommandBody =
  | LoadCommand
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  | { readonly type: 'step' }
  | { readonly type: 'back' }
  | { readonly type: 'seek'; readonly step: number }
  | { readonly type: 'speed'; readonly speed: number }
  | { readonly type: 'lang'; readonly lang: ProtocolLang };

/** A valid incoming command: its body plus the caller's id, echoed in the reply. */
export type EmbedCommand = EmbedCommandBody & { readonly id?: string };

/** The command types, as written in `type`. */
export const COMMAND_TYPES = ['load', 'play', 'pause', 'step', 'back', 'seek', 'speed', 'lang'] as const;

/** Why a command was refused; stable, for programs to branch on. */
export type EmbedErrorCode =
  | 'malformed'
  | 'unsupported-version'
  | 'unknown-type'
  | 'unknown-field'
  | 'invalid-value'
  | 'unknown-scenario'
  | 'script-error'
  | 'unavailable-language';

/** An error event's fields. */
export type EmbedErrorBody = {
  readonly code: EmbedErrorCode;
  /** For developers, in English. */
  readonly message: string;
  /** The field at fault (`type`, `script`, `step`, ...); empty when the message as a whole is wrong. */
  readonly path: string;
};

/** An event the lab posts to the embedding page, without its envelope fields. */
export type EmbedEventBody =
  | {
      readonly type: 'ready';
      readonly step: number;
      readonly steps: number;
      readonly client: TcpState;
      readonly server: TcpState;
    }
  | { readonly type: 'ok'; readonly id?: string; readonly command: EmbedCommandBody['type'] }
  | ({ readonly type: 'error'; readonly id?: string } & EmbedErrorBody)
  | {
      readonly type: 'step';
      readonly step: number;
      readonly steps: number;
      readonly client: TcpState;
      readonly server: TcpState;
    }
  | { readonly type: 'statechange'; readonly side: Side; readonly from: TcpState; readonly to: TcpState }
  | { readonly type: 'height'; readonly px: number };

/** Pure. Wraps an event body in the protocol's envelope. */
export function envelope<E extends EmbedEventBody>(
  body: E,
): E & { source: typeof EMBED_SOURCE; version: typeof EMBED_VERSION } {
  return { source: EMBED_SOURCE, version: EMBED_VERSION, ...body };
}
