import type { misconceptionsEn } from '../en/misconceptions';

/** Simplified Chinese text of the misconceptions the narration points out. */
export const misconceptionsZh: Readonly<Record<keyof typeof misconceptionsEn, string>> = {
  'misconception.closeWaitEntry':
    '一方决定关闭时并不会进入 CLOSE_WAIT。CLOSE_WAIT 是在收到对端的 FIN 时进入的：对端已发送完毕，本端现在等待自己的应用关闭。正是应用后来的关闭操作，才使它从 CLOSE_WAIT 进入 LAST_ACK。',
  'misconception.finAckNotEnough':
    '仅凭 ACK 标志位并不能让 FIN_WAIT_1 进入 TIME_WAIT：握手之后每个报文段都带有 ACK，每个 FIN 也不例外。关键在于确认号。确认号覆盖了本端 FIN 的 FIN 会直接进入 TIME_WAIT（RFC 9293 图 5 注 2）；确认号未覆盖的 FIN 则进入 CLOSING。',
  'misconception.timeWaitOwner':
    'TIME_WAIT 属于先关闭的一方，而不是“客户端”。无论哪个端点先发出 FIN，它都会经过 FIN_WAIT_1、FIN_WAIT_2，最终进入 TIME_WAIT；另一方经过 CLOSE_WAIT 和 LAST_ACK，它的 FIN 一被确认就立即释放。如果服务器先关闭，处于 TIME_WAIT 的就是服务器。',
  'misconception.why2Msl':
    'TIME_WAIT 持续两倍的最大报文段生存时间（MSL）。如果最后的 ACK 丢失，对端会重传 FIN：这个 ACK 在途中最多花一个 MSL，重传的 FIN 再花一个 MSL，而 TIME_WAIT 必须仍在，才能回应它。同样的等待也让本连接中游荡的报文段在新连接重用相同地址和端口之前过期消失。',
  'misconception.threeSegmentClose':
    '实际抓包中，连接常常用三个报文段（FIN、FIN+ACK、ACK）关闭，而不是教科书上的四次挥手。收到第一个 FIN 的一方推迟发送 ACK；如果它的应用在延迟结束前就关闭，这个 ACK 就捎带在它自己的 FIN 上。协议本身没有变，只是其中一个 ACK 的时机不同。',
  'misconception.synRcvdListen':
    '只有当端点是从 LISTEN 经被动打开进入 SYN_RCVD 时，SYN_RCVD 中收到的 RST 才会使它回到 LISTEN：监听者继续存在，可以接受下一个 SYN。若是主动打开（同时打开）之后，就没有监听者可以返回：连接被拒绝，进入 CLOSED（RFC 9293 图 5 注 1）。',
  'misconception.halfClose':
    'FIN 只关闭一个方向，即半关闭：它表示“我不再发送了”，而不是“别再给我发了”。发出 FIN 的一方仍然可以接收，处于 CLOSE_WAIT 的一方也仍然可以发送，直到它也关闭为止。',
};
