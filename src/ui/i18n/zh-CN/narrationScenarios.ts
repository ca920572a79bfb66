import type { narrationScenariosEn } from '../en/narrationScenarios';

/** Simplified Chinese narration variants for issue #4's scenarios: the same keys as English. */
export const narrationScenariosZh: Readonly<Record<keyof typeof narrationScenariosEn, string>> = {
  'narr.link.drop.data':
    '链路丢失了{side}的数据报文段 #{id}（序号 {seq} 起的 {len} 字节）：{reason}。{peer}永远看不到它；{side}保留着这些字节，会在重传定时器到期时再次发送。',
  'narr.sync.retransmit.data':
    '{side}的重传定时器在序号 {seq} 起的 {len} 字节得到确认之前到期，于是再次发送这些字节，并把超时时间加倍（指数退避）。',
  'narr.sync.unacceptable.oldDuplicate':
    '一个旧的重复报文段到达{side}：{peer}在序号 {seq} 起的 {len} 字节早已全部收到。{side}丢弃它们，并再次确认自己期望的序号。',
  'narr.sync.unacceptable.oldDuplicate.timeWait':
    '{peer}数据的一个旧重复报文段（序号 {seq} 起的 {len} 字节）在关闭很久之后到达处于 TIME_WAIT 的{side}，被丢弃，只换来一个 ACK。如果连接已被遗忘、而相同端口上又建立了新连接，它就可能被当成新数据；报文段最多存活一个 MSL，所以等待 2×MSL 能让所有这样的迟到者先消亡。',
  'narr.closed.rcvSegment.noSyn':
    '{peer}的 {flags} 到达{side}，而{side}已经没有与之对应的连接，于是回复一个{peer}会接受其序号的 RST：已关闭的端口对除 RST 以外的任何报文段都这样回应。',
  'narr.seq.wrap':
    '按绝对序号，{side}的这个报文段覆盖序号 {first} 到 {last}：序号是 32 位的，4294967295 之后是 0。TCP 以 2^32 为模比较序号，所以回绕之后的序号仍被视为更靠后，一切照常。',
};
