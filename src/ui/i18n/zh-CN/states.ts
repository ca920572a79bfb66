import type { statesEn } from '../en/states';

/** Simplified Chinese glossary of the eleven RFC 9293 states (state names stay as in the RFC). */
export const statesZh: Readonly<Record<keyof typeof statesEn, string>> = {
  'state.CLOSED.short': '没有连接：不存在 TCB。',
  'state.CLOSED.long':
    'CLOSED 是表示“根本没有连接”的虚拟状态：不存在 TCB，到达的报文段一律以 RST 回应（收到的 RST 本身则直接丢弃）。被动打开使其进入 LISTEN，主动打开使其进入 SYN_SENT。每个连接最终都回到这里：经由 LAST_ACK、TIME_WAIT，或者因复位、中止、超时（RFC 9293 §3.3.2、§3.10.7.1）。',

  'state.LISTEN.short': '等待任意对端发来的 SYN。',
  'state.LISTEN.long':
    'LISTEN 是被动打开之后的状态：端点等待任意远端发来的连接请求。收到 SYN 后回复 SYN,ACK 并进入 SYN_RCVD；收到 RST 则忽略，收到任何 ACK 都以 RST 回应。关闭或中止调用使其回到 CLOSED，而主动打开或发送调用会使其转为 SYN_SENT（RFC 9293 §3.3.2、§3.10.7.2）。',

  'state.SYN_SENT.short': '已发出 SYN，等待对端的 SYN 以及对本端 SYN 的确认。',
  'state.SYN_SENT.long':
    'SYN_SENT 是主动打开之后的状态：端点已发出自己的 SYN，等待与之匹配的连接请求。收到确认了本端 SYN 的 SYN,ACK 后进入 ESTABLISHED，并回复结束握手的 ACK；收到不带 ACK 的 SYN 则说明发生了同时打开，进入 SYN_RCVD。收到可接受的 RST、应用关闭，或 SYN 重传次数用尽，都会使其回到 CLOSED（RFC 9293 §3.3.2、§3.10.7.3）。',

  'state.SYN_RCVD.short': '已收到并发出 SYN，等待对本端 SYN 的确认。',
  'state.SYN_RCVD.long':
    'SYN_RCVD 表示端点既收到了连接请求，也发出了自己的连接请求，正在等待对本端 SYN 的确认。这个 ACK 一到，握手完成，进入 ESTABLISHED。收到 RST 时，若是由被动打开进入此状态则回到 LISTEN，若是主动打开（同时打开）则回到 CLOSED（RFC 9293 §3.3.2，图 5 注 1）。',

  'state.ESTABLISHED.short': '连接已打开：数据双向流动。',
  'state.ESTABLISHED.long':
    'ESTABLISHED 即连接已打开，是数据传输阶段的正常状态：双方都可以发送、接收和确认数据。握手完成时进入此状态。应用关闭时发送 FIN 并进入 FIN_WAIT_1；收到对端的 FIN 则进入 CLOSE_WAIT；收到 RST 或应用中止会立即结束连接（RFC 9293 §3.3.2）。',

  'state.FIN_WAIT_1.short': '已发出 FIN，等待它的确认或对端的 FIN。',
  'state.FIN_WAIT_1.long':
    'FIN_WAIT_1 是先关闭的一方（主动关闭方）所进入的状态：它的 FIN 已发出，正在等待该 FIN 被确认或对端的 FIN 到来。收到对本端 FIN 的确认后进入 FIN_WAIT_2；只收到对端的 FIN 则进入 CLOSING；收到同时确认了本端 FIN 的 FIN 则直接进入 TIME_WAIT。此时它仍然可以接收数据（RFC 9293 §3.3.2，图 5 注 2）。',

  'state.FIN_WAIT_2.short': '本端 FIN 已被确认，等待对端的 FIN。',
  'state.FIN_WAIT_2.long':
    '在 FIN_WAIT_2 中，端点自己这个方向已关闭并得到确认，它在等待对端的 FIN，而对端只有在其应用关闭时才会发出 FIN。在此期间对端仍可发送数据，本端照常接收并确认。收到对端的 FIN 后进入 TIME_WAIT。RFC 对此状态不设时限；Linux 对已释放的套接字在 tcp_fin_timeout 之后放弃等待（RFC 9293 §3.3.2）。',

  'state.CLOSE_WAIT.short': '对端已关闭，等待本端应用关闭。',
  'state.CLOSE_WAIT.long':
    '在 ESTABLISHED 中收到 FIN 就进入 CLOSE_WAIT：对端不会再发送数据，TCP 等待本端应用关闭。在此期间本端仍可以发送数据。应用关闭时，TCP 发出自己的 FIN 并进入 LAST_ACK；停留在这个状态的套接字，说明其应用一直没有关闭它（RFC 9293 §3.3.2）。',

  'state.CLOSING.short': '双方都已发出 FIN，等待对本端 FIN 的确认。',
  'state.CLOSING.long':
    'CLOSING 对应同时关闭：端点在本端 FIN 尚未被确认时收到了对端的 FIN。它已确认对端的 FIN，正在等待对本端 FIN 的确认，收到后进入 TIME_WAIT（RFC 9293 §3.3.2、§3.6）。',

  'state.LAST_ACK.short': '后关闭的一方，等待对本端 FIN 的确认。',
  'state.LAST_ACK.long':
    'LAST_ACK 属于后关闭的一方（被动关闭方）：它先前在 CLOSE_WAIT 中收到了对端的 FIN，随后发出自己的 FIN，正在等待该 FIN 被确认。ACK 一到，连接立即结束，没有 TIME_WAIT；如果 ACK 迟迟不来，它就重传 FIN（RFC 9293 §3.3.2）。',

  'state.TIME_WAIT.short': '双方的 FIN 都已确认，等待 2×MSL 后才释放连接。',
  'state.TIME_WAIT.long':
    'TIME_WAIT 是先关闭一方的最后一个状态。它要停留 2×MSL（按 RFC 的 MSL 为 2 分钟计是 4 分钟；Linux 固定为 60 秒），这样如果它最后的 ACK 丢失，还能再次确认对端重传的 FIN；同时让本连接中滞留的报文段在网络中消亡，以免干扰之后使用相同地址和端口的新连接。随后删除 TCB（RFC 9293 §3.3.2、§3.6.1 MUST-13）。',
};
