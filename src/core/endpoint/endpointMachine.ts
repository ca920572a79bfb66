/**
 * One TCP endpoint as an XState statechart that follows RFC 9293 §3.10 event processing.
 *
 * The states are the eleven of RFC 9293 §3.3.2. The synchronized ones share the checks every one of
 * them makes first on an arriving segment (§3.10.7.4: sequence acceptability, RST, SYN, the ACK bit,
 * RFC 5961's ACK range; see segmentVerdict.ts): their parent state holds the answers to those, and each
 * child holds its own ACK, text and FIN processing for the segments that pass (`accepted`). XState
 * tries the child's transitions first, so a child also overrides the parent where the RFC makes a state
 * an exception (SYN_RCVD on RST, TIME_WAIT on a repeated FIN).
 *
 * Every transition carries `description` ("event / action" in the RFC's Figure 5 words) and `meta`
 * ({ key, rfc, ops }); the drawn graph, the legal buttons, the trace's causes and the coverage tests are
 * all derived from them.
 */
import { initialContext } from './endpointContext';
import { and, callError, endpointSetup, entry, rule } from './endpointSetup';

export type { TransitionMeta } from './endpointSetup';

const CLOSED = '#tcp.CLOSED';
const LISTEN = '#tcp.LISTEN';

const alreadyExists = {
  PASSIVE_OPEN: callError(
    'open.exists',
    '§3.10.1',
    'OPEN',
    'errorConnectionExists',
    'connection already exists',
  ),
  ACTIVE_OPEN: callError(
    'open.exists',
    '§3.10.1',
    'OPEN',
    'errorConnectionExists',
    'connection already exists',
  ),
};

/** Linux close() with unread data: a RST instead of the FIN, and the connection is gone. */
const closeDiscardingUnread = rule(
  'close.unreadReset',
  'Linux tcp_close(); RFC 9293 §3.6.1 SHLD-3',
  'CLOSE with unread data / snd RST (Linux)',
  { guard: 'closeDiscardsUnread', target: CLOSED, ops: ['resetOnCloseWithUnread'] },
);

const closeAfterShutdown = [
  // Linux: close() after shutdown() releases the socket; the RFC has only one CLOSE.
  rule('close.release', 'Linux tcp_close()', 'CLOSE after shutdown / release socket (Linux)', {
    guard: 'closeReleasesOpenSocket',
    ops: ['releaseSocket'],
  }),
  callError('close.closing', '§3.10.4', 'CLOSE', 'errorClosing', 'connection closing'),
];

/** SEND, SHUTDOWN and CLOSE once our FIN is queued or sent (§3.10.2, §3.10.4). */
const closingCalls = {
  SEND: callError('send.closing', '§3.10.2', 'SEND', 'errorClosing', 'connection closing'),
  SHUTDOWN: callError('shutdown.closing', '§3.10.4', 'SHUTDOWN', 'errorClosing', 'connection closing'),
  CLOSE: [closeDiscardingUnread, ...closeAfterShutdown],
};

/**
 * The same in TIME_WAIT, where Linux has already handed the connection to a time-wait socket
 * (tcp_time_wait()): a late close() drops nothing and sends nothing.
 */
const timeWaitCalls = { ...closingCalls, CLOSE: closeAfterShutdown };

/** A second CLOSE (or SHUTDOWN) while the first waits in SYN_RCVD: "error: connection closing" (§3.10.4). */
const closeAfterQueuedClose = rule(
  'synRcvd.closeAgain',
  '§3.10.4',
  'CLOSE again / error: connection closing',
  {
    guard: 'closeQueued',
    ops: ['errorClosing'],
    error: true,
  },
);

/**
 * SEND, SHUTDOWN and CLOSE while our direction is still open — ESTABLISHED and CLOSE_WAIT, which the RFC
 * treats alike (§3.10.2, §3.10.4) except for the state the FIN leads to.
 */
