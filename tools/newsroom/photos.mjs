#!/usr/bin/env node
// Draws the sample newsroom's photos: six scenes, painted procedurally into
// a raw RGB buffer (seeded, so every run paints the same pixels), then
// encoded by sharp at each width the site asks for, as JPEG and WebP, into
// public/api/images/photos/. Nothing is downloaded or copied: the grain and
// texture are there so the files weigh what real photos do.
//
//   make photos        (installs sharp into .tools/sharp, then runs this)

import { mkdirSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { prng } from "./random.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const OUT = join(ROOT, "public/api/images/photos");
const WIDTH = 1600;
const HEIGHT = 900;
const WIDTHS = [480, 720, 960, 1200, 1600];

// ---------------------------------------------------------------- numbers

/** Roughly normal, from the sum of three uniforms. */
function gauss(random) {
  return (random() + random() + random() - 1.5) * 2;
}

function hash2(ix, iy, seed) {
  let h = (Math.imul(ix, 374761393) + Math.imul(iy, 668265263) + Math.imul(seed, 1442695041)) | 0;
  h = Math.imul(h ^ (h >>> 13), 1274126177);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/** Smooth value noise in [0, 1]. */
function noise(x, y, seed = 0) {
  const ix = Math.floor(x);
  const iy = Math.floor(y);
  const fx = x - ix;
  const fy = y - iy;
  const u = fx * fx * (3 - 2 * fx);
  const v = fy * fy * (3 - 2 * fy);
  const a = hash2(ix, iy, seed);
  const b = hash2(ix + 1, iy, seed);
  const c = hash2(ix, iy + 1, seed);
  const d = hash2(ix + 1, iy + 1, seed);
  return a + (b - a) * u + (c - a) * v + (a - b - c + d) * u * v;
}

/** Fractal noise in about [0, 1]. */
function fbm(x, y, seed = 0, octaves = 5) {
  let sum = 0;
  let amp = 0.5;
  let norm = 0;
  for (let i = 0; i < octaves; i++) {
    sum += amp * noise(x, y, seed + i * 101);
    norm += amp;
    amp *= 0.5;
    x = x * 2.03 + 17.1;
    y = y * 2.01 + 5.3;
  }
  return sum / norm;
}

const clamp = (v, lo = 0, hi = 1) => (v < lo ? lo : v > hi ? hi : v);
const smooth = (a, b, v) => {
  const t = clamp((v - a) / (b - a));
  return t * t * (3 - 2 * t);
};
const lerp = (a, b, t) => a + (b - a) * t;

// ---------------------------------------------------------------- colour

const COLOURS = new Map();

/** A '#rrggbb' colour as linear-light RGB, which is what the canvas holds. */
function rgb(hex) {
  let colour = COLOURS.get(hex);
  if (!colour) {
    const n = parseInt(hex.slice(1), 16);
    colour = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => (c / 255) ** 2.2);
    COLOURS.set(hex, colour);
  }
  return colour;
}

function mix(a, b, t) {
  return [lerp(a[0], b[0], t), lerp(a[1], b[1], t), lerp(a[2], b[2], t)];
}

function scale(c, k) {
  return [c[0] * k, c[1] * k, c[2] * k];
}

/** A colour along stops [[position, colour], ...] sorted by position. */
function ramp(stops, t) {
  if (t <= stops[0][0]) return stops[0][1];
  for (let i = 1; i < stops.length; i++) {
    if (t <= stops[i][0]) {
      const [p0, c0] = stops[i - 1];
      const [p1, c1] = stops[i];
      return mix(c0, c1, smooth(0, 1, (t - p0) / (p1 - p0)));
    }
  }
  return stops[stops.length - 1][1];
}

// ---------------------------------------------------------------- shapes
// Each shape is a signed distance (negative inside) and a bounding box.

function circle(cx, cy, r) {
  return { box: [cx - r, cy - r, cx + r, cy + r], sdf: (x, y) => Math.hypot(x - cx, y - cy) - r };
}

function ellipse(cx, cy, rx, ry) {
  const m = Math.min(rx, ry);
  return {
    box: [cx - rx, cy - ry, cx + rx, cy + ry],
    sdf: (x, y) => (Math.hypot((x - cx) / rx, (y - cy) / ry) - 1) * m,
  };
}

function rect(x0, y0, x1, y1, radius = 0) {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - radius;
  const hy = (y1 - y0) / 2 - radius;
  return {
    box: [x0, y0, x1, y1],
    sdf: (x, y) => {
      const qx = Math.abs(x - cx) - hx;
      const qy = Math.abs(y - cy) - hy;
      return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
    },
  };
}

/** A line from a to b, r thick either side, with round ends. */
function capsule(ax, ay, bx, by, r, rb = r) {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy || 1;
  return {
    box: [Math.min(ax, bx) - Math.max(r, rb), Math.min(ay, by) - Math.max(r, rb), Math.max(ax, bx) + Math.max(r, rb), Math.max(ay, by) + Math.max(r, rb)],
    sdf: (x, y) => {
      const t = clamp(((x - ax) * dx + (y - ay) * dy) / len2);
      return Math.hypot(x - ax - dx * t, y - ay - dy * t) - lerp(r, rb, t);
    },
  };
}

function polygon(points) {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return {
    box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
    sdf: (x, y) => {
      let d = Infinity;
      let inside = false;
      for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
        const [ax, ay] = points[j];
        const [bx, by] = points[i];
        const ex = bx - ax;
        const ey = by - ay;
        const t = clamp(((x - ax) * ex + (y - ay) * ey) / (ex * ex + ey * ey || 1));
        d = Math.min(d, Math.hypot(x - ax - ex * t, y - ay - ey * t));
        if (ay > y !== by > y && x < (ex * (y - ay)) / ey + ax) inside = !inside;
      }
      return inside ? -d : d;
    },
  };
}

function union(...shapes) {
  return {
    box: [
      Math.min(...shapes.map((s) => s.box[0])),
      Math.min(...shapes.map((s) => s.box[1])),
      Math.max(...shapes.map((s) => s.box[2])),
      Math.max(...shapes.map((s) => s.box[3])),
    ],
    sdf: (x, y) => Math.min(...shapes.map((s) => s.sdf(x, y))),
  };
}

function subtract(shape, hole) {
  return { box: shape.box, sdf: (x, y) => Math.max(shape.sdf(x, y), -hole.sdf(x, y)) };
}

/** The shape mirrored about the waterline y = line, rippled sideways. */
function reflect(shape, line, ripple = 3) {
  const [x0, y0, x1, y1] = shape.box;
  return {
    box: [x0 - ripple, 2 * line - y1, x1 + ripple, 2 * line - y0],
    sdf: (x, y) => shape.sdf(x + ripple * Math.sin(y * 0.45) * Math.min(1, (y - line) / 20), 2 * line - y),
  };
}

// ---------------------------------------------------------------- canvas

class Canvas {
  constructor(width, height) {
    this.width = width;
    this.height = height;
    this.px = new Float32Array(width * height * 3);
  }

  /** Sets every pixel to shade(x, y). */
  fill(shade) {
    const { width, height, px } = this;
    for (let y = 0, i = 0; y < height; y++) {
      for (let x = 0; x < width; x++, i += 3) {
        const c = shade(x + 0.5, y + 0.5);
        px[i] = c[0];
        px[i + 1] = c[1];
        px[i + 2] = c[2];
      }
    }
  }

