/**
 * The installable app's icons, drawn at build time as PNGs (the favicon's three linked nodes on the header's
 * dark blue, full bleed so the same picture serves as a maskable icon) and emitted into the build.
 */
import type { Plugin } from 'vite';
import { encodePng } from './png';

type Rgb = readonly [number, number, number];
const hex = (h: string): Rgb => [0, 2, 4].map((i) => parseInt(h.slice(1 + i, 3 + i), 16)) as unknown as Rgb;

const BACKGROUND = hex('#1f2a36');
const LINE = hex('#e8edf3');
/** In a 32-unit box, as public/favicon.svg; drawn within the maskable safe zone (the middle 80%). */
const NODES: readonly { x: number; y: number; colour: Rgb }[] = [
  { x: 9, y: 16, colour: hex('#e0524a') },
  { x: 23, y: 9, colour: hex('#5aa9e6') },
  { x: 23, y: 23, colour: hex('#5cc46a') },
];
const RADIUS = 4.2;
const LINE_HALF = 0.9;

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The colour at a point of the 32-unit box. */
function colourAt(x: number, y: number): Rgb {
  for (const n of NODES) if (Math.hypot(x - n.x, y - n.y) <= RADIUS) return Math.hypot(x - n.x, y - n.y) > RADIUS - 0.8 ? LINE : n.colour;
  const [a, b, c] = NODES as [(typeof NODES)[0], (typeof NODES)[0], (typeof NODES)[0]];
  if (segmentDistance(x, y, a.x, a.y, b.x, b.y) <= LINE_HALF || segmentDistance(x, y, a.x, a.y, c.x, c.y) <= LINE_HALF) return LINE;
  return BACKGROUND;
}

/** The icon as RGBA pixels, `size` square, 4×4 samples per pixel. */
export function drawIcon(size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = colourAt(((px + (sx + 0.5) / S) / size) * 32, ((py + (sy + 0.5) / S) / size) * 32);
          for (let i = 0; i < 3; i++) sum[i]! += c[i]!;
        }
      }
      const o = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) out[o + i] = Math.round(sum[i]! / (S * S));
      out[o + 3] = 255;
    }
  }
  return out;
}

/** The icon sizes written to `icons/icon-<size>.png`. */
export const ICON_SIZES = [192, 512] as const;
export const iconFile = (size: number) => `icons/icon-${size}.png`;

/** Emits the PNG icons into the build (the web manifest lists them). */
export function appIconsPlugin(): Plugin {
  return {
    name: 'allegiance-app-icons',
    apply: 'build',
    generateBundle() {
      for (const size of ICON_SIZES) this.emitFile({ type: 'asset', fileName: iconFile(size), source: encodePng(size, size, drawIcon(size)) });
    },
  };
}
