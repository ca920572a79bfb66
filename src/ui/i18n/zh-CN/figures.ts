import type { figuresEn } from '../en/figures';

/** Simplified Chinese words the renderers draw or announce. */
export const figuresZh: Readonly<Record<keyof typeof figuresEn, string>> = {
  'graph.label': 'TCP 状态转换图（RFC 9293 图 5）',
  'graph.mark.client': '客',
  'graph.mark.server': '服',
  'chart.timer.persist': '坚持',
  'chart.timer.delack': '延迟确认',
  'chart.timer.user': '用户超时',
  'chart.badge.retransmit': '重传',
  'chart.badge.duplicate': '重复',
  'chart.badge.injected': '注入',
  'chart.badge.lost': '丢失',
  'chart.spoken.retransmit': '重传',
  'chart.spoken.duplicate': '链路重复',
  'chart.spoken.injected': '手工注入',
  'chart.fate.inFlight': '传输中',
  'chart.fate.delivered': '已送达',
  'chart.fate.dropped': '丢失',
  'chart.idle': '⋯ 空闲 {d} ⋯',
  'chart.ahead': '⋯ {d} ⋯',
  'chart.timerSpan': '{timer}：启动于 {set}，到期于 {due}',
  'chart.timerEnd.fired': '，{at} 超时',
  'chart.timerEnd.cancelled': '，{at} 取消',
  'chart.timerEnd.restarted': '，{at} 重启',
};
