import type { eventLogEn } from '../en/eventLog';

/** Simplified Chinese lines of the event log, and the engine's free-text details. */
export const eventLogZh: Readonly<Record<keyof typeof eventLogEn, string>> = {
  'log.line.send': '发送 #{id} {dir} {flags}',
  'log.line.arrive': '到达 #{id} {dir} {flags}',
  'log.line.drop': '丢失 #{id} {dir} {flags}（{reason}）',
  'log.line.state': '{side} {from} → {to}',
  'log.line.timer': '{side}的{timer}定时器{action}',
  'log.line.call': '{side} {call}',
  'log.line.callError': ' → {error}',
  'log.line.signal': '{side}：{signal}',
  'log.timerAction.set': '启动',
  'log.timerAction.cancel': '取消',
  'log.timerAction.fire': '超时',
  'log.signal.connection_closing': '连接正在关闭',
  'log.signal.connection_reset': '连接被复位',
  'log.signal.connection_refused': '连接被拒绝',
  'log.signal.connection_timed_out': '连接超时',
  'log.signal.connection_aborted_due_to_user_timeout': '连接因用户超时而中止',
  'log.kind.rule': '规则',
  'log.kind.duplicate': '复制',
  'log.kind.delay': '延迟',
  'log.kind.deliver': '交付',
  'log.kind.link': '链路',
  'log.kind.note': '备注',
  'detail.linkSettings': '时延 {latency}、抖动 {jitter}、丢包率 {loss}、重复 {dup}、乱序 {reorder}',
  'detail.settleLimit': '虚拟时间已过 {time}，仍有事件未处理，运行停止',
};
