import type { narrationOpenEn } from '../en/narrationOpen';

/**
 * Simplified Chinese narration of the rules for CLOSED, LISTEN, SYN_SENT, SYN_RCVD and the checks the
 * synchronized states share; the same params as English.
 */
export const narrationOpenZh: Readonly<Record<keyof typeof narrationOpenEn, string>> = {
  'narr.closed.passiveOpen':
    '{side}的应用调用 listen()，即被动打开：TCP 创建 TCB，在 LISTEN 状态等待任意对端发来的 SYN。此时还不发送任何报文段。',
  'narr.closed.activeOpen':
    '{side}的应用调用 connect()，即主动打开：TCP 选定初始序号（ISN），发出 SYN，并在 SYN_SENT 状态等待{peer}的回应。',
  'narr.closed.rcvRst': '一个 RST 到达没有连接的{side}；RST 永远不会被回应，因此直接丢弃。',
  'narr.closed.rcvSegment':
    '{peer}的 {flags} 到达{side}，但{side}没有与之对应的连接，于是回复一个{peer}会接受其序号的 RST。关闭的端口就是这样拒绝 SYN 的。',

  'narr.listen.activeOpen':
    '{side}的应用在监听套接字上调用 connect()：被动打开转为主动打开，TCP 发出 SYN 并进入 SYN_SENT。',
  'narr.listen.send':
    '{side}的应用在监听套接字上发送 {bytes} 字节：被动打开转为主动打开，TCP 发出 SYN、进入 SYN_SENT，并把数据排队，直到连接建立。',
  'narr.listen.shutdown':
    '{side}的应用对监听套接字执行 shutdown()：没有可以半关闭的连接，因此 TCP 删除 TCB，回到 CLOSED。',
  'narr.listen.close':
    '{side}的应用关闭监听套接字：此时尚无连接，TCP 删除 TCB 并回到 CLOSED，不发送任何报文段。',
  'narr.listen.abort': '{side}的应用中止监听套接字：TCP 删除 TCB 并回到 CLOSED；没有对端，也就无需发送 RST。',
  'narr.listen.rcvRst': '一个 RST 到达正在监听的{side}。监听者没有可复位的连接，因此忽略它。',
  'narr.listen.rcvAck':
    '{peer}的 {flags} 到达正在监听的{side}。监听者还没有发送过任何东西，任何确认都不可能有效，因此它回复 RST 并继续监听。',
  'narr.listen.rcvSyn':
    '{side}收到 SYN（序号 {seq}），回复 SYN,ACK：其中的 ACK 确认{peer}的初始序号，SYN 携带自己的初始序号。它现在在 SYN_RCVD 中等待完成三次握手的 ACK。',
  'narr.listen.rcvOther':
    '{peer}的报文段（{flags}）既不带 SYN，也不带 RST 或 ACK；只有 SYN 才能发起连接，因此正在监听的{side}将其丢弃。',

  'narr.synSent.send': '{side}的应用在握手完成前发送 {bytes} 字节；TCP 先把它们排队，连接建立后再发送。',
  'narr.synSent.shutdown':
    '{side}的应用在握手期间执行 shutdown()：连接从未建立，因此 TCP 删除 TCB 并回到 CLOSED，不发送 FIN。',
  'narr.synSent.close':
    '{side}的应用在握手期间关闭：TCP 删除 TCB 并回到 CLOSED，不发送任何报文段。之后到达的 SYN,ACK 将找不到连接，从而引来一个 RST。',
  'narr.synSent.abort':
    '{side}的应用在握手期间中止：TCP 删除 TCB 并回到 CLOSED。在 SYN_SENT 中中止不会发送 RST。',
  'narr.synSent.badAckRst':
    '一个 RST 到达处于 SYN_SENT 的{side}，但它的确认号（{ack}）并未确认本端的 SYN；它不可能属于这次连接尝试，因此被丢弃。',
  'narr.synSent.badAck':
    '{peer}的 {flags} 到达处于 SYN_SENT 的{side}，但它的确认号（{ack}）并未确认本端的 SYN，说明它属于某个旧连接。{side}回复 RST 并继续等待。',
  'narr.synSent.rcvRst': '{side}收到一个确认了其 SYN 的 RST：{peer}拒绝了连接，于是{side}回到 CLOSED。',
  'narr.synSent.rstNoAck':
    '一个不带 ACK 的 RST 到达处于 SYN_SENT 的{side}；无法证明它是对本次 SYN 的回应，因此被丢弃。',
  'narr.synSent.rcvSynAck':
    '{side}收到 SYN,ACK：其中的 ACK 覆盖了{side}的 SYN，SYN 携带{peer}的初始序号（序号 {seq}）。{side}回复 ACK，进入 ESTABLISHED；对它来说，三次握手已经完成。',
  'narr.synSent.rcvSyn':
    '{side}在自己的 SYN 尚未得到回应时收到一个 SYN：双方同时发起了连接，即同时打开。它回复 SYN,ACK 并进入 SYN_RCVD，{peer}也一样。',
  'narr.synSent.rcvOther':
    '{peer}的报文段（{flags}）既不带 SYN 也不带 RST；在 SYN_SENT 中它无法推进握手，因此{side}将其丢弃。',
  'narr.synSent.retransmit':
    '{side}的重传定时器超时，而它的 SYN 仍未得到回应，于是重发 SYN，并把超时时间加倍（指数退避）。',
  'narr.synSent.giveUp': '{side}的 SYN 已重传到允许的最大次数，仍无回应。它放弃连接，回到 CLOSED。',

  'narr.sync.unacceptableRst':
    '一个序号为 {seq} 的 RST 到达{side}，落在其接收窗口之外。它不可能属于本连接，因此被丢弃，不作回应。',
  'narr.sync.unacceptable':
    '{peer}发来的序号为 {seq} 的 {flags} 超出了{side}接收窗口能接受的范围（旧的重复报文段，或窗口已容纳不下的数据）。{side}将其丢弃，并回复一个 ACK，告知自己真正期待的序号。',
  'narr.sync.unacceptable.rightEdge':
    '{peer}的 {flags}（序号 {seq}）恰好位于{side}接收窗口的右边沿，而 RFC 9293 只接受满足 RCV.NXT ≤ SEQ < RCV.NXT + RCV.WND 的无数据报文段。因此{side}回复一个 ACK，而根本不处理它所携带的确认号（Linux 和 BSD 则会接受位于右边沿的报文段）。',
  'narr.sync.unacceptable.zeroWindow':
    '{peer}的数据（序号 {seq}）到达{side}，但{side}的窗口为零，无法接受。{side}将其丢弃，并回复一个表明窗口仍为零的 ACK。',
  'narr.sync.rstChallenge':
    '一个 RST 到达{side}，落在窗口之内，却不正好等于下一个期望的序号，因此可能是伪造的。{side}不复位连接，而是发送挑战 ACK；真正的对端会以序号恰好正确的 RST 回应它。',
  'narr.sync.rcvRst':
    '{side}在 {from} 中收到一个可接受的 RST：连接被复位。它直接进入 CLOSED，既不交换 FIN，也没有 TIME_WAIT。',
  'narr.sync.synChallenge':
    '一个 SYN 到达已同步连接上的{side}。如果因此复位，伪造的 SYN 就能掐断连接，所以{side}回复挑战 ACK，连接照常继续。',
  'narr.sync.synReset':
    '一个 SYN 落在已同步连接上{side}的窗口之内。由于挑战 ACK 已关闭，适用旧规则：{side}发送 RST 并进入 CLOSED。',
  'narr.sync.noAck': '一个不带 ACK 位的报文段到达{side}。握手之后每个报文段都必须带 ACK，因此它被丢弃。',
  'narr.sync.ackChallenge':
    '一个报文段到达{side}，它的确认号（{ack}）确认了{side}从未发送的数据，或者旧得不可信的数据。{side}将其丢弃，并发送挑战 ACK 说明自己的真实位置。',
  'narr.sync.abort':
    '{side}的应用在 {from} 中中止连接：TCP 发送 RST，丢弃所有排队的数据，直接进入 CLOSED。{peer}通过这个 RST 得知此事。',
  'narr.sync.retransmit':
    '{side}的 {flags} 报文段（序号 {seq}）在被确认之前，重传定时器就超时了，于是{side}重传它，并把超时时间加倍（指数退避）。',
  'narr.sync.giveUp':
    '{side}已重传到允许的最大次数，仍未得到确认。它放弃连接，进入 CLOSED，不发送任何报文段。',
  'narr.sync.delayedAck': '{side}的延迟确认定时器超时：没有数据可供确认捎带，于是它现在单独发出一个 ACK。',
  'narr.sync.windowProbe':
    '{peer}的窗口为零，{side}的坚持定时器超时，于是{side}发送窗口探测报文段：一个字节的新数据，{peer}会以 ACK 回应并告知当前窗口。',

  'narr.synRcvd.send': '{side}的应用在握手完成前发送 {bytes} 字节；TCP 把它们排队，直到连接建立。',
  'narr.synRcvd.sendAfterClose':
    '{side}的应用在已经请求关闭之后又要发送；FIN 之后不能再有数据，因此 TCP 回答“连接正在关闭”。',
  'narr.synRcvd.shutdown':
    '{side}的应用在 SYN_RCVD 中关闭发送方向，且没有排队的数据，因此 TCP 立即发送 FIN，进入 FIN_WAIT_1。',
  'narr.synRcvd.close':
    '{side}的应用在 SYN_RCVD 中关闭，且没有剩余数据要发送，因此 TCP 立即发送 FIN，进入 FIN_WAIT_1。',
  'narr.synRcvd.closeQueued':
    '{side}的应用在 SYN_RCVD 中关闭时仍有数据排队；TCP 记下这一请求，待连接建立后，在数据之后发送 FIN。',
  'narr.synRcvd.closeAgain': '{side}的应用在第一次关闭尚未完成时再次关闭；TCP 回答“连接正在关闭”。',
  'narr.synRcvd.repeatedSyn':
    '同一个 SYN 再次到达处于 SYN_RCVD 的{side}，说明它的 SYN,ACK 很可能丢失了。Linux 会立即重发 SYN,ACK，而按 RFC 则只回复一个单纯的 ACK。',
  'narr.synRcvd.rstPassive':
    '{side}在 SYN_RCVD 中收到一个可接受的 RST。它是从 LISTEN 经被动打开到达这里的，所以直接回到 LISTEN 等待下一个 SYN，并不通知应用。',
  'narr.synRcvd.rstActive':
    '{side}在 SYN_RCVD 中收到一个可接受的 RST，而它是经主动打开（同时打开）到达这里的：{peer}拒绝了连接，于是它进入 CLOSED。',
  'narr.synRcvd.synPassive':
    '{side}在被动打开后于 SYN_RCVD 中等待时，一个 SYN 落入其窗口之内。这次半开的连接尝试被放弃，{side}回到 LISTEN。',
  'narr.synRcvd.rcvSynAck':
    '同时打开后处于 SYN_RCVD 的{side}收到{peer}的 SYN,ACK。其中的 ACK 覆盖了{side}的 SYN，因此{side}进入 ESTABLISHED。',
  'narr.synRcvd.rcvAck':
    '{side}收到对其 SYN 的确认（确认号 {ack}）：三次握手完成，进入 ESTABLISHED。现在双方都知道了对方的初始序号。',
  'narr.synRcvd.badAck':
    '{peer}的 {flags} 到达处于 SYN_RCVD 的{side}，但它的确认号（{ack}）并未确认本端的 SYN；{side}以 RST 回应并继续等待。',
  'narr.synRcvd.giveUp':
    '{side}的 SYN,ACK 已重传到允许的最大次数，仍未收到 ACK。它放弃这个半开连接，由于是从被动打开而来，于是回到 LISTEN。',
};
