// Draws Quorum's icon from one set of shapes and writes resources/icon.svg, icon.png (512 px)
// and icon.ico (16-256 px, PNG-compressed), with no dependencies and no network:
//   node scripts/make-icons.mjs
// The icon: a white "Q" ring on a teal rounded square, with amber agenda lines inside.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const TEAL = [14, 90, 107];
const WHITE = [255, 255, 255];
const AMBER = [242, 184, 75];

// Geometry on a 512 x 512 canvas, painted in order.
const shapes = [
  { kind: 'roundRect', x: 32, y: 32, size: 448, radius: 96, colour: TEAL },
  { kind: 'ring', cx: 256, cy: 244, radius: 128, width: 44, colour: WHITE },
  { kind: 'capsule', x1: 346, y1: 334, x2: 404, y2: 392, width: 44, colour: WHITE },
  { kind: 'capsule', x1: 190, y1: 200, x2: 290, y2: 200, width: 18, colour: AMBER },
  { kind: 'capsule', x1: 190, y1: 240, x2: 290, y2: 240, width: 18, colour: AMBER },
  { kind: 'capsule', x1: 190, y1: 280, x2: 262, y2: 280, width: 18, colour: AMBER },
];

const hex = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

function svg() {
  const body = shapes.map((s) => {
    if (s.kind === 'roundRect') {
      return `<rect x="${s.x}" y="${s.y}" width="${s.size}" height="${s.size}" rx="${s.radius}" fill="${hex(s.colour)}"/>`;
    }
    if (s.kind === 'ring') {
      return `<circle cx="${s.cx}" cy="${s.cy}" r="${s.radius}" fill="none" stroke="${hex(s.colour)}" stroke-width="${s.width}"/>`;
    }
    return `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}" stroke="${hex(s.colour)}" stroke-width="${s.width}" stroke-linecap="round"/>`;
  });
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">',
    '  <title>Quorum</title>',
    ...body.map((line) => `  ${line}`),
    '</svg>',
    '',
  ].join('\n');
}

function inside(s, x, y) {
  if (s.kind === 'roundRect') {
    const dx = Math.max(s.x + s.radius - x, 0, x - (s.x + s.size - s.radius));
    const dy = Math.max(s.y + s.radius - y, 0, y - (s.y + s.size - s.radius));
    const inBox = x >= s.x && x <= s.x + s.size && y >= s.y && y <= s.y + s.size;
    return inBox && dx * dx + dy * dy <= s.radius * s.radius;
  }
  if (s.kind === 'ring') {
    return Math.abs(Math.hypot(x - s.cx, y - s.cy) - s.radius) <= s.width / 2;
  }
  const [vx, vy] = [s.x2 - s.x1, s.y2 - s.y1];
  const t = Math.max(0, Math.min(1, ((x - s.x1) * vx + (y - s.y1) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (s.x1 + t * vx), y - (s.y1 + t * vy)) <= s.width / 2;
}

/** RGBA pixels at `size` px, each pixel from 4 x 4 samples, shapes composited "over". */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const scale = 512 / size;
  const grid = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const s of shapes) {
        let hits = 0;
        for (let sy = 0; sy < grid; sy += 1) {
          for (let sx = 0; sx < grid; sx += 1) {
            if (inside(s, (px + (sx + 0.5) / grid) * scale, (py + (sy + 0.5) / grid) * scale))
              hits += 1;
          }
        }
        const cover = hits / (grid * grid);
        if (cover === 0) continue;
        const outA = cover + a * (1 - cover);
        r = (s.colour[0] * cover + r * a * (1 - cover)) / outA;
        g = (s.colour[1] * cover + g * a * (1 - cover)) / outA;
        b = (s.colour[2] * cover + b * a * (1 - cover)) / outA;
        a = outA;
      }
      pixels.set([r, g, b, a * 255].map(Math.round), (py * size + px) * 4);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size) {
  const pixels = render(size);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An ICO of PNG images (Windows Vista and later read these); 256 is stored as 0. */
function ico(sizes) {
  const images = sizes.map(png);
  const header = Buffer.alloc(6 + 16 * sizes.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(sizes.length, 4);
  let offset = header.length;
  sizes.forEach((size, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(images[i].length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += images[i].length;
  });
  return Buffer.concat([header, ...images]);
}

const out = new URL('../resources/', import.meta.url);
writeFileSync(new URL('icon.svg', out), svg());
writeFileSync(new URL('icon.png', out), png(512));
writeFileSync(new URL('icon.ico', out), ico([16, 24, 32, 48, 64, 128, 256]));
console.log('Wrote resources/icon.svg, icon.png (512 px) and icon.ico (16-256 px).');
