/**
 * English narration of everything that is not a statechart rule: why a segment was sent
 * (`narr.tcp.send.*`), the link, the timers, signals to the application, call answers, deliveries and
 * script commands (`narr.<trace key>`).
 *
 * Params: a segment event has {side} (its sender), {peer} (its receiver), {flags}, {seq}, {ack}, {len},
 * {win} and {id}; a drop also {reason}, a duplicate {copy}, a delay {by}. A timer has {side}, {peer}
 * and {timer}, a `set` also {due} and {delay}. A signal has {side}, {peer}; a call {side}, {peer},
 * {call}, {bytes} and, when refused, {error}; a delivery {side}, {peer}, {bytes}, {offset}; link
 * settings {dir}, {detail}; a mute {side} and {detail}; a note {detail}; a script command {source}, {line}.
 */
export const narrationEventsEn = {
  'narr.tcp.send.syn':
    'The {side} sends SYN with seq {seq}, its initial sequence number, which the {peer} must acknowledge.',
  'narr.tcp.send.synAck':
    'The {side} sends SYN,ACK: seq {seq} is its own initial sequence number, ack {ack} acknowledges the {peer}’s SYN.',
  'narr.tcp.send.ack': 'The {side} sends ACK {ack}: it has received everything before that number.',
  'narr.tcp.send.delayedAck': 'The {side}’s delayed ACK goes out on its own: ACK {ack}.',
  'narr.tcp.send.windowUpdate':
    'The {side} sends a window update: its application has read enough to reopen the window to {win} bytes.',
  'narr.tcp.send.windowProbe':
    'The {side} probes the {peer}’s zero window with one byte at seq {seq}; the answer will show the current window.',
  'narr.tcp.send.data': 'The {side} sends {len} bytes of data, seq {seq}, ack {ack}.',
  'narr.tcp.send.dataFin':
    'The {side} sends its last {len} bytes with FIN on the same segment (seq {seq}); after them it sends nothing more.',
  'narr.tcp.send.fin':
    'The {side} sends FIN (seq {seq}): it has no more data to send. The FIN occupies one sequence number, like a byte of data, so it can be acknowledged.',
  'narr.tcp.send.reackFin': 'The {side}, in TIME_WAIT, acknowledges the retransmitted FIN again: ACK {ack}.',
  'narr.tcp.send.ackUnacceptable':
    'The {side} answers the unacceptable segment with ACK {ack}, the next sequence number it expects.',
  'narr.tcp.send.challengeAck':
    'The {side} sends a challenge ACK (seq {seq}, ack {ack}). A peer that really wants to reset answers with a RST at exactly ack {ack}; a blind attacker cannot.',
  'narr.tcp.send.ackTooNew':
    'The {side} answers an ACK of data it never sent with ACK {ack}, stating what it has really received.',
  'narr.tcp.send.rstAbort': 'The {side} sends {flags} (seq {seq}): its application aborted the connection.',
  'narr.tcp.send.rstClosed':
    'The {side} has no connection for that segment and answers with {flags} (seq {seq}).',
  'narr.tcp.send.rstBadAck':
    'The {side} sends RST with seq {seq}, taken from the ACK of a segment that acknowledged something it never sent.',
  'narr.tcp.send.rstSyn': 'The {side} sends RST (seq {seq}) in answer to a SYN inside its window.',
  'narr.tcp.send.rstUnread':
    'The {side} sends {flags} instead of FIN: its application closed with unread data, which is now lost.',
  'narr.tcp.send.rstDataAfterClose':
    'The {side} sends RST (seq {seq}): data arrived after its application closed, and no one will ever read it.',
  'narr.send.retransmit': 'The {side} sends its {flags} at seq {seq} again: it was not acknowledged in time.',

  'narr.link.inject':
    'A hand-made {flags} segment with seq {seq} is injected on the link toward the {peer}, as if the {side} had sent it.',
  'narr.link.arrive': 'The {side}’s {flags} segment #{id} (seq {seq}) reaches the {peer}.',
  'narr.link.drop':
    'The link loses the {side}’s {flags} segment #{id} (seq {seq}): {reason}. The {peer} never sees it; the {side} will send it again when its retransmission timer expires.',
  'narr.link.drop.noRetransmit':
    'The link loses the {side}’s {flags} segment #{id}: {reason}. It occupies no sequence space, so it is never retransmitted; what happens next depends on the {peer}’s own timers.',
  'narr.link.duplicate':
    'The link duplicates the {side}’s {flags} segment #{id}: the {peer} will receive it twice (the copy is #{copy}).',
  'narr.link.delay':
    'The link holds the {side}’s {flags} segment #{id} back by {by} ms, so later segments may overtake it.',
  'narr.link.settings': 'The {dir} link now has {detail}.',
  'narr.link.mute': 'From now on the link loses every segment the {side} sends.',
  'narr.link.unmute': 'The link carries the {side}’s segments again.',
  'narr.run.settleLimit': 'The run stops here: {detail}.',
  'narr.note': '{detail}',
  'narr.unknown': 'The engine records “{key}”, which this narration does not describe yet.',

  'narr.timer.rexmt.set':
    'The {side} (re)starts its retransmission timer: if nothing new is acknowledged within {delay}, it will send again.',
  'narr.timer.rexmt.cancel':
    'The {side} stops its retransmission timer: nothing it sent is waiting for an acknowledgment any more.',
  'narr.timer.rexmt.fire':
    'The {side}’s retransmission timer expires: its oldest unacknowledged segment has waited a whole RTO.',
  'narr.timer.persist.set':
    'The {side} starts its persist timer: in {delay} it will probe the {peer}’s zero window.',
  'narr.timer.persist.cancel': 'The {side} stops its persist timer.',
  'narr.timer.persist.fire': 'The {side}’s persist timer fires: time to probe the {peer}’s zero window.',
  'narr.timer.delack.set':
    'The {side} delays its ACK, hoping to send it along with data; it goes out on its own within {delay}.',
  'narr.timer.delack.cancel':
    'The {side}’s pending ACK rides on a segment it sends now, so its delayed-ACK timer stops.',
  'narr.timer.delack.fire': 'The {side}’s delayed-ACK timer fires: no data came for the ACK to ride on.',
  'narr.timer.user.set':
    'The {side} (re)starts its user timeout: if what it sent is still unacknowledged in {delay}, it gives up.',
  'narr.timer.user.cancel':
    'The {side} stops its user timeout: nothing it sent is waiting for an acknowledgment any more.',
  'narr.timer.user.fire': 'The {side}’s user timeout expires.',
  'narr.timer.finWait2.set':
    'The {side}’s released socket waits in FIN_WAIT_2; Linux gives the {peer} {delay} to send its FIN (tcp_fin_timeout).',
  'narr.timer.finWait2.cancel': 'The {side} stops its FIN_WAIT_2 timer.',
  'narr.timer.finWait2.fire': 'The {side}’s FIN_WAIT_2 timer (tcp_fin_timeout) expires.',
  'narr.timer.timeWait.set':
    'The {side} starts its TIME_WAIT timer: the connection may be forgotten only in {delay}.',
  'narr.timer.timeWait.cancel': 'The {side}’s TIME_WAIT timer stops: the connection is gone.',
  'narr.timer.timeWait.fire': 'The {side}’s TIME_WAIT timer expires.',

  'narr.signal.connection_closing':
    'The {side}’s application is told “connection closing”: the {peer} will send no more, and once the queue is read a read returns the end of the stream.',
  'narr.signal.connection_reset': 'The {side}’s application is told “connection reset”.',
  'narr.signal.connection_refused': 'The {side}’s application is told “connection refused”.',
  'narr.signal.connection_timed_out': 'The {side}’s application is told “connection timed out”.',
  'narr.signal.connection_aborted_due_to_user_timeout':
    'The {side}’s application is told “connection aborted due to user timeout”.',

  'narr.call.ok': 'The {side}’s {call} call returns ok.',
  'narr.call.error': 'The {side}’s {call} call fails: “{error}”.',
  'narr.app.deliver':
    '{bytes} bytes join the {side}’s receive queue, where they wait for its application to read them.',

  'narr.script.command': 'The script runs “{source}” (line {line}).',
  'narr.script.fault': 'The script sets a trap on the link: “{source}” (line {line}).',
  'narr.script.expect': 'The script checks “{source}” (line {line}).',
  'narr.script.mark': 'The script sets a mark: later checks count segments from here (line {line}).',
} as const;
