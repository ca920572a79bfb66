import { sendQueue } from '../../core/endpoint/tcb';
import type { Timers } from '../../core/endpoint/tcb';
import { formatIp, PCAP_ENDPOINTS } from '../../core/pcap/endpoints';
import type { Side } from '../../core/segment';
import { t } from '../i18n/messages';
import type { LabView } from '../../core/lab/labSession';
import { useReadout } from '../controls/useReadout';

/** `ss -o` timer text: the timer that matters most, with its time left. */
export function ssTimer(timers: Timers, now: number, retransmits: number): string {
  const left = (due: number) =>
    `${
      Math.max(0, (due - now) / 1000)
        .toFixed(3)
        .replace(/\.?0+$/, '') || '0'
    }sec`;
  if (timers.timeWait !== undefined) return `timer:(timewait,${left(timers.timeWait)},0)`;
  if (timers.rexmt !== undefined) return `timer:(on,${left(timers.rexmt)},${retransmits})`;
  if (timers.persist !== undefined) return `timer:(persist,${left(timers.persist)},0)`;
  if (timers.finWait2 !== undefined) return `timer:(timewait,${left(timers.finWait2)},0)`;
  if (timers.delack !== undefined) return `timer:(delack,${left(timers.delack)},0)`;
  return '';
}

const SS_STATE: Record<string, string> = {
  CLOSED: 'CLOSED',
  LISTEN: 'LISTEN',
  SYN_SENT: 'SYN-SENT',
  SYN_RCVD: 'SYN-RECV',
  ESTABLISHED: 'ESTAB',
  FIN_WAIT_1: 'FIN-WAIT-1',
  FIN_WAIT_2: 'FIN-WAIT-2',
  CLOSE_WAIT: 'CLOSE-WAIT',
  CLOSING: 'CLOSING',
  LAST_ACK: 'LAST-ACK',
  TIME_WAIT: 'TIME-WAIT',
};

/** One socket's line, as `ss -tano` prints it. */
type SocketRow = {
  readonly side: Side;
  readonly state: string;
  readonly recvQ: number;
  readonly sendQ: number;
  readonly local: string;
  readonly peer: string;
  readonly timer: string;
};

function socketRows(view: LabView): readonly SocketRow[] {
  const { world } = view;
  const row = (side: Side): SocketRow => {
    const e = world.endpoints[side];
    const me = PCAP_ENDPOINTS[side];
    const peer = PCAP_ENDPOINTS[side === 'client' ? 'server' : 'client'];
    const listening = e.value === 'LISTEN';
    return {
      side,
      state: SS_STATE[e.value] ?? e.value,
      recvQ: e.context.tcb.unread,
      sendQ: sendQueue(e.context.tcb),
      local: `${formatIp(me)}:${me.port}`,
      peer: listening ? '0.0.0.0:*' : `${formatIp(peer)}:${peer.port}`,
      timer: ssTimer(e.context.tcb.timers, world.now, e.context.tcb.retransmits),
    };
  };
  return [row('client'), row('server')];
}

/** The timer's kind (`timer:(on`), without its countdown and count. */
const timerKind = (timer: string): string => timer.slice(0, timer.indexOf(',') + 1);

/**
 * The same sockets, apart from the figures that busy playback changes on every frame (the queues and the
 * timers' countdowns): a state change, or a timer set or stopped, shows at once.
 */
function sameSockets(a: readonly SocketRow[], b: readonly SocketRow[]): boolean {
  return a.every((r, i) => {
    const o = b[i];
    return o !== undefined && r.state === o.state && timerKind(r.timer) === timerKind(o.timer);
  });
}

function sameRows(a: readonly SocketRow[], b: readonly SocketRow[]): boolean {
  return a.every((r, i) => {
    const o = b[i];
    return (
      o !== undefined &&
      r.state === o.state &&
      r.recvQ === o.recvQ &&
      r.sendQ === o.sendQ &&
      r.peer === o.peer &&
      r.timer === o.timer
    );
  });
}

/**
 * Both sockets as `ss -tano` would list them. While playing, the queues and the timers' countdowns are
 * re-read ten times a second (useReadout); a state change or a timer set or stopped shows at once.
 */
export function SocketTable() {
  const rows = useReadout(socketRows, sameRows, sameSockets);
  return (
    // Focusable so a keyboard user can scroll the table sideways on a narrow screen (axe:
    // scrollable-region-focusable).
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t('sockets.caption')}>
      <table className="w-full min-w-[36rem] border-collapse font-mono text-xs" data-socket-table>
        <caption className="sr-only">{t('sockets.caption')}</caption>
        <thead>
          <tr className="text-left text-slate-600 dark:text-slate-400">
            <th className="whitespace-nowrap px-2 py-1 font-normal">{t('sockets.side')}</th>
            <th className="whitespace-nowrap px-2 py-1 font-normal">{t('sockets.state')}</th>
            <th className="whitespace-nowrap px-2 py-1 text-right font-normal">{t('sockets.recvQ')}</th>
            <th className="whitespace-nowrap px-2 py-1 text-right font-normal">{t('sockets.sendQ')}</th>
            <th className="whitespace-nowrap px-2 py-1 font-normal">{t('sockets.local')}</th>
            <th className="whitespace-nowrap px-2 py-1 font-normal">{t('sockets.peer')}</th>
            <th className="whitespace-nowrap px-2 py-1 font-normal">{t('sockets.timers')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.side} className="border-t border-slate-200 dark:border-slate-800" data-socket={r.side}>
              <td className="px-2 py-1">{t(`side.${r.side}`)}</td>
              {/* ss's own output (its state names, its timer column), shown as the tool prints it. */}
              <td className="px-2 py-1" translate="no">
                {r.state}
              </td>
              <td className="px-2 py-1 text-right tabular-nums">{r.recvQ}</td>
              <td className="px-2 py-1 text-right tabular-nums">{r.sendQ}</td>
              <td className="px-2 py-1">{r.local}</td>
              <td className="px-2 py-1">{r.peer}</td>
              <td className="px-2 py-1" translate="no">
                {r.timer}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
