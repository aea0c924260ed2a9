// Draws the extension icon, images/icon.png (128×128, RGBA), with plain pixel math and node:zlib: a model card on a
// blue-to-teal tile, its openness grades as three coloured bars, and a check badge. No dependencies, no downloads.
// Usage: node scripts/gen-icon.mjs [out.png]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4; // supersampling per axis: 16 samples per pixel for smooth edges

/** Signed distance to a rounded rectangle (negative inside). */
function roundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;

/** Distance to a polyline of thickness `w`. */
function stroke(x, y, points, w) {
  let d = Infinity;
  for (let i = 0; i + 1 < points.length; i++) {
    const [ax, ay] = points[i];
    const [bx, by] = points[i + 1];
    const t = Math.max(
      0,
      Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
    );
    d = Math.min(d, Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))));
  }
  return d - w / 2;
}

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);

const TOP = hex('#1d4ed8');
const BOTTOM = hex('#0f766e');
const WHITE = hex('#ffffff');
const INK = hex('#1e293b');
const LINE = hex('#cbd5e1');
const GRADES = [hex('#dc2626'), hex('#f59e0b'), hex('#16a34a')];
const BADGE = hex('#16a34a');

/** Layers, back to front: [signed distance at (x, y), colour at (x, y)]. */
const layers = [
  [(x, y) => roundedRect(x, y, 2, 2, 126, 126, 26), (_x, y) => mix(TOP, BOTTOM, y / SIZE)],
  [(x, y) => roundedRect(x, y, 26, 16, 94, 112, 9), () => WHITE],
  [(x, y) => roundedRect(x, y, 36, 28, 76, 36, 3), () => INK],
  [(x, y) => roundedRect(x, y, 36, 44, 84, 49, 2.5), () => LINE],
  [(x, y) => roundedRect(x, y, 36, 55, 80, 60, 2.5), () => LINE],
  [(x, y) => roundedRect(x, y, 36, 66, 70, 71, 2.5), () => LINE],
  [(x, y) => roundedRect(x, y, 36, 88, 46, 100, 2), () => GRADES[0]],
  [(x, y) => roundedRect(x, y, 50, 81, 60, 100, 2), () => GRADES[1]],
  [(x, y) => roundedRect(x, y, 64, 76, 74, 100, 2), () => GRADES[2]],
  [(x, y) => circle(x, y, 96, 96, 24), () => WHITE],
  [(x, y) => circle(x, y, 96, 96, 19.5), () => BADGE],
  [
    (x, y) =>
      stroke(
        x,
        y,
        [
          [86.5, 96.5],
          [93.5, 103.5],
          [106, 89],
        ],
        5.5,
      ),
    () => WHITE,
  ],
];

const rgba = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    let acc = [0, 0, 0, 0]; // premultiplied colour + alpha, averaged over the samples
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = px + (sx + 0.5) / SS;
        const y = py + (sy + 0.5) / SS;
        let c = [0, 0, 0];
        let a = 0;
        for (const [dist, colour] of layers) {
          if (dist(x, y) > 0) continue;
          c = colour(x, y);
          a = 1;
        }
        acc = [acc[0] + c[0] * a, acc[1] + c[1] * a, acc[2] + c[2] * a, acc[3] + a];
      }
    }
    const n = SS * SS;
    const alpha = acc[3] / n;
    const o = (py * SIZE + px) * 4;
    for (let i = 0; i < 3; i++) rgba[o + i] = alpha ? Math.round(acc[i] / n / alpha) : 0;
    rgba[o + 3] = Math.round(alpha * 255);
  }
}

// PNG: signature, IHDR, one IDAT (each row prefixed with filter type 0), IEND; CRC-32 per chunk.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // colour type RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) rgba.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

const out = process.argv[2] ?? 'images/icon.png';
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, png);
console.log(`wrote ${out} (${SIZE}×${SIZE}, ${png.length} bytes)`);
