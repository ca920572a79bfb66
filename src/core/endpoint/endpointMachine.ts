/**
 * One TCP endpoint as an XState statechart that follows RFC 9293 §3.10 event processing.
 *
 * The states are the eleven of RFC 9293 §3.3.2; the synchronized ones share the checks every one of
 * them makes on an arriving segment (§3.10.7.4 first to fourth), after which the machine raises one
 * step event (`RST_VALID`, `SYN_IN_WINDOW`, `ACK_ARRIVES`, then `TEXT_ARRIVES`) that each state answers
 * in its own way. Every transition carries `description` ("event / action", the RFC's Figure 5 words)
 * and `meta` ({ key, rfc }), from which the drawn graph, the legal buttons, the trace's causes and the
 * coverage tests are all derived.
 */
import { and, enqueueActions, not, raise, setup } from 'xstate';
import type { Effect } from './endpointEffects';
import type { EndpointContext, EndpointInputConfig } from './endpointContext';
import { initialContext } from './endpointContext';
import type { EndpointEvent } from './endpointEvents';
import { guards } from './endpointGuards';
import type { Op } from './endpointOps';
import { callError, ops, signal } from './endpointOps';

/** The `meta` every transition carries. */
export type TransitionMeta = {
  /** Stable trace key for the rule, used for narration (`synSent.rcvSynAck`). */
  readonly key: string;
  /** The section of RFC 9293 (or RFC 5961, RFC 6298, Linux source) that justifies it. */
  readonly rfc: string;
  /** True for a transition that answers a user call with an error (not a legal call). */
  readonly error?: boolean;
};

function wrap(o: Op) {
  return enqueueActions<
    EndpointContext,
    EndpointEvent,
    undefined,
    EndpointEvent,
    never,
    never,
    never,
    never,
    never
  >(({ context, event, enqueue }) => {
    const r = o(context, event);
    if (r.ctx !== context) enqueue.assign(() => r.ctx);
    for (const e of r.effects) enqueue({ type: 'effect', params: e } as never);
  });
}

const wrapped = Object.fromEntries(Object.entries(ops).map(([k, v]) => [k, wrap(v)])) as {
  [K in keyof typeof ops]: ReturnType<typeof wrap>;
};

const step = (type: 'RST_VALID' | 'SYN_IN_WINDOW' | 'ACK_ARRIVES' | 'TEXT_ARRIVES', mustAck = false) =>
  raise(({ event }: { event: EndpointEvent }) => {
    const e = event as Extract<EndpointEvent, { seg: unknown }>;
    return { type, seg: e.seg, now: e.now, ...(mustAck ? { mustAck } : {}) } as EndpointEvent;
  }) as never;

const setupMachine = setup({
  types: {
    context: {} as EndpointContext,
    events: {} as EndpointEvent,
    input: {} as EndpointInputConfig,
    meta: {} as TransitionMeta,
  },
  actions: {
    /** Carried out by the world: send a segment, signal the user, note the rule taken. */
    effect: (_: unknown, _params: Effect) => {},
    ...wrapped,
    errorNoConnection: wrap(callError('connection does not exist')),
    errorConnectionExists: wrap(callError('connection already exists')),
    errorClosing: wrap(callError('connection closing')),
    signalReset: wrap(signal('connection reset')),
    signalRefused: wrap(signal('connection refused')),
    signalTimedOut: wrap(signal('connection timed out')),
    signalUserTimeout: wrap(signal('connection aborted due to user timeout')),
    /** RFC 9293 §3.10.7.3 says "connection reset" for an acceptable RST in SYN-SENT; Linux reports ECONNREFUSED. */
    signalSynSentReset: wrap((ctx, ev) =>
      signal(ctx.cfg.profile === 'linux' ? 'connection refused' : 'connection reset')(ctx, ev),
    ),
    stepRst: step('RST_VALID'),
    stepSyn: step('SYN_IN_WINDOW'),
    stepAck: step('ACK_ARRIVES'),
    stepText: step('TEXT_ARRIVES'),
    stepTextMustAck: step('TEXT_ARRIVES', true),
  },
  guards,
});

type ActionName = Parameters<typeof setupMachine.createMachine>[0] extends { entry?: infer _ }
  ? string
  : string;

type RuleSpec = {
  key: string;
  rfc: string;
  label: string;
  target?: string;
  guard?: unknown;
  actions?: readonly ActionName[];
  error?: boolean;
};

