/**
 * English lines of the event log, and the engine's free-text details (`{detail}` of the narration) as
 * templates. English shows the trace in the engine's own terms (`client rexmt set`,
 * `drop #1 c>s SYN (random loss)`); another language fills the same templates with its words.
 */
export const eventLogEn = {
  'log.line.send': 'send #{id} {dir} {flags}',
  'log.line.arrive': 'arrive #{id} {dir} {flags}',
  'log.line.drop': 'drop #{id} {dir} {flags} ({reason})',
  'log.line.state': '{side} {from} → {to}',
  'log.line.timer': '{side} {timer} {action}',
  'log.line.call': '{side} {call}',
  'log.line.callError': ' → {error}',
  'log.line.signal': '{side}: {signal}',
  'log.timerAction.set': 'set',
  'log.timerAction.cancel': 'cancel',
  'log.timerAction.fire': 'fire',
  'log.signal.connection_closing': 'connection closing',
  'log.signal.connection_reset': 'connection reset',
  'log.signal.connection_refused': 'connection refused',
  'log.signal.connection_timed_out': 'connection timed out',
  'log.signal.connection_aborted_due_to_user_timeout': 'connection aborted due to user timeout',
  'log.kind.rule': 'rule',
  'log.kind.duplicate': 'duplicate',
  'log.kind.delay': 'delay',
  'log.kind.deliver': 'deliver',
  'log.kind.link': 'link',
  'log.kind.note': 'note',
  'detail.linkSettings': 'latency={latency} jitter={jitter} loss={loss} dup={dup} reorder={reorder}',
  'detail.settleLimit': 'stopped after {time} of virtual time with events still pending',
} as const;