  /** Rewrites every pixel in rows y0..y1 as shade(x, y, current colour). */
  map(shade, y0 = 0, y1 = this.height) {
    const { width, px } = this;
    for (let y = Math.max(0, Math.floor(y0)); y < Math.min(this.height, y1); y++) {
      for (let x = 0, i = y * width * 3; x < width; x++, i += 3) {
        const c = shade(x + 0.5, y + 0.5, [px[i], px[i + 1], px[i + 2]]);
        if (!c) continue;
        px[i] = c[0];
        px[i + 1] = c[1];
        px[i + 2] = c[2];
      }
    }
  }

  /**
   * Paints a shape, its edge blurred over `soft` pixels. `paint` is a colour
   * or (x, y, distance) => colour, optionally with a fourth alpha element.
   * `add` adds light instead of covering.
   */
  draw(shape, paint, { soft = 1.2, alpha = 1, add = false } = {}) {
    const { width, height, px } = this;
    const [bx0, by0, bx1, by1] = shape.box;
    const x0 = Math.max(0, Math.floor(bx0 - soft));
    const y0 = Math.max(0, Math.floor(by0 - soft));
    const x1 = Math.min(width, Math.ceil(bx1 + soft));
    const y1 = Math.min(height, Math.ceil(by1 + soft));
    const solid = typeof paint !== "function";
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const d = shape.sdf(x + 0.5, y + 0.5);
        if (d > soft / 2) continue;
        const cover = smooth(soft / 2, -soft / 2, d) * alpha;
        if (cover <= 0) continue;
        const c = solid ? paint : paint(x + 0.5, y + 0.5, d);
        if (!c) continue;
        const a = cover * (c.length > 3 ? c[3] : 1);
        const i = (y * width + x) * 3;
        if (add) {
          px[i] += c[0] * a;
          px[i + 1] += c[1] * a;
          px[i + 2] += c[2] * a;
        } else {
          px[i] += (c[0] - px[i]) * a;
          px[i + 1] += (c[1] - px[i + 1]) * a;
          px[i + 2] += (c[2] - px[i + 2]) * a;
        }
      }
    }
  }

  /** Adds a soft round light: a bright core and a wide halo. */
  glow(cx, cy, radius, colour, strength = 1) {
    const reach = radius * 6;
    this.draw(
      circle(cx, cy, reach),
      (x, y) => {
        const d = Math.hypot(x - cx, y - cy) / radius;
        return scale(colour, strength * (Math.exp(-d * d) + 0.25 * Math.exp(-d)));
      },
      { add: true, soft: 1 },
    );
  }

  /** Box blur, three passes each way (close to a Gaussian), for depth of field. */
  blur(radius, y0 = 0, y1 = this.height) {
    const { width, px } = this;
    const r = Math.max(1, Math.round(radius));
    const rows = [Math.max(0, y0), Math.min(this.height, y1)];
    const line = new Float32Array(Math.max(width, this.height) * 3);
    const pass = (count, at) => {
      for (let k = 0; k < count * 3; k++) line[k] = px[at(Math.floor(k / 3)) + (k % 3)];
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (let k = -r; k <= r; k++) sum += line[clamp(k, 0, count - 1) * 3 + c];
        for (let k = 0; k < count; k++) {
          px[at(k) + c] = sum / (2 * r + 1);
          sum += line[clamp(k + r + 1, 0, count - 1) * 3 + c] - line[clamp(k - r, 0, count - 1) * 3 + c];
        }
      }
    };
    for (let p = 0; p < 3; p++) {
      for (let y = rows[0]; y < rows[1]; y++) pass(width, (k) => (y * width + k) * 3);
      for (let x = 0; x < width; x++) pass(rows[1] - rows[0], (k) => ((rows[0] + k) * width + x) * 3);
    }
  }

  /** The finished photo as 8-bit sRGB: vignette, tone curve and film grain. */
  develop(seed, { grain = 0.028, vignette = 0.35 } = {}) {
    const { width, height, px } = this;
    const random = prng(seed);
    const out = Buffer.alloc(width * height * 3);
    for (let y = 0, i = 0; y < height; y++) {
      for (let x = 0; x < width; x++, i += 3) {
        const dx = (x - width / 2) / (width / 2);
        const dy = (y - height / 2) / (height / 2);
        const v = 1 - vignette * smooth(0.35, 1.5, dx * dx * 0.8 + dy * dy);
        const g = gauss(random) * grain;
        for (let c = 0; c < 3; c++) {
          let l = px[i + c] * v;
          l = l / (1 + l * 0.25); // soft highlight roll-off
          const s = l > 0 ? l ** (1 / 2.2) : 0;
          out[i + c] = Math.round(clamp(s + g + gauss(random) * grain * 0.3) * 255);
        }
      }
    }
    return out;
  }
}

// ---------------------------------------------------------------- scenes

