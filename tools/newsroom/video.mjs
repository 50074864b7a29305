#!/usr/bin/env node
// Draws and records the sample newsroom's one video: five seconds of a rainy
// city street at a marathon's finish line, the leader breaking the tape under
// the gantry. Chromium paints it frame by frame on a canvas (seeded, so every
// run draws the same scene), MediaRecorder encodes it to WebM as it plays,
// and this script remuxes the bytes so the file states its duration and
// carries a seek index, into public/api/video/marathon-finish.webm. Nothing
// is downloaded or copied.
//
//   make video        (needs the project's Playwright and Debian's Chromium)

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { prng } from "./random.mjs";
import { chromium } from "@playwright/test";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const OUT = join(ROOT, "public/api/video/marathon-finish.webm");
const SETTINGS = { width: 640, height: 360, fps: 25, seconds: 5, seed: 42, bitsPerSecond: 400_000 };

// ---------------------------------------------------------------- the film

/**
 * Runs inside the page: draws the scene at `fps` while MediaRecorder captures
 * the canvas, and resolves to the WebM bytes as base64. Playwright sends it
 * to the page as source text, so all it uses is in it, or (the PRNG) in the page.
 */
async function film({ width: W, height: H, fps, seconds, seed, bitsPerSecond }) {
  // ---- numbers (random.mjs's prng, put in the page by the run below)
  const prng = window.prng;
  const random = prng(seed);
  const range = (lo, hi) => lo + (hi - lo) * random();
  const pick = (list) => list[Math.floor(random() * list.length)];
  const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
  const smooth = (a, b, x) => {
    const t = clamp((x - a) / (b - a), 0, 1);
    return t * t * (3 - 2 * t);
  };

  // ---- colour: [r, g, b] in 0..255, faded into the rain's haze with distance
  const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);
  const css = (c, alpha = 1) => `rgba(${c.map((v) => Math.round(clamp(v, 0, 255))).join(",")},${alpha})`;
  const HAZE = hex("#8d99a4");
  const fog = (c, z) => mix(c, HAZE, 1 - Math.exp(-z / 140));
  const lit = (c, k) => c.map((v) => v * k);

  // ---- the camera: on the gantry's platform, 3.2 m up, looking down the course
  const F = 420;
  const VX = W / 2;
  const VY = 150;
  const EYE = 3.2;
  const P = (x, y, z) => [VX + (F * x) / z, VY + (F * (EYE - y)) / z];

  const canvas = document.createElement("canvas");
  canvas.width = W;
  canvas.height = H;
  document.body.append(canvas);
  const ctx = canvas.getContext("2d", { alpha: false });
  const layer = () => {
    const c = document.createElement("canvas");
    c.width = W;
    c.height = H;
    return [c, c.getContext("2d")];
  };
  const poly = (g, points, fill) => {
    g.beginPath();
    points.forEach(([x, y], i) => (i ? g.lineTo(x, y) : g.moveTo(x, y)));
    g.closePath();
    g.fillStyle = fill;
    g.fill();
  };
  const quad = (g, corners, fill) => poly(g, corners.map((p) => P(...p)), fill);

  // The scene's layout, in metres: the road runs from x = -6 to 6, pavements
  // to ±10, where the buildings stand; the finish line is 12 m ahead.
  const LINE = 12;
  const ROAD = 6;
  const KERB = 10;
  const NEAR = 1.5;
  const FAR = 700;

  // ---------------------------------------------------------- the still street
  const [bg, b] = layer();
  {
    const sky = b.createLinearGradient(0, 0, 0, VY);
    sky.addColorStop(0, "#46525f");
    sky.addColorStop(0.7, "#7c8995");
    sky.addColorStop(1, css(HAZE));
    b.fillStyle = sky;
    b.fillRect(0, 0, W, VY + 2);
    // Low cloud: soft lighter banks drifting across the slot of sky.
    for (let i = 0; i < 14; i++) {
      const x = range(0, W);
      const y = range(0, VY * 0.8);
      const r = range(40, 110);
      const cloud = b.createRadialGradient(x, y, 0, x, y, r);
      cloud.addColorStop(0, "rgba(190,198,206,0.18)");
      cloud.addColorStop(1, "rgba(190,198,206,0)");
      b.fillStyle = cloud;
      b.fillRect(x - r, y - r, 2 * r, 2 * r);
    }

    // The road: wet asphalt that mirrors the bright sky near the horizon.
    const road = b.createLinearGradient(0, VY, 0, H);
    road.addColorStop(0, css(HAZE));
    road.addColorStop(0.08, "#6d7782");
    road.addColorStop(0.35, "#3c424a");
    road.addColorStop(1, "#24282d");
    quad(b, [[-ROAD, 0, NEAR], [ROAD, 0, NEAR], [ROAD, 0, FAR], [-ROAD, 0, FAR]], road);
    // Puddles: smears of sky along the crown of the road.
    for (let i = 0; i < 40; i++) {
      const z = LINE - 8 + range(0, 120) ** 1.1;
      const x = range(-ROAD + 0.5, ROAD - 0.5);
      const [sx, sy] = P(x, 0, z);
      const r = (F * range(0.6, 2.2)) / z;
      const puddle = b.createRadialGradient(sx, sy, 0, sx, sy, r);
      puddle.addColorStop(0, css(fog(hex("#8f9aa6"), z), 0.28));
      puddle.addColorStop(1, css(fog(hex("#8f9aa6"), z), 0));
      b.save();
      b.translate(sx, sy);
      b.scale(1, 0.22);
      b.translate(-sx, -sy);
      b.fillStyle = puddle;
      b.fillRect(sx - r, sy - r, 2 * r, 2 * r);
      b.restore();
    }
    // Paint: the blue line the runners follow, centre dashes, the finish line.
    quad(b, [[-1.05, 0, NEAR], [-0.93, 0, NEAR], [-0.93, 0, FAR], [-1.05, 0, FAR]], "rgba(48,104,200,0.85)");
    for (let z = 3; z < 260; z += 9) {
      quad(b, [[-0.07, 0, z], [0.07, 0, z], [0.07, 0, z + 4], [-0.07, 0, z + 4]], css(fog(hex("#d8dcd8"), z), 0.75));
    }
    quad(b, [[-ROAD, 0, LINE - 0.7], [ROAD, 0, LINE - 0.7], [ROAD, 0, LINE + 0.7], [-ROAD, 0, LINE + 0.7]], "rgba(24,36,64,0.9)");
    quad(b, [[-ROAD, 0, LINE - 0.22], [ROAD, 0, LINE - 0.22], [ROAD, 0, LINE + 0.22], [-ROAD, 0, LINE + 0.22]], "#e9ece8");
    for (let x = -ROAD; x < ROAD; x += 0.6) {
      quad(b, [[x, 0, LINE - 0.22], [x + 0.3, 0, LINE - 0.22], [x + 0.3, 0, LINE], [x, 0, LINE]], "#1b2233");
      quad(b, [[x + 0.3, 0, LINE], [x + 0.6, 0, LINE], [x + 0.6, 0, LINE + 0.22], [x + 0.3, 0, LINE + 0.22]], "#1b2233");
    }

    // Pavements and kerbs.
    for (const side of [-1, 1]) {
      const pave = b.createLinearGradient(0, VY, 0, H);
      pave.addColorStop(0, css(HAZE));
      pave.addColorStop(0.3, "#5d646c");
      pave.addColorStop(1, "#454b52");
      quad(b, [[side * ROAD, 0, NEAR], [side * KERB, 0, NEAR], [side * KERB, 0, FAR], [side * ROAD, 0, FAR]], pave);
      quad(b, [[side * ROAD, 0, NEAR], [side * (ROAD + 0.15), 0, NEAR], [side * (ROAD + 0.15), 0, FAR], [side * ROAD, 0, FAR]], "#8b9198");
    }

    // Buildings down both sides, far ones first: facades with floors of
    // windows, some lit, and shopfronts glowing at street level.
    for (const side of [-1, 1]) {
      const blocks = [];
      for (let z = 6; z < FAR; ) {
        const depth = range(14, 34);
        blocks.push({ z0: z, z1: z + depth, height: range(12, 30), wall: pick(["#7a6456", "#8d8478", "#5f6670", "#9a7a5c", "#6d5a52", "#77818a"]), lights: range(0.15, 0.45) });
        z += depth;
      }
      for (const { z0, z1, height, wall, lights } of blocks.reverse()) {
        const x = side * KERB;
        const mid = (z0 + z1) / 2;
        const tone = lit(hex(wall), side < 0 ? 1.0 : 0.78);
        quad(b, [[x, 0, z0], [x, height, z0], [x, height, z1], [x, 0, z1]], css(fog(tone, mid)));
        // The face of the block towards the camera, where the next is lower.
        quad(b, [[x, 0, z0], [x, height, z0], [x + side * 4, height, z0], [x + side * 4, 0, z0]], css(fog(lit(tone, 0.8), z0)));
        if ((F * 1.2) / z0 < 1.2) continue;
        for (let floor = 1; (floor + 1) * 3.3 < height; floor++) {
          for (let wz = z0 + 1; wz + 1.3 < z1; wz += 2.6) {
            const on = random() < lights;
            const glass = on ? mix(hex("#f4c778"), hex("#ffe2a8"), random()) : mix(hex("#27313d"), hex("#6f8296"), random() * 0.6);
            const y0 = floor * 3.3 + 0.9;
            quad(b, [[x, y0, wz], [x, y0 + 1.7, wz], [x, y0 + 1.7, wz + 1.3], [x, y0, wz + 1.3]], css(fog(glass, wz), on ? 0.95 : 0.9));
          }
        }
        // Shopfront: glass lit from inside, under an awning.
        const shop = fog(mix(hex("#e8b46a"), hex("#d88a4a"), random()), mid);
        quad(b, [[x, 0.2, z0 + 1], [x, 2.8, z0 + 1], [x, 2.8, z1 - 1], [x, 0.2, z1 - 1]], css(shop, 0.75));
        quad(b, [[x, 2.9, z0 + 0.5], [x, 3.4, z0 + 0.5], [x, 3.4, z1 - 0.5], [x, 2.9, z1 - 0.5]], css(fog(hex(pick(["#7a2a2a", "#24465e", "#2d5a3a", "#3b3b44"])), mid)));
      }
    }
    // Street lamps along the pavements, and their smeared reflections.
    for (const side of [-1, 1]) {
      for (let z = 20; z < 260; z += 24) {
        const [px, py0] = P(side * 8.6, 0, z);
        const [, py1] = P(side * 8.6, 7, z);
        const [hx, hy] = P(side * 7.6, 7, z);
        b.strokeStyle = css(fog(hex("#2b2f35"), z));
        b.lineWidth = Math.max(0.6, (F * 0.16) / z);
        b.beginPath();
        b.moveTo(px, py0);
        b.lineTo(px, py1);
        b.lineTo(hx, hy);
        b.stroke();
        const [rx, ry] = P(side * 7.6, -7, z);
        const len = (F * 5) / z;
        const streak = b.createLinearGradient(0, ry - len, 0, ry + len);
        streak.addColorStop(0, "rgba(255,214,150,0)");
        streak.addColorStop(0.5, `rgba(255,214,150,${0.35 * Math.exp(-z / 160)})`);
        streak.addColorStop(1, "rgba(255,214,150,0)");
        b.fillStyle = streak;
        const wide = Math.max(1.5, (F * 0.5) / z);
        b.fillRect(rx - wide / 2, ry - len, wide, 2 * len);
      }
    }
    // Mist hanging at the end of the street.
    const mist = b.createLinearGradient(0, VY - 60, 0, VY + 40);
    mist.addColorStop(0, "rgba(141,153,164,0)");
    mist.addColorStop(0.6, "rgba(141,153,164,0.55)");
    mist.addColorStop(1, "rgba(141,153,164,0)");
    b.fillStyle = mist;
    b.fillRect(0, VY - 60, W, 100);
  }

  // ---------------------------------------------------------- crowd barriers
  const [fence, f] = layer();
  for (const side of [-1, 1]) {
    const x = side * 6.1;
    for (let z = 4; z < 180; z += 2.4) {
      const panel = fog(z % 4.8 < 2.4 ? hex("#1d4f9c") : hex("#e6e9ec"), z);
      quad(f, [[x, 0.25, z], [x, 1.05, z], [x, 1.05, z + 2.35], [x, 0.25, z + 2.35]], css(lit(panel, side < 0 ? 1 : 0.85)));
      quad(f, [[x, 1.05, z], [x, 1.12, z], [x, 1.12, z + 2.4], [x, 1.05, z + 2.4]], css(fog(hex("#b9c0c6"), z)));
      quad(f, [[x, 0, z], [x, 0.25, z], [x, 0.25, z + 0.05], [x, 0, z + 0.05]], css(fog(hex("#9aa1a8"), z)));
    }
  }

  // ---------------------------------------------------------- the gantry
  const [arch, a] = layer();
  const CLOCK = { x: 0, y: 6.1 };
  {
    const z = LINE;
    const truss = (x0, x1, y0, y1) => {
      quad(a, [[x0, y0, z], [x1, y0, z], [x1, y1, z], [x0, y1, z]], "#2a2e35");
      a.strokeStyle = "#5a606a";
      a.lineWidth = 1.2;
      const [sx0, sy0] = P(x0, y0, z);
      const [sx1, sy1] = P(x1, y1, z);
      const vertical = Math.abs(sy1 - sy0) > Math.abs(sx1 - sx0);
      a.beginPath();
      if (vertical) {
        for (let y = sy1, k = 0; y < sy0; y += sx1 - sx0, k++) {
          a.moveTo(k % 2 ? sx0 : sx1, y);
          a.lineTo(k % 2 ? sx1 : sx0, Math.min(sy0, y + (sx1 - sx0)));
        }
      } else {
        for (let x = sx0, k = 0; x < sx1; x += sy0 - sy1, k++) {
          a.moveTo(x, k % 2 ? sy0 : sy1);
          a.lineTo(Math.min(sx1, x + (sy0 - sy1)), k % 2 ? sy1 : sy0);
        }
      }
      a.stroke();
    };
    truss(-6.9, -6.4, 0, 5.6);
    truss(6.4, 6.9, 0, 5.6);
    truss(-6.9, 6.9, 5.2, 5.6);
    // The banner under the beam.
    const [bx0, by0] = P(-6.4, 5.2, z);
    const [bx1, by1] = P(6.4, 4.15, z);
    const banner = a.createLinearGradient(0, by0, 0, by1);
    banner.addColorStop(0, "#c8322a");
    banner.addColorStop(1, "#8e1f1c");
    a.fillStyle = banner;
    a.fillRect(bx0, by0, bx1 - bx0, by1 - by0);
    a.fillStyle = "#f3efe6";
    a.fillRect(bx0, by1 - 3, bx1 - bx0, 3);
    a.font = `bold ${Math.round((by1 - by0) * 0.72)}px "DejaVu Sans", sans-serif`;
    a.textAlign = "center";
    a.textBaseline = "middle";
    a.fillStyle = "#ffffff";
    a.fillText("F I N I S H", (bx0 + bx1) / 2, (by0 + by1) / 2 - 1);
    a.font = `bold ${Math.round((by1 - by0) * 0.28)}px "DejaVu Sans", sans-serif`;
    a.fillStyle = "#f6d7a8";
    a.fillText("CITY MARATHON", bx0 + 48, (by0 + by1) / 2);
    a.fillText("42.195 KM", bx1 - 40, (by0 + by1) / 2);
    // The race clock sits on the beam; its digits are drawn each frame.
    const [cx0, cy0] = P(CLOCK.x - 1.7, CLOCK.y + 0.55, z);
    const [cx1, cy1] = P(CLOCK.x + 1.7, 5.6, z);
    a.fillStyle = "#15181d";
    a.fillRect(cx0, cy0, cx1 - cx0, cy1 - cy0);
    a.strokeStyle = "#5a606a";
    a.strokeRect(cx0 + 0.5, cy0 + 0.5, cx1 - cx0 - 1, cy1 - cy0 - 1);
    // Floodlights under the beam.
    for (const x of [-4.8, -1.6, 1.6, 4.8]) {
      const [lx, ly] = P(x, 5.2, z);
      a.fillStyle = "#fff6de";
      a.fillRect(lx - 4, ly - 1, 8, 3);
    }
  }

  // ---------------------------------------------------------- light
  const [glow, l] = layer();
  {
    const halo = (x, y, r, colour, alpha) => {
      const g = l.createRadialGradient(x, y, 0, x, y, r);
      g.addColorStop(0, css(colour, alpha));
      g.addColorStop(0.35, css(colour, alpha * 0.35));
      g.addColorStop(1, css(colour, 0));
      l.fillStyle = g;
      l.fillRect(x - r, y - r, 2 * r, 2 * r);
    };
    for (const side of [-1, 1]) {
      for (let z = 20; z < 260; z += 24) {
        const [hx, hy] = P(side * 7.6, 6.9, z);
        halo(hx, hy, Math.max(6, (F * 2.2) / z), hex("#ffd89a"), 0.55 * Math.exp(-z / 220));
      }
    }
    for (const x of [-4.8, -1.6, 1.6, 4.8]) {
      const [lx, ly] = P(x, 5.1, LINE);
      halo(lx, ly, 38, hex("#fff0d0"), 0.45);
      // The pool each throws on the wet road around the line.
      const [px, py] = P(x * 0.9, 0, LINE - 0.5);
      l.save();
      l.translate(px, py);
      l.scale(1, 0.3);
      halo(0, 0, 120, hex("#ffe6c0"), 0.16);
      l.restore();
    }
  }
  const [shade, v] = layer();
  {
    const vignette = v.createRadialGradient(W / 2, H * 0.45, H * 0.35, W / 2, H * 0.45, W * 0.62);
    vignette.addColorStop(0, "rgba(10,16,24,0)");
    vignette.addColorStop(1, "rgba(10,16,24,0.5)");
    v.fillStyle = vignette;
    v.fillRect(0, 0, W, H);
  }

  // ---------------------------------------------------------- people
  const SKIN = ["#8d5a3b", "#c68e63", "#e2b48f", "#5e3a26", "#a86f4c"];
  const COATS = ["#2c3440", "#3d3a36", "#4b2f2f", "#27404a", "#5a5148", "#1f2a22", "#6b6f76"];
  const UMBRELLAS = ["#c7372f", "#1f5fae", "#e0b42c", "#2f7d4f", "#222428", "#7a3f8e", "#e86e2c", "#dfe3e6"];
  const crowd = [];
  for (const side of [-1, 1]) {
    for (let i = 0; i < 130; i++) {
      const z = 7 + 150 * random() ** 1.7;
      crowd.push({
        x: side * range(6.45, 8.4),
        z,
        height: range(1.6, 1.88),
        skin: hex(pick(SKIN)),
        coat: hex(pick(COATS)),
        umbrella: random() < 0.55 ? hex(pick(UMBRELLAS)) : null,
        phase: range(0, 6.28),
        cheer: random() < 0.25,
      });
    }
  }
  crowd.sort((p, q) => q.z - p.z || p.x - q.x);

  /** One spectator behind the barrier, swaying, some waving. */
  function spectator(p, t) {
    const s = F / p.z;
    if (s < 1.2) return;
    const sway = Math.sin(t * 1.7 + p.phase) * 0.04;
    const [sx, sy] = P(p.x + sway, 0, p.z);
    const k = 0.85;
    ctx.save();
    ctx.translate(sx, sy);
    ctx.scale(s, s);
    const h = p.height;
    ctx.fillStyle = css(fog(lit(p.coat, k), p.z));
    ctx.beginPath();
    ctx.ellipse(0, -h * 0.55, 0.24, h * 0.36, 0, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = css(fog(lit(p.skin, k), p.z));
    ctx.beginPath();
    ctx.arc(0, -h + 0.1, 0.11, 0, Math.PI * 2);
    ctx.fill();
    if (p.cheer && !p.umbrella) {
      const up = 0.15 + 0.12 * Math.sin(t * 9 + p.phase);
      ctx.strokeStyle = css(fog(lit(p.coat, k), p.z));
      ctx.lineWidth = 0.09;
      ctx.lineCap = "round";
      ctx.beginPath();
      ctx.moveTo(-0.16, -h * 0.78);
      ctx.lineTo(-0.32, -h - up);
      ctx.moveTo(0.16, -h * 0.78);
      ctx.lineTo(0.32, -h - up);
      ctx.stroke();
    }
    if (p.umbrella) {
      const tilt = Math.sin(t * 1.3 + p.phase) * 0.06;
      ctx.rotate(tilt);
      ctx.fillStyle = css(fog(p.umbrella, p.z));
      ctx.beginPath();
      ctx.moveTo(-0.58, -h - 0.2);
      ctx.quadraticCurveTo(0, -h - 0.85, 0.58, -h - 0.2);
      ctx.closePath();
      ctx.fill();
      ctx.fillStyle = css(fog(lit(p.umbrella, 1.25), p.z), 0.5);
      ctx.beginPath();
      ctx.moveTo(-0.3, -h - 0.34);
      ctx.quadraticCurveTo(-0.1, -h - 0.62, 0.05, -h - 0.5);
      ctx.closePath();
      ctx.fill();
    }
    ctx.restore();
  }

  const LEADER = {
    singlet: hex("#e2452c"),
    shorts: hex("#1b2747"),
    shoes: hex("#c8f03a"),
    skin: hex("#7a4b2e"),
  };
  const CROSS = 2.7;
  const SPEED = 5.6;
  /** Where the leader is at time t: steady pace, then easing off after the line. */
  function leaderAt(t) {
    const after = Math.max(0, t - CROSS);
    const slowed = after ? Math.min(after, SPEED / 2.4) : 0;
    const z = LINE + SPEED * (CROSS - t) + (t > CROSS ? SPEED * after - (SPEED * slowed - 1.2 * slowed * slowed) : 0);
    const x = -0.75 + 0.3 * smooth(0, 5, t);
    return { x, z };
  }

  /**
   * A runner seen from the front, drawn in metres about the feet. `phase` is
   * the stride, `joy` raises the arms once the line is crossed.
   */
  function runnerFigure(g, kit, phase, joy, light) {
    const c = (colour) => css(lit(colour, light));
    const bob = Math.abs(Math.cos(phase)) * 0.05;
    g.lineCap = "round";
    g.lineJoin = "round";
    for (const side of [-1, 1]) {
      const lift = Math.max(0, Math.sin(phase + (side > 0 ? Math.PI : 0)));
      const hip = [side * 0.1, 0.93 + bob];
      const knee = [side * 0.12, 0.5 + lift * 0.28 + bob * 0.5];
      const foot = [side * 0.11, 0.06 + lift * 0.34];
      g.strokeStyle = c(kit.skin);
      g.lineWidth = 0.12;
      g.beginPath();
      g.moveTo(...hip);
      g.lineTo(...knee);
      g.lineTo(...foot);
      g.stroke();
      g.fillStyle = c(kit.shoes);
      g.beginPath();
      g.ellipse(foot[0], foot[1] - 0.02, 0.07, 0.05 - lift * 0.015, 0, 0, Math.PI * 2);
      g.fill();
    }
    // Shorts, then the singlet with its bib.
    g.fillStyle = c(kit.shorts);
    g.beginPath();
    g.moveTo(-0.17, 0.98 + bob);
    g.lineTo(0.17, 0.98 + bob);
    g.lineTo(0.19, 0.74 + bob);
    g.lineTo(-0.19, 0.74 + bob);
    g.closePath();
    g.fill();
    const chest = g.createLinearGradient(-0.22, 0, 0.22, 0);
    chest.addColorStop(0, c(lit(kit.singlet, 0.72)));
    chest.addColorStop(0.45, c(kit.singlet));
    chest.addColorStop(1, c(lit(kit.singlet, 0.85)));
    g.fillStyle = chest;
    g.beginPath();
    g.moveTo(-0.21, 1.46 + bob);
    g.lineTo(0.21, 1.46 + bob);
    g.lineTo(0.17, 0.96 + bob);
    g.lineTo(-0.17, 0.96 + bob);
    g.closePath();
    g.fill();
    g.fillStyle = c(hex("#f2f2ee"));
    g.fillRect(-0.1, 1.08 + bob, 0.2, 0.15);
    g.fillStyle = c(hex("#202020"));
    g.fillRect(-0.03, 1.11 + bob, 0.06, 0.09);
    // Arms: bent and pumping, opening into a V above the head after the line.
    for (const side of [-1, 1]) {
      const swing = Math.sin(phase + (side > 0 ? 0 : Math.PI));
      const shoulder = [side * 0.22, 1.43 + bob];
      const elbow = [side * (0.29 + 0.12 * joy), 1.16 + swing * 0.07 + joy * 0.5 + bob];
      const hand = [side * (0.17 + 0.4 * joy), 1.16 + swing * 0.16 + joy * 0.86 + bob];
      g.strokeStyle = c(kit.skin);
      g.lineWidth = 0.1;
      g.beginPath();
      g.moveTo(...shoulder);
      g.lineTo(...elbow);
      g.lineTo(...hand);
      g.stroke();
    }
    // Head, with a white cap against the rain.
    g.fillStyle = c(kit.skin);
    g.beginPath();
    g.ellipse(0, 1.6 + bob, 0.1, 0.12, 0, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = c(hex("#eeeeea"));
    g.beginPath();
    g.ellipse(0, 1.68 + bob, 0.11, 0.06, 0, Math.PI, 0);
    g.fill();
    g.fillRect(-0.12, 1.66 + bob, 0.24, 0.025);
  }

  /** A runner at (x, z): the figure, its shadow, and its blurred reflection in the wet road. */
  function runner(kit, x, z, phase, joy) {
    const s = F / z;
    const [sx, sy] = P(x, 0, z);
    const light = 0.72 + 0.45 * Math.exp(-(((z - LINE + 1) / 5) ** 2));
    ctx.save();
    ctx.fillStyle = "rgba(10,12,16,0.35)";
    ctx.beginPath();
    ctx.ellipse(sx, sy, 0.35 * s, 0.06 * s, 0, 0, Math.PI * 2);
    ctx.fill();
    ctx.save();
    ctx.globalAlpha = 0.22;
    if (s > 8) ctx.filter = `blur(${Math.min(3, s / 30)}px)`;
    ctx.translate(sx, sy);
    ctx.scale(s, s * 0.9);
    runnerFigure(ctx, kit, phase, joy, light * 0.8);
    ctx.restore();
    ctx.translate(sx, sy);
    ctx.scale(s, -s);
    runnerFigure(ctx, kit, phase, joy, light);
    ctx.restore();
  }

  /** A marshal holding one end of the tape, seen from behind in a hi-vis jacket. */
  function marshal(side, reach) {
    const z = LINE + 0.3;
    const s = F / z;
    const [sx, sy] = P(side * 3.7, 0, z);
    ctx.save();
    ctx.translate(sx, sy);
    ctx.scale(s, -s);
    ctx.fillStyle = "#23262c";
    ctx.fillRect(-0.17, 0, 0.15, 0.92);
    ctx.fillRect(0.02, 0, 0.15, 0.92);
    ctx.fillStyle = "#d4e83a";
    ctx.beginPath();
    ctx.moveTo(-0.25, 1.48);
    ctx.lineTo(0.25, 1.48);
    ctx.lineTo(0.22, 0.85);
    ctx.lineTo(-0.22, 0.85);
    ctx.closePath();
    ctx.fill();
    ctx.fillStyle = "#c9ccce";
    ctx.fillRect(-0.23, 1.05, 0.46, 0.05);
    ctx.fillRect(-0.24, 1.3, 0.48, 0.05);
    ctx.strokeStyle = "#d4e83a";
    ctx.lineWidth = 0.1;
    ctx.lineCap = "round";
    ctx.beginPath();
    ctx.moveTo(-side * 0.22, 1.42);
    ctx.lineTo(-side * (0.22 + 0.38 * reach), 1.42 - 0.3 * (1 - reach) - 0.1);
    ctx.moveTo(side * 0.22, 1.42);
    ctx.lineTo(side * 0.28, 1.0);
    ctx.stroke();
    ctx.fillStyle = "#1c1d22";
    ctx.beginPath();
    ctx.arc(0, 1.62, 0.115, 0, Math.PI * 2);
    ctx.fill();
    ctx.restore();
  }

  /** The finish tape: whole until the leader reaches it, then two falling halves. */
  function tape(t, leader) {
    const hand = (side, reach) => [side * (3.7 - 0.6 * reach), 1.22 - 0.25 * (1 - reach), LINE + 0.3];
    ctx.lineWidth = 2;
    ctx.lineCap = "round";
    const strip = (from, to, sag) => {
      const p0 = P(...from);
      const p1 = P(...to);
      const mid = P((from[0] + to[0]) / 2, (from[1] + to[1]) / 2 - sag, (from[2] + to[2]) / 2);
      ctx.strokeStyle = "#f4f1ea";
      ctx.beginPath();
      ctx.moveTo(...p0);
      ctx.quadraticCurveTo(2 * mid[0] - (p0[0] + p1[0]) / 2, 2 * mid[1] - (p0[1] + p1[1]) / 2, ...p1);
      ctx.stroke();
    };
    if (t < CROSS) {
      strip(hand(-1, 1), hand(1, 1), 0.08 + 0.15 * smooth(CROSS - 0.3, CROSS, t));
      return;
    }
    const after = t - CROSS;
    const reach = 1 - smooth(0.6, 1.6, after);
    for (const side of [-1, 1]) {
      const start = hand(side, reach);
      const dragged = [leader.x + side * 0.2, 1.25, Math.max(leader.z, LINE - 1.5)];
      const hanging = [start[0] - side * 0.1, 0.1, LINE + 0.1];
      const fall = smooth(0.1, 0.9, after);
      const end = dragged.map((v, i) => v + (hanging[i] - v) * fall);
      strip(start, end, 0.15 * (1 - fall));
    }
  }

  // Rain: three depths of streaks, slanting in the wind, and splashes on the road.
  const rain = [];
  for (const [count, length, speed, width, alpha] of [[420, 7, 13, 1, 0.16], [200, 15, 22, 1, 0.22], [50, 34, 40, 1.6, 0.18]]) {
    for (let i = 0; i < count; i++) {
      rain.push({ x: range(-40, W + 40), y: range(0, H), length: length * range(0.8, 1.2), speed: speed * range(0.9, 1.1), width, alpha });
    }
  }
  const WIND = 0.18;
  function weather(frame) {
    ctx.lineCap = "butt";
    for (const d of rain) {
      const span = H + d.length;
      const y = ((d.y + d.speed * frame) % span) - d.length;
      const x = d.x - WIND * d.speed * frame;
      const wx = ((x % (W + 80)) + W + 80) % (W + 80) - 40;
      ctx.strokeStyle = `rgba(214,222,230,${d.alpha})`;
      ctx.lineWidth = d.width;
      ctx.beginPath();
      ctx.moveTo(wx, y);
      ctx.lineTo(wx - WIND * d.length, y + d.length);
      ctx.stroke();
    }
    const splash = prng(seed * 1000 + frame);
    ctx.strokeStyle = "rgba(210,218,226,0.35)";
    ctx.lineWidth = 1;
    for (let i = 0; i < 26; i++) {
      const z = 3 + 60 * splash() ** 1.5;
      const [sx, sy] = P(splash() * 2 * ROAD - ROAD, 0, z);
      const r = (F * 0.12) / z;
      ctx.beginPath();
      ctx.ellipse(sx, sy, r, r * 0.3, 0, Math.PI, 0);
      ctx.stroke();
    }
  }

  /** The race clock's digits: the winner's time ticking over as the film runs. */
  function clock(t) {
    const total = 2 * 3600 + 5 * 60 + 31 + t;
    const text = `${Math.floor(total / 3600)}:${String(Math.floor((total % 3600) / 60)).padStart(2, "0")}:${String(Math.floor(total % 60)).padStart(2, "0")}`;
    const [cx, cy] = P(CLOCK.x, CLOCK.y + 0.03, LINE);
    ctx.font = `bold 20px "DejaVu Sans Mono", monospace`;
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillStyle = "#ffb43a";
    ctx.shadowColor = "rgba(255,160,40,0.8)";
    ctx.shadowBlur = 6;
    ctx.fillText(text, cx, cy);
    ctx.shadowBlur = 0;
  }

  // The chasing pack, well over a minute back: specks far down the road.
  const chasers = [0, 1, 2, 3].map((i) => ({ x: -1.6 + i * 0.7 + range(-0.2, 0.2), z: range(330, 380), phase: range(0, 6.28) }));
  const CHASER = { singlet: hex("#2a64c8"), shorts: hex("#222222"), shoes: hex("#f0f0f0"), skin: hex("#8d5a3b") };

  function draw(frame) {
    const t = frame / fps;
    ctx.drawImage(bg, 0, 0);
    for (const p of crowd) spectator(p, t);
    ctx.drawImage(fence, 0, 0);
    for (const c of chasers) runner(CHASER, c.x, c.z - SPEED * t, c.phase + t * 10, 0);
    const leader = leaderAt(t);
    const stride = t * 2 * Math.PI * 1.55 - Math.max(0, t - CROSS) ** 2 * 3;
    const joy = smooth(CROSS + 0.15, CROSS + 0.9, t);
    const beyond = leader.z > LINE + 0.3;
    if (beyond) runner(LEADER, leader.x, leader.z, stride, joy);
    marshal(-1, 1 - smooth(CROSS + 0.6, CROSS + 1.6, t));
    marshal(1, 1 - smooth(CROSS + 0.6, CROSS + 1.6, t));
    ctx.drawImage(arch, 0, 0);
    clock(t);
    tape(t, leader);
    if (!beyond) runner(LEADER, leader.x, leader.z, stride, joy);
    weather(frame);
    ctx.globalCompositeOperation = "lighter";
    ctx.drawImage(glow, 0, 0);
    ctx.globalCompositeOperation = "source-over";
    ctx.drawImage(shade, 0, 0);
  }

  // ---------------------------------------------------------- recording
  // VP8 first: every browser that plays WebM decodes it, in software if need be.
  const mimeType = ["video/webm;codecs=vp8", "video/webm;codecs=vp9", "video/webm"].find((m) => MediaRecorder.isTypeSupported(m));
  if (!mimeType) throw new Error("this Chromium's MediaRecorder cannot write WebM");
  const frames = Math.round(fps * seconds);
  // Each frame is drawn once, by its number, and handed to the recorder
  // explicitly: a canvas captured at a fixed rate drops frames whenever the
  // machine is busy. The timer keeps the encoder near real time; the exact
  // 25 fps timestamps are written afterwards, when the file is remuxed.
  const stream = canvas.captureStream(0);
  const [track] = stream.getVideoTracks();
  const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: bitsPerSecond, videoKeyFrameIntervalCount: fps });
  const chunks = [];
  recorder.ondataavailable = (event) => event.data.size && chunks.push(event.data);
  const stopped = new Promise((ok) => (recorder.onstop = ok));
  recorder.start();
  const wait = (ms) => new Promise((ok) => setTimeout(ok, ms));
  // Time for the recorder to attach before the first frame, and after the
  // last for the encoder to take it: without these the ends go missing.
  await wait(300);
  const start = performance.now();
  for (let frame = 0; frame < frames; frame++) {
    draw(frame);
    track.requestFrame();
    await wait(Math.max(12, start + ((frame + 1) * 1000) / fps - performance.now()));
  }
  await wait(500);
  recorder.stop();
  await stopped;
  const blob = new Blob(chunks, { type: mimeType });
  const url = await new Promise((ok) => {
    const reader = new FileReader();
    reader.onload = () => ok(reader.result);
    reader.readAsDataURL(blob);
  });
  return { mimeType, frames, base64: url.slice(url.indexOf(",") + 1) };
}