function sendingCalls(prefix: 'established' | 'closeWait', finTarget: 'FIN_WAIT_1' | 'LAST_ACK') {
  return {
    SEND: rule(`${prefix}.send`, '§3.10.2', 'SEND / snd data', { ops: ['sendData'] }),
    SHUTDOWN: rule(`${prefix}.shutdown`, '§3.10.4', 'SHUTDOWN / snd FIN', {
      target: finTarget,
      ops: ['shutdownSend'],
    }),
    CLOSE: [
      closeDiscardingUnread,
      rule(`${prefix}.close`, '§3.10.4', 'CLOSE / snd FIN', { target: finTarget, ops: ['queueFin'] }),
    ],
  };
}

/** §3.10.3 RECEIVE: hand over what is on hand. */
const readOnHand = rule('read', '§3.10.3', 'RECEIVE / hand over data', { ops: ['readData'] });

/** §3.10.3 RECEIVE in CLOSING, LAST-ACK and TIME-WAIT: "Return 'error: connection closing'". */
const readClosing = callError('read.closing', '§3.10.3', 'RECEIVE', 'errorClosing', 'connection closing');

/** §3.10.3 RECEIVE in CLOSE_WAIT: data on hand, else "connection closing". */
const readAfterFin = [
  rule('read', '§3.10.3', 'RECEIVE / hand over data', { guard: 'hasUnread', ops: ['readData'] }),
  readClosing,
];

/** §3.10.3 RECEIVE before ESTABLISHED: "queue for processing after entering ESTABLISHED state". */
const readEarly = rule('read.early', '§3.10.3', 'RECEIVE / nothing yet', { ops: ['readNothingYet'] });

/** Linux: data arriving after close() draws a RST (tcp_rcv_state_process(); RFC 1122 §4.2.2.13). */
const dataAfterClose = rule(
  'finWait.dataAfterClose',
  'Linux tcp_rcv_state_process(); RFC 1122 §4.2.2.13',
  'rcv data after close / snd RST (Linux)',
  { guard: and(['accepted', 'orphanGetsData']), target: CLOSED, ops: ['resetOnDataAfterClose'] },
);

/** §3.10.5: ABORT in CLOSING, LAST-ACK and TIME-WAIT responds "ok" and deletes the TCB; no RST. */
const abortQuietly = rule('abort.quiet', '§3.10.5', 'ABORT / delete TCB', {
  target: CLOSED,
  ops: ['acceptCall'],
});

/** §3.10.7.4 second check: in CLOSING, LAST-ACK and TIME-WAIT a RST just closes; nothing is signalled. */
const rstClosesQuietly = rule('rst.lateClose', '§3.10.7.4', 'rcv RST / delete TCB', {
  guard: 'rstValid',
  target: CLOSED,
});

/** §3.10.7.4 fifth check: "If the ACK acks something not yet sent (SEG.ACK > SND.NXT) then send an ACK". */
const ackOfUnsent = rule('ackTooNew', '§3.10.7.4', 'rcv ACK of unsent data / snd ACK', {
  guard: and(['accepted', 'ackTooNew']),
  ops: ['ackTooNew'],
});