function harbour() {
  const img = new Canvas(WIDTH, HEIGHT);
  const horizon = 520;
  const sunX = 1120;
  const sunY = 500;
  const sunColour = rgb("#ffd28a");
  const sky = (x, y) => {
    const t = clamp(y / horizon);
    let c = ramp(
      [
        [0, rgb("#2a3566")],
        [0.45, rgb("#7b6a9a")],
        [0.78, rgb("#e89a78")],
        [1, rgb("#ffcf96")],
      ],
      t,
    );
    const d = Math.hypot(x - sunX, (y - sunY) * 1.4);
    c = mix(c, sunColour, 0.9 * Math.exp(-d / 260));
    return c;
  };
  img.fill((x, y) => {
    if (y < horizon) {
      let c = sky(x, y);
      const band = smooth(80, 200, y) * (1 - smooth(330, 440, y));
      const n = fbm(x / 420, y / 70, 3);
      const cloud = smooth(0.5, 0.72, n) * band;
      const lit = fbm(x / 200, y / 40, 9);
      const d = Math.hypot(x - sunX, y - sunY);
      const tint = mix(rgb("#5e4f7c"), rgb("#ffb38a"), clamp(lit * 0.9 + Math.exp(-d / 500) * 0.6));
      c = mix(c, tint, cloud * 0.85);
      return c;
    }
    // Water: the sky mirrored, darker, broken up by ripples that grow nearer.
    const depth = y - horizon;
    const k = 1 + depth / 45;
    const ripple = fbm(x / (12 * k), Math.log(1 + depth / 4) * 16, 21, 4);
    const mirrorY = horizon - depth * 0.8 - (ripple - 0.5) * depth * 0.6;
    let c = scale(sky(x + (ripple - 0.5) * 30, Math.max(0, mirrorY)), 0.45 + ripple * 0.35);
    const width = 18 + depth * 0.55;
    const column = Math.exp(-(((x - sunX) / width) ** 2));
    const sparkle = smooth(0.55, 0.72, ripple) * column;
    c = mix(c, scale(sunColour, 1.3), sparkle * 0.9);
    c = mix(c, rgb("#1d2440"), smooth(0, 380, depth) * 0.45 * (1 - column * 0.5));
    return c;
  });
  img.glow(sunX, sunY, 26, sunColour, 2.2);
  img.glow(sunX, sunY, 90, rgb("#ff9a60"), 0.35);

  // Far hills, then a town on the left shore, hazy in the dawn light.
  const hill = (x) => horizon - 18 - 70 * fbm(x / 260, 3.3, 41, 4) * (1 - smooth(700, 1300, x) * 0.7);
  img.map((x, y, c) => {
    const top = hill(x);
    if (y < top || y >= horizon) return null;
    const haze = smooth(top, horizon, y);
    return mix(mix(rgb("#5b4a6f"), rgb("#8c6f8a"), haze), c, 0.15 * Math.exp(-Math.abs(x - sunX) / 300));
  }, 400, horizon);
  const random = prng(7);
  for (let x = 20; x < 640; ) {
    const w = 22 + random() * 40;
    const h = 18 + random() * 50 * (1 - x / 800);
    const base = horizon + 2;
    img.draw(rect(x, base - h, x + w, base), mix(rgb("#4a3c5c"), rgb("#6d5878"), random()), { soft: 1.5 });
    img.draw(polygon([[x - 2, base - h], [x + w / 2, base - h - w * 0.35], [x + w + 2, base - h]]), rgb("#3e3250"), { soft: 1.5 });
    for (let wy = base - h + 8; wy < base - 6; wy += 12) {
      for (let wx = x + 5; wx < x + w - 5; wx += 10) {
        if (random() < 0.22) img.glow(wx, wy, 2.2, rgb("#ffb860"), 0.9);
      }
    }
    x += w + random() * 6;
  }

  // A wooden jetty into the water on the left, posts mirrored below.
  const deckTop = (x) => 660 - x * 0.06;
  for (let x = 40; x < 560; x += 85) {
    const post = rect(x, deckTop(x) - 6, x + 16, deckTop(x) + 70);
    img.draw(reflect(post, deckTop(x) + 70, 4), [...rgb("#1a1422"), 0.55], { soft: 3 });
    img.draw(post, (px) => mix(rgb("#2a1f24"), rgb("#5a4030"), smooth(x, x + 16, px)), { soft: 1.5 });
  }
  img.draw(
    polygon([[0, 640], [600, deckTop(600) - 12], [600, deckTop(600) + 8], [0, 668]]),
    (x, y) => {
      const plank = 0.5 + 0.5 * Math.sin(x * 0.32);
      const grain = fbm(x / 60, y / 3, 55, 3);
      const light = smooth(0, 600, x);
      return mix(mix(rgb("#2a1c1a"), rgb("#6e4c34"), grain * 0.6 + light * 0.4), rgb("#1a1214"), smooth(0.85, 1, plank) * 0.6);
    },
    { soft: 1.5 },
  );

  // Boats at their moorings, backlit by the low sun.
  const boat = (cx, line, size, hull, cabin, stripe) => {
    const s = size;
    const hullShape = polygon([
      [cx - 1.1 * s, line - 0.32 * s],
      [cx + 1.25 * s, line - 0.42 * s],
      [cx + 0.95 * s, line + 0.05 * s],
      [cx - 0.9 * s, line + 0.05 * s],
    ]);
    const cabinShape = rect(cx - 0.55 * s, line - 0.78 * s, cx + 0.1 * s, line - 0.3 * s, 0.05 * s);
    const mast = capsule(cx + 0.35 * s, line - 0.35 * s, cx + 0.35 * s, line - 2.1 * s, 0.035 * s + 0.8);
    const boom = capsule(cx + 0.35 * s, line - 1.9 * s, cx - 0.9 * s, line - 0.9 * s, 0.015 * s + 0.5);
    for (const part of [hullShape, cabinShape, mast]) {
      img.draw(reflect(part, line + 0.05 * s, 2 + s * 0.03), [...scale(hull, 0.35), 0.5], { soft: 2 + s * 0.04 });
    }
    img.draw(boom, rgb("#2a2230"), { soft: 1.2 });
    img.draw(mast, (x) => mix(rgb("#2a2230"), rgb("#c89a78"), smooth(cx + 0.33 * s, cx + 0.4 * s, x)), { soft: 1.2 });
    img.draw(cabinShape, (x, y) => {
      const window = y > line - 0.68 * s && y < line - 0.5 * s && Math.sin((x - cx) / (0.06 * s) + 1) > 0.1;
      const c = mix(scale(cabin, 0.45), cabin, smooth(cx - 0.55 * s, cx + 0.1 * s, x));
      return window ? mix(rgb("#1e2234"), rgb("#f5c08a"), smooth(cx - 0.5 * s, cx + 0.1 * s, x) * 0.4) : c;
    }, { soft: 1.2 });
    img.draw(hullShape, (x, y) => {
      const across = smooth(cx - 1.1 * s, cx + 1.25 * s, x);
      const down = smooth(line - 0.42 * s, line, y);
      let c = mix(hull, scale(hull, 0.35), down * 0.8);
      c = mix(c, scale(c, 1.5), across * 0.5);
      const band = Math.abs(y - (line - 0.25 * s + (x - cx) * -0.04)) < 0.035 * s;
      return band ? mix(c, stripe, 0.85) : c;
    }, { soft: 1.2 });
    img.glow(cx + 0.35 * s, line - 2.1 * s, 1.5 + s * 0.012, rgb("#ffe0b0"), 0.7);
  };
  boat(900, 560, 60, rgb("#d8d2c8"), rgb("#b8c4cc"), rgb("#a43a2e"));
  boat(1370, 575, 80, rgb("#2f5b84"), rgb("#e3dccd"), rgb("#f0f0ea"));
  boat(760, 640, 120, rgb("#e8e0d0"), rgb("#d0c6b4"), rgb("#2b5a8c"));
  boat(1180, 760, 190, rgb("#b43a2c"), rgb("#f2e8d6"), rgb("#f5efe2"));
  return img;
}

