import { describe, expect, it } from 'vitest';
import { kibField, parentPid, processTree } from '../bench/ten-year/process-memory';
import { packUpdates } from '../bench/ten-year/seed-many';

describe('reading browser memory from /proc', () => {
  it('reads a kB field from a status file', () => {
    const status = 'Name:\tchromium\nVmPeak:\t  900 kB\nVmRSS:\t  123456 kB\nThreads:\t12\n';
    expect(kibField(status, 'VmRSS')).toBe(123456);
    expect(kibField(status, 'Pss')).toBeNull();
  });

  it('reads the parent from a stat line whose name holds spaces and brackets', () => {
    expect(parentPid('4242 (chromium (renderer) x) S 4100 4242 4242 0 -1')).toBe(4100);
    expect(() => parentPid('garbage')).toThrow('Unreadable');
  });

  it('gathers a process and everything under it, and nothing beside it', () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 10],
      [13, 12],
      [20, 1],
    ]);
    expect(processTree(10, parents).sort()).toEqual([10, 11, 12, 13]);
    expect(processTree(20, parents)).toEqual([20]);
  });
});

describe('packing many Yjs updates into one file', () => {
  it('lays each update end to end and says where each starts', () => {
    const packed = packUpdates(
      new Map([
        ['a', Uint8Array.of(1, 2, 3)],
        ['b', Uint8Array.of(4)],
      ]),
    );
    expect([...packed.bytes]).toEqual([1, 2, 3, 4]);
    expect(packed.entries).toEqual([
      { name: 'a', offset: 0, length: 3 },
      { name: 'b', offset: 3, length: 1 },
    ]);
  });
});
