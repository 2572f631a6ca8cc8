/**
 * Watching the first picture's hand-over in the built app: every frame while the picture is up, the page records where
 * each of its circles is on screen (with its model position, cx/cy); after the hand-over the best-connected entities'
 * rendered positions on the Cytoscape canvas are compared with where the picture last showed them.
 */
import { expect, type Page } from '@playwright/test';

export interface Seen {
  inCanvas: boolean;
  circles: [number, number, number, number][]; // model x, model y, screen x, screen y
}

declare global {
  interface Window {
    lastPicture?: Seen;
    watchingPicture?: boolean;
  }
}

/** Page script (for addInitScript or evaluate): record the picture every frame until `window.watchingPicture` is false. */
export function recordPicture(): void {
  window.watchingPicture = true;
  delete window.lastPicture;
  const find = () => {
    const inPage = document.getElementById('first-picture');
    if (inPage) return { svg: inPage, inCanvas: false };
    const svg = document.querySelector('allegiance-app')?.shadowRoot?.querySelector('graph-canvas')?.shadowRoot?.getElementById('first-picture');
    return svg ? { svg, inCanvas: true } : null;
  };
  const frame = () => {
    const found = find();
    if (found) {
      const circles = [...found.svg.querySelectorAll('circle')].map((c): [number, number, number, number] => {
        const r = c.getBoundingClientRect();
        return [Number(c.getAttribute('cx')), Number(c.getAttribute('cy')), r.x + r.width / 2, r.y + r.height / 2];
      });
      window.lastPicture = { inCanvas: found.inCanvas, circles };
    }
    if (window.watchingPicture) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** After the hand-over and the canvas's settling: the picture's last frame, and how far each of the 20 best connected moved (px). */
export async function handOverMoves(page: Page): Promise<{ seen: Seen; moves: { id: string; dx: number; dy: number }[] }> {
  // Cytoscape's own settling (the Key opening, a resize) is part of what the eye sees after the hand-over.
  await page.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(r)), 500)));
  const seen = await page.evaluate(() => {
    window.watchingPicture = false;
    return window.lastPicture;
  });
  expect(seen, 'the picture was seen in at least one frame').toBeTruthy();
  const nodes = await page.evaluate(() => {
    const canvas = document.querySelector('allegiance-app')!.shadowRoot!.querySelector('graph-canvas') as unknown as {
      instance: { nodes(): { toArray(): { id(): string; degree(loops: boolean): number; position(): { x: number; y: number }; renderedPosition(): { x: number; y: number } }[] } };
      shadowRoot: ShadowRoot;
    };
    const box = canvas.shadowRoot.getElementById('cy')!.getBoundingClientRect();
    return canvas.instance
      .nodes()
      .toArray()
      .sort((a, b) => b.degree(false) - a.degree(false))
      .slice(0, 20)
      .map((n) => ({ id: n.id(), model: n.position(), screen: { x: box.x + n.renderedPosition().x, y: box.y + n.renderedPosition().y } }));
  });
  const moves = nodes.map((n) => {
    const circle = seen!.circles.find(([x, y]) => Math.abs(x - n.model.x) <= 0.06 && Math.abs(y - n.model.y) <= 0.06);
    expect(circle, `the picture drew ${n.id}`).toBeTruthy();
    return { id: n.id, dx: circle![2] - n.screen.x, dy: circle![3] - n.screen.y };
  });
  return { seen: seen!, moves };
}

/** Each move within `px`, named in the failure. */
export function expectStill(moves: { id: string; dx: number; dy: number }[], px = 3): void {
  for (const o of moves) expect(Math.hypot(o.dx, o.dy), `${o.id} moved by (${o.dx.toFixed(1)}, ${o.dy.toFixed(1)}) px`).toBeLessThanOrEqual(px);
}
