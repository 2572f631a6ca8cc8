import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { AfterPaint } from './after-paint';
import { holdRedrawsWhilePressed } from './canvas-press';

const frame = () => new Promise((r) => requestAnimationFrame(r));
/** After the next paint and the background task queued after it (the catch-up's own task is queued before). */
const afterCatchUp = () => new Promise((r) => new AfterPaint().run(() => r(undefined)));

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** A real Cytoscape drawing of a few nodes, its renders counted, redraws held while pressed. */
function setUp() {
  const container = document.createElement('div');
  container.style.cssText = 'position: absolute; left: 0; top: 0; width: 400px; height: 300px';
  document.body.append(container);
  const cy = cytoscape({
    container,
    elements: [
      { data: { id: 'a' }, position: { x: 100, y: 150 } },
      { data: { id: 'b' }, position: { x: 300, y: 150 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ],
    style: [{ selector: 'node', style: { width: 40, height: 40 } }],
    layout: { name: 'preset' },
    zoom: 1,
    pan: { x: 0, y: 0 },
  });
  cy.resize(); // Cytoscape measures its container again (the test page laid it out after creation)
  const afterPaint = new AfterPaint();
  const stop = holdRedrawsWhilePressed(cy, container, (job) => afterPaint.run(job));
  let renders = 0;
  cy.on('render', () => renders++);
  cleanups.push(() => {
    stop();
    afterPaint.clear();
    cy.destroy();
    container.remove();
  });
  const canvas = container.querySelector('canvas')!;
  /** Sends a pointer event and its mouse event at (x, y) in the container (CSS px from its top left). */
  const send = (type: string, x: number, y: number, buttons: number) => {
    const box = container.getBoundingClientRect();
    const init = { clientX: box.left + x, clientY: box.top + y, button: 0, buttons, bubbles: true, cancelable: true, composed: true };
    const pointer = { pointerdown: 'mousedown', pointermove: 'mousemove', pointerup: 'mouseup' }[type]!;
    canvas.dispatchEvent(new PointerEvent(type, { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
    canvas.dispatchEvent(new MouseEvent(pointer, init));
  };
  return { cy, afterPaint, send, renders: () => renders };
}

describe('holdRedrawsWhilePressed (a large graph’s press)', () => {
  it('draws nothing from a click’s press until the paint after its release, then the press and what the click changed in one redraw', async () => {
    const { cy, afterPaint, send, renders } = setUp();
    await frame();
    await frame();
    const tapped: string[] = [];
    cy.on('tap', 'node', (e) => void tapped.push(e.target.id()));
    const before = renders();

    const { x, y } = cy.$id('a').renderedPosition();
    send('pointerdown', x, y, 1);
    expect(cy.$id('a').active()).toBe(true); // Cytoscape handled the press…
    await frame();
    await frame();
    expect(renders()).toBe(before); // …and drew nothing for it
    send('pointerup', x, y, 0);
    expect(tapped).toEqual(['a']);
    // What the click changes reaches Cytoscape after the paint too (graph-canvas queues its selection there).
    afterPaint.run(() => cy.$id('a').addClass('picked'));
    await frame();
    expect(renders()).toBe(before); // the frame of the release: the page (the panel) is painted, the canvas waits
    await afterCatchUp();
    await frame();
    expect(renders()).toBe(before + 1);
    expect(cy.$id('a').hasClass('picked')).toBe(true);
    expect(cy.$id('a').active()).toBe(false);
  });

  it('lets go at once when the press becomes a drag, so a pan is drawn as it goes', async () => {
    const { cy, send, renders } = setUp();
    await frame();
    const before = renders();
    send('pointerdown', 200, 60, 1); // the background
    send('pointermove', 203, 60, 1); // under the tap threshold: still held
    await frame();
    await frame();
    expect(renders()).toBe(before);
    send('pointermove', 240, 80, 1);
    send('pointermove', 260, 90, 1);
    await frame();
    await frame();
    expect(cy.pan().x).not.toBe(0); // Cytoscape panned…
    expect(renders()).toBeGreaterThan(before); // …and drew it before the release
    send('pointerup', 260, 90, 0);
  });
});
