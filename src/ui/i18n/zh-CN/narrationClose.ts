import type { narrationCloseEn } from '../en/narrationClose';

/**
 * Simplified Chinese narration of the rules from ESTABLISHED on, the rules several states share and the
 * refused calls; the same params as English.
 */
export const narrationCloseZh: Readonly<Record<keyof typeof narrationCloseEn, string>> = {
  'narr.established.send':
    '{side}的应用把 {bytes} 字节交给 TCP。TCP 在{peer}的窗口允许的范围内尽量发送，并保留每个字节，直到它被确认。',
  'narr.established.shutdown':
    '{side}的应用关闭自己的发送方向：TCP 在排队的数据之后发送 FIN，进入 FIN_WAIT_1。它仍然可以接收数据，因为 FIN 只关闭一个方向（半关闭）。',
  'narr.established.close':
    '{side}的应用关闭连接：TCP 在排队的数据之后发送 FIN，进入 FIN_WAIT_1。{side}先关闭，是主动关闭方，最终将进入 TIME_WAIT。',
  'narr.established.rcvSegment':
    '{side}收到确认号 {ack}：{peer}已收到该序号之前的所有字节，并通告 {win} 字节的窗口。',
  'narr.established.rcvSegment.data':
    '{side}按序收到序号 {seq} 起的 {len} 字节。它把数据排队交给应用，并立即或稍作延迟后确认。',
  'narr.established.rcvSegment.held':
    '{side}收到序号 {seq} 起的 {len} 字节，但它们位于字节流的一个空缺之后。{side}先把它们暂存起来，发出的 ACK 仍然指向第一个缺失的字节。',
  'narr.established.rcvSegment.zeroWindow':
    '{side}收到确认号 {ack}，窗口为零：{peer}的接收缓冲区已满。{side}停止发送新数据，并启动坚持定时器，稍后探测窗口。',
  'narr.established.rcvFin':
    '{side}收到{peer}的 FIN：{peer}不会再发送数据。{side}确认这个 FIN 并进入 CLOSE_WAIT，在自己的应用关闭之前仍可继续发送。',
  'narr.established.rcvFin.delayed':
    '{side}收到{peer}的 FIN，进入 CLOSE_WAIT。它推迟对这个 FIN 的确认，预计自己的应用很快会以自己的 FIN 作答。',
  'narr.established.rcvText':
    '完成握手的那个报文段还携带了 {len} 字节数据；连接已建立，{side}把它们排队交给应用并加以确认。',

  'narr.finWait1.rcvFinAckOfFin':
    '{side}收到{peer}的 FIN，其确认号 {ack} 同时覆盖了{side}自己的 FIN。两个方向都已关闭，于是{side}确认该 FIN，从 FIN_WAIT_1 直接进入 TIME_WAIT。',
  'narr.finWait1.rcvAckOfFin':
    '{side}收到确认号 {ack}，它覆盖了本端的 FIN：本端的发送方向已关闭。它进入 FIN_WAIT_2，等待{peer}的 FIN，而这要等到{peer}的应用关闭时才会到来。',
  'narr.finWait1.rcvFin':
    '{side}在本端 FIN 被确认之前收到了{peer}的 FIN：双方在同时关闭。它确认这个 FIN，进入 CLOSING，等待对本端 FIN 的确认。',
  'narr.finWait1.rcvSegment':
    '处于 FIN_WAIT_1 的{side}收到一个报文段，其确认号（{ack}）尚未覆盖本端的 FIN。它照常处理这个确认和其中的数据（它仍可接收），并继续等待。',
  'narr.finWait2.rcvFin':
    '{side}收到{peer}的 FIN：两个方向现在都已关闭。它确认这个 FIN 并进入 TIME_WAIT，在那里停留 2×MSL 之后连接才被释放。',
  'narr.finWait2.rcvSegment':
    '处于 FIN_WAIT_2 的{side}仍在接收：序号 {seq} 起的 {len} 字节。它的 FIN 只关闭了自己的方向，所以{peer}在自己关闭之前可以继续发送（半关闭）。',
  'narr.finWait2.rcvSegment.ack': '处于 FIN_WAIT_2 的{side}收到确认号 {ack}；它继续等待{peer}的 FIN。',
  'narr.finWait2.timeout':
    '{side}的套接字已被 close() 释放，在 FIN_WAIT_2 中等待了 tcp_fin_timeout 仍未收到{peer}的 FIN。Linux 放弃等待，进入 CLOSED，不发送任何报文段。',
  'narr.finWait.dataAfterClose':
    '{side}的应用已调用 close()，之后又有新数据到达，而这些数据永远不会有人读取。Linux 以 RST 回应，告诉{peer}数据已丢失，并进入 CLOSED。',

  'narr.closeWait.send':
    '处于 CLOSE_WAIT 的{side}发送 {bytes} 字节：{peer}的 FIN 只关闭了{peer}那个方向，本端这个方向仍然打开。',
  'narr.closeWait.shutdown':
    '{side}的应用也关闭了自己的发送方向：TCP 在排队的数据之后发送 FIN，进入 LAST_ACK，等待对该 FIN 的确认。',
  'narr.closeWait.close':
    '{side}的应用关闭连接：TCP 在排队的数据之后发送自己的 FIN，进入 LAST_ACK，在那里等待对该 FIN 的确认。',
  'narr.closeWait.close.withAck':
    '{side}的应用在对{peer}的 FIN 的延迟确认发出之前就关闭了，于是这个 ACK 捎带在{side}自己的 FIN 上：教科书上画成两个报文段，这里只有一个。{side}进入 LAST_ACK。',
  'narr.closeWait.rcvAck':
    '处于 CLOSE_WAIT 的{side}收到对其所发数据的确认号 {ack}；它继续等待自己的应用关闭。',
  'narr.closing.rcvAckOfFin':
    '处于 CLOSING 的{side}收到对其 FIN 的确认：双方的 FIN 现在都已确认，于是进入 TIME_WAIT。',
  'narr.closing.rcvAck':
    '处于 CLOSING 的{side}收到确认号 {ack}，它尚未覆盖本端的 FIN；{side}发送仍在排队的数据，并继续等待。',
  'narr.lastAck.rcvAckOfFin':
    '{side}收到对其 FIN 的确认：两个方向都已关闭并确认，于是它删除 TCB，立即进入 CLOSED。后关闭的一方没有 TIME_WAIT。',
  'narr.lastAck.rcvAck':
    '处于 LAST_ACK 的{side}收到确认号 {ack}，它尚未覆盖本端的 FIN；{side}发送仍在排队的数据，并继续等待对 FIN 的确认。',
  'narr.timeWait.rcvFin':
    '{peer}的 FIN 再次到达，说明{side}最后发出的 ACK 一定丢失了。{side}仍处于 TIME_WAIT，正是为了应对这种情况：它再次确认，并重启 2×MSL 定时器。',
  'narr.timeWait.linuxIgnoresRst':
    '一个序号为 {seq} 的 RST 到达处于 TIME_WAIT 的{side}，它并不恰好等于期望的序号；Linux 忽略它，继续停留在 TIME_WAIT。',
  'narr.timeWait.rfc1337':
    '一个 RST 到达处于 TIME_WAIT 的{side}。启用 RFC 1337 保护后，TIME_WAIT 忽略所有 RST，因此旧的或伪造的 RST 都无法提前结束等待。',
  'narr.timeWait.rcvAck': '一个 ACK 到达处于 TIME_WAIT 的{side}；已经没有需要确认的内容，因此忽略它。',
  'narr.timeWait.timeout':
    '{side}的 TIME_WAIT 定时器超时：本连接中任何滞留的报文段此时都已消亡，于是{side}删除 TCB，进入 CLOSED。',

  'narr.read': '{side}的应用从接收队列读取 {bytes} 字节；腾出的空间使{side}通告的窗口变大。',
  'narr.read.early': '{side}的应用在连接建立之前读取；此时还没有数据可交付，因此读到 0 字节。',
  'narr.read.closing':
    '{side}的应用读取数据，但{peer}已关闭它的方向，而且数据已全部读完；TCP 回答“连接正在关闭”，即字节流结束。',
  'narr.close.unreadReset':
    '{side}的应用在接收队列中仍有未读数据时调用 close()。这些数据再也无法交付，所以 Linux 发送 RST+ACK 而不是 FIN，并直接进入 CLOSED（RFC 9293 SHLD-3：用 RST 表明数据已丢失）。',
  'narr.close.release':
    '{side}的应用在 shutdown() 之后调用 close()：FIN 已经发出，因此 Linux 只释放套接字，连接在没有它的情况下完成关闭。',
  'narr.ackTooNew':
    '一个报文段到达{side}，它的确认号（{ack}）覆盖了{side}尚未发送的数据；{side}将其丢弃，并以 ACK 告知自己的真实位置。',
  'narr.rst.lateClose':
    '{side}在 {from} 中收到一个可接受的 RST：它本来就在关闭，于是删除 TCB，进入 CLOSED，不通知应用。',
  'narr.abort.quiet':
    '{side}的应用在 {from} 中中止连接：连接已在关闭中，因此 TCP 删除 TCB，进入 CLOSED，不发送 RST。',
  'narr.userTimeout': '{side}的用户超时在其发出的数据被确认之前到期。TCP 放弃该连接，进入 CLOSED。',
  'narr.tcp.ackThrottled':
    '{side}暂不发送本该发送的 ACK：它在 500 ms 内已回应过一个无效报文段，而 RFC 5961 限制此类 ACK 的速率，以免两个混乱的端点互相淹没。',

  'narr.open.exists': '{side}的应用再次打开，但这个套接字已有连接；TCP 回答“连接已存在”。',
  'narr.send.noConnection': '{side}的应用在没有连接时发送；TCP 回答“连接不存在”。',
  'narr.read.noConnection': '{side}的应用在没有连接时读取；TCP 回答“连接不存在”。',
  'narr.shutdown.noConnection': '{side}的应用在没有连接时执行 shutdown()；TCP 回答“连接不存在”。',
  'narr.close.noConnection': '{side}的应用在没有连接时关闭；TCP 回答“连接不存在”。',
  'narr.abort.noConnection': '{side}的应用在没有连接时中止；TCP 回答“连接不存在”。',
  'narr.send.closing':
    '{side}的应用在关闭发送方向之后又要发送；FIN 之后不能再有数据，因此 TCP 回答“连接正在关闭”。',
  'narr.shutdown.closing':
    '{side}的应用再次执行 shutdown()，但它的 FIN 已经排队或发出；TCP 回答“连接正在关闭”。',
  'narr.close.closing': '{side}的应用再次关闭，但它的 FIN 已经排队或发出；TCP 回答“连接正在关闭”。',
};
