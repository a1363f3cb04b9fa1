import { describe, expect, it } from 'vitest';
import { kibField, sumMemory } from '../bench/ten-year/process-memory';
import { packUpdates } from '../bench/ten-year/seed-many';

describe('reading browser memory from /proc', () => {
  it('reads a kB field from a status file', () => {
    const status = 'Name:\tchromium\nVmPeak:\t  900 kB\nVmRSS:\t  123456 kB\nThreads:\t12\n';
    expect(kibField(status, 'VmRSS')).toBe(123456);
    expect(kibField(status, 'Pss')).toBeNull();
  });

  it('adds up every process, the renderers apart, and skips one that has ended', () => {
    const files: Record<string, string> = {
      '/proc/1/status': 'VmRSS:\t 100 kB',
      '/proc/1/smaps_rollup': 'Rss: 100 kB\nPss:\t 60 kB',
      '/proc/2/status': 'VmRSS:\t 300 kB',
      '/proc/2/smaps_rollup': 'Pss:\t 250 kB',
      '/proc/3/status': 'VmRSS:\t 50 kB',
      '/proc/3/smaps_rollup': 'Pss:\t 20 kB',
    };
    const memory = sumMemory(
      [
        { type: 'browser', id: 1 },
        { type: 'renderer', id: 2 },
        { type: 'renderer', id: 3 },
        { type: 'GPU', id: 4 },
      ],
      (path) => files[path] ?? null,
    );
    expect(memory).toEqual({ processes: 4, rssKib: 450, rendererRssKib: 350, pssKib: 330 });
    // A live process whose smaps_rollup cannot be read: no PSS figure rather than a low one.
    const unreadable = sumMemory([{ type: 'browser', id: 1 }], (path) =>
      path.endsWith('status') ? 'VmRSS:\t 10 kB' : null,
    );
    expect(unreadable).toEqual({ processes: 1, rssKib: 10, rendererRssKib: 0, pssKib: null });
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