function bakery() {
  const img = new Canvas(WIDTH, HEIGHT);
  const counter = 560;
  // The shop behind, out of focus: warm wall, shelves of loaves, lamps.
  img.fill((x, y) => {
    const t = y / counter;
    let c = mix(rgb("#c79a68"), rgb("#6a452c"), smooth(0, 1, t * 0.8 + fbm(x / 300, y / 300, 2, 3) * 0.3));
    const window = smooth(-200, 500, -x + 320) * (1 - smooth(0, 1, t));
    c = mix(c, rgb("#fff1d8"), window * 0.6);
    return c;
  });
  const random = prng(11);
  for (const shelfY of [190, 380]) {
    img.draw(rect(0, shelfY, WIDTH, shelfY + 16), rgb("#4a2c1a"));
    for (let x = 30; x < WIDTH; x += 60 + random() * 50) {
      const w = 40 + random() * 50;
      const h = 30 + random() * 40;
      img.draw(ellipse(x, shelfY - h * 0.5, w * 0.5, h * 0.5), mix(rgb("#a86430"), rgb("#e0a660"), random()), { soft: 3 });
    }
  }
  for (let i = 0; i < 6; i++) {
    const x = 260 + i * 240 + random() * 60;
    img.draw(capsule(x, 0, x, 70, 2), rgb("#2a1a12"));
    img.glow(x, 90, 24, rgb("#ffc880"), 1.6);
  }
  img.blur(10, 0, counter + 10);
  for (let i = 0; i < 14; i++) {
    const x = random() * WIDTH;
    const y = random() * counter * 0.8;
    img.draw(circle(x, y, 10 + random() * 22), [...rgb("#ffd8a0"), 0.06 + random() * 0.08], { add: true, soft: 5 });
  }

  // The wooden counter, lit from the window on the left.
  img.map((x, y) => {
    const depth = (y - counter) / (HEIGHT - counter);
    const u = (x - 800) / (0.6 + depth * 0.8);
    const ring = Math.sin(u * 0.012 + fbm(u / 500, depth * 8, 31, 4) * 9);
    const grain = fbm(u / 300, depth * 60, 33, 4);
    let c = mix(rgb("#5a3418"), rgb("#a8683a"), 0.4 + ring * 0.15 + grain * 0.45);
    c = scale(c, 0.65 + 0.55 * Math.exp(-((x - 350) ** 2) / 4e5) + depth * 0.1);
    return c;
  }, counter, HEIGHT);
  img.draw(rect(0, counter - 3, WIDTH, counter + 4), rgb("#d9a070"), { soft: 3 });

  const light = [-0.55, -0.7, 0.45];
  const crust = (cx, cy, rx, ry, angle, score, dark) => (x, y) => {
    const ca = Math.cos(angle);
    const sa = Math.sin(angle);
    const u = ((x - cx) * ca + (y - cy) * sa) / rx;
    const v = (-(x - cx) * sa + (y - cy) * ca) / ry;
    const nz = Math.sqrt(Math.max(0, 1 - u * u - v * v));
    const nx = u * ca - v * sa;
    const ny = u * sa + v * ca;
    const lit = clamp(nx * light[0] + ny * light[1] + nz * light[2]);
    const tex = fbm(x / 16, y / 16, 61, 5);
    let c = ramp(
      [
        [0, rgb(dark ? "#2e1608" : "#4a2410")],
        [0.45, rgb(dark ? "#6e3a1a" : "#9a5420")],
        [0.8, rgb(dark ? "#a8642e" : "#d4913e")],
        [1, rgb("#f2c880")],
      ],
      clamp(lit * 0.85 + (tex - 0.5) * 0.3 + 0.1),
    );
    const cut = score(u, v);
    if (cut > 0) c = mix(c, mix(rgb("#c89058"), rgb("#f0d098"), lit), cut);
    const flour = smooth(0.5, 0.85, fbm(x / 20, y / 20, 71, 5)) * nz * nz * smooth(0.3, -0.5, v) * (dark ? 0.12 : 0.3);
    return mix(c, rgb("#f4ede2"), flour);
  };
  const shadow = (cx, cy, rx, ry) => img.draw(ellipse(cx + 30, cy + ry * 0.75, rx * 1.05, ry * 0.35), [...rgb("#1e0e06"), 0.7], { soft: 40 });
  const boule = (cx, cy, r) => {
    shadow(cx, cy, r, r * 0.7);
    const score = (u, v) => {
      const a = Math.abs(Math.sin((u + v) * 2.6));
      const b = Math.abs(Math.sin((u - v) * 2.6));
      return (1 - smooth(0.02, 0.2, Math.min(a, b))) * smooth(0.85, 0.4, Math.hypot(u, v)) * 0.8;
    };
    img.draw(ellipse(cx, cy, r, r * 0.72), crust(cx, cy, r, r * 0.72, 0, score, false), { soft: 2.5 });
  };
  const baguette = (cx, cy, len, angle) => {
    const dx = Math.cos(angle) * len;
    const dy = Math.sin(angle) * len;
    shadow(cx, cy, len, 30);
    const score = (u, v) => {
      const slash = Math.abs(((u * 3.5 + v * 0.6 + 10) % 1) - 0.5);
      return (1 - smooth(0.03, 0.12, slash)) * (1 - smooth(0.1, 0.45, Math.abs(v))) * smooth(0.95, 0.8, Math.abs(u)) * 0.8;
    };
    img.draw(capsule(cx - dx, cy - dy, cx + dx, cy + dy, 34), crust(cx, cy, len + 34, 34, angle, score, false), { soft: 2.5 });
  };
  const rye = (cx, cy, rx, ry) => {
    shadow(cx, cy, rx, ry);
    const score = (u, v) => (1 - smooth(0.02, 0.15, Math.abs(Math.sin(u * 7 + v * 0.8)))) * smooth(0.9, 0.6, Math.abs(v)) * smooth(0.95, 0.8, Math.abs(u)) * 0.55;
    img.draw(rect(cx - rx, cy - ry, cx + rx, cy + ry, ry * 0.8), crust(cx, cy, rx, ry, 0, score, true), { soft: 2.5 });
  };
  baguette(1010, 610, 380, -0.1);
  rye(1320, 720, 170, 85);
  boule(420, 700, 230);
  baguette(860, 740, 230, 0.06);
  boule(700, 800, 140);
  for (const [x, y] of [[1080, 830], [1200, 850], [1320, 825]]) boule(x, y, 68);
  return img;
}

