// Draws Fifteen's toolbar and store icon — a coffee cup on a saucer with a curl of steam — and
// writes public/icon/<size>.png, which WXT puts into both manifests. Shapes are signed-distance
// functions sampled several times per pixel, so edges are smooth at every size; the PNG encoder
// is a few lines over node:zlib. No dependencies, nothing downloaded.
//
//   node scripts/make-icons.mjs        (re-run after changing the drawing; commit the PNGs)
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 48, 96, 128];
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');

// Colours: roasted-coffee brown for the china, a lighter latte for the steam and the coffee's
// surface so the cup still reads as a cup at 16 px.
const BROWN = [0x6f, 0x4e, 0x37];
const DARK = [0x54, 0x3a, 0x28];
const LATTE = [0xc8, 0x9b, 0x6d];

// ---- signed-distance shapes, in a unit square (x right, y down) -------------------------------

const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
const len = (x, y) => Math.hypot(x, y);

/** A box centred at (cx, cy) with half-size (hx, hy) and corner radius r. */
function box(px, py, cx, cy, hx, hy, r) {
  const qx = Math.abs(px - cx) - hx + r;
  const qy = Math.abs(py - cy) - hy + r;
  return len(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** An ellipse centred at (cx, cy) with radii (rx, ry); approximate but fine for filling. */
function ellipse(px, py, cx, cy, rx, ry) {
  const dx = (px - cx) / rx;
  const dy = (py - cy) / ry;
  return (len(dx, dy) - 1) * Math.min(rx, ry);
}

/** The cup's bowl: wide at the rim, narrowing and rounding toward the foot (a tapered U). */
function bowl(px, py) {
  const top = 0.36;
  const bottom = 0.78;
  const cx = 0.44;
  // Half-width shrinks from the rim to the foot; the bottom corners are rounded by r.
  const t = clamp((py - top) / (bottom - top), 0, 1);
  const half = 0.27 - 0.08 * t * t;
  const side = Math.abs(px - cx) - half;
  const r = 0.13;
  const vert = Math.max(top - py, py - bottom);
  const qx = side + r;
  const qy = py - bottom + r;
  const rounded = qx > 0 && qy > 0 ? len(qx, qy) - r : Math.max(side, vert);
  return rounded;
}

/** The handle: a ring on the right of the bowl, only the part outside the bowl shows. */
function handle(px, py, width) {
  const ring = Math.abs(len(px - 0.71, py - 0.52) - 0.105) - width;
  return Math.max(ring, 0.66 - px); // cut off the part hidden behind the bowl
}

/** The saucer: a flat rounded slab under the cup. */
function saucer(px, py) {
  return box(px, py, 0.45, 0.845, 0.38, 0.03, 0.03);
}

/** A rising curl of steam: a short S-shaped stroke with round caps, centred on x = cx. */
function steam(px, py, cx, y0, y1, amp, width) {
  const k = (2 * Math.PI) / (y1 - y0);
  const f = (y) => cx + amp * Math.sin((y - y0) * k);
  // Distance to the curve, sampled along it: cheap and exact enough for a few strokes.
  let best = Infinity;
  const steps = 48;
  for (let i = 0; i <= steps; i++) {
    const y = y0 + ((y1 - y0) * i) / steps;
    best = Math.min(best, len(px - f(y), py - y));
  }
  return best - width;
}

// ---- the picture -------------------------------------------------------------------------------

/** Returns the RGBA colour (straight alpha, 0–1) of the icon at point (x, y) for a given size. */
function paint(x, y, size) {
  // Layers back to front; each is [distance, colour]. Small sizes get bolder steam strokes and
  // one curl instead of two, since a 1-pixel line vanishes on a toolbar.
  const layers = [];
  if (size >= 32) {
    layers.push([steam(x, y, 0.36, 0.07, 0.29, 0.03, 0.028), LATTE]);
    layers.push([steam(x, y, 0.52, 0.04, 0.26, 0.03, 0.028), LATTE]);
  } else {
    layers.push([steam(x, y, 0.44, 0.04, 0.28, 0.06, 0.055), LATTE]);
  }
  layers.push([saucer(x, y), DARK]);
  layers.push([handle(x, y, size >= 32 ? 0.038 : 0.05), BROWN]);
  layers.push([bowl(x, y), BROWN]);
  // The coffee's surface, seen over the rim, at sizes large enough to show it.
  if (size >= 32) layers.push([ellipse(x, y, 0.44, 0.375, 0.23, 0.04), LATTE]);
  let hit = null;
  for (const [d, colour] of layers) if (d <= 0) hit = colour;
  return hit;
}

/** Renders one size with n×n samples per pixel; returns RGBA bytes. */
function render(size, n = 8) {
  const px = Buffer.alloc(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = paint((i + (sx + 0.5) / n) / size, (j + (sy + 0.5) / n) / size, size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const o = (j * size + i) * 4;
      if (a > 0) {
        // Average colour over the covered samples only (straight alpha), coverage as alpha.
        px[o] = Math.round(r / a);
        px[o + 1] = Math.round(g / a);
        px[o + 2] = Math.round(b / a);
        px[o + 3] = Math.round((255 * a) / (n * n));
      }
    }
  }
  return px;
}

// ---- a minimal PNG encoder (8-bit RGBA, no interlace) ------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
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

function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  // compression, filter and interlace methods stay 0
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = join(OUT_DIR, `${size}.png`);
  writeFileSync(file, encodePng(size, size, render(size)));
  console.log(`wrote ${file}`);
}