// ---------------------------------------------------------------- remuxing
// MediaRecorder stamps frames with the wall clock, and many Chromium versions
// write a live stream: a Segment and Clusters of unknown size, no Duration,
// no Cues. Rewriting the Segment with exact frame times, sizes, a Duration, a
// SeekHead and Cues (one per keyframe) lets players show the length and seek
// without reading the whole file. Only the few elements needed are known here.

const ID = {
  segment: 0x18538067,
  seekHead: 0x114d9b74,
  seek: 0x4dbb,
  seekId: 0x53ab,
  seekPosition: 0x53ac,
  info: 0x1549a966,
  timecodeScale: 0x2ad7b1,
  duration: 0x4489,
  tracks: 0x1654ae6b,
  trackEntry: 0xae,
  video: 0xe0,
  alphaMode: 0x53c0,
  cluster: 0x1f43b675,
  timecode: 0xe7,
  simpleBlock: 0xa3,
  blockGroup: 0xa0,
  cues: 0x1c53bb6b,
  cuePoint: 0xbb,
  cueTime: 0xb3,
  cueTrackPositions: 0xb7,
  cueTrack: 0xf7,
  cueClusterPosition: 0xf1,
  void: 0xec,
};
const TOP_LEVEL = new Set([ID.seekHead, ID.info, ID.tracks, ID.cluster, ID.cues, 0x1254c067, 0x1043a770, 0x1941a469, 0x1a45dfa3]);