/** A labelled transition: notes its rule in the trace, then runs its actions. */
function rule(s: RuleSpec) {
  return {
    ...(s.target === undefined ? {} : { target: s.target }),
    ...(s.guard === undefined ? {} : { guard: s.guard }),
    actions: [
      {
        type: 'effect',
        params: { kind: 'rule', key: s.key, rfc: s.rfc, ...(s.target ? { target: s.target } : {}) },
      },
      ...(s.actions ?? []),
    ],
    description: s.label,
    meta: { key: s.key, rfc: s.rfc, ...(s.error ? { error: true } : {}) },
  } as never;
}

const err = (key: string, rfc: string, call: string, action: ActionName, message: string) =>
  rule({ key, rfc, label: `${call} / error: ${message}`, actions: [action], error: true });

const discard = (key: string, rfc: string, label: string, guard?: unknown) =>
  rule({ key, rfc, label, guard });

const alreadyExists = {
  PASSIVE_OPEN: err('open.exists', '§3.10.1', 'OPEN', 'errorConnectionExists', 'connection already exists'),
  ACTIVE_OPEN: err('open.exists', '§3.10.1', 'OPEN', 'errorConnectionExists', 'connection already exists'),
};

const closingErrors = {
  SEND: err('send.closing', '§3.10.2', 'SEND', 'errorClosing', 'connection closing'),
  CLOSE: err('close.closing', '§3.10.4', 'CLOSE', 'errorClosing', 'connection closing'),
};

/** ABORT in CLOSING, LAST-ACK and TIME-WAIT: "respond with ok and delete the TCB" (§3.10.5), no RST. */
const abortQuietly = {
  ABORT: rule({
    key: 'abort.quiet',
    rfc: '§3.10.5',
    label: 'ABORT / delete TCB',
    target: '#tcp.CLOSED',
    actions: ['acceptCall'],
  }),
};

/** RST in CLOSING, LAST-ACK or TIME-WAIT: enter CLOSED without signalling (§3.10.7.4 second). */
const rstClosesQuietly = rule({
  key: 'rst.lateClose',
  rfc: '§3.10.7.4',
  label: 'rcv RST / delete TCB',
  target: '#tcp.CLOSED',
});

