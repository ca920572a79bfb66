// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { stackSideLabels } from './stackSideLabels';

describe('stackSideLabels', () => {
  it('pushes labels down so none is closer than a line to the one above', () => {
    const ys = stackSideLabels(
      [
        { key: 'a', y: 10, maxY: 100, keep: false },
        { key: 'b', y: 12, maxY: 100, keep: false },
        { key: 'c', y: 50, maxY: 100, keep: false },
      ],
      13,
    );
    expect([...ys.entries()]).toEqual([
      ['a', 10],
      ['b', 23],
      ['c', 50],
    ]);
  });

  it('drops a label pushed past what it names, unless it must be kept', () => {
    const ys = stackSideLabels(
      [
        { key: 'a', y: 10, maxY: 100, keep: false },
        { key: 'short', y: 10, maxY: 11, keep: false },
        { key: 'current', y: 10, maxY: 11, keep: true },
      ],
      13,
    );
    expect([...ys.keys()]).toEqual(['a', 'current']);
  });
});
