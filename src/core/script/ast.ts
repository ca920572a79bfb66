import type { Direction, Flag, Side } from '../segment';
import type { TcpState } from '../endpoint/tcpState';
import type { ScriptErrorCode, ScriptErrorParams } from './scriptErrorText';

/** Where something stands in script text: 1-based line and column. */
export type Pos = { readonly line: number; readonly col: number };

/** A problem found in a script, pointing at the place it starts. */
export type ScriptError = Pos & {
  /** A sentence for people, naming what is wrong (`unknown command "conect"; did you mean "connect"?`). */
  readonly message: string;
  /** What is wrong, for machines and translations: a key of SCRIPT_ERROR_EN (scriptErrorText.ts). */
  readonly code: ScriptErrorCode;
  /** The values filled into the sentence (`{word}` is the offending word, quoted as in `message`). */
  readonly params: ScriptErrorParams;
};

/** A command with the place it was written and its source text (for messages and the trace). */
export type Located<T> = T & { readonly pos: Pos; readonly source: string };

/** Behaviour profiles (docs/profiles.md). */
export type ProfileName = 'rfc9293' | 'linux';

/** Per-direction link settings a script may change; fractions are 0..1, times in ms. */
export type LinkSettingsPatch = {
  latency?: number;
  jitter?: number;
  loss?: number;
  dup?: number;
  reorder?: number;
};

/** Timer settings a script may change (times in ms; counts are whole numbers). */
export type TimerSettingsPatch = {
  /** Maximum segment lifetime; TIME_WAIT lasts 2×MSL under rfc9293. */
  msl?: number;
  /** Initial retransmission timeout (RFC 6298 §2.1). */
  rto?: number;
  /** Lower bound on the computed RTO (RFC 6298 §2.4). */
  rto_min?: number;
  /** Upper bound on the RTO after backoff (RFC 6298 §2.5). */
  rto_max?: number;
  /** Retransmissions of data/FIN before giving up (RFC 9293 §3.8.3 R2). */
  retries?: number;
  /** Retransmissions of SYN / SYN,ACK before giving up. */
  syn_retries?: number;
  /** Linux tcp_fin_timeout for orphaned FIN_WAIT_2 sockets; 0 turns it off. */
  fin_timeout?: number;
  /** TIME_WAIT length, overriding the profile's rule (2×MSL or Linux's 60 s). */
  time_wait?: number;
  /** RFC 9293 §3.8.3 user timeout; 0 turns it off. */
  user_timeout?: number;
  /** Delayed-ACK timeout (RFC 9293 §3.8.6.3); 0 turns delayed ACKs off. */
  delack?: number;
};

/** Switches a script may set with `option` (docs/profiles.md gives each profile's default). */
export type OptionPatch = {
  /** RFC 1337: ignore RST in TIME_WAIT. */
  rfc1337?: boolean;
  /** RFC 5961 challenge ACKs. */
  challenge_ack?: boolean;
  /** SYN cookies (recorded for later use; no behaviour yet). */
  syncookies?: boolean;
  /** Receive buffer in octets, 0..65535; the advertised window shrinks as unread data fills it. */
  rcvbuf?: number;
};

/**
 * A number written in an `inject` or `expect` line: absolute (uint32), or relative to a variable of
 * the TCB of the endpoint that will receive the segment (`rcv.nxt+10`, `snd.una-1`).
 */
export type NumExpr =
  | { readonly kind: 'abs'; readonly value: number }
  | {
      readonly kind: 'rel';
      readonly base: TcbVar;
      readonly offset: number;
      /** A second variable added or subtracted instead of a number: `rcv.nxt+rcv.wnd` (the right edge). */
      readonly term?: { readonly sign: 1 | -1; readonly name: TcbVar };
    };

/** TCB variables a script may refer to (RFC 9293 §3.3.1). */
export type TcbVar = 'rcv.nxt' | 'snd.nxt' | 'snd.una' | 'iss' | 'irs' | 'rcv.wnd' | 'snd.wnd';

/** Selects segments by exact flag set; undefined matches any segment. */
export type FlagSet = readonly Flag[] | undefined;

/**
 * User calls (RFC 9293 §3.10.1–3.10.5, and the socket calls a programmer meets). `connect` is an active
 * OPEN, `listen` a passive OPEN, `read` the RFC's RECEIVE, `shutdown` a half-close (FIN, keep receiving).
 */
export type CallName = 'listen' | 'connect' | 'send' | 'read' | 'shutdown' | 'close' | 'abort';

/**
 * A flag pattern for `expect`: alternatives separated by `|`; in each, flags that must be set and flags
 * that may be set (`PSH?`); every other flag must be clear. `RST|RST+ACK`, `FIN+ACK+PSH?`.
 */
export type FlagPattern = readonly {
  readonly required: readonly Flag[];
  readonly optional: readonly Flag[];
}[];

