import { expect, test } from '@playwright/test';
import { expectStill, handOverMoves, recordPicture } from './first-picture-watch';
import { waitForCanvas } from './helpers';

/** The built-in graph's picture (from index.html) hands over to Cytoscape without moving the best connected. */
for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
  [390, 844],
] as const) {
  test(`at ${width}×${height} the best connected stay where the picture drew them when Cytoscape takes over`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height });
    await page.addInitScript(recordPicture);
    await page.goto('/');
    await waitForCanvas(page);
    const { seen, moves } = await handOverMoves(page);
    expect(seen.inCanvas, 'the last frame before the hand-over showed the picture in the canvas').toBe(true);
    const worst = Math.max(...moves.map((o) => Math.hypot(o.dx, o.dy)));
    testInfo.annotations.push({ type: 'largest move at the hand-over', description: `${worst.toFixed(2)} px over ${moves.length} entities` });
    expectStill(moves);
  });
}
