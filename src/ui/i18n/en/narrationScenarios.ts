/**
 * English narration variants that issue #4's scenarios need: data lost and retransmitted, an old
 * duplicate (in TIME_WAIT or not), a segment other than a SYN reaching a closed port, and sequence
 * numbers wrapping past 2^32. Params as in narrationOpen.ts; `narr.seq.wrap` has {side}, {first} and
 * {last}, always absolute.
 */
export const narrationScenariosEn = {
  'narr.link.drop.data':
    'The link loses the {side}’s data segment #{id} ({len} bytes at seq {seq}): {reason}. The {peer} never sees it; the {side} keeps the bytes and will send them again when its retransmission timer expires.',
  'narr.sync.retransmit.data':
    'The {side}’s retransmission timer expires before its {len} bytes at seq {seq} are acknowledged, so it sends them again and doubles the timeout (exponential backoff).',
  'narr.sync.unacceptable.oldDuplicate':
    'An old duplicate reaches the {side}: the {peer}’s {len} bytes at seq {seq} were all received before. The {side} drops them and acknowledges again what it does expect.',
  'narr.sync.unacceptable.oldDuplicate.timeWait':
    'An old duplicate of the {peer}’s data ({len} bytes at seq {seq}) reaches the {side} in TIME_WAIT, long after the close, and is dropped with a bare ACK. Had the connection been forgotten and a new one opened on the same ports, it could have passed for new data; a segment lives at most one MSL, so 2×MSL lets every such straggler die first.',
  'narr.closed.rcvSegment.noSyn':
    'The {peer}’s {flags} reaches the {side}, which no longer has a connection for it, so the {side} answers with a RST whose numbers the {peer} will accept: a closed port answers anything but a RST this way.',
  'narr.seq.wrap':
    'In absolute numbers this segment of the {side} covers seq {first} to {last}: sequence numbers are 32-bit, so after 4294967295 comes 0. TCP compares them modulo 2^32, so the numbers after the wrap still count as later and nothing breaks.',
} as const satisfies Record<string, string>;