function telescope() {
  const img = new Canvas(WIDTH, HEIGHT);
  const ground = (x) => 700 - 60 * fbm(x / 500, 1.7, 81, 4) - 80 * Math.exp(-(((x - 1050) / 420) ** 2));
  img.fill((x, y) => {
    const t = y / 720;
    let c = ramp(
      [
        [0, rgb("#03050d")],
        [0.6, rgb("#0b1430")],
        [0.9, rgb("#1d2c52")],
        [1, rgb("#5a4a5a")],
      ],
      t,
    );
    // The Milky Way: a diagonal band of faint light and dark dust lanes.
    const along = (x * 0.55 + y * 0.83) / 900;
    const across = (x * 0.83 - y * 0.55 - 420) / 180;
    const band = Math.exp(-across * across) * (0.55 + 0.6 * fbm(along * 3, across * 0.8, 91, 5));
    const dust = smooth(0.45, 0.65, fbm(x / 90, y / 90, 97, 5)) * Math.exp(-across * across * 3);
    c = mix(c, mix(rgb("#8a90b8"), rgb("#d8c8b0"), fbm(x / 300, y / 300, 99, 3)), clamp(band * 0.32 - dust * 0.22));
    c = mix(c, rgb("#e09a60"), smooth(520, 760, y) * 0.18 * Math.exp(-(((x - 300) / 500) ** 2)));
    return c;
  });
  const random = prng(5);
  for (let i = 0; i < 3600; i++) {
    const x = random() * WIDTH;
    const y = random() * 720;
    const bright = random() ** 6;
    const hue = random();
    const colour = hue < 0.2 ? rgb("#ffd0a0") : hue < 0.45 ? rgb("#b8ccff") : rgb("#f4f4ff");
    const fade = 1 - smooth(450, 700, y) * 0.8;
    if (bright > 0.35) img.glow(x, y, 0.8 + bright * 1.3, colour, (0.6 + bright * 1.5) * fade);
    else img.draw(circle(x, y, 0.6), [...colour, (0.08 + bright * 2.5) * fade], { add: true, soft: 1.4 });
  }

  // The hill, then the observatory on its crest, its slit open.
  img.map((x, y) => {
    const top = ground(x);
    if (y < top) return null;
    const grass = fbm(x / 40, y / 12, 111, 4);
    return mix(rgb("#05070c"), rgb("#101a22"), grass * 0.6 * (1 - smooth(top, top + 160, y)));
  }, 500, HEIGHT);
  for (let x = -20; x < WIDTH; x += 30 + random() * 60) {
    if (x > 700 && x < 1400) continue;
    const h = 60 + random() * 120;
    const base = ground(x) + 12;
    const tree = [];
    for (let k = 0; k <= 8; k++) {
      const yy = base - (h * k) / 8;
      const w = (h * 0.28 * (8 - k)) / 8 * (k % 2 ? 0.7 : 1);
      tree.push([x - w, yy]);
      tree.unshift([x + w, yy]);
    }
    img.draw(polygon(tree), rgb("#03050a"), { soft: 1.6 });
  }
  const cx = 1050;
  const baseY = ground(cx) + 10;
  const wallTop = baseY - 150;
  const r = 175;
  img.draw(rect(cx - r, wallTop, cx + r, baseY + 20), (x, y) => {
    const u = (x - cx) / r;
    const shade = 0.25 + 0.6 * clamp(Math.sqrt(Math.max(0, 1 - u * u)) * 0.7 - u * 0.4);
    const panel = 0.9 + 0.1 * Math.sign(Math.sin(u * 10));
    return scale(mix(rgb("#0e121c"), rgb("#3a4254"), shade), panel * (0.9 + fbm(x / 20, y / 20, 121, 3) * 0.2));
  });
  const dome = subtract(circle(cx, wallTop, r + 6), rect(cx - r - 20, wallTop, cx + r + 20, wallTop + r + 20));
  img.draw(dome, (x, y) => {
    const nx = (x - cx) / (r + 6);
    const ny = (y - wallTop) / (r + 6);
    const nz = Math.sqrt(Math.max(0, 1 - nx * nx - ny * ny));
    const lit = clamp(-nx * 0.55 - ny * 0.45 + nz * 0.5);
    return mix(rgb("#0c101a"), rgb("#5a6478"), lit * lit);
  }, { soft: 1.5 });
  const slit = polygon([[cx - 8, wallTop + 2], [cx + 42, wallTop + 2], [cx + 60, wallTop - r + 30], [cx + 18, wallTop - r - 4]]);
  img.draw(slit, (x, y) => mix(rgb("#120408"), rgb("#5a1414"), smooth(wallTop - r, wallTop, y) * 0.8), { soft: 1.5 });
  const tube = capsule(cx + 10, wallTop - 30, cx + 120, wallTop - 200, 20, 24);
  img.draw(tube, (x, y) => {
    const d = ((x - cx) * 0.84 + (y - wallTop) * 0.54) / 24;
    return mix(rgb("#1a1c24"), rgb("#7a7e90"), clamp(0.5 - d * 0.15) * 0.7);
  });
  img.draw(circle(cx + 120, wallTop - 200, 22), rgb("#101218"));
  img.glow(cx + 20, wallTop - 20, 40, rgb("#ff4020"), 0.25);
  const door = rect(cx - 130, baseY - 90, cx - 80, baseY, 3);
  img.draw(door, (x, y) => mix(rgb("#ffc070"), rgb("#c86a28"), smooth(baseY - 90, baseY, y)));
  img.glow(cx - 105, baseY - 40, 50, rgb("#ff9a40"), 0.35);
  img.draw(ellipse(cx - 105, baseY + 30, 90, 26), [...rgb("#ff9a40"), 0.12], { soft: 40, add: true });
  return img;
}

function repair() {
  const img = new Canvas(WIDTH, HEIGHT);
  const bench = 590;
  const lamp = [620, 120];
  const pool = (x, y, spread = 1) => 0.25 + 1.1 * Math.exp(-(((x - lamp[0]) ** 2) / (6e5 * spread) + ((y - lamp[1] - 300) ** 2) / (4e5 * spread)));
  // A pegboard wall, lit by the bench lamp.
  img.fill((x, y) => {
    const gx = ((x % 40) + 40) % 40 - 20;
    const gy = ((y % 40) + 40) % 40 - 20;
    const hole = 1 - smooth(3.5, 5.5, Math.hypot(gx, gy));
    let c = mix(rgb("#7a5634"), rgb("#a07848"), fbm(x / 200, y / 200, 131, 4));
    c = mix(c, rgb("#1a1008"), hole * 0.85);
    return scale(c, pool(x, y));
  });
  const hang = (shape, colour) => {
    img.draw({ box: [shape.box[0] + 10, shape.box[1] + 14, shape.box[2] + 16, shape.box[3] + 20], sdf: (x, y) => shape.sdf(x - 12, y - 16) }, [...rgb("#1a0e06"), 0.5], { soft: 14 });
    img.draw(shape, (x, y) => scale(mix(colour, scale(colour, 1.8), fbm(x / 30, y / 6, 141, 3)), pool(x, y)), { soft: 1.5 });
  };
  const steel = rgb("#8a9098");
  for (let i = 0; i < 6; i++) {
    const x = 160 + i * 70;
    const len = 150 + i * 28;
    const jaw = 20 + i * 2;
    const open = union(circle(x, 80 + len, jaw * 0.55), rect(x - jaw * 0.42, 80 + len, x + jaw * 0.42, 80 + len + jaw * 2));
    const ring = subtract(circle(x, 80, jaw * 0.9), circle(x, 80, jaw * 0.5));
    hang(union(capsule(x, 80 + jaw * 0.8, x, 80 + len, 7 + i * 0.8), ring, subtract(circle(x, 80 + len, jaw), open)), steel);
  }
  hang(union(capsule(1000, 90, 1000, 330, 14), rect(960, 60, 1040, 100, 8)), rgb("#6a4a2c"));
  hang(union(capsule(1120, 80, 1120, 220, 16), capsule(1120, 220, 1120, 380, 4)), rgb("#c8302a"));
  hang(union(capsule(1190, 80, 1190, 200, 14), capsule(1190, 200, 1190, 340, 3.5)), rgb("#e0b020"));
  hang(union(capsule(1260, 80, 1260, 210, 15), capsule(1260, 210, 1260, 360, 4)), rgb("#2a60b0"));
  hang(subtract(circle(1440, 250, 110), circle(1440, 250, 70)), rgb("#303438"));
  img.blur(4, 0, bench);

  // The bench top: worn plywood, with the lamp's pool of light.
  img.map((x, y) => {
    const depth = (y - bench) / (HEIGHT - bench);
    const u = (x - 800) / (0.7 + depth * 0.6);
    const grain = fbm(u / 400, depth * 30, 151, 5);
    const stain = fbm(x / 120, y / 60, 157, 4);
    let c = mix(rgb("#6a4828"), rgb("#b08858"), grain * 0.8);
    c = mix(c, rgb("#2a1a0e"), smooth(0.6, 0.8, stain) * 0.5);
    return scale(c, pool(x, y, 1.6) * 0.9);
  }, bench, HEIGHT);
  img.draw(rect(0, bench - 4, WIDTH, bench + 6), rgb("#3a2614"), { soft: 3 });

  const shadow = (shape, spread = 22) =>
    img.draw({ box: [shape.box[0] + 10, shape.box[1] + 10, shape.box[2] + 50, shape.box[3] + 40], sdf: (x, y) => shape.sdf(x - 28, y - 20) }, [...rgb("#140a04"), 0.65], { soft: spread });
  const metal = (base) => (x, y) => {
    const streak = fbm(x / 200, y / 2, 161, 3);
    return scale(mix(scale(base, 0.5), scale(base, 1.6), streak), pool(x, y, 1.6));
  };
  // An open radio with its circuit board, mid-repair.
  const caseShape = rect(860, 610, 1340, 820, 14);
  shadow(caseShape, 40);
  img.draw(caseShape, (x, y) => scale(mix(rgb("#5a2c1c"), rgb("#8a4a2c"), fbm(x / 80, y / 10, 171, 4)), pool(x, y, 1.6)));
  img.draw(rect(885, 632, 1315, 800, 6), (x, y) => {
    let c = mix(rgb("#0e3a22"), rgb("#1e6a3c"), fbm(x / 40, y / 40, 181, 3));
    const trace = Math.abs(((x * 0.7 + y * 0.3) % 24) - 12) < 1.2 || Math.abs((y % 31) - 15) < 0.8;
    if (trace) c = mix(c, rgb("#c8a040"), 0.5);
    return scale(c, pool(x, y, 1.6));
  });
  const random = prng(17);
  for (let i = 0; i < 26; i++) {
    const x = 910 + random() * 380;
    const y = 650 + random() * 130;
    const kind = random();
    if (kind < 0.4) {
      const part = capsule(x - 14, y, x + 14, y, 6);
      img.draw(part, (px, py) => mix(rgb("#d8c0a0"), rgb("#f4e8d0"), smooth(y + 4, y - 4, py)));
      img.draw(rect(x - 4, y - 6, x, y + 6), rgb("#a02020"));
    } else if (kind < 0.7) {
      img.draw(circle(x, y, 10), (px, py) => mix(rgb("#1a2a6a"), rgb("#7090e0"), smooth(y + 10, y - 10, py)));
    } else {
      img.draw(rect(x - 18, y - 10, x + 18, y + 10, 2), rgb("#15151a"));
    }
  }
  img.draw(circle(1220, 690, 36), metal(rgb("#a0a4a8")));
  img.draw(circle(1220, 690, 14), rgb("#303030"));

  // Tools laid out on the bench.
  const handle = capsule(180, 840, 560, 700, 20);
  const head = polygon([[520, 640], [590, 620], [640, 760], [570, 780]]);
  shadow(union(handle, head));
  img.draw(handle, (x, y) => scale(mix(rgb("#7a4a20"), rgb("#d89a58"), fbm(x / 60, y / 4, 191, 4)), pool(x, y, 1.6)));
  img.draw(head, metal(rgb("#707880")));
  const driver = [capsule(620, 860, 760, 720, 17), capsule(760, 720, 860, 620, 5)];
  shadow(union(...driver));
  img.draw(driver[1], metal(rgb("#b0b4b8")));
  img.draw(driver[0], (x, y) => mix(rgb("#a01818"), rgb("#ff6050"), smooth(8, -14, driver[0].sdf(x - 8, y - 8))));
  const wrench = subtract(union(capsule(1400, 860, 1520, 640, 14), circle(1520, 640, 34), circle(1400, 860, 30)), union(circle(1520, 630, 16), rect(1510, 580, 1530, 640), circle(1400, 860, 14)));
  shadow(wrench);
  img.draw(wrench, metal(rgb("#9aa0a8")));
  for (let i = 0; i < 9; i++) {
    const x = 700 + random() * 160;
    const y = 770 + random() * 100;
    shadow(circle(x, y, 6), 8);
    img.draw(circle(x, y, 6), metal(rgb("#b8b0a0")));
    img.draw(capsule(x - 4, y, x + 4, y, 1), rgb("#302820"));
  }
  img.glow(lamp[0], lamp[1] - 60, 60, rgb("#fff0c8"), 2);
  img.draw(polygon([[lamp[0] - 110, lamp[1] - 50], [lamp[0] + 110, lamp[1] - 50], [lamp[0] + 60, lamp[1] - 160], [lamp[0] - 60, lamp[1] - 160]]), (x, y) =>
    mix(rgb("#0e3020"), rgb("#3a8a5a"), smooth(lamp[0] + 100, lamp[0] - 100, x) * 0.8),
  );
  img.draw(capsule(lamp[0], lamp[1] - 160, lamp[0] + 40, -20, 8), rgb("#202020"));
  img.glow(lamp[0], lamp[1] - 50, 45, rgb("#fff4d8"), 1.4);
  return img;
}

