import type { EndpointConfig } from './endpoint/endpointConfig';
import { LINUX_TIME_WAIT_MS } from './endpoint/endpointConfig';
import type { OptionPatch, ProfileName, TimerSettingsPatch } from './script/ast';

/** RFC 9293 defaults: the textbook endpoint (docs/profiles.md gives each value's source). */
const RFC9293: EndpointConfig = {
  profile: 'rfc9293',
  mss: 1460,
  rcvBuf: 65535,
  rtoInitial: 1000, // RFC 6298 §2.1
  rtoMin: 1000, // RFC 6298 §2.4
  rtoMax: 60_000, // RFC 6298 §2.5: "a maximum value MAY be placed on RTO provided it is at least 60 seconds"
  retries: 7, // RFC 9293 §3.8.3: R2 at least 100 s for data (1+2+4+8+16+32+60+60 s)
  synRetries: 7, // RFC 9293 §3.8.3: R2 for a SYN at least 3 minutes (183 s here)
  msl: 120_000, // RFC 9293 §3.4.2: MSL of 2 minutes
  timeWait: 240_000, // RFC 9293 §3.6: 2×MSL
  finTimeout: 0, // RFC 9293 has no FIN_WAIT_2 timer
  userTimeout: 300_000, // RFC 793 §3.8 OPEN: "the present global default is five minutes" (RFC 9293 §3.9.1.1)
  challengeAck: true, // RFC 9293 §3.10.7.4 with RFC 5961
  rfc1337: false, // RFC 9293 §3.10.7.4: RST in TIME_WAIT closes
  acceptAtRightEdge: false, // RFC 9293 §3.10.7.4 acceptability table, to the letter
  invalidAckInterval: 500, // RFC 5961 §7: "SHOULD include an ACK throttling mechanism" (Linux's value)
  delack: 0, // the textbook picture: every segment acknowledged at once (RFC 9293 §3.8.6.3 allows delay)
  delackBeforeData: 0,
  quickAcks: 0,
  delayFinAck: false,
  closeReleasesSocket: false, // RFC 9293 §3.10.4: CLOSE means "I have no more to send"
  syncookies: false,
};

/** Linux defaults (net/ipv4/tcp*.c, Documentation/networking/ip-sysctl.rst). */
const LINUX: EndpointConfig = {
  profile: 'linux',
  mss: 1460,
  rcvBuf: 65535,
  rtoInitial: 1000, // TCP_TIMEOUT_INIT
  rtoMin: 200, // TCP_RTO_MIN
  rtoMax: 120_000, // TCP_RTO_MAX
  retries: 15, // net.ipv4.tcp_retries2
  synRetries: 6, // net.ipv4.tcp_syn_retries (tcp_synack_retries is 5; see docs/profiles.md)
  msl: 30_000, // Linux has no MSL knob; TCP_TIMEWAIT_LEN is defined as 60 s, i.e. 2×30 s
  timeWait: LINUX_TIME_WAIT_MS,
  finTimeout: 60_000, // net.ipv4.tcp_fin_timeout
  userTimeout: 0, // TCP_USER_TIMEOUT unset
  challengeAck: true, // Linux implements RFC 5961 since 3.6
  rfc1337: false, // net.ipv4.tcp_rfc1337 = 0
  acceptAtRightEdge: true, // tcp_sequence(): !after(seq, rcv_nxt + tcp_receive_window())
  invalidAckInterval: 500, // net.ipv4.tcp_invalid_ratelimit
  delack: 40, // TCP_DELACK_MIN (include/net/tcp.h); Linux adapts it between 40 and 200 ms
  delackBeforeData: 4, // icsk_ack.ato = 0 until tcp_event_data_recv(): one jiffy at CONFIG_HZ=250
  quickAcks: 16, // TCP_MAX_QUICKACKS: quick-ACK mode when data starts (tcp_event_data_recv)
  delayFinAck: true, // tcp_fin(): inet_csk_enter_pingpong_mode() on the way to CLOSE_WAIT
  closeReleasesSocket: true, // tcp_close()
  syncookies: true, // net.ipv4.tcp_syncookies = 1 (recorded only)
};

/** The default configuration of a profile. */
export function profileConfig(name: ProfileName): EndpointConfig {
  return name === 'linux' ? LINUX : RFC9293;
}

/**
 * Applies a script's `timers` settings. Changing `msl` under rfc9293 also moves TIME_WAIT to 2×MSL
 * unless `time_wait` is given; Linux's TIME_WAIT ignores MSL, as the kernel does.
 */
export function applyTimers(cfg: EndpointConfig, t: TimerSettingsPatch): EndpointConfig {
  const msl = t.msl ?? cfg.msl;
  const timeWait = t.time_wait ?? (cfg.profile === 'rfc9293' && t.msl !== undefined ? 2 * msl : cfg.timeWait);
  return {
    ...cfg,
    msl,
    timeWait,
    rtoInitial: t.rto ?? cfg.rtoInitial,
    rtoMin: t.rto_min ?? cfg.rtoMin,
    rtoMax: t.rto_max ?? cfg.rtoMax,
    retries: t.retries ?? cfg.retries,
    synRetries: t.syn_retries ?? t.retries ?? cfg.synRetries,
    finTimeout: t.fin_timeout ?? cfg.finTimeout,
    userTimeout: t.user_timeout ?? cfg.userTimeout,
    delack: t.delack ?? cfg.delack,
    delackBeforeData: t.delack !== undefined && cfg.profile === 'rfc9293' ? t.delack : cfg.delackBeforeData,
  };
}

/** Applies a script's `option` settings. */
export function applyOptions(cfg: EndpointConfig, o: OptionPatch): EndpointConfig {
  return {
    ...cfg,
    rfc1337: o.rfc1337 ?? cfg.rfc1337,
    challengeAck: o.challenge_ack ?? cfg.challengeAck,
    syncookies: o.syncookies ?? cfg.syncookies,
    rcvBuf: o.rcvbuf ?? cfg.rcvBuf,
  };
}
