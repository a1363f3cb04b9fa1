import type JSZip from 'jszip';
import { corrupt } from './errors';
import { LIMIT_MESSAGES, tooBig } from './limits';

/**
 * Reading one zip entry within a limit. JSZip's own checkCRC32 option unpacks every entry of
 * the archive while loading it, a 1 GiB entry nothing refers to included; here an entry is
 * unpacked only when a part is read, stops the moment it passes its limit whatever its header
 * claimed, and has its CRC-32 checked as it goes.
 */

// JSZip keeps what the zip's directory declares (and the name before it tidied '../' away)
// on fields its type definitions leave out.
export interface ZipEntry extends JSZip.JSZipObject {
  unsafeOriginalName?: string;
  _data?: { uncompressedSize?: number; crc32?: number };
  internalStream(type: 'uint8array'): ZipStream;
}

interface ZipStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): ZipStream;
  on(event: 'end', listener: () => void): ZipStream;
  on(event: 'error', listener: (error: unknown) => void): ZipStream;
  resume(): ZipStream;
  pause(): ZipStream;
}

/** The entry count the zip's end record declares, read before JSZip builds an object per entry. */
export function declaredEntries(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 65_557); at -= 1) {
    if (view.getUint32(at, true) === 0x06054b50) return view.getUint16(at + 10, true);
  }
  return undefined;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(crc: number, chunk: Uint8Array): number {
  let c = crc ^ 0xffffffff;
  for (const byte of chunk) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Unpacks one entry, or refuses in one line (`part` names it) once it passes `limit`. */
export function unpack(entry: ZipEntry, limit: number, part: string): Promise<Uint8Array> {
  const declared = entry._data?.uncompressedSize ?? 0;
  if (declared > limit) return Promise.reject(tooBig(LIMIT_MESSAGES.partBytes(part, limit)));
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let crc = 0;
    const stream = entry.internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        size += chunk.length;
        if (size > limit) {
          stream.pause();
          reject(tooBig(LIMIT_MESSAGES.partBytes(part, limit)));
          return;
        }
        crc = crc32(crc, chunk);
        chunks.push(chunk);
      })
      // JSZip reports a size other than the declared one, or a broken deflate stream, here.
      .on('error', () => reject(corrupt()))
      .on('end', () => {
        if (entry._data?.crc32 !== undefined && crc !== entry._data.crc32 >>> 0)
          return reject(corrupt());
        const bytes = new Uint8Array(size);
        let offset = 0;
        for (const chunk of chunks) {
          bytes.set(chunk, offset);
          offset += chunk.length;
        }
        resolve(bytes);
      })
      .resume();
  });
}