function lighthouse() {
  const img = new Canvas(WIDTH, HEIGHT);
  const horizon = 470;
  const cliff = (x) => lerp(horizon + 12, 360, smooth(500, 900, x)) + 44 * (fbm(x / 90, 2.2, 201, 5) - 0.5) * smooth(500, 720, x) + 30 * smooth(1300, 1600, x);
  const waterline = (x) => horizon + 12 + (x - 500) * 0.3 + 16 * (fbm(x / 40, 7.7, 203, 3) - 0.5);
  img.fill((x, y) => {
    if (y < horizon) {
      const t = y / horizon;
      let c = ramp([[0, rgb("#3f6fa8")], [0.7, rgb("#9cc0dc")], [1, rgb("#f0d8b8")]], t);
      const n = fbm(x / 500 + 3, y / 110, 211, 6);
      const cloud = smooth(0.48, 0.7, n) * (1 - smooth(250, 440, y));
      const shade = fbm(x / 160, y / 60, 213, 4);
      c = mix(c, mix(rgb("#8890a8"), rgb("#fbf6ee"), clamp(shade * 1.2 + (1 - t) * 0.2)), cloud);
      return c;
    }
    const depth = y - horizon;
    const k = 1 + depth / 70;
    const wave = fbm(x / (16 * k), Math.log(1 + depth / 6) * 14, 221, 5);
    let c = mix(rgb("#2a5a80"), rgb("#0e3a5a"), smooth(0, 300, depth));
    c = mix(c, rgb("#2e8a94"), smooth(0, 400, depth) * smooth(300, 1000, x) * 0.5);
    c = mix(c, rgb("#a8c8dc"), smooth(0.6, 0.72, wave) * 0.45);
    c = mix(c, rgb("#f4f8fa"), smooth(0.72, 0.8, wave) * smooth(30, 250, depth) * 0.45);
    c = mix(c, scale(c, 0.6), smooth(0.5, 0.3, wave) * 0.4);
    return c;
  });
  // The headland: rock that falls to the sea, grass along its top.
  img.map((x, y, sea) => {
    const top = cliff(x);
    const foot = waterline(x);
    if (x < 500 || y < top - 2 || y > foot + 2 || top > foot) return null;
    const rock = fbm(x / 70, y / 45, 231, 6);
    const crack = smooth(0.03, 0.0, Math.abs(fbm(x / 120, y / 200, 233, 4) - 0.5));
    const strata = 0.5 + 0.5 * Math.sin(y * 0.09 + fbm(x / 200, y / 50, 235, 3) * 8);
    let c = mix(rgb("#3a3430"), rgb("#a89884"), clamp(rock * rock * 1.3 + strata * 0.15));
    c = mix(c, rgb("#1e1a18"), crack * 0.4);
    c = scale(c, (0.55 + 0.75 * smooth(1600, 700, x) * (0.5 + rock * 0.5)) * (1 - 0.45 * smooth(top + 40, foot, y)));
    const grass = 1 - smooth(top + 10, top + 34 + fbm(x / 30, 1, 237, 3) * 24, y);
    c = mix(c, mix(rgb("#3a5a22"), rgb("#8aa84a"), fbm(x / 12, y / 6, 239, 3)), grass);
    const edge = smooth(top - 1.5, top + 1.5, y) * smooth(foot + 1.5, foot - 1.5, y);
    return edge > 0 ? mix(sea, c, edge) : null;
  }, 300, HEIGHT);
  // Foam where the sea meets the rock, and rocks in the shallows.
  img.map((x, y, c) => {
    if (x < 470) return null;
    const d = Math.abs(y - waterline(x) - 6) + (fbm(x / 20, y / 20, 241, 4) - 0.5) * 30;
    const foam = (1 - smooth(0, 10 + (x - 470) * 0.03, d)) * smooth(0.35, 0.6, fbm(x / 14, y / 6, 243, 4));
    return foam > 0 ? mix(c, rgb("#f4f6f4"), foam) : null;
  }, horizon, HEIGHT);
  const rocks = prng(23);
  for (let i = 0; i < 6; i++) {
    const x = 80 + i * 90 + rocks() * 40;
    const y = 770 + rocks() * 90;
    const r = 40 + rocks() * 60;
    const stone = ellipse(x, y, r, r * 0.6);
    const rough = { box: [x - r * 1.2, y - r * 0.8, x + r * 1.2, y + r * 0.8], sdf: (px, py) => stone.sdf(px, py) + (fbm(px / 25, py / 25, 253 + i, 3) - 0.5) * r * 0.5 };
    img.draw(ellipse(x, y + r * 0.45, r * 1.3, r * 0.22), (px, py) => [...rgb("#f0f4f4"), smooth(0.4, 0.65, fbm(px / 10, py / 5, 255, 3))], { soft: 16 });
    img.draw(rough, (px, py) => {
      const lit = smooth(y + r * 0.5, y - r * 0.6, py) * smooth(x + r, x - r, px);
      return mix(rgb("#1e1c1e"), rgb("#7a6e64"), lit * fbm(px / 30, py / 20, 251, 5) * 1.5);
    }, { soft: 2 });
  }

  // The lighthouse and its keeper's cottage on the crest.
  const lx = 1130;
  const base = cliff(lx) + 16;
  const top = 120;
  const cottage = rect(1220, base - 70, 1400, base + 10);
  img.draw(cottage, (x, y) => scale(rgb("#ece6da"), 0.7 + 0.35 * smooth(1400, 1220, x) + fbm(x / 8, y / 8, 261, 3) * 0.1));
  img.draw(polygon([[1205, base - 66], [1415, base - 66], [1380, base - 120], [1240, base - 120]]), (x, y) => mix(rgb("#6a1c16"), rgb("#b83a2a"), fbm(x / 20, y / 4, 263, 3)));
  for (const wx of [1250, 1320]) img.draw(rect(wx, base - 50, wx + 32, base - 18, 2), rgb("#2a3440"));
  const tower = polygon([[lx - 52, base], [lx + 52, base], [lx + 34, top + 60], [lx - 34, top + 60]]);
  img.draw(tower, (x, y) => {
    const half = lerp(34, 52, (y - top - 60) / (base - top - 60));
    const u = (x - lx) / half;
    const lit = clamp(Math.sqrt(Math.max(0, 1 - u * u)) * 0.8 - u * 0.45 + 0.2);
    const stripe = Math.floor((y - top - 60) / 62) % 2 === 1;
    const paint = stripe ? rgb("#c02a22") : rgb("#f4f0ea");
    return scale(paint, 0.35 + 0.75 * lit + (fbm(x / 6, y / 6, 271, 3) - 0.5) * 0.08);
  });
  img.draw(rect(lx - 46, top + 52, lx + 46, top + 62, 2), rgb("#202428"));
  for (let x = lx - 42; x <= lx + 42; x += 10) img.draw(capsule(x, top + 36, x, top + 52, 1.3), rgb("#202428"));
  img.draw(capsule(lx - 46, top + 36, lx + 46, top + 36, 2), rgb("#202428"));
  img.draw(rect(lx - 26, top + 8, lx + 26, top + 52), (x) => mix(rgb("#fff0b0"), rgb("#e0a040"), Math.abs(x - lx) / 26));
  for (const x of [lx - 13, lx, lx + 13]) img.draw(capsule(x, top + 8, x, top + 52, 1.5), rgb("#303030"));
  img.draw(polygon([[lx - 32, top + 10], [lx + 32, top + 10], [lx, top - 22]]), rgb("#1e2024"), { soft: 1.5 });
  img.draw(capsule(lx, top - 22, lx, top - 40, 2), rgb("#1e2024"));
  img.glow(lx, top + 30, 30, rgb("#fff2c0"), 1.6);
  return img;
}