/** Reads an EBML variable-length integer: its value (marker kept for IDs) and length. */
function vint(bytes, pos, keepMarker) {
  const first = bytes[pos];
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
  if (length > 8) throw new Error(`bad EBML length at byte ${pos}`);
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    value = value * 256 + bytes[pos + i];
    allOnes &&= bytes[pos + i] === 0xff;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

function header(bytes, pos) {
  const id = vint(bytes, pos, true);
  const size = vint(bytes, pos + id.length, false);
  const start = pos + id.length + size.length;
  return { id: id.value, start, end: size.unknown ? null : start + size.value };
}

/** The children of bytes[start, end), each { id, start, end, raw }. */
function children(bytes, start, end) {
  const list = [];
  for (let pos = start; pos < end; ) {
    const child = header(bytes, pos);
    if (child.end === null) throw new Error(`unexpected unknown size at byte ${pos}`);
    list.push({ ...child, raw: bytes.subarray(pos, child.end) });
    pos = child.end;
  }
  return list;
}

const readUint = (bytes) => bytes.reduce((n, byte) => n * 256 + byte, 0);
const idBytes = (id) => {
  const out = [];
  for (let n = id; n > 0; n = Math.floor(n / 256)) out.unshift(n % 256);
  return Buffer.from(out);
};
/** An element's size as an EBML vint, 8 bytes wide when asked so offsets stay fixed. */
function sizeBytes(size, width) {
  let length = width ?? 1;
  while (!width && size >= 2 ** (7 * length) - 1) length++;
  const out = Buffer.alloc(length);
  let n = size;
  for (let i = length - 1; i >= 0; i--) {
    out[i] = n % 256;
    n = Math.floor(n / 256);
  }
  out[0] |= 0x80 >> (length - 1);
  return out;
}
const element = (id, ...parts) => {
  const body = Buffer.concat(parts);
  return Buffer.concat([idBytes(id), sizeBytes(body.length), body]);
};
const uint = (id, n, width) => {
  const out = Buffer.alloc(width ?? Math.max(1, Math.ceil(Math.log2(n + 1) / 8)));
  for (let i = out.length - 1, v = n; i >= 0; i--, v = Math.floor(v / 256)) out[i] = v % 256;
  return element(id, out);
};
const float = (id, x) => {
  const out = Buffer.alloc(8);
  out.writeDoubleBE(x);
  return element(id, out);
};

/** Tracks without AlphaMode: Chromium sets it, but the canvas is opaque and no block carries alpha. */
function opaque(bytes, tracks) {
  const without = (el, id) => children(bytes, el.start, el.end).filter((p) => p.id !== id);
  const entries = children(bytes, tracks.start, tracks.end).map((entry) =>
    entry.id !== ID.trackEntry ? entry.raw : element(ID.trackEntry, ...children(bytes, entry.start, entry.end).map((p) => (p.id === ID.video ? element(ID.video, ...without(p, ID.alphaMode).map((q) => q.raw)) : p.raw))),
  );
  return element(ID.tracks, ...entries);
}

/**
 * Rewrites a live-recorded WebM with sizes, a Duration, a SeekHead and Cues,
 * stamping frame k at exactly k / fps seconds.
 */
function finishWebm(bytes, fps) {
  const ebml = header(bytes, 0);
  if (ebml.id !== 0x1a45dfa3) throw new Error("not an EBML file");
  const segment = header(bytes, ebml.end);
  if (segment.id !== ID.segment) throw new Error("no Segment after the EBML header");
  const end = segment.end ?? bytes.length;
  let info = [];
  let tracks = null;
  const clusters = [];
  for (let pos = segment.start; pos < end; ) {
    const el = header(bytes, pos);
    if (el.id === ID.cluster) {
      // A live cluster runs until the next top-level element.
      let stop = el.start;
      const limit = el.end ?? end;
      while (stop < limit) {
        const child = header(bytes, stop);
        if (TOP_LEVEL.has(child.id)) break;
        stop = child.end;
      }
      const parts = children(bytes, el.start, stop);
      if (parts.some((p) => p.id === ID.blockGroup)) throw new Error("BlockGroups (alpha or durations) are not handled; an opaque canvas gives SimpleBlocks");
      clusters.push(parts.filter((p) => p.id === ID.simpleBlock).map((p) => bytes.subarray(p.start, p.end)));
      pos = stop;
      continue;
    }
    if (el.end === null) throw new Error(`unknown size on element ${el.id.toString(16)}`);
    if (el.id === ID.info) info = children(bytes, el.start, el.end);
    if (el.id === ID.tracks) tracks = opaque(bytes, el);
    pos = el.end;
  }
  if (!tracks || !clusters.length) throw new Error("no Tracks or no Clusters in the recording");
  const scaleElement = info.find((p) => p.id === ID.timecodeScale);
  const timecodeScale = scaleElement ? readUint(bytes.subarray(scaleElement.start, scaleElement.end)) : 1_000_000;
  const frameTime = (k) => Math.round((k * 1e9) / fps / timecodeScale);

  // The one video track's blocks, in order, restamped; a cue per keyframe.
  let frames = 0;
  const cues = [];
  const clustersOut = clusters.map((blocks, index) => {
    const time = frameTime(frames);
    const out = blocks.map((block) => {
      const track = vint(block, 0, false);
      const restamped = Buffer.from(block);
      const relative = frameTime(frames) - time;
      if (relative > 32767) throw new Error("a cluster longer than 32 s");
      restamped.writeInt16BE(relative, track.length);
      if (block[track.length + 2] & 0x80) cues.push({ time: frameTime(frames), track: track.value, cluster: index });
      frames += 1;
      return element(ID.simpleBlock, restamped);
    });
    return element(ID.cluster, uint(ID.timecode, time), ...out);
  });
  const duration = frameTime(frames);

  const infoOut = element(ID.info, ...info.filter((p) => p.id !== ID.duration && p.id !== ID.void).map((p) => p.raw), float(ID.duration, duration));
  const cuesFor = (offsets) =>
    element(ID.cues, ...cues.map((k) => element(ID.cuePoint, uint(ID.cueTime, k.time), element(ID.cueTrackPositions, uint(ID.cueTrack, k.track), uint(ID.cueClusterPosition, offsets[k.cluster], 8)))));
  const seekHeadFor = (positions) =>
    element(ID.seekHead, ...Object.entries(positions).map(([id, at]) => element(ID.seek, element(ID.seekId, idBytes(Number(id))), uint(ID.seekPosition, at, 8))));

  // Fixed-width positions make every size known before the offsets are.
  const seekHeadLength = seekHeadFor({ [ID.info]: 0, [ID.tracks]: 0, [ID.cues]: 0 }).length;
  const infoAt = seekHeadLength;
  const tracksAt = infoAt + infoOut.length;
  const cuesAt = tracksAt + tracks.length;
  const offsets = [];
  let at = cuesAt + cuesFor(clusters.map(() => 0)).length;
  for (const cluster of clustersOut) {
    offsets.push(at);
    at += cluster.length;
  }
  const body = [seekHeadFor({ [ID.info]: infoAt, [ID.tracks]: tracksAt, [ID.cues]: cuesAt }), infoOut, tracks, cuesFor(offsets), ...clustersOut];
  const bodyLength = body.reduce((n, part) => n + part.length, 0);
  const out = Buffer.concat([bytes.subarray(0, ebml.end), idBytes(ID.segment), sizeBytes(bodyLength, 8), ...body]);
  return { bytes: out, seconds: (duration * timecodeScale) / 1e9, frames, keyframes: cues.length, clusters: clusters.length };
}

// ---------------------------------------------------------------- run

const started = performance.now();
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
let recording;
try {
  const page = await browser.newPage({ viewport: { width: SETTINGS.width, height: SETTINGS.height } });
  await page.setContent("<!doctype html><style>html,body{margin:0;background:#000}</style>");
  await page.addScriptTag({ content: `window.prng = ${prng};` });
  recording = await page.evaluate(film, SETTINGS);
} finally {
  await browser.close();
}
const raw = Buffer.from(recording.base64, "base64");
const webm = finishWebm(raw, SETTINGS.fps);
if (webm.frames !== recording.frames) {
  // A lost frame would show as a jump in the film; better to say so than to write it.
  console.error(`the recorder kept ${webm.frames} of ${recording.frames} frames; run it again on a quieter machine`);
  process.exit(1);
}
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, webm.bytes);
console.log(
  `${Math.round(webm.bytes.length / 1024)} KB  public/api/video/marathon-finish.webm: ${recording.mimeType}, ` +
    `${webm.seconds.toFixed(2)} s, ${webm.frames} of ${recording.frames} frames, ${webm.keyframes} keyframes in ${webm.clusters} clusters, ` +
    `made in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