/** The endpoint statechart. Input: `{ cfg, iss }`. */
export const endpointMachine = endpointSetup.createMachine({
  id: 'tcp',
  context: ({ input }) => initialContext(input),
  initial: 'CLOSED',
  states: {
    CLOSED: {
      entry: entry('deleteTcb'),
      on: {
        PASSIVE_OPEN: rule('closed.passiveOpen', '§3.10.1', 'passive OPEN / create TCB', {
          target: 'LISTEN',
          ops: ['createTcb'],
        }),
        ACTIVE_OPEN: rule('closed.activeOpen', '§3.10.1', 'active OPEN / snd SYN', {
          target: 'SYN_SENT',
          ops: ['sendSyn'],
        }),
        SEND: callError(
          'send.noConnection',
          '§3.10.2',
          'SEND',
          'errorNoConnection',
          'connection does not exist',
        ),
        READ: callError(
          'read.noConnection',
          '§3.10.3',
          'RECEIVE',
          'errorNoConnection',
          'connection does not exist',
        ),
        SHUTDOWN: callError(
          'shutdown.noConnection',
          '§3.10.4',
          'SHUTDOWN',
          'errorNoConnection',
          'connection does not exist',
        ),
        CLOSE: callError(
          'close.noConnection',
          '§3.10.4',
          'CLOSE',
          'errorNoConnection',
          'connection does not exist',
        ),
        ABORT: callError(
          'abort.noConnection',
          '§3.10.5',
          'ABORT',
          'errorNoConnection',
          'connection does not exist',
        ),
        SEGMENT: [
          rule('closed.rcvRst', '§3.10.7.1', 'rcv RST / discard', { guard: 'isRst' }),
          rule('closed.rcvSegment', '§3.10.7.1', 'rcv segment / snd RST', { ops: ['replyToClosedPort'] }),
        ],
      },
    },
    LISTEN: {
      on: {
        PASSIVE_OPEN: alreadyExists.PASSIVE_OPEN,
        ACTIVE_OPEN: rule('listen.activeOpen', '§3.10.1', 'active OPEN / snd SYN', {
          target: 'SYN_SENT',
          ops: ['sendSyn'],
        }),
        SEND: rule('listen.send', '§3.10.2', 'SEND / snd SYN', { target: 'SYN_SENT', ops: ['sendSyn'] }),
        READ: readEarly,
        SHUTDOWN: rule('listen.shutdown', '§3.10.4', 'SHUTDOWN / delete TCB', {
          target: 'CLOSED',
          ops: ['acceptCall'],
        }),
        CLOSE: rule('listen.close', '§3.10.4', 'CLOSE / delete TCB', {
          target: 'CLOSED',
          ops: ['acceptCall'],
        }),
        ABORT: rule('listen.abort', '§3.10.5', 'ABORT / delete TCB', {
          target: 'CLOSED',
          ops: ['acceptCall'],
        }),
        SEGMENT: [
          rule('listen.rcvRst', '§3.10.7.2', 'rcv RST / ignore', { guard: 'isRst' }),
          rule('listen.rcvAck', '§3.10.7.2', 'rcv ACK / snd RST', { guard: 'hasAck', ops: ['resetBadAck'] }),
          rule('listen.rcvSyn', '§3.10.7.2', 'rcv SYN / snd SYN,ACK', {
            guard: 'hasSyn',
            target: '#tcp.synchronized.SYN_RCVD',
            ops: ['acceptSyn'],
          }),
          rule('listen.rcvOther', '§3.10.7.2', 'rcv other / drop'),
        ],
      },
    },
    SYN_SENT: {
      on: {
        ...alreadyExists,
        SEND: rule('synSent.send', '§3.10.2', 'SEND / queue data', { ops: ['queueData'] }),
        READ: readEarly,
        SHUTDOWN: rule('synSent.shutdown', '§3.10.4', 'SHUTDOWN / delete TCB', {
          target: 'CLOSED',
          ops: ['acceptCall'],
        }),
        CLOSE: rule('synSent.close', '§3.10.4', 'CLOSE / delete TCB', {
          target: 'CLOSED',
          ops: ['acceptCall'],
        }),
        ABORT: rule('synSent.abort', '§3.10.5', 'ABORT / delete TCB', {
          target: 'CLOSED',
          ops: ['acceptCall'],
        }),
        SEGMENT: [
          rule('synSent.badAckRst', '§3.10.7.3', 'rcv RST with bad ACK / drop', {
            guard: and(['synSentAckUnacceptable', 'isRst']),
          }),
          rule('synSent.badAck', '§3.10.7.3', 'rcv bad ACK / snd RST', {
            guard: 'synSentAckUnacceptable',
            ops: ['resetUnacceptableAck'],
          }),
          rule('synSent.rcvRst', '§3.10.7.3', 'rcv RST,ACK / connection reset', {
            guard: and(['isRst', 'hasAck']),
            target: 'CLOSED',
            ops: ['signalSynSentReset'],
          }),
          rule('synSent.rstNoAck', '§3.10.7.3', 'rcv RST without ACK / drop', { guard: 'isRst' }),
          rule('synSent.rcvSynAck', '§3.10.7.3', 'rcv SYN,ACK / snd ACK', {
            guard: and(['hasSyn', 'hasAck', 'carriesTextOrFin']),
            target: '#tcp.synchronized.ESTABLISHED',
            ops: ['completeActiveOpen'],
            thenText: true,
          }),
          rule('synSent.rcvSynAck', '§3.10.7.3', 'rcv SYN,ACK / snd ACK', {
            guard: and(['hasSyn', 'hasAck']),
            target: '#tcp.synchronized.ESTABLISHED',
            ops: ['completeActiveOpen', 'sendAck'],
          }),
          rule('synSent.rcvSyn', '§3.10.7.3', 'rcv SYN / snd SYN,ACK', {
            guard: 'hasSyn',
            target: '#tcp.synchronized.SYN_RCVD',
            ops: ['simultaneousOpen'],
          }),
          rule('synSent.rcvOther', '§3.10.7.3', 'rcv other / drop'),
        ],
        RTO_TIMEOUT: [
          rule('synSent.giveUp', '§3.8.3', 'SYN retries exhausted / connection timed out', {
            guard: 'retriesExhausted',
            target: 'CLOSED',
            ops: ['signalTimedOut'],
          }),
          rule('synSent.retransmit', 'RFC 6298 §5.4', 'timeout / resend SYN', { ops: ['retransmit'] }),
        ],
        USER_TIMEOUT: rule('userTimeout', '§3.10.8', 'user timeout / delete TCB', {
          target: 'CLOSED',
          ops: ['signalUserTimeout'],
        }),
      },
    },
    synchronized: {
      on: {
        ...alreadyExists,
        ABORT: rule('sync.abort', '§3.10.5', 'ABORT / snd RST', { target: CLOSED, ops: ['sendRstForAbort'] }),
        SEGMENT: [
          rule('sync.unacceptableRst', '§3.10.7.4', 'rcv unacceptable RST / drop', {
            guard: 'unacceptableRst',
          }),
          rule('sync.unacceptable', '§3.10.7.4', 'rcv unacceptable segment / snd ACK', {
            guard: 'unacceptable',
            ops: ['ackUnacceptable'],
          }),
          rule('sync.rstChallenge', 'RFC 5961 §3.2', 'rcv in-window RST / snd challenge ACK', {
            guard: 'rstChallenge',
            ops: ['challengeAck'],
          }),
          rule('sync.rcvRst', '§3.10.7.4', 'rcv RST / connection reset', {
            guard: 'rstValid',
            target: CLOSED,
            ops: ['signalReset'],
          }),
          rule('sync.synChallenge', 'RFC 5961 §4.2', 'rcv SYN / snd challenge ACK', {
            guard: and(['synInWindow', 'challengeAckOn']),
            ops: ['challengeAck'],
          }),
          rule('sync.synReset', '§3.10.7.4', 'rcv SYN in window / snd RST', {
            guard: 'synInWindow',
            target: CLOSED,
            ops: ['resetOnSyn'],
          }),
          rule('sync.noAck', '§3.10.7.4', 'rcv segment without ACK / drop', { guard: 'ackOff' }),
          rule('sync.ackChallenge', 'RFC 5961 §5.2', 'rcv ACK out of range / snd challenge ACK', {
            guard: 'ackChallenge',
            ops: ['challengeAck'],
          }),
        ],
        RTO_TIMEOUT: [
          rule('sync.giveUp', '§3.8.3', 'retries exhausted / connection timed out', {
            guard: 'retriesExhausted',
            target: CLOSED,
            ops: ['signalTimedOut'],
          }),
          rule('sync.retransmit', 'RFC 6298 §5.4', 'timeout / retransmit', { ops: ['retransmit'] }),
        ],
        USER_TIMEOUT: rule('userTimeout', '§3.10.8', 'user timeout / delete TCB', {
          target: CLOSED,
          ops: ['signalUserTimeout'],
        }),
        DELACK_TIMEOUT: rule('sync.delayedAck', '§3.8.6.3', 'delayed-ACK timeout / snd ACK', {
          ops: ['sendDelayedAck'],
        }),
        PERSIST_TIMEOUT: rule('sync.windowProbe', '§3.8.6.1', 'persist timeout / snd window probe', {
          ops: ['probeWindow'],
        }),
      },
      initial: 'ESTABLISHED',
      states: {
        SYN_RCVD: {
          on: {
            SEND: [
              rule('synRcvd.sendAfterClose', '§3.10.2', 'SEND after CLOSE / error: connection closing', {
                guard: 'closeQueued',
                ops: ['errorClosing'],
                error: true,
              }),
              rule('synRcvd.send', '§3.10.2', 'SEND / queue data', { ops: ['queueData'] }),
            ],
            READ: readEarly,
            SHUTDOWN: [
              closeAfterQueuedClose,
              rule('synRcvd.shutdown', '§3.10.4', 'SHUTDOWN / snd FIN', {
                guard: 'nothingToSend',
                target: 'FIN_WAIT_1',
                ops: ['shutdownSend'],
              }),
              rule('synRcvd.closeQueued', '§3.10.4', 'SHUTDOWN with data pending / queue it', {
                ops: ['queueClose'],
              }),
            ],
            CLOSE: [
              closeAfterQueuedClose,
              rule('synRcvd.close', '§3.10.4', 'CLOSE / snd FIN', {
                guard: 'nothingToSend',
                target: 'FIN_WAIT_1',
                ops: ['queueFin'],
              }),
              rule('synRcvd.closeQueued', '§3.10.4', 'CLOSE with data pending / queue it', {
                ops: ['queueClose'],
              }),
            ],
            SEGMENT: [
              rule('synRcvd.repeatedSyn', 'Linux tcp_check_req()', 'rcv SYN again / resend SYN,ACK (Linux)', {
                guard: 'repeatedSynOnLinux',
                ops: ['resendSynAck'],
              }),
              rule('synRcvd.rstPassive', '§3.10.7.4', 'rcv RST / return to LISTEN', {
                guard: and(['rstValid', 'passiveOpen']),
                target: LISTEN,
                ops: ['returnToListen'],
              }),
              rule('synRcvd.rstActive', '§3.10.7.4', 'rcv RST / connection refused', {
                guard: 'rstValid',
                target: CLOSED,
                ops: ['signalRefused'],
              }),
              rule('synRcvd.synPassive', '§3.10.7.4', 'rcv SYN / return to LISTEN', {
                guard: and(['synInWindow', 'passiveOpen']),
                target: LISTEN,
                ops: ['returnToListen'],
              }),
              rule('synRcvd.rcvSynAck', '§3.5 Figure 7, §3.10.7.4', 'rcv SYN,ACK / x (simultaneous open)', {
                guard: and(['peerSynAckAgain', 'ackAcceptable']),
                target: 'ESTABLISHED',
                ops: ['establish', 'processText'],
                thenClose: false,
              }),
              rule('synRcvd.rcvAck', '§3.10.7.4', 'rcv ACK of SYN / x', {
                guard: and(['accepted', 'ackAcceptable', 'closeQueued']),
                target: 'ESTABLISHED',
                ops: ['establish', 'processText'],
                thenClose: true,
              }),
              rule('synRcvd.rcvAck', '§3.10.7.4', 'rcv ACK of SYN / x', {
                guard: and(['accepted', 'ackAcceptable', 'carriesTextOrFin']),
                target: 'ESTABLISHED',
                ops: ['establish'],
                thenText: true,
              }),
              rule('synRcvd.rcvAck', '§3.10.7.4', 'rcv ACK of SYN / x', {
                guard: and(['accepted', 'ackAcceptable']),
                target: 'ESTABLISHED',
                ops: ['establish', 'processText'],
              }),
              rule('synRcvd.badAck', '§3.10.7.4', 'rcv unacceptable ACK / snd RST', {
                guard: 'accepted',
                ops: ['resetUnacceptableAck'],
              }),
            ],
            RTO_TIMEOUT: rule('synRcvd.giveUp', '§3.8.3', 'SYN,ACK retries exhausted / return to LISTEN', {
              guard: and(['retriesExhausted', 'passiveOpen']),
              target: LISTEN,
              ops: ['returnToListen'],
            }),
          },
        },
        ESTABLISHED: {
          on: {
            ...sendingCalls('established', 'FIN_WAIT_1'),
            READ: readOnHand,
            SEGMENT: [
              ackOfUnsent,
              rule('established.rcvFin', '§3.10.7.4', 'rcv FIN / snd ACK', {
                guard: and(['accepted', 'finInSequence']),
                target: 'CLOSE_WAIT',
                ops: ['processAck', 'processTextToCloseWait'],
              }),
              rule('established.rcvSegment', '§3.10.7.4', 'rcv ACK, data / snd ACK', {
                guard: 'accepted',
                ops: ['processAck', 'processText'],
              }),
            ],
            // The text and FIN of the segment that completed the handshake (§3.10.7.3 / §3.10.7.4 fifth).
            TEXT_ARRIVES: [
              rule('established.rcvFin', '§3.10.7.4', 'rcv FIN / snd ACK', {
                guard: 'finInSequence',
                target: 'CLOSE_WAIT',
                ops: ['processTextToCloseWait'],
              }),
              rule('established.rcvText', '§3.10.7.4', 'rcv data / snd ACK', { ops: ['processText'] }),
            ],
          },
        },
        FIN_WAIT_1: {
          on: {
            ...closingCalls,
            READ: readOnHand,
            SEGMENT: [
              ackOfUnsent,
              dataAfterClose,
              rule('finWait1.rcvFinAckOfFin', '§3.10.7.4, Figure 5 note 2', 'rcv FIN, ACK of FIN / snd ACK', {
                guard: and(['accepted', 'ackCoversOurFin', 'finInSequence']),
                target: 'TIME_WAIT',
                ops: ['processAck', 'processText'],
              }),
              rule('finWait1.rcvAckOfFin', '§3.10.7.4', 'rcv ACK of FIN / x', {
                guard: and(['accepted', 'ackCoversOurFin']),
                target: 'FIN_WAIT_2',
                ops: ['processAck', 'processText'],
              }),
              rule('finWait1.rcvFin', '§3.10.7.4', 'rcv FIN / snd ACK', {
                guard: and(['accepted', 'finInSequence']),
                target: 'CLOSING',
                ops: ['processAck', 'processText'],
              }),
              rule('finWait1.rcvSegment', '§3.10.7.4', 'rcv ACK, data / snd ACK', {
                guard: 'accepted',
                ops: ['processAck', 'processText'],
              }),
            ],
          },
        },
        FIN_WAIT_2: {
          entry: entry('startFinWait2Timer'),
          on: {
            ...closingCalls,
            READ: readOnHand,
            SEGMENT: [
              ackOfUnsent,
              dataAfterClose,
              rule('finWait2.rcvFin', '§3.10.7.4', 'rcv FIN / snd ACK', {
                guard: and(['accepted', 'finInSequence']),
                target: 'TIME_WAIT',
                ops: ['processAck', 'processText'],
              }),
              rule('finWait2.rcvSegment', '§3.10.7.4', 'rcv data / snd ACK', {
                guard: 'accepted',
                ops: ['processAck', 'processText'],
              }),
            ],
            FIN_WAIT_2_TIMEOUT: rule(
              'finWait2.timeout',
              'Linux tcp_fin_timeout',
              'tcp_fin_timeout / delete TCB (Linux)',
              {
                target: CLOSED,
              },
            ),
          },
        },
        CLOSE_WAIT: {
          on: {
            ...sendingCalls('closeWait', 'LAST_ACK'),
            READ: readAfterFin,
            SEGMENT: [
              ackOfUnsent,
              // §3.10.7.4 seventh: text "should not occur, since a FIN has been received"; it is ignored.
              rule('closeWait.rcvAck', '§3.10.7.4', 'rcv ACK / update SND.UNA', {
                guard: 'accepted',
                ops: ['processAck', 'sendQueued'],
              }),
            ],
          },
        },
        CLOSING: {
          on: {
            ...closingCalls,
            READ: readClosing,
            ABORT: abortQuietly,
            SEGMENT: [
              rstClosesQuietly,
              rule('closing.rcvAckOfFin', '§3.10.7.4', 'rcv ACK of FIN / x', {
                guard: and(['accepted', 'ackCoversOurFin']),
                target: 'TIME_WAIT',
                ops: ['processAck'],
              }),
              // Data held back by the window still goes out, then our FIN (§3.10.4).
              rule('closing.rcvAck', '§3.10.7.4', 'rcv ACK / update SND.UNA', {
                guard: 'accepted',
                ops: ['processAck', 'sendQueued'],
              }),
            ],
          },
        },
        LAST_ACK: {
          on: {
            ...closingCalls,
            READ: readClosing,
            ABORT: abortQuietly,
            SEGMENT: [
              rstClosesQuietly,
              rule('lastAck.rcvAckOfFin', '§3.10.7.4', 'rcv ACK of FIN / delete TCB', {
                guard: and(['accepted', 'ackCoversOurFin']),
                target: CLOSED,
                ops: ['processAck'],
              }),
              rule('lastAck.rcvAck', '§3.10.7.4', 'rcv ACK / update SND.UNA', {
                guard: 'accepted',
                ops: ['processAck', 'sendQueued'],
              }),
            ],
          },
        },
        TIME_WAIT: {
          entry: entry('startTimeWait'),
          on: {
            ...timeWaitCalls,
            READ: readClosing,
            ABORT: abortQuietly,
            SEGMENT: [
              // A repeated FIN fails the acceptability test, but TIME_WAIT exists to answer it (§3.10.7.4).
              rule('timeWait.rcvFin', '§3.10.7.4', 'rcv FIN again / snd ACK, restart 2MSL', {
                guard: 'retransmittedFin',
                ops: ['reackFin'],
              }),
              rule(
                'timeWait.linuxIgnoresRst',
                'Linux tcp_timewait_state_process()',
                'rcv RST with SEQ ≠ RCV.NXT / ignore (Linux)',
                {
                  guard: 'linuxIgnoresRst',
                },
              ),
              rule('timeWait.rfc1337', 'RFC 1337', 'rcv RST / ignore (RFC 1337)', {
                guard: and(['rstValid', 'rfc1337']),
              }),
              rstClosesQuietly,
              rule('timeWait.rcvAck', '§3.10.7.4', 'rcv ACK / ignore', { guard: 'accepted' }),
            ],
            TIME_WAIT_TIMEOUT: rule('timeWait.timeout', '§3.10.8', 'timeout=2MSL / delete TCB', {
              target: CLOSED,
            }),
          },
        },
      },
    },
  },
});

/** The endpoint statechart's type. */
export type EndpointMachine = typeof endpointMachine;