function marathon() {
  const img = new Canvas(WIDTH, HEIGHT);
  const vp = [820, 360];
  const kerbL = (y) => vp[0] - (y - vp[1]) * 2.2;
  const kerbR = (y) => vp[0] + (y - vp[1]) * 2.4;
  const sun = rgb("#fff0d4");
  img.fill((x, y) => {
    const dx = x - vp[0];
    const dy = y - vp[1];
    const side = dx < 0 ? -1 : 1;
    const slope = side < 0 ? 2.2 : 2.4;
    const run = Math.abs(dx) / slope; // how far below the vanishing point the kerb is here
    if (dy > run) {
      // The road: asphalt with a painted race line and centre dashes.
      const z = 4000 / dy;
      const u = (dx / dy) * 200;
      const tex = fbm(u / 8, z / 4, 301, 4);
      let c = mix(rgb("#3a3a3e"), rgb("#6a6a6e"), tex);
      c = scale(c, 0.8 + 0.5 * smooth(-400, 600, dx) * smooth(0, 500, dy));
      if (Math.abs(u - 30) < 5 && ((z / 60) % 1) < 0.55) c = mix(c, rgb("#e8e8e0"), 0.85);
      if (Math.abs(u + 120) < 8) c = mix(c, rgb("#2a6ad0"), 0.8);
      return c;
    }
    // The buildings on either side, in perspective: floors and windows.
    const z = 60000 / Math.max(1, Math.abs(dx));
    const height = 18 + 30 * hash2(Math.floor(z / 900), side, 311);
    const h = (-dy / Math.abs(dx)) * 60000 / 1000;
    const sky = ramp([[0, rgb("#6aa0d8")], [1, rgb("#d8e4ec")]], y / 400);
    if (h > height) return mix(sky, rgb("#fff4e0"), Math.exp(-Math.hypot(x - 1300, y - 60) / 300) * 0.7);
    const hue = hash2(Math.floor(z / 900), side, 313);
    let wall = ramp([[0, rgb("#8a6a58")], [0.4, rgb("#c8b8a0")], [0.7, rgb("#7a8490")], [1, rgb("#b07050")]], hue);
    const win = (z / 140) % 1 < 0.55 && (h / 3.2) % 1 > 0.35 && h > 4;
    if (win) wall = mix(rgb("#1e2a38"), rgb("#8ab0d0"), fbm(x / 20, y / 40, 317, 3) * 0.7);
    const lit = side > 0 ? 0.55 : 1.1;
    const haze = Math.exp(-Math.abs(dx) / 260);
    return mix(scale(wall, lit * (0.9 + fbm(x / 40, y / 40, 319, 3) * 0.2)), mix(sky, rgb("#c8d0d8"), 0.5), haze * 0.7);
  });
  // Crowds and barriers along the kerbs.
  const random = prng(29);
  for (let i = 0; i < 260; i++) {
    const t = random() ** 1.6;
    const y = vp[1] + 10 + t * 480;
    const side = random() < 0.5 ? -1 : 1;
    const x = (side < 0 ? kerbL(y) : kerbR(y)) + side * (random() * 0.6 - 0.1) * (y - vp[1]);
    const s = (y - vp[1]) / 5;
    const shirt = rgb(["#d83a30", "#f0c030", "#2a6ad0", "#f4f4f0", "#2a2a2a", "#30a060", "#e07020"][Math.floor(random() * 7)]);
    img.draw(capsule(x, y - s * 0.9, x, y - s * 2.6, s * 0.45), scale(shirt, side < 0 ? 1 : 0.6), { soft: 2 });
    img.draw(circle(x, y - s * 3.3, s * 0.35), scale(rgb(["#e8b898", "#a06a48", "#5a3a28"][Math.floor(random() * 3)]), side < 0 ? 1 : 0.6), { soft: 2 });
  }
  for (const side of [-1, 1]) {
    for (let y = vp[1] + 20; y < HEIGHT; y += (y - vp[1]) * 0.25 + 4) {
      const s = (y - vp[1]) / 5;
      const x = side < 0 ? kerbL(y) : kerbR(y);
      img.draw(rect(x - s * 2.2, y - s * 1.6, x + s * 2.2, y - s * 0.9), mix(rgb("#f0f0e8"), rgb("#d83a30"), Math.floor(y / 7) % 2), { soft: 2 });
    }
  }
  img.blur(3, 0, HEIGHT);

  // The runners, coming towards us, far to near, shadows falling left.
  const runner = (gx, gy, phase, shirt, shorts, skin) => {
    const s = (gy - vp[1]) / 9;
    const hip = gy - 4.4 * s;
    const shoulder = gy - 7 * s;
    const shaded = (c) => (x) => mix(scale(c, 0.45), c, smooth(gx - 1.2 * s, gx + 1.2 * s, x));
    img.draw(ellipse(gx - 1.4 * s, gy + 0.1 * s, 2.4 * s, 0.4 * s), [...rgb("#101014"), 0.5], { soft: s * 0.6 });
    const leg = (side, lift) => {
      const hx = gx + side * 0.45 * s;
      const knee = [hx + side * 0.12 * s, hip + 2.1 * s - lift * 1.1 * s];
      const foot = [hx + side * 0.05 * s, knee[1] + lerp(2.3, 1.3, lift) * s];
      const tone = scale(skin, 1 - lift * 0.15);
      img.draw(capsule(hx, hip + 0.4 * s, knee[0], knee[1], 0.42 * s, 0.32 * s), shaded(tone));
      img.draw(capsule(knee[0], knee[1], foot[0], foot[1], 0.32 * s, 0.2 * s), shaded(scale(tone, 0.9)));
      img.draw(ellipse(foot[0], foot[1] + 0.1 * s, 0.34 * s, 0.26 * s), shaded(rgb(lift > 0 ? "#f4f4f4" : "#e8e8ec")));
    };
    const lift = Math.sin(phase);
    if (lift > 0) {
      leg(1, 0);
      leg(-1, lift);
    } else {
      leg(-1, 0);
      leg(1, -lift);
    }
    img.draw(rect(gx - 0.9 * s, hip - 0.3 * s, gx + 0.9 * s, hip + 0.9 * s, 0.3 * s), shaded(shorts));
    img.draw(capsule(gx, shoulder + 0.5 * s, gx, hip - 0.2 * s, 0.85 * s, 0.78 * s), shaded(shirt));
    img.draw(rect(gx - 0.5 * s, shoulder + 0.9 * s, gx + 0.5 * s, shoulder + 1.6 * s, 0.08 * s), (x, y) => {
      const digits = Math.abs(Math.sin((x - gx) / (s * 0.09))) > 0.45 && Math.abs(y - shoulder - 1.3 * s) < 0.2 * s && Math.abs(x - gx) < 0.36 * s;
      return digits ? rgb("#202020") : rgb("#f4f4f0");
    });
    for (const side of [-1, 1]) {
      const swing = lift * side;
      const top = [gx + side * 0.85 * s, shoulder + 0.35 * s];
      const elbow = [gx + side * 1.2 * s, shoulder + 1.5 * s + swing * 0.35 * s];
      const hand = [gx + side * 0.75 * s, shoulder + 1.3 * s - swing * 0.7 * s];
      img.draw(capsule(top[0], top[1], elbow[0], elbow[1], 0.26 * s, 0.22 * s), shaded(skin));
      img.draw(capsule(elbow[0], elbow[1], hand[0], hand[1], 0.22 * s, 0.2 * s), shaded(scale(skin, 0.92)));
    }
    img.draw(capsule(gx, shoulder + 0.2 * s, gx, shoulder - 0.5 * s, 0.28 * s), shaded(scale(skin, 0.85)));
    img.draw(ellipse(gx, shoulder - 0.95 * s, 0.5 * s, 0.6 * s), shaded(skin));
    img.draw(subtract(ellipse(gx, shoulder - 1.1 * s, 0.54 * s, 0.55 * s), rect(gx - s, shoulder - 1.15 * s, gx + s, shoulder)), rgb("#2a1c14"));
  };
  const shirts = ["#e83a2a", "#2a7ae0", "#f0d020", "#20a070", "#f4f4f0", "#e06ab0", "#ff7a20", "#303848"];
  const skins = ["#e8b898", "#c88a60", "#8a5a3a", "#f0c8a8", "#5a3a28"];
  const field = [];
  for (let i = 0; i < 18; i++) {
    const t = i / 17;
    const gy = vp[1] + 50 + t ** 1.4 * 470;
    const road = (gy - vp[1]) * 2.2;
    field.push([vp[0] + (random() - 0.5) * road * 1.2, gy, random() * 6.28]);
  }
  for (const [gx, gy, phase] of field) {
    runner(gx, gy, phase, rgb(shirts[Math.floor(random() * shirts.length)]), rgb(random() < 0.5 ? "#1a1a22" : "#2a3a6a"), rgb(skins[Math.floor(random() * skins.length)]));
  }
  img.map((x, y, c) => mix(c, scale(sun, 1.2), 0.12 * Math.exp(-Math.hypot(x - 1400, y) / 500)), 0, HEIGHT);
  return img;
}