/** Comparison operators of `expect` field checks; `<` and `>` on seq/ack compare modulo 2^32. */
export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

/** One field check of `expect last`: `seq>5002`, `ack=snd.nxt`, `len=0`, `win<=1000`. */
export type FieldCheck = {
  readonly field: 'seq' | 'ack' | 'len' | 'win';
  readonly op: CompareOp;
  readonly value: NumExpr;
};

/** Endpoint variables `expect <ep> name=value` can check. */
export type EndpointVar =
  | 'snd.una'
  | 'snd.nxt'
  | 'snd.wnd'
  | 'rcv.nxt'
  | 'rcv.wnd'
  | 'iss'
  | 'irs'
  /** Octets the application has read. */
  | 'received'
  /** Octets received but not yet read (Recv-Q). */
  | 'unread'
  /** Octets written but not yet acknowledged (Send-Q). */
  | 'sendq';

/** One check of `expect <ep> var OP value` (value absolute or relative to the same endpoint's TCB). */
export type VarCheck = { readonly name: EndpointVar; readonly op: CompareOp; readonly value: NumExpr };

/** A segment as `inject` crafts it; omitted fields take defaults. */
export type SegmentPattern = {
  readonly dir: Direction;
  /** Exact flags; empty for none (`-`). */
  readonly flags: readonly Flag[];
  readonly seq?: NumExpr;
  readonly ack?: NumExpr;
  readonly len?: number;
  readonly win?: number;
};

/** One command of the demo-script language (docs/script.md). */
export type Command =
  | { readonly kind: 'seed'; readonly seed: number }
  | { readonly kind: 'profile'; readonly profile: ProfileName }
  | { readonly kind: 'link'; readonly dir: Direction | 'both'; readonly settings: LinkSettingsPatch }
  | { readonly kind: 'timers'; readonly settings: TimerSettingsPatch }
  | { readonly kind: 'iss'; readonly client?: number; readonly server?: number }
  | { readonly kind: 'option'; readonly settings: OptionPatch }
  | {
      readonly kind: 'call';
      readonly side: Side;
      readonly call: CallName;
      /** For send: octets to send; for read: most octets to read (absent: everything unread). */
      readonly bytes?: number;
    }
  | { readonly kind: 'mute'; readonly side: Side; readonly muted: boolean }
  | { readonly kind: 'mark' }
  | { readonly kind: 'dropNext'; readonly dir: Direction; readonly flags: FlagSet; readonly count: number }
  | { readonly kind: 'dropId'; readonly id: number }
  | { readonly kind: 'delayNext'; readonly dir: Direction; readonly flags: FlagSet; readonly by: number }
  | { readonly kind: 'dupNext'; readonly dir: Direction; readonly flags: FlagSet }
  | ({ readonly kind: 'inject' } & SegmentPattern)
  | { readonly kind: 'wait'; readonly ms: number }
  | { readonly kind: 'waitMsl'; readonly factor: number }
  | { readonly kind: 'waitUntil'; readonly side: Side; readonly state: TcpState; readonly within?: number }
  | { readonly kind: 'waitIdle' }
  | { readonly kind: 'expectState'; readonly side: Side; readonly state: TcpState }
  | {
      readonly kind: 'expectLast';
      readonly dir: Direction;
      readonly flags: FlagPattern;
      readonly checks: readonly FieldCheck[];
    }
  | { readonly kind: 'expectNone'; readonly dir: Direction }
  | {
      readonly kind: 'expectCount';
      readonly dir: Direction;
      readonly flags: FlagPattern;
      readonly count: number;
    }
  | { readonly kind: 'expectVars'; readonly side: Side; readonly checks: readonly VarCheck[] }
  /** The result of the side's last call: an error text, or `none` (it succeeded). */
  | { readonly kind: 'expectError'; readonly side: Side; readonly error: string | null }
  /** The side's application has been told this (at any time so far). */
  | { readonly kind: 'expectNotified'; readonly side: Side; readonly signal: string }
  /**
   * `at step N [t=DURATION] ACTION`: a learner's action in the lab, replayed at step N (the run cut back
   * or run on to it) and time t (at least the step's own time). These lines come last (docs/script.md).
   */
  | {
      readonly kind: 'at';
      readonly step: number;
      /** Virtual ms; undefined means the step's own time. */
      readonly time?: number;
      readonly action: Located<AtAction>;
    };

/** The commands an `at step` line may carry: what a learner can do with the lab's buttons, and more. */
export type AtAction = Extract<
  Command,
  { kind: 'call' | 'link' | 'mute' | 'dropNext' | 'dropId' | 'delayNext' | 'dupNext' | 'inject' }
>;

/** What parsing returns: never throws; `errors` is empty when the script is valid. */
export type ParseResult = {
  readonly commands: readonly Located<Command>[];
  readonly errors: readonly ScriptError[];
};
