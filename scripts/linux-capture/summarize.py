#!/usr/bin/env python3
"""Prints the captured flag sequences as Markdown tables (the per-exchange tables of
docs/linux-captures.md), from the fixtures in tests/fixtures/linux/.

    python3 scripts/linux-capture/summarize.py [FIXTURE_DIR]

One table per exchange: one row per segment, with the veth capture (no added delay) and, where it
exists, the 50 ms relay capture side by side. Each cell is `dir FLAGS relSeq/relAck [len=N] @tSentMs`.
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, HERE)
from exchanges import EXCHANGES  # noqa: E402


def cell(s: dict | None) -> str:
    if s is None:
        return ''
    text = f"`{s['dir']} {s['flags']} {s['relSeq']}/{s['relAck']}"
    if s['len']:
        text += f" len={s['len']}"
    t = s.get('tSentMs', s['tMs']) + 0.0  # no '-0'
    return text + f'` @{t:g}'


def main() -> int:
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, '..', '..', 'tests', 'fixtures', 'linux')
    for name in EXCHANGES:
        paths = [os.path.join(d, f'{name}.json'), os.path.join(d, f'{name}.delay50ms.json')]
        fx = [json.load(open(p)) if os.path.exists(p) else None for p in paths]
        if not fx[0]:
            continue
        print(f'### {name}\n')
        print(' → '.join(fx[0]['calls']) + '\n')
        a, b = fx[0]['segments'], (fx[1] or {}).get('segments', [])
        print('| # | veth, no delay (ms sent) | relay, 50 ms each way (ms sent) |')
        print('| - | - | - |')
        for i in range(max(len(a), len(b))):
            print(f'| {i + 1} | {cell(a[i] if i < len(a) else None)} | {cell(b[i] if i < len(b) else None)} |')
        print()
        for f in fx:
            if f:
                for o in f.get('observations', []):
                    print(f'- ({f["linkMode"]}) {o}')
        print()
    return 0


if __name__ == '__main__':
    sys.exit(main())
