import type { narrationEventsEn } from '../en/narrationEvents';

/**
 * Simplified Chinese narration of everything that is not a statechart rule: segments sent, the link,
 * timers, signals, call answers, deliveries and script commands; the same params as English.
 */
export const narrationEventsZh: Readonly<Record<keyof typeof narrationEventsEn, string>> = {
  'narr.tcp.send.syn': '{side}发送 SYN，序号为 {seq}，即它的初始序号，{peer}必须确认它。',
  'narr.tcp.send.synAck':
    '{side}发送 SYN,ACK：序号 {seq} 是它自己的初始序号，确认号 {ack} 确认{peer}的 SYN。',
  'narr.tcp.send.ack': '{side}发送 ACK，确认号 {ack}：该序号之前的数据它已全部收到。',
  'narr.tcp.send.delayedAck': '{side}的延迟确认单独发出：确认号 {ack}。',
  'narr.tcp.send.windowUpdate':
    '{side}发送窗口更新：它的应用已读取了足够多的数据，窗口重新打开到 {win} 字节。',
  'narr.tcp.send.windowProbe': '{side}用序号 {seq} 的一个字节探测{peer}的零窗口；回应会告知当前窗口。',
  'narr.tcp.send.data': '{side}发送 {len} 字节数据，序号 {seq}，确认号 {ack}。',
  'narr.tcp.send.dataFin':
    '{side}发送最后的 {len} 字节，并在同一报文段上带 FIN（序号 {seq}）；此后它不再发送任何数据。',
  'narr.tcp.send.fin':
    '{side}发送 FIN（序号 {seq}）：它已没有数据要发送。FIN 和一个字节的数据一样占用一个序号，因此可以被确认。',
  'narr.tcp.send.reackFin': '处于 TIME_WAIT 的{side}再次确认重传的 FIN：确认号 {ack}。',
  'narr.tcp.send.ackUnacceptable':
    '{side}以 ACK 回应这个不可接受的报文段，确认号 {ack} 就是它期待的下一个序号。',
  'narr.tcp.send.challengeAck':
    '{side}发送挑战 ACK（序号 {seq}，确认号 {ack}）。真正想要复位的对端会以序号恰为 {ack} 的 RST 回应；盲目攻击者则做不到。',
  'narr.tcp.send.ackTooNew':
    '{side}以确认号 {ack} 回应一个确认了它从未发送数据的 ACK，说明自己实际收到了多少。',
  'narr.tcp.send.rstAbort': '{side}发送 {flags}（序号 {seq}）：它的应用中止了连接。',
  'narr.tcp.send.rstClosed': '{side}没有与该报文段对应的连接，以 {flags}（序号 {seq}）回应。',
  'narr.tcp.send.rstBadAck': '{side}发送 RST，序号 {seq} 取自那个确认了它从未发送内容的报文段的确认号。',
  'narr.tcp.send.rstSyn': '{side}发送 RST（序号 {seq}），回应落在其窗口内的 SYN。',
  'narr.tcp.send.rstUnread':
    '{side}发送 {flags} 而不是 FIN：它的应用关闭时仍有未读数据，这些数据现在丢失了。',
  'narr.tcp.send.rstDataAfterClose':
    '{side}发送 RST（序号 {seq}）：数据在其应用关闭之后才到达，永远不会有人读取。',
  'narr.send.retransmit': '{side}重传序号 {seq} 处的 {flags}：它没有及时得到确认。',

  'narr.link.inject':
    '一个手工构造的 {flags} 报文段（序号 {seq}）被注入到通往{peer}的链路上，就像是{side}发出的一样。',
  'narr.link.arrive': '{side}的 {flags} 报文段 #{id}（序号 {seq}）到达{peer}。',
  'narr.link.drop':
    '链路丢失了{side}的 {flags} 报文段 #{id}（序号 {seq}）：{reason}。{peer}永远看不到它；{side}的重传定时器超时后会重发它。',
  'narr.link.drop.noRetransmit':
    '链路丢失了{side}的 {flags} 报文段 #{id}：{reason}。它不占用序号空间，因此永远不会被重传；接下来会发生什么取决于{peer}自己的定时器。',
  'narr.link.duplicate': '链路复制了{side}的 {flags} 报文段 #{id}：{peer}会收到它两次（副本为 #{copy}）。',
  'narr.link.delay': '链路把{side}的 {flags} 报文段 #{id} 延迟了 {by} ms，后发的报文段可能会超过它。',
  'narr.link.settings': '{dir}方向的链路现在为 {detail}。',
  'narr.link.mute': '从现在起，链路会丢弃{side}发送的每个报文段。',
  'narr.link.unmute': '链路重新传送{side}的报文段。',
  'narr.run.settleLimit': '运行在此停止：{detail}。',
  'narr.note': '{detail}',
  'narr.unknown': '引擎记录了“{key}”，本讲解尚未对其进行描述。',

  'narr.timer.rexmt.set': '{side}（重新）启动重传定时器：如果在 {delay} 内没有新的数据被确认，它将重传。',
  'narr.timer.rexmt.cancel': '{side}停止重传定时器：它发出的内容已不再有等待确认的。',
  'narr.timer.rexmt.fire': '{side}的重传定时器超时：它最早的未确认报文段已等待了整整一个重传超时 RTO。',
  'narr.timer.persist.set': '{side}启动坚持定时器：{delay} 后它将探测{peer}的零窗口。',
  'narr.timer.persist.cancel': '{side}停止坚持定时器。',
  'narr.timer.persist.fire': '{side}的坚持定时器超时：该探测{peer}的零窗口了。',
  'narr.timer.delack.set': '{side}推迟发送 ACK，希望让它随数据一起捎带发出；最迟在 {delay} 内它会单独发出。',
  'narr.timer.delack.cancel': '{side}待发的 ACK 捎带在它现在发送的报文段上，于是它的延迟确认定时器停止。',
  'narr.timer.delack.fire': '{side}的延迟确认定时器超时：没有数据可供 ACK 捎带。',
  'narr.timer.user.set': '{side}（重新）启动用户超时：如果它发出的内容在 {delay} 后仍未被确认，它就放弃。',
  'narr.timer.user.cancel': '{side}停止用户超时：它发出的内容已不再有等待确认的。',
  'narr.timer.user.fire': '{side}的用户超时到期。',
  'narr.timer.finWait2.set':
    '{side}已释放的套接字在 FIN_WAIT_2 中等待；Linux 给{peer} {delay} 的时间发送它的 FIN（tcp_fin_timeout）。',
  'narr.timer.finWait2.cancel': '{side}停止 FIN_WAIT_2 定时器。',
  'narr.timer.finWait2.fire': '{side}的 FIN_WAIT_2 定时器（tcp_fin_timeout）超时。',
  'narr.timer.timeWait.set': '{side}启动 TIME_WAIT 定时器：要过 {delay} 才能释放这个连接。',
  'narr.timer.timeWait.cancel': '{side}的 TIME_WAIT 定时器停止：连接已不存在。',
  'narr.timer.timeWait.fire': '{side}的 TIME_WAIT 定时器超时。',

  'narr.signal.connection_closing':
    '{side}的应用收到通知“连接正在关闭”：{peer}不会再发送数据，接收队列读完之后，读取将返回字节流结束。',
  'narr.signal.connection_reset': '{side}的应用收到通知“连接被复位”。',
  'narr.signal.connection_refused': '{side}的应用收到通知“连接被拒绝”。',
  'narr.signal.connection_timed_out': '{side}的应用收到通知“连接超时”。',
  'narr.signal.connection_aborted_due_to_user_timeout': '{side}的应用收到通知“连接因用户超时而中止”。',

  'narr.call.ok': '{side}的{call}调用成功返回。',
  'narr.call.error': '{side}的{call}调用失败：“{error}”。',
  'narr.app.deliver': '{bytes} 字节进入{side}的接收队列，等待其应用读取。',

  'narr.script.command': '脚本执行“{source}”（第 {line} 行）。',
  'narr.script.fault': '脚本在链路上设下陷阱：“{source}”（第 {line} 行）。',
  'narr.script.expect': '脚本检查“{source}”（第 {line} 行）。',
  'narr.script.mark': '脚本设置标记：之后的检查从这里开始计数报文段（第 {line} 行）。',
};
