import { describe, expect, it } from 'vitest';
import {
  ClockDriftError,
  HlcError,
  MAX_COUNTER,
  compareHlc,
  formatHlc,
  initialHlc,
  parseHlc,
  receive,
  tick,
  type Hlc,
} from '../../../../shared/sync/hlc';

const T0 = Date.UTC(2026, 10, 22, 21, 40, 0, 0);
const at = (wallMs: number, counter: number, node = 'laptop-a'): Hlc => ({ wallMs, counter, node });

describe('tick (a local write)', () => {
  it('takes the wall time when it has moved on, and restarts the counter', () => {
    expect(tick(at(T0, 7), T0 + 5)).toEqual(at(T0 + 5, 0));
  });

  it('counts up within one millisecond', () => {
    const first = tick(initialHlc('laptop-a'), T0);
    const second = tick(first, T0);
    expect([first, second]).toEqual([at(T0, 0), at(T0, 1)]);
    expect(compareHlc(first, second)).toBeLessThan(0);
  });

  it('never goes backwards when the wall clock is set back', () => {
    const next = tick(at(T0, 3), T0 - 60_000);
    expect(next).toEqual(at(T0, 4));
  });

  it('drops sub-millisecond fractions of the time it is given', () => {
    expect(tick(initialHlc('n'), T0 + 0.7)).toEqual(at(T0, 0, 'n'));
  });

  it('refuses to overflow the counter', () => {
    expect(() => tick(at(T0, MAX_COUNTER), T0)).toThrow(HlcError);
  });
});

describe('receive (a remote change)', () => {
  it('jumps ahead of a remote clock that is later than ours, keeping our node id', () => {
    const remote = at(T0 + 10_000, 4, 'laptop-b');
    const next = receive(at(T0, 0), remote, T0 + 1_000);
    expect(next).toEqual(at(T0 + 10_000, 5));
    expect(compareHlc(next, remote)).toBeGreaterThan(0);
  });

  it('takes the wall time when it is ahead of both clocks', () => {
    expect(receive(at(T0, 9), at(T0 - 5, 3, 'laptop-b'), T0 + 1)).toEqual(at(T0 + 1, 0));
  });

  it('counts past both counters when all three times are the same', () => {
    expect(receive(at(T0, 2), at(T0, 8, 'laptop-b'), T0)).toEqual(at(T0, 9));
  });

  it('counts past our own counter when our clock leads', () => {
    expect(receive(at(T0 + 50, 2), at(T0, 8, 'laptop-b'), T0)).toEqual(at(T0 + 50, 3));
  });

  it('accepts the text form', () => {
    expect(receive(at(T0, 0), formatHlc(at(T0 + 1, 0, 'laptop-b')), T0)).toEqual(at(T0 + 1, 1));
  });

  it('refuses a remote clock too far in the future instead of dragging ours along', () => {
    const remote = at(T0 + 10 * 60_000, 0, 'laptop-b');
    expect(() => receive(at(T0, 0), remote, T0)).toThrow(ClockDriftError);
    expect(() => receive(at(T0, 0), remote, T0)).toThrow(/600 s ahead .* check the date and time/);
    expect(receive(at(T0, 0), remote, T0, 11 * 60_000).wallMs).toBe(T0 + 10 * 60_000);
  });
});

describe('text form', () => {
  it('is ISO time, a four-digit hex counter and the node id', () => {
    expect(formatHlc(at(T0, 42, '0193a1b2-node'))).toBe('2026-11-22T21:40:00.000Z-002a-0193a1b2-node');
  });

  it('round-trips, including node ids that contain dashes', () => {
    const clock = at(T0 + 123, 65_535, '0193a1b2-7c3d-7000-8000-000000000001');
    expect(parseHlc(formatHlc(clock))).toEqual(clock);
  });

  it('sorts as strings in the same order as the clocks', () => {
    const clocks = [
      at(T0, 0, 'b'),
      at(T0, 0, 'a'),
      at(T0 + 1, 0, 'a'),
      at(T0, 15, 'a'),
      at(T0, 16, 'a'),
      at(T0 - 86_400_000, 255, 'z'),
      at(0, 0, 'a'),
    ];
    const byText = clocks.map(formatHlc).sort();
    const byClock = [...clocks]
      .sort((x, y) => x.wallMs - y.wallMs || x.counter - y.counter || (x.node < y.node ? -1 : 1))
      .map(formatHlc);
    expect(byText).toEqual(byClock);
    expect(compareHlc(byText[0]!, byText[1]!)).toBeLessThan(0);
    expect(compareHlc(clocks[0]!, formatHlc(clocks[0]!))).toBe(0);
  });

  it.each([
    '',
    'not a clock',
    '2026-11-22T21:40:00.000Z-002a-',
    '2026-11-22T21:40:00Z-002a-node',
    '2026-11-22T21:40:00.000Z-2a-node',
    '2026-11-22T21:40:00.000Z-002A-node',
    '2026-02-30T21:40:00.000Z-0000-node',
  ])('rejects %j', (text) => {
    expect(() => parseHlc(text)).toThrow(HlcError);
  });
});

describe('guards', () => {
  it('needs a node id', () => {
    expect(() => initialHlc('')).toThrow(HlcError);
  });

  it('refuses times outside the fixed-width range', () => {
    expect(() => tick(initialHlc('n'), -1)).toThrow(HlcError);
    expect(() => tick(initialHlc('n'), Date.UTC(10_000, 0, 1))).toThrow(HlcError);
    expect(() => tick(initialHlc('n'), Number.NaN)).toThrow(HlcError);
  });
});