/** The endpoint statechart. Input: `{ cfg, iss }`. */
export const endpointMachine = setupMachine.createMachine({
  id: 'tcp',
  context: ({ input }) => initialContext(input),
  initial: 'CLOSED',
  states: {
    CLOSED: {
      entry: 'deleteTcb',
      on: {
        PASSIVE_OPEN: rule({
          key: 'closed.passiveOpen',
          rfc: '§3.10.1',
          label: 'passive OPEN / create TCB',
          target: 'LISTEN',
          actions: ['createTcb'],
        }),
        ACTIVE_OPEN: rule({
          key: 'closed.activeOpen',
          rfc: '§3.10.1',
          label: 'active OPEN / snd SYN',
          target: 'SYN_SENT',
          actions: ['sendSyn'],
        }),
        SEND: err('send.noConnection', '§3.10.2', 'SEND', 'errorNoConnection', 'connection does not exist'),
        CLOSE: err(
          'close.noConnection',
          '§3.10.4',
          'CLOSE',
          'errorNoConnection',
          'connection does not exist',
        ),
        ABORT: err(
          'abort.noConnection',
          '§3.10.5',
          'ABORT',
          'errorNoConnection',
          'connection does not exist',
        ),
        SEGMENT: [
          discard('closed.rcvRst', '§3.10.7.1', 'rcv RST / discard', 'isRst'),
          rule({
            key: 'closed.rcvSegment',
            rfc: '§3.10.7.1',
            label: 'rcv segment / snd RST',
            actions: ['replyToClosedPort'],
          }),
        ],
      },
    },
    LISTEN: {
      on: {
        PASSIVE_OPEN: alreadyExists.PASSIVE_OPEN,
        ACTIVE_OPEN: rule({
          key: 'listen.activeOpen',
          rfc: '§3.10.1',
          label: 'active OPEN / snd SYN',
          target: 'SYN_SENT',
          actions: ['sendSyn'],
        }),
        SEND: rule({
          key: 'listen.send',
          rfc: '§3.10.2',
          label: 'SEND / snd SYN',
          target: 'SYN_SENT',
          actions: ['sendSyn'],
        }),
        CLOSE: rule({
          key: 'listen.close',
          rfc: '§3.10.4',
          label: 'CLOSE / delete TCB',
          target: 'CLOSED',
          actions: ['acceptCall'],
        }),
        ABORT: rule({
          key: 'listen.abort',
          rfc: '§3.10.5',
          label: 'ABORT / delete TCB',
          target: 'CLOSED',
          actions: ['acceptCall'],
        }),
        SEGMENT: [
          discard('listen.rcvRst', '§3.10.7.2', 'rcv RST / ignore', 'isRst'),
          rule({
            key: 'listen.rcvAck',
            rfc: '§3.10.7.2',
            label: 'rcv ACK / snd RST',
            guard: 'hasAck',
            actions: ['resetBadAck'],
          }),
          rule({
            key: 'listen.rcvSyn',
            rfc: '§3.10.7.2',
            label: 'rcv SYN / snd SYN,ACK',
            guard: 'hasSyn',
            target: '#tcp.synchronized.SYN_RCVD',
            actions: ['acceptSyn'],
          }),
          discard('listen.rcvOther', '§3.10.7.2', 'rcv other / drop'),
        ],
      },
    },
    SYN_SENT: {
      on: {
        ...alreadyExists,
        SEND: rule({
          key: 'synSent.send',
          rfc: '§3.10.2',
          label: 'SEND / queue data',
          actions: ['queueData'],
        }),
        CLOSE: rule({
          key: 'synSent.close',
          rfc: '§3.10.4',
          label: 'CLOSE / delete TCB',
          target: 'CLOSED',
          actions: ['acceptCall'],
        }),
        ABORT: rule({
          key: 'synSent.abort',
          rfc: '§3.10.5',
          label: 'ABORT / delete TCB',
          target: 'CLOSED',
          actions: ['acceptCall'],
        }),
        SEGMENT: [
          discard(
            'synSent.badAckRst',
            '§3.10.7.3',
            'rcv RST with bad ACK / drop',
            and(['synSentAckUnacceptable', 'isRst']),
          ),
          rule({
            key: 'synSent.badAck',
            rfc: '§3.10.7.3',
            label: 'rcv bad ACK / snd RST',
            guard: 'synSentAckUnacceptable',
            actions: ['resetUnacceptableAck'],
          }),
          rule({
            key: 'synSent.rcvRst',
            rfc: '§3.10.7.3',
            label: 'rcv RST,ACK / connection reset',
            guard: and(['isRst', 'hasAck']),
            target: 'CLOSED',
            actions: ['signalSynSentReset'],
          }),
          discard('synSent.rstNoAck', '§3.10.7.3', 'rcv RST without ACK / drop', 'isRst'),
          rule({
            key: 'synSent.rcvSynAck',
            rfc: '§3.10.7.3',
            label: 'rcv SYN,ACK / snd ACK',
            guard: and(['hasSyn', 'hasAck']),
            target: '#tcp.synchronized.ESTABLISHED',
            actions: ['completeActiveOpen', 'stepTextMustAck'],
          }),
          rule({
            key: 'synSent.rcvSyn',
            rfc: '§3.10.7.3',
            label: 'rcv SYN / snd SYN,ACK',
            guard: 'hasSyn',
            target: '#tcp.synchronized.SYN_RCVD',
            actions: ['simultaneousOpen'],
          }),
          discard('synSent.rcvOther', '§3.10.7.3', 'rcv other / drop'),
        ],
        RTO_TIMEOUT: [
          rule({
            key: 'synSent.giveUp',
            rfc: '§3.8.3',
            label: 'SYN retries exhausted / connection timed out',
            guard: 'retriesExhausted',
            target: 'CLOSED',
            actions: ['signalTimedOut'],
          }),
          rule({
            key: 'synSent.retransmit',
            rfc: 'RFC 6298 §5.4',
            label: 'timeout / resend SYN',
            actions: ['retransmit'],
          }),
        ],
        USER_TIMEOUT: rule({
          key: 'userTimeout',
          rfc: '§3.10.8',
          label: 'user timeout / delete TCB',
          target: 'CLOSED',
          actions: ['signalUserTimeout'],
        }),
      },
    },
    synchronized: {
      on: {
        ...alreadyExists,
        ABORT: rule({
          key: 'sync.abort',
          rfc: '§3.10.5',
          label: 'ABORT / snd RST',
          target: '#tcp.CLOSED',
          actions: ['sendRstForAbort'],
        }),
        SEGMENT: [
          discard(
            'sync.unacceptableRst',
            '§3.10.7.4',
            'rcv unacceptable RST / drop',
            and(['segmentUnacceptable', 'isRst']),
          ),
          rule({
            key: 'sync.unacceptable',
            rfc: '§3.10.7.4',
            label: 'rcv unacceptable segment / snd ACK',
            guard: 'segmentUnacceptable',
            actions: ['ackUnacceptable'],
          }),
          rule({
            key: 'sync.rstChallenge',
            rfc: 'RFC 5961 §3.2',
            label: 'rcv in-window RST / snd challenge ACK',
            guard: and(['isRst', 'rstNeedsChallenge']),
            actions: ['challengeAck'],
          }),
          rule({
            key: 'sync.rst',
            rfc: '§3.10.7.4',
            label: 'rcv RST / check state',
            guard: 'isRst',
            actions: ['stepRst'],
          }),
          rule({
            key: 'sync.syn',
            rfc: '§3.10.7.4',
            label: 'rcv SYN / check state',
            guard: 'hasSyn',
            actions: ['stepSyn'],
          }),
          discard('sync.noAck', '§3.10.7.4', 'rcv segment without ACK / drop', 'noAck'),
          rule({
            key: 'sync.ackChallenge',
            rfc: 'RFC 5961 §5.2',
            label: 'rcv ACK out of range / snd challenge ACK',
            guard: 'ackFailsRfc5961Check',
            actions: ['challengeAck'],
          }),
          rule({ key: 'sync.ack', rfc: '§3.10.7.4', label: 'rcv ACK / process', actions: ['stepAck'] }),
        ],
        RST_VALID: rule({
          key: 'sync.rcvRst',
          rfc: '§3.10.7.4',
          label: 'rcv RST / connection reset',
          target: '#tcp.CLOSED',
          actions: ['signalReset'],
        }),
        SYN_IN_WINDOW: [
          rule({
            key: 'sync.synChallenge',
            rfc: 'RFC 5961 §4.2',
            label: 'rcv SYN / snd challenge ACK',
            guard: 'challengeAckOn',
            actions: ['challengeAck'],
          }),
          rule({
            key: 'sync.synReset',
            rfc: '§3.10.7.4',
            label: 'rcv SYN in window / snd RST',
            target: '#tcp.CLOSED',
            actions: ['resetOnSyn'],
          }),
        ],
        RTO_TIMEOUT: [
          rule({
            key: 'sync.giveUp',
            rfc: '§3.8.3',
            label: 'retries exhausted / connection timed out',
            guard: 'retriesExhausted',
            target: '#tcp.CLOSED',
            actions: ['signalTimedOut'],
          }),
          rule({
            key: 'sync.retransmit',
            rfc: 'RFC 6298 §5.4',
            label: 'timeout / retransmit',
            actions: ['retransmit'],
          }),
        ],
        USER_TIMEOUT: rule({
          key: 'userTimeout',
          rfc: '§3.10.8',
          label: 'user timeout / delete TCB',
          target: '#tcp.CLOSED',
          actions: ['signalUserTimeout'],
        }),
      },
      initial: 'ESTABLISHED',
      states: {
        SYN_RCVD: {
          on: {
            SEND: rule({
              key: 'synRcvd.send',
              rfc: '§3.10.2',
              label: 'SEND / queue data',
              actions: ['queueData'],
            }),
            CLOSE: rule({
              key: 'synRcvd.close',
              rfc: '§3.10.4',
              label: 'CLOSE / snd FIN',
              target: 'FIN_WAIT_1',
              actions: ['queueFin'],
            }),
            SEGMENT: rule({
              key: 'synRcvd.repeatedSyn',
              rfc: 'Linux tcp_check_req()',
              label: 'rcv SYN again / resend SYN,ACK (Linux)',
              guard: 'repeatedSynOnLinux',
              actions: ['resendSynAck'],
            }),
            RST_VALID: [
              rule({
                key: 'synRcvd.rstPassive',
                rfc: '§3.10.7.4',
                label: 'rcv RST / return to LISTEN',
                guard: 'passiveOpen',
                target: '#tcp.LISTEN',
                actions: ['returnToListen'],
              }),
              rule({
                key: 'synRcvd.rstActive',
                rfc: '§3.10.7.4',
                label: 'rcv RST / connection refused',
                target: '#tcp.CLOSED',
                actions: ['signalRefused'],
              }),
            ],
            SYN_IN_WINDOW: rule({
              key: 'synRcvd.synPassive',
              rfc: '§3.10.7.4',
              label: 'rcv SYN / return to LISTEN',
              guard: 'passiveOpen',
              target: '#tcp.LISTEN',
              actions: ['returnToListen'],
            }),
            ACK_ARRIVES: [
              rule({
                key: 'synRcvd.rcvAck',
                rfc: '§3.10.7.4',
                label: 'rcv ACK of SYN / x',
                guard: 'ackAcceptable',
                target: 'ESTABLISHED',
                actions: ['establish', 'stepText'],
              }),
              rule({
                key: 'synRcvd.badAck',
                rfc: '§3.10.7.4',
                label: 'rcv unacceptable ACK / snd RST',
                actions: ['resetUnacceptableAck'],
              }),
            ],
            RTO_TIMEOUT: rule({
              key: 'synRcvd.giveUp',
              rfc: '§3.8.3',
              label: 'SYN,ACK retries exhausted / return to LISTEN',
              guard: and(['retriesExhausted', 'passiveOpen']),
              target: '#tcp.LISTEN',
              actions: ['returnToListen'],
            }),
          },
        },
        ESTABLISHED: {
          on: {
            SEND: rule({
              key: 'established.send',
              rfc: '§3.10.2',
              label: 'SEND / snd data',
              actions: ['sendData'],
            }),
            CLOSE: rule({
              key: 'established.close',
              rfc: '§3.10.4',
              label: 'CLOSE / snd FIN',
              target: 'FIN_WAIT_1',
              actions: ['queueFin'],
            }),
            ACK_ARRIVES: [
              rule({
                key: 'ackTooNew',
                rfc: '§3.10.7.4',
                label: 'rcv ACK of unsent data / snd ACK',
                guard: 'ackTooNew',
                actions: ['ackTooNew'],
              }),
              rule({
                key: 'established.rcvAck',
                rfc: '§3.10.7.4',
                label: 'rcv ACK / update SND.UNA',
                actions: ['processAck', 'stepText'],
              }),
            ],
            TEXT_ARRIVES: [
              rule({
                key: 'established.rcvFin',
                rfc: '§3.10.7.4',
                label: 'rcv FIN / snd ACK',
                guard: 'finInSequence',
                target: 'CLOSE_WAIT',
                actions: ['processText'],
              }),
              rule({
                key: 'established.rcvText',
                rfc: '§3.10.7.4',
                label: 'rcv data / snd ACK',
                actions: ['processText'],
              }),
            ],
          },
        },
        FIN_WAIT_1: {
          on: {
            ...closingErrors,
            ACK_ARRIVES: [
              rule({
                key: 'ackTooNew',
                rfc: '§3.10.7.4',
                label: 'rcv ACK of unsent data / snd ACK',
                guard: 'ackTooNew',
                actions: ['ackTooNew'],
              }),
              rule({
                key: 'finWait1.rcvFinAckOfFin',
                rfc: '§3.10.7.4, Figure 5 note 2',
                label: 'rcv FIN, ACK of FIN / snd ACK',
                guard: and(['ackCoversOurFin', 'finInSequence']),
                target: 'TIME_WAIT',
                actions: ['processAckTextAndFin'],
              }),
              rule({
                key: 'finWait1.rcvAckOfFin',
                rfc: '§3.10.7.4',
                label: 'rcv ACK of FIN / x',
                guard: 'ackCoversOurFin',
                target: 'FIN_WAIT_2',
                actions: ['processAck', 'stepText'],
              }),
              rule({
                key: 'finWait1.rcvAck',
                rfc: '§3.10.7.4',
                label: 'rcv ACK / update SND.UNA',
                actions: ['processAck', 'stepText'],
              }),
            ],
            TEXT_ARRIVES: [
              rule({
                key: 'finWait1.rcvFin',
                rfc: '§3.10.7.4',
                label: 'rcv FIN / snd ACK',
                guard: 'finInSequence',
                target: 'CLOSING',
                actions: ['processText'],
              }),
              rule({
                key: 'finWait1.rcvText',
                rfc: '§3.10.7.4',
                label: 'rcv data / snd ACK',
                actions: ['processText'],
              }),
            ],
          },
        },
        FIN_WAIT_2: {
          entry: 'startFinWait2Timer',
          on: {
            ...closingErrors,
            ACK_ARRIVES: [
              rule({
                key: 'ackTooNew',
                rfc: '§3.10.7.4',
                label: 'rcv ACK of unsent data / snd ACK',
                guard: 'ackTooNew',
                actions: ['ackTooNew'],
              }),
              rule({
                key: 'finWait2.rcvAck',
                rfc: '§3.10.7.4',
                label: 'rcv ACK / update SND.UNA',
                actions: ['processAck', 'stepText'],
              }),
            ],
            TEXT_ARRIVES: [
              rule({
                key: 'finWait2.rcvFin',
                rfc: '§3.10.7.4',
                label: 'rcv FIN / snd ACK',
                guard: 'finInSequence',
                target: 'TIME_WAIT',
                actions: ['processText'],
              }),
              rule({
                key: 'finWait2.rcvText',
                rfc: '§3.10.7.4',
                label: 'rcv data / snd ACK',
                actions: ['processText'],
              }),
            ],
            FIN_WAIT_2_TIMEOUT: rule({
              key: 'finWait2.timeout',
              rfc: 'Linux tcp_fin_timeout',
              label: 'tcp_fin_timeout / delete TCB (Linux)',
              target: '#tcp.CLOSED',
            }),
          },
        },
        CLOSE_WAIT: {
          on: {
            SEND: rule({
              key: 'closeWait.send',
              rfc: '§3.10.2',
              label: 'SEND / snd data',
              actions: ['sendData'],
            }),
            CLOSE: rule({
              key: 'closeWait.close',
              rfc: '§3.10.4',
              label: 'CLOSE / snd FIN',
              target: 'LAST_ACK',
              actions: ['queueFin'],
            }),
            ACK_ARRIVES: [
              rule({
                key: 'ackTooNew',
                rfc: '§3.10.7.4',
                label: 'rcv ACK of unsent data / snd ACK',
                guard: 'ackTooNew',
                actions: ['ackTooNew'],
              }),
              rule({
                key: 'closeWait.rcvAck',
                rfc: '§3.10.7.4',
                label: 'rcv ACK / update SND.UNA',
                actions: ['processAck', 'sendQueued'],
              }),
            ],
          },
        },
        CLOSING: {
          on: {
            ...closingErrors,
            ...abortQuietly,
            RST_VALID: rstClosesQuietly,
            ACK_ARRIVES: [
              rule({
                key: 'closing.rcvAckOfFin',
                rfc: '§3.10.7.4',
                label: 'rcv ACK of FIN / x',
                guard: 'ackCoversOurFin',
                target: 'TIME_WAIT',
                actions: ['processAck'],
              }),
              rule({
                key: 'closing.rcvAck',
                rfc: '§3.10.7.4',
                label: 'rcv ACK / update SND.UNA',
                // Data held back by the window still goes out, then our FIN (§3.10.4).
                actions: ['processAck', 'sendQueued'],
              }),
            ],
          },
        },
        LAST_ACK: {
          on: {
            ...closingErrors,
            ...abortQuietly,
            RST_VALID: rstClosesQuietly,
            ACK_ARRIVES: [
              rule({
                key: 'lastAck.rcvAckOfFin',
                rfc: '§3.10.7.4',
                label: 'rcv ACK of FIN / delete TCB',
                guard: 'ackCoversOurFin',
                target: '#tcp.CLOSED',
                actions: ['processAck'],
              }),
              rule({
                key: 'lastAck.rcvAck',
                rfc: '§3.10.7.4',
                label: 'rcv ACK / update SND.UNA',
                actions: ['processAck', 'sendQueued'],
              }),
            ],
          },
        },
        TIME_WAIT: {
          entry: 'startTimeWait',
          on: {
            ...closingErrors,
            ...abortQuietly,
            SEGMENT: [
              rule({
                key: 'timeWait.rcvFin',
                rfc: '§3.10.7.4',
                label: 'rcv FIN again / snd ACK, restart 2MSL',
                guard: 'retransmittedFin',
                actions: ['reackFin'],
              }),
              discard(
                'timeWait.linuxIgnoresRst',
                'Linux tcp_timewait_state_process()',
                'rcv RST with SEQ ≠ RCV.NXT / ignore (Linux)',
                'linuxIgnoresRst',
              ),
            ],
            RST_VALID: [
              discard('timeWait.rfc1337', 'RFC 1337', 'rcv RST / ignore (RFC 1337)', 'rfc1337'),
              rstClosesQuietly,
            ],
            ACK_ARRIVES: discard('timeWait.rcvAck', '§3.10.7.4', 'rcv ACK / ignore'),
            TIME_WAIT_TIMEOUT: rule({
              key: 'timeWait.timeout',
              rfc: '§3.10.8',
              label: 'timeout=2MSL / delete TCB',
              target: '#tcp.CLOSED',
            }),
          },
        },
      },
    },
  },
});

/** The endpoint statechart's type. */
export type EndpointMachine = typeof endpointMachine;

void not;
