import type { causesEn } from '../en/causes';

/** Why a segment was sent, in Simplified Chinese, for the packet inspector. */
export const causesZh: Readonly<Record<keyof typeof causesEn, string>> = {
  'cause.tcp.send.syn': '主动打开发出的 SYN',
  'cause.tcp.send.synAck': '回应 SYN 的 SYN,ACK',
  'cause.tcp.send.ack': '确认到达的数据或 FIN 的 ACK',
  'cause.tcp.send.delayedAck': '延迟确认，在其定时器超时时发出',
  'cause.tcp.send.windowUpdate': '读取数据后的窗口更新',
  'cause.tcp.send.windowProbe': '零窗口探测',
  'cause.tcp.send.data': '数据',
  'cause.tcp.send.dataFin': '最后的数据，带 FIN',
  'cause.tcp.send.fin': 'FIN：没有更多数据要发送',
  'cause.tcp.send.reackFin': '在 TIME_WAIT 中确认重传的 FIN 的 ACK',
  'cause.tcp.send.ackUnacceptable': '回应不可接受报文段的 ACK',
  'cause.tcp.send.challengeAck': '挑战 ACK（RFC 5961）',
  'cause.tcp.send.ackTooNew': '回应“确认了未发送数据”的 ACK',
  'cause.tcp.send.rstAbort': 'RST：应用中止了连接',
  'cause.tcp.send.rstClosed': 'RST：该报文段没有对应的连接',
  'cause.tcp.send.rstBadAck': 'RST：不可接受的 ACK',
  'cause.tcp.send.rstSyn': '回应窗口内 SYN 的 RST',
  'cause.tcp.send.rstUnread': 'RST：关闭时仍有未读数据（Linux）',
  'cause.tcp.send.rstDataAfterClose': 'RST：关闭后又收到数据（Linux）',
  'cause.link.inject': '手工注入',
};
