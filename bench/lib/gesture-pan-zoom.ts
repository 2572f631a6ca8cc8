/**
 * Pan and zoom as a user does them, with the mouse: a drag across the canvas (from the background nearest its
 * centre: a drag from a node moves the node), then wheel steps in and out, sent
 * through Playwright's input (real pointer and wheel events, so Cytoscape sees a drag and a wheel zoom, which is when
 * its viewport levers apply: src/app/canvas/viewport-options.ts). The bench's own probe moves the view by script
 * (cy.panBy), which Cytoscape always draws in full. Figures: the page's frame intervals (requestAnimationFrame)
 * during the gestures, and the longest frame after them (the full redraw when the gesture stops).
 */
import type { Page } from 'playwright';

export interface GestureFrames {
  /** Intervals between the page's frames while the drag and the wheel steps ran (ms). */
  intervals: number[];
  /** The longest frame interval in the 400 ms after the last input: the full redraw once the gesture stops (ms). */
  settle: number;
}

/** Drag `moves` steps and wheel `wheels` steps over the graph canvas's centre; the frame intervals meanwhile. */
export async function gesturePanZoom(page: Page, moves = 30, wheels = 16): Promise<GestureFrames> {
  // The drag starts on the background nearest the centre: pressed on a node, it would drag the node, not the view.
  const box = await page.evaluate(`(() => {
    const c = window.__bench.deep('graph-canvas'); const b = c && c.getBoundingClientRect(); const cy = window.__bench.findCy();
    if (!b) return null;
    const centre = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    if (!cy) return centre;
    const box = cy.container().getBoundingClientRect(); const r = cy.renderer(); const z = cy.zoom(); const pan = cy.pan();
    for (let ring = 0; ring <= 12; ring++) for (let k = 0; k < Math.max(1, ring * 8); k++) {
      const a = (2 * Math.PI * k) / Math.max(1, ring * 8);
      const x = box.width / 2 + ring * 12 * Math.cos(a); const y = box.height / 2 + ring * 12 * Math.sin(a);
      if (!r.findNearestElement((x - pan.x) / z, (y - pan.y) / z, true, false)) return { x: box.x + x, y: box.y + y };
    }
    return centre;
  })()`) as { x: number; y: number } | null;
  if (!box) throw new Error('gesture pan/zoom: no graph canvas on the page');
  await page.evaluate(`(() => {
    const f = (window.__gestureFrames = { times: [], on: true });
    const tick = (t) => { f.times.push(t); if (f.on) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(box.x, box.y);
  await page.mouse.down();
  for (let i = 1; i <= moves; i++) await page.mouse.move(box.x + (i % 20 < 10 ? 8 : -8) * (i % 10), box.y + 4 * Math.sin(i / 4));
  await page.mouse.up();
  for (let i = 0; i < wheels; i++) await page.mouse.wheel(0, i < wheels / 2 ? -120 : 120);
  const lastInput = await page.evaluate('performance.now()') as number;
  // Past the wheel's end (Cytoscape waits ~150 ms after the last wheel event) and its full redraw.
  await page.waitForTimeout(400);
  const times = await page.evaluate(`new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => { const f = window.__gestureFrames; f.on = false; r(f.times); })))`) as number[];
  const during = times.filter((t) => t <= lastInput);
  const intervals = during.slice(1).map((t, i) => t - during[i]!);
  const after = times.filter((t) => t >= during[during.length - 1]!);
  const settle = after.length > 1 ? Math.max(...after.slice(1).map((t, i) => t - after[i]!)) : NaN;
  return { intervals, settle };
}
