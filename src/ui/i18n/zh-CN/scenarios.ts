import type { scenariosEn } from '../en/scenarios';

/** Simplified Chinese texts of the scenarios feature: the same keys as English. */
export const scenariosZh: Readonly<Record<keyof typeof scenariosEn, string>> = {
  'scenarioGroup.Opening': '建立连接',
  'scenarioGroup.Closing': '关闭连接',
  'scenarioGroup.Loss': '丢包',
  'scenarioGroup.Resets': '复位（RST）',
  'scenarioGroup.Advanced': '进阶',
  'scenarioPicker.search': '搜索场景',
  'scenarioPicker.placeholder': '按标题或目标搜索…',
  'scenarioPicker.noMatch': '没有与“{query}”匹配的场景。',
  'scenarioPicker.count': '{count} / {total} 个场景',
  'scenarioPicker.freeHint': '空白实验，服务器处于监听状态',
  'scenarioGoal.heading': '本场景要点',

  'scenario.handshake.title': '三次握手',
  'scenario.handshake.goal':
    '客户端发送 SYN 并在 SYN_SENT 中等待；处于监听的服务器回复 SYN,ACK 并在 SYN_RCVD 中等待；客户端的 ACK 完成握手。双方各自选定了初始序号，也得知了对方的初始序号。',
  'scenario.simultaneous-open.title': '同时打开',
  'scenario.simultaneous-open.goal':
    '双方在同一时刻发送 SYN。每一方都在 SYN_SENT 中收到对方的 SYN，回复 SYN,ACK 并进入 SYN_RCVD；随后各自的 SYN,ACK 完成对方的打开。共四个报文段，没有监听方。',
  'scenario.normal-close.title': '四次挥手：客户端先关闭',
  'scenario.normal-close.goal':
    '先关闭的一方发送 FIN，依次经过 FIN_WAIT_1 和 FIN_WAIT_2。另一方在 FIN 到达时进入 CLOSE_WAIT——而不是在其应用程序决定关闭时——之后才从 LAST_ACK 发出自己的 FIN。先关闭的一方最后在 TIME_WAIT 中停留 2×MSL。',
  'scenario.server-closes-first.title': '服务器先关闭（TIME_WAIT 在服务器端）',
  'scenario.server-closes-first.goal':
    'TIME_WAIT 属于先关闭的那一方，而不是“客户端”。服务器先关闭时，是服务器在 TIME_WAIT 中等待 2×MSL，客户端则经过 CLOSE_WAIT 和 LAST_ACK。',
  'scenario.simultaneous-close.title': '同时关闭（CLOSING）',
  'scenario.simultaneous-close.goal':
    '双方应用程序同时关闭。每一方都在自己的 FIN 尚未被确认时收到对方的 FIN，于是从 FIN_WAIT_1 进入 CLOSING，在自己的 FIN 被确认后进入 TIME_WAIT。双方都要等待 2×MSL。',
  'scenario.fin-acks-fin.title': '同时确认我方 FIN 的 FIN：FIN_WAIT_1 → TIME_WAIT',
  'scenario.fin-acks-fin.goal':
    '服务器对客户端 FIN 的单独确认丢失了，随后服务器关闭：它的 FIN,ACK 同时确认了客户端的 FIN，因此客户端从 FIN_WAIT_1 直接进入 TIME_WAIT（RFC\u00a09293 图 5 注 2）。关键在于我方的 FIN 被确认，而不在于 ACK 和 FIN 同在一个报文段中——每个 FIN 都带有 ACK。',
  'scenario.close-three-segments-linux.title': '为什么真实抓包中关闭只有三个报文段（Linux 延迟确认）',
  'scenario.close-three-segments-linux.goal':
    '在 Linux 下，收到 FIN 的一方不会立即确认：它推迟 ACK（这里最多 40 ms），希望能和数据一起发送。其间它的应用程序关闭了，于是 ACK 搭在它自己的 FIN 上——FIN、FIN+ACK、ACK——先关闭的一方从 FIN_WAIT_1 直接进入 TIME_WAIT，因为这个 FIN 也确认了它自己的 FIN。',
  'scenario.close-four-segments-rfc.title': '教科书式的四次挥手（每个报文段都立即确认）',
  'scenario.close-four-segments-rfc.goal':
    '同样的交互，换成 RFC\u00a09293 配置、关闭延迟确认：FIN 立即得到确认，客户端在 FIN_WAIT_2 中等待，服务器的 FIN 单独随后发出——正是教科书图中的四个报文段。与 Linux 场景对比：协议相同，只是一个 ACK 的时机不同。',
  'scenario.half-close.title': '半关闭：服务器在 CLOSE_WAIT 中继续发送',
  'scenario.half-close.goal':
    '一个 FIN 只关闭一个方向。客户端调用 shutdown() 之后，处于 CLOSE_WAIT 的服务器仍然发送它 3000 字节的应答；处于 FIN_WAIT_2 的客户端仍然接收并读取这些数据。只有当服务器也关闭时，连接才结束。',
  'scenario.old-duplicate.title': '关闭后迟到的旧报文段：为什么是 2×MSL',
  'scenario.old-duplicate.goal':
    '服务器的 100 字节在网络中被滞留了 30 秒；它的重传先到达，连接随后正常关闭。当这个迷途的原报文段终于到达时，客户端仍处于 TIME_WAIT：它看到的是已收到数据的旧重复报文段，于是丢弃并发送确认。如果客户端早已忘记这个连接、而相同端口上又建立了新连接，这个迟到者就可能被当成新数据。报文段最多存活一个 MSL，因此等待 2×MSL 能让所有这样的报文段先消亡。（已关闭的服务器会用 RST 回应客户端的 ACK；这里开启了 RFC\u00a01337 保护，使该 RST 不会提前结束 TIME_WAIT。）',
  'scenario.close-wait-leak.title': 'CLOSE_WAIT 泄漏：应用程序从不调用 close()',
  'scenario.close-wait-leak.goal':
    '客户端关闭；服务器的 TCP 确认了 FIN 并进入 CLOSE_WAIT，但它的应用程序从不调用 close()。TCP 中没有任何机制会结束 CLOSE_WAIT：这里没有定时器，因为只有应用程序知道自己何时发送完毕。在 Linux 下，客户端已释放的套接字在 FIN_WAIT_2 中等待 60 秒后放弃，对端早已消失，而服务器的套接字、端口和缓冲区却永远停留在 CLOSE_WAIT——这正是泄漏的服务器上 ss -tn 命令列出大量 CLOSE_WAIT 套接字的原因。',
  'scenario.fin-wait-2.title': '永远的 FIN_WAIT_2，或 Linux 的 tcp_fin_timeout',
  'scenario.fin-wait-2.goal':
    '客户端关闭，它的 FIN 得到确认，但服务器的应用程序从不关闭。在 RFC\u00a09293 配置下，客户端会在 FIN_WAIT_2 中一直等待服务器的 FIN：RFC 在这里没有定时器。把配置切换为 Linux 再运行一次：close() 已经释放了套接字，所以经过 tcp_fin_timeout（60 秒）后 Linux 悄悄丢弃连接，客户端变为 CLOSED，而服务器仍停留在 CLOSE_WAIT。',
  'scenario.lost-syn.title': 'SYN 丢失：重传与退避',
  'scenario.lost-syn.goal':
    '前两个 SYN 丢失了。客户端的重传定时器（初始 RTO 为 1 秒，RFC\u00a06298）到期后再次发送 SYN，每次把 RTO 加倍：两次重传分别间隔 1 秒和 2 秒，即在时刻 1 秒和 3 秒发出。第三个 SYN 成功到达，握手完成。',
  'scenario.lost-syn-ack.title': 'SYN+ACK 丢失：双方都会重传',
  'scenario.lost-syn-ack.goal':
    '服务器的 SYN,ACK 丢失了，于是双方都带着运行中的重传定时器等待。客户端的定时器先到期，它再次发送 SYN；已处于 SYN_RCVD 的服务器认为这个 SYN 是旧的（它位于 RCV.NXT 之前），只回复一个 ACK，而这对处于 SYN_SENT 的客户端毫无帮助。随后服务器自己的定时器到期，重传的 SYN,ACK 完成了握手。双方都能弥补这次丢失，这里是服务器的副本做到的。',
  'scenario.lost-third-ack.title': '握手的第三个 ACK 丢失',
  'scenario.lost-third-ack.goal':
    '客户端完成握手的 ACK 丢失了。客户端一发出它就进入 ESTABLISHED，但服务器仍停留在 SYN_RCVD：双方对连接的看法不一致。ACK 不占用序号空间，永远不会被重传，所以由服务器的定时器来修复：它再次发送 SYN,ACK，已处于 ESTABLISHED 的客户端看到一个重复报文段，再次确认，这个 ACK 完成了服务器一侧的握手。客户端发送的数据总是带有 ACK，同样也能完成握手。',
  'scenario.lost-final-ack.title': '关闭时最后一个 ACK 丢失',
  'scenario.lost-final-ack.goal':
    '最后一个 ACK 丢失了，处于 LAST_ACK 的服务器永远不知道它的 FIN 已经到达。它在 RTO 之后重传 FIN；仍处于 TIME_WAIT 的客户端再次确认，并重新开始 2×MSL 的等待。如果没有 TIME_WAIT，重传的 FIN 会遇到一个已关闭的端口，招来一个 RST。',
  'scenario.lossy-transfer.title': '在丢失 20% 报文段的链路上传输数据',
  'scenario.lossy-transfer.goal':
    '客户端通过一条每五个报文段丢一个（数据和 ACK 都会丢）的链路发送 15 000 字节。服务器保留空缺之后到达的数据，并一直确认第一个缺失的字节；丢失的 ACK 由下一个 ACK 弥补。每个空缺都在客户端的重传定时器到期时被填补，再次丢失的重传要等两倍的时间（1 秒、2 秒、4 秒）。所有字节都按序到达，连接正常关闭。随机种子使每次运行的丢包都相同。',
  'scenario.connection-refused.title': '连接被拒绝：向关闭的端口发送 SYN',
  'scenario.connection-refused.goal':
    '服务器的端口上没有监听者，所以客户端的 SYN 招来一个 RST,ACK（RFC\u00a09293 §3.10.7.1：SEQ=0，ACK=SEG.SEQ+SEG.LEN）。它确认了客户端的 SYN，因此客户端接受这个复位并放弃连接。',
  'scenario.abort.title': '连接中途中止（RST）',
  'scenario.abort.goal':
    'ABORT 直接丢弃连接：客户端发送 RST 并立即进入 CLOSED；服务器收到可接受的 RST 后，告知其应用程序“连接被复位”，也进入 CLOSED。没有 FIN，也没有 TIME_WAIT。',
  'scenario.handshake-rst.title': '握手期间的 RST：SYN_RCVD 回到 LISTEN',
  'scenario.handshake-rst.goal':
    '一个早已消失的连接留下的旧重复 SYN，比客户端真正的 SYN（被网络滞留）先到达监听中的服务器。服务器回复它并在 SYN_RCVD 中等待。它的 SYN,ACK 确认的是客户端从未使用过的序号，因此处于 SYN_SENT 的客户端回复一个 RST。服务器是从 LISTEN 进入 SYN_RCVD 的，所以收到该 RST 后只是回到 LISTEN，随后真正的 SYN 正常建立连接（RFC\u00a09293 图 8）。',
  'scenario.challenge-ack.title': '盲注入的窗口内 RST 与挑战 ACK（RFC\u00a05961）',
  'scenario.challenge-ack.goal':
    '一个看不到流量的攻击者用猜测的序号伪造 RST。在 RFC\u00a05961 之前，接收窗口内的任何 RST 都会复位连接，所以几千次猜测就能覆盖 2^32 的序号空间。现在只有恰好位于 RCV.NXT 的 RST 才会复位；仅仅位于窗口内的 RST 会招来一个挑战 ACK。真正的客户端并没有发送 RST，它只看到一个重复的 ACK，连接继续存在。如果对端确实想复位，它会用挑战 ACK 中给出的序号回复一个 RST。',
  'scenario.close-with-unread-data.title': 'Linux 在有未读数据时 close() 发送 RST 而不是 FIN',
  'scenario.close-with-unread-data.goal':
    '服务器的应用程序没有读取接收队列中等待的 100 字节就关闭了。Linux 再也无法交付这些数据，于是发送 RST+ACK 而不是 FIN，连接立即消失；客户端被告知“连接被复位”。按照 RFC，CLOSE 只表示“我没有更多数据要发送”，发出的是 FIN。',
  'scenario.zero-window.title': '接收缓冲区已满：零窗口与窗口探测',
  'scenario.zero-window.goal':
    '服务器的应用程序不读取数据，它 2000 字节的接收缓冲区被填满，于是通告零窗口。客户端停止发送，在一个 RTO 之后用单个字节探测窗口，并逐次退避；当应用程序终于读取时，窗口更新让其余数据得以通过。',
  'scenario.ack-at-right-edge.title': '恰好位于窗口右边缘的 ACK',
  'scenario.ack-at-right-edge.goal':
    '服务器对客户端 100 字节的确认丢失了。随后到达一个确认这些数据的 ACK，它的序号恰好等于 RCV.NXT + RCV.WND——发送方填满我方窗口时纯 ACK 就位于这里。RFC\u00a09293 的可接受性检查要求 RCV.NXT ≤ SEQ < RCV.NXT + RCV.WND，所以该报文段不可接受，其中的确认也永远不会被读取：客户端只回复一个 ACK，并等待自己的重传定时器。Linux 与 BSD 一样接受位于右边缘的报文段；Linux 配置也是如此，在该配置下本场景的检查会失败。',
  'scenario.seq-wrap.title': '序号回绕越过 2^32',
  'scenario.seq-wrap.goal':
    '双方的初始序号都选在略低于 2^32 = 4294967296 的位置，因此数据会让序号越过顶端：4294967295 之后是 0。一切照常，因为 TCP 的所有序号运算都以 2^32 为模（RFC\u00a09293 §3.4）：2001 被视为在 4294966297 之后，每个字节都得到确认，连接正常关闭。在时序图上勾选“绝对序号”即可看到真实数值；从各自 ISS 开始计数的相对序号会掩盖回绕。',
};
