#!/usr/bin/env python3
"""Turns one exchange's capture and logs into tests/fixtures/linux/<name>.json.

    python3 build_fixture.py --name NAME --dir WORKDIR --meta META.json --out OUT.json
                             [--require-crossing-fins]

WORKDIR holds what run.sh left there: server.pcap and client.pcap (tshark on each veth), client/server
.calls.jsonl (from exchanges.py), client/server.states.jsonl (from poll_states.py) and extra.json
(optional facts from run.sh, e.g. the nftables drop counter). META.json holds kernel, sysctls, link.

Segments (only TCP port 9000) get, as in the simulator's trace:
  dir     'c>s' (192.0.2.1 -> 192.0.2.2) or 's>c'
  flags   set flags joined with '+' in the order SYN, FIN, RST, PSH, ACK ('-' if none)
  relSeq  seq minus the sender's ISN (mod 2^32), as Wireshark's relative numbers; the raw seq if the
          sender never sent a SYN (the RST of a refused connection: raw 0)
  relAck  ack minus the receiver's ISN (mod 2^32); 0 when ACK is off
  len     payload octets; win: the window field as sent (no scaling is negotiated)
  tMs     ms since the first segment of the server-side capture, rounded to 0.1 (when the
          segment passed the server's veth: sent for s>c, arrived for c>s)
  tSentMs when it left its sender (client-side capture for c>s), same origin as tMs

Prints the compact flag sequence. With --require-crossing-fins, exits 3 unless both FINs were sent
before either side had received the other's (the condition for FIN_WAIT_1 -> CLOSING on both sides)
and the server-side capture shows them in CANONICAL_CLOSE order.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from exchanges import NOTES  # noqa: E402

CLIENT_IP = os.environ.get('TSL_CLIENT_IP', '192.0.2.1')
PORT = 9000
FLAG_BITS = [('SYN', 0x02), ('FIN', 0x01), ('RST', 0x04), ('PSH', 0x08), ('ACK', 0x10)]
OTHER_BITS = [('URG', 0x20), ('ECE', 0x40), ('CWR', 0x80)]
FIELDS = [
    'frame.time_epoch',
    'ip.src',
    'tcp.srcport',
    'tcp.dstport',
    'tcp.flags',
    'tcp.seq_raw',
    'tcp.ack_raw',
    'tcp.len',
    'tcp.window_size_value',
    'tcp.hdr_len',
    'tcp.options.mss_val',
]


# The order in which a capture at the server sees a simultaneous close when both sides close at the
# same instant over a link with any delay: own FIN sent, peer's FIN arrives, own ACK of it sent, peer's
# ACK arrives. Without delay the order is decided by microseconds; run.sh retries until it is this one.
CANONICAL_CLOSE = ['s>c FIN+ACK', 'c>s FIN+ACK', 's>c ACK', 'c>s ACK']


def flag_text(bits: int) -> str:
    names = [n for n, b in FLAG_BITS if bits & b] + [n for n, b in OTHER_BITS if bits & b]
    return '+'.join(names) if names else '-'


def read_pcap(pcap: str) -> list[dict]:
    cmd = ['tshark', '-r', pcap, '-Y', f'tcp.port == {PORT}', '-T', 'fields', '-E', 'separator=\t']
    for f in FIELDS:
        cmd += ['-e', f]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines():
        v = line.split('\t')
        rows.append(
            {
                't': float(v[0]),
                'dir': 'c>s' if v[1] == CLIENT_IP else 's>c',
                'bits': int(v[4], 16),
                'seq': int(v[5]),
                'ack': int(v[6]),
                'len': int(v[7]),
                'win': int(v[8]),
                'hdr': int(v[9]),
                'mss': int(v[10]) if v[10] else None,
            }
        )
    return rows


def read_jsonl(path: str) -> list[dict]:
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def build_segments(rows: list[dict]) -> tuple[list[dict], dict]:
    isn: dict = {}
    for r in rows:
        if r['bits'] & 0x02 and r['dir'] not in isn:
            isn[r['dir']] = r['seq']
    t_first = rows[0]['t'] if rows else 0.0
    segs = []
    for r in rows:
        peer = 's>c' if r['dir'] == 'c>s' else 'c>s'
        rel_seq = (r['seq'] - isn[r['dir']]) % 2**32 if r['dir'] in isn else r['seq']
        if r['bits'] & 0x10:
            rel_ack = (r['ack'] - isn[peer]) % 2**32 if peer in isn else r['ack']
        else:
            rel_ack = 0
        segs.append(
            {
                'dir': r['dir'],
                'flags': flag_text(r['bits']),
                'relSeq': rel_seq,
                'relAck': rel_ack,
                'len': r['len'],
                'win': r['win'],
                'tMs': round((r['t'] - t_first) * 1000, 1),
            }
        )
    return segs, {'client': isn.get('c>s'), 'server': isn.get('s>c'), 'tFirst': t_first}


def add_sent_times(
    segs: list[dict], rows: list[dict], client_rows: list[dict] | None, t_first: float
) -> tuple[list, str]:
    """Adds tSentMs (when the segment left its sender, same clock and origin as tMs) to each segment
    and returns, per segment, the time it passed the client's veth (None if unknown) and a note.

    The k-th segment of a direction in the server-side capture is the k-th one of that direction in
    the client-side capture (the link between the two veths neither drops nor reorders): s>c segments
    leave where tMs is taken (tSentMs = tMs); c>s segments leave at the client-side capture time."""
    at_client: list = [None] * len(rows)
    ok = client_rows is not None
    for d in ('c>s', 's>c'):
        cl = [r for r in client_rows or [] if r['dir'] == d]
        sv = [i for i, r in enumerate(rows) if r['dir'] == d]
        ok = ok and len(cl) == len(sv)
        ok = ok and all(
            (cl[k]['bits'], cl[k]['seq'], cl[k]['ack'], cl[k]['len'])
            == (rows[i]['bits'], rows[i]['seq'], rows[i]['ack'], rows[i]['len'])
            for k, i in enumerate(sv)
        )
        if ok:
            for k, i in enumerate(sv):
                at_client[i] = round((cl[k]['t'] - t_first) * 1000, 1)
    if not ok:
        at_client = [None] * len(rows)
    for seg, tc in zip(segs, at_client):
        seg['tSentMs'] = seg['tMs'] if seg['dir'] == 's>c' else tc
        if seg['tSentMs'] is None:
            del seg['tSentMs']
    note = '' if ok else 'The client-side capture did not line up with the server-side one: c>s segments have no tSentMs.'
    return at_client, note


def seq_summary(segs: list[dict]) -> str:
    parts = []
    for s in segs:
        p = f"{s['dir']} {s['flags']} {s['relSeq']}/{s['relAck']}"
        if s['len']:
            p += f" len={s['len']}"
        parts.append(p)
    return ', '.join(parts)


def seq_space_end(s: dict) -> int:
    return s['relSeq'] + s['len'] + (1 if 'SYN' in s['flags'] else 0) + (1 if 'FIN' in s['flags'] else 0)


def observations(segs: list[dict], rows: list[dict], at_client: list) -> tuple[list[str], dict]:
    """Retransmissions, and how each FIN was acknowledged, on the clock of the side that acted."""
    obs: list[str] = []
    facts: dict = {}

    def sent(i: int):  # when segment i left its sender
        return segs[i].get('tSentMs')

    def arrived(i: int):  # when segment i reached its receiver's veth
        return segs[i]['tMs'] if segs[i]['dir'] == 'c>s' else at_client[i]

    def ms(x, y):
        return None if x is None or y is None else round(x - y, 1)

    # Retransmissions: same direction, sequence number, flags and length as an earlier segment.
    seen: dict = {}
    for i, s in enumerate(segs):
        key = (s['dir'], s['relSeq'], s['flags'], s['len'])
        if (s['len'] or 'SYN' in s['flags'] or 'FIN' in s['flags']) and key in seen:
            j = seen[key]
            obs.append(
                f"{s['dir']} {s['flags']} {s['relSeq']}/{s['relAck']} #{i + 1} repeats #{j + 1}, sent "
                f'{ms(sent(i), sent(j))} ms after it (retransmission)'
            )
        seen.setdefault(key, i)
    # How each FIN was acknowledged: how long after it arrived, and by what.
    fins: dict = {}
    for i, s in enumerate(segs):
        if 'FIN' in s['flags'] and s['dir'] not in fins:
            fins[s['dir']] = i
    for d, fi in fins.items():
        fin = segs[fi]
        need = fin['relSeq'] + fin['len'] + 1
        ai = next(
            (k for k in range(fi + 1, len(segs)) if segs[k]['dir'] != d and 'ACK' in segs[k]['flags'] and segs[k]['relAck'] >= need),
            None,
        )
        if ai is None:
            obs.append(f'{d} FIN #{fi + 1}: never acknowledged in the capture')
            continue
        ack = segs[ai]
        # The copy of the FIN that drew the ACK: the last one sent before it.
        li = max(k for k in range(fi, ai) if segs[k]['dir'] == d and 'FIN' in segs[k]['flags'])
        how = 'its own FIN' if 'FIN' in ack['flags'] else ('a RST' if 'RST' in ack['flags'] else 'a pure ACK')
        obs.append(
            f'{d} FIN #{li + 1} acknowledged by #{ai + 1} {ack["dir"]} {ack["flags"]} {ack["relSeq"]}/{ack["relAck"]} '
            f'({how}), sent {ms(sent(ai), arrived(li))} ms after the FIN reached that side'
        )
    fins = {d: segs[i] for d, i in fins.items()}
    # One-way times, from one veth to the other, measured on the two captures.
    one_way = [
        abs(at_client[i] - s['tMs']) for i, s in enumerate(segs) if at_client[i] is not None
    ]
    if one_way:
        facts['measuredOneWayMs'] = {'min': round(min(one_way), 1), 'max': round(max(one_way), 1)}
    # Crossing FINs (simultaneous close): neither FIN acknowledges the other one.
    if 'c>s' in fins and 's>c' in fins:
        first_fin = min(i for i, s in enumerate(segs) if 'FIN' in s['flags'])
        facts['closeOrder'] = [f"{s['dir']} {s['flags']}" for s in segs[first_fin:]]
        c, s = fins['c>s'], fins['s>c']
        crossing = ('ACK' not in c['flags'] or c['relAck'] < seq_space_end(s)) and (
            'ACK' not in s['flags'] or s['relAck'] < seq_space_end(c)
        )
        facts['crossingFins'] = crossing
        obs.append(
            'the two FINs crossed: each was sent before the other arrived (both sides FIN_WAIT_1 -> CLOSING)'
            if crossing
            else 'the FINs did not cross: the second FIN already acknowledges the first'
        )
    # Wire check: options only on SYNs (MSS), no timestamps/SACK/window scale elsewhere.
    syn_mss = {r['dir']: r['mss'] for r in rows if r['bits'] & 0x02}
    facts['synMss'] = {'client': syn_mss.get('c>s'), 'server': syn_mss.get('s>c')}
    odd = [r for r in rows if not r['bits'] & 0x02 and r['hdr'] != 20]
    if odd:
        obs.append(f'{len(odd)} non-SYN segment(s) carried TCP options (header > 20 bytes)')
    return obs, facts


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument('--name', required=True)
    ap.add_argument('--dir', required=True)
    ap.add_argument('--meta', required=True)
    ap.add_argument('--out', required=True)
    ap.add_argument('--require-crossing-fins', action='store_true')
    a = ap.parse_args()

    with open(a.meta) as f:
        meta = json.load(f)
    extra_path = os.path.join(a.dir, 'extra.json')
    extra = json.load(open(extra_path)) if os.path.exists(extra_path) else {}

    rows = read_pcap(os.path.join(a.dir, 'server.pcap'))
    segs, isn = build_segments(rows)
    t_first = isn.pop('tFirst')
    client_pcap = os.path.join(a.dir, 'client.pcap')
    at_client, sent_note = add_sent_times(
        segs, rows, read_pcap(client_pcap) if os.path.exists(client_pcap) else None, t_first
    )
    calls = sorted(
        read_jsonl(os.path.join(a.dir, 'server.calls.jsonl')) + read_jsonl(os.path.join(a.dir, 'client.calls.jsonl')),
        key=lambda c: c['t'],
    )
    states = sorted(
        read_jsonl(os.path.join(a.dir, 'client.states.jsonl'))
        + read_jsonl(os.path.join(a.dir, 'server.states.jsonl')),
        key=lambda s: s['t'],
    )
    obs, facts = observations(segs, rows, at_client)
    summary = seq_summary(segs)

    fixture = {
        'name': a.name,
        'kernel': meta['kernel'],
        'kernelHz': meta['kernelHz'],
        'sysctls': meta['sysctls'],
        'netemDelayMs': meta['netemDelayMs'],
        'oneWayDelayMs': meta['oneWayDelayMs'],
        'linkMode': meta['linkMode'],
        'link': meta['link'],
        'capturedOn': meta['capturedOn'],
        'calls': [c['call'] for c in calls],
        'segments': segs,
        'notes': ' '.join(x for x in [NOTES.get(a.name, ''), extra.get('notes', ''), sent_note] if x),
        'summary': summary,
        'observations': obs,
        'isn': isn,
        **facts,
        'callTimes': [{'tMs': round((c['t'] - t_first) * 1000, 1), 'call': c['call']} for c in calls],
        'states': [
            {
                'tMs': round((s['t'] - t_first) * 1000, 1),
                'side': s['side'],
                'socket': 'listener' if s['remote'].endswith(':0') else 'connection',
                'state': s['state'],
            }
            for s in states
        ],
    }
    for k, v in extra.items():
        if k != 'notes':
            fixture[k] = v
    relay_path = os.path.join(a.dir, 'relay.json')
    if os.path.exists(relay_path):
        with open(relay_path) as f:
            fixture['relayLateness'] = json.load(f)
    with open(a.out, 'w') as f:
        json.dump(fixture, f, indent=2)
        f.write('\n')
    print(f'{a.name}: {summary}')
    for o in obs:
        print(f'    {o}')
    if a.require_crossing_fins and not (facts.get('crossingFins') and facts.get('closeOrder') == CANONICAL_CLOSE):
        return 3
    return 0


if __name__ == '__main__':
    sys.exit(main())
