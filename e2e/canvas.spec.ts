import { type Page, expect, test } from '@playwright/test';

/**
 * The canvas in the built app: it appears at its ahead-of-time positions, node labels do not overlap at
 * the default fit, and on a touch screen a tap selects and a pinch zooms.
 */

/** Find <graph-canvas> through any shadow roots and wait until it has drawn the graph. */
async function waitForGraph(page: Page): Promise<{ nodes: number; edges: number }> {
  await page.waitForFunction(() => {
    const find = (root: Document | ShadowRoot): Element | null => {
      const hit = root.querySelector('graph-canvas');
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) {
        const inner = el.shadowRoot && find(el.shadowRoot);
        if (inner) return inner;
      }
      return null;
    };
    const canvas = find(document) as (Element & { instance?: { nodes(): { length: number } } | null }) | null;
    if (!canvas?.instance || canvas.instance.nodes().length === 0) return false;
    (window as unknown as { __canvas: Element }).__canvas = canvas;
    return true;
  });
  return page.evaluate(() => {
    const cy = (window as unknown as { __canvas: { instance: { nodes(): unknown[]; edges(): unknown[] } } }).__canvas.instance;
    return { nodes: cy.nodes().length, edges: cy.edges().length };
  });
}

/**
 * Overlaps between node labels at the current zoom: label boxes from Cytoscape's rendered bounding boxes
 * (`includeLabels: true, includeNodes: false`), counted pairwise among displayed nodes whose label is drawn.
 */
async function labelOverlaps(page: Page): Promise<{ overlaps: number; nodes: number; zoom: number; fontPx: number }> {
  return page.evaluate(() => {
    type BB = { x1: number; x2: number; y1: number; y2: number };
    type Node = { boundingBox(o: object): BB; style(p: string): string };
    const cy = (window as unknown as { __canvas: { instance: { nodes(sel?: string): Node[] & { map<T>(f: (n: Node) => T): T[] }; zoom(): number } } }).__canvas.instance;
    // Only labels that are drawn: the canvas leaves out those that would overlap (semantic zoom).
    const nodes = cy.nodes().filter((n) => n.style('display') !== 'none' && n.style('label') !== '');
    const boxes = nodes.map((n) => n.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false }));
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
      }
    }
    const fontPx = parseFloat(nodes[0]?.style('font-size') ?? '0') * cy.zoom();
    return { overlaps, nodes: nodes.length, zoom: cy.zoom(), fontPx };
  });
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`the graph appears with no overlapping node labels at the default fit, ${viewport.width}×${viewport.height}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize(viewport);
    await page.goto('/');
    const drawn = await waitForGraph(page);
    expect(drawn.nodes).toBeGreaterThan(20);
    const measure = await labelOverlaps(page);
    console.info(`${viewport.width}×${viewport.height}: ${measure.nodes} labels, zoom ${measure.zoom.toFixed(3)} (${measure.fontPx.toFixed(1)} px text), ${measure.overlaps} overlapping label pairs`);
    expect(measure.nodes).toBeGreaterThanOrEqual(20);
    expect(measure.overlaps).toBe(0);
    // The canvas is a named, focusable region with a visible focus indicator.
    const region = page.getByRole('application', { name: /Graph of \d+ entities and \d+ relations/ });
    await expect(region).toBeVisible();
    await region.focus();
    await expect(region).toBeFocused();
    expect(errors).toEqual([]);
  });
}

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true, isMobile: false });

  test('a tap selects an entity and a two-finger pinch zooms', async ({ page }) => {
    await page.goto('/');
    await waitForGraph(page);

    // Tap the biggest node (the best-connected entity) where it is drawn.
    const target = await page.evaluate(() => {
      type N = { id(): string; degree(): number; renderedPosition(): { x: number; y: number }; style(p: string): string };
      const canvas = (window as unknown as { __canvas: Element & { instance: { nodes(): N[] } } }).__canvas;
      const nodes = canvas.instance.nodes().filter((n) => n.style('display') !== 'none');
      nodes.sort((a, b) => b.degree() - a.degree());
      const node = nodes[0]!;
      const box = canvas.shadowRoot!.querySelector('#cy')!.getBoundingClientRect();
      const p = node.renderedPosition();
      const events: string[] = [];
      document.addEventListener('entity-select', (e) => events.push((e as CustomEvent<{ id: string }>).detail.id));
      (window as unknown as { __selected: string[] }).__selected = events;
      return { id: node.id(), x: box.left + p.x, y: box.top + p.y };
    });
    await page.touchscreen.tap(target.x, target.y);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __selected: string[] }).__selected)).toEqual([target.id]);

    // Pinch out: two touches moving apart from the middle of the canvas (Cytoscape reads legacy touch events).
    const zoomBefore = await page.evaluate(() => (window as unknown as { __canvas: { instance: { zoom(): number } } }).__canvas.instance.zoom());
    const zoomAfter = await page.evaluate(async () => {
      const canvas = (window as unknown as { __canvas: Element & { instance: { zoom(): number } } }).__canvas;
      const container = canvas.shadowRoot!.querySelector('#cy')!;
      const surface = container.querySelector('canvas:last-of-type') ?? container;
      const box = container.getBoundingClientRect();
      const cx = box.left + box.width / 2;
      const cy = box.top + box.height / 2;
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const touches = (spread: number) => [
        new Touch({ identifier: 1, target: surface, clientX: cx - spread, clientY: cy, pageX: cx - spread, pageY: cy }),
        new Touch({ identifier: 2, target: surface, clientX: cx + spread, clientY: cy, pageX: cx + spread, pageY: cy }),
      ];
      const send = (type: string, list: Touch[]) =>
        surface.dispatchEvent(new TouchEvent(type, { touches: type === 'touchend' ? [] : list, targetTouches: type === 'touchend' ? [] : list, changedTouches: list, bubbles: true, cancelable: true, composed: true }));
      send('touchstart', touches(40));
      await frame();
      for (let spread = 50; spread <= 240; spread += 10) {
        send('touchmove', touches(spread));
        await frame();
      }
      send('touchend', touches(240));
      await frame();
      return canvas.instance.zoom();
    });
    console.info(`pinch: zoom ${zoomBefore.toFixed(3)} → ${zoomAfter.toFixed(3)}`);
    expect(zoomAfter).toBeGreaterThan(zoomBefore * 1.5);
  });
});
