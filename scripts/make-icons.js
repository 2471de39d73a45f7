#!/usr/bin/env node
// Draws the add-in icons (16/32/64/80/128 px PNG) without any image library: pixels are computed
// here and written as an RGBA PNG (zlib deflate + CRC32). Run: node scripts/make-icons.js
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Encode an RGBA pixel array (size*size*4) as PNG bytes. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

/**
 * The icon: a green rounded square (Excel-like) holding a white sheet with three rising bars
 * (the budget by quarter). Drawn with 4×4 supersampling for smooth edges.
 */
function drawIcon(size) {
  const ss = 4;
  const out = Buffer.alloc(size * size * 4);
  const green = [16, 124, 65];
  const white = [255, 255, 255];
  const gold = [242, 183, 5];
  const radius = 0.18;
  const inside = (x, y) => {
    // rounded square in unit coordinates [0,1]
    const cx = Math.min(Math.max(x, radius), 1 - radius);
    const cy = Math.min(Math.max(y, radius), 1 - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius * radius;
  };
  const bars = [
    [0.22, 0.38, 0.58],
    [0.43, 0.59, 0.42],
    [0.64, 0.8, 0.26],
  ];
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          if (!inside(x, y)) continue;
          let c = green;
          for (const [x0, x1, top] of bars) if (x >= x0 && x < x1 && y >= top && y < 0.8) c = white;
          if (y >= 0.8 && y < 0.86 && x >= 0.16 && x < 0.86) c = gold;
          r += c[0]; g += c[1]; b += c[2]; a += 255;
        }
      }
      const n = ss * ss;
      const i = (py * size + px) * 4;
      const cover = a / 255;
      out[i] = cover ? Math.round(r / cover) : 0;
      out[i + 1] = cover ? Math.round(g / cover) : 0;
      out[i + 2] = cover ? Math.round(b / cover) : 0;
      out[i + 3] = Math.round(a / n);
    }
  }
  return encodePng(size, out);
}

function main() {
  const dir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const size of [16, 32, 64, 80, 128]) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, drawIcon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();
module.exports = { encodePng, drawIcon, crc32 };