const SCENES = { harbour, bakery, telescope, repair, lighthouse, marathon };

// ---------------------------------------------------------------- output

const require = createRequire(import.meta.url);
const sharp = require(join(ROOT, ".tools/sharp/node_modules/sharp"));

const started = performance.now();
mkdirSync(OUT, { recursive: true });
// `node tools/newsroom/photos.mjs harbour` redraws only the scenes named.
const only = process.argv.slice(2);
let seed = 1;
for (const [name, draw] of Object.entries(SCENES)) {
  seed += 1;
  if (only.length && !only.includes(name)) continue;
  const pixels = draw().develop(seed * 7919);
  const original = sharp(pixels, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } });
  for (const width of WIDTHS) {
    const height = (width * 9) / 16;
    const sized = original.clone().resize(width, height, { kernel: "lanczos3" });
    await sized.clone().jpeg({ quality: 70, progressive: true, mozjpeg: true }).toFile(join(OUT, `${name}-${width}.jpg`));
    await sized.clone().webp({ quality: 65, effort: 5 }).toFile(join(OUT, `${name}-${width}.webp`));
  }
}
let total = 0;
for (const file of readdirSync(OUT).sort()) {
  const { size } = statSync(join(OUT, file));
  total += size;
  console.log(`${String(Math.round(size / 1024)).padStart(5)} KB  public/api/images/photos/${file}`);
}
console.log(`${String(Math.round(total / 1024)).padStart(5)} KB  in all, drawn and encoded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
