import { afterEach, describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { DEFAULT_STATE } from '../../app/shell/view-state';
import { pngCaption } from '../../app/shell/png-caption';
import { realGraph } from '../shared/test-real-data';
import { exportPng, layoutCaption } from './export-png';

afterEach(() => document.body.replaceChildren());

/** A small real Cytoscape drawing: four nodes and two edges, laid out by hand. */
function drawing(): cytoscape.Core {
  const container = document.createElement('div');
  container.style.cssText = 'width: 600px; height: 400px;';
  document.body.append(container);
  return cytoscape({
    container,
    elements: [
      { data: { id: 'a', label: 'Stalin' }, position: { x: 0, y: 0 } },
      { data: { id: 'b', label: 'Trotsky' }, position: { x: 300, y: 0 } },
      { data: { id: 'c', label: 'Kamenev' }, position: { x: 0, y: 200 } },
      { data: { id: 'd', label: 'NEP' }, position: { x: 300, y: 200 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
      { data: { id: 'cd', source: 'c', target: 'd' } },
    ],
    style: [{ selector: 'node', style: { label: 'data(label)', 'background-color': '#1f5fa8' } }],
    layout: { name: 'preset' },
  });
}

/** How many bytes differ between two equally long pixel arrays (a plain loop: deep equality is far too slow here). */
function differing(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  if (a.length !== b.length) return Math.max(a.length, b.length);
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

async function pixels(blob: Blob): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const image = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: ctx.getImageData(0, 0, image.width, image.height).data };
}

/** Rows (y) of the image between y0 and y1 holding dark ink (text), as runs [start, end). */
function inkRuns(img: { width: number; data: Uint8ClampedArray }, y0: number, y1: number): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let y = y0; y < y1; y++) {
    let dark = false;
    for (let x = 0; x < img.width && !dark; x++) {
      const i = (y * img.width + x) * 4;
      dark = img.data[i]! < 120 && img.data[i + 1]! < 120 && img.data[i + 2]! < 120;
    }
    if (dark && start < 0) start = y;
    if (!dark && start >= 0) {
      runs.push([start, y]);
      start = -1;
    }
  }
  if (start >= 0) runs.push([start, y1]);
  return runs;
}

describe('the PNG caption', () => {
  it('wraps long lines to the band and grows with them', () => {
    const measure = (text: string) => text.length * 10;
    const one = layoutCaption(['Title', 'In 1925'], 2000, 2, measure);
    expect(one.rows.map((r) => r.text)).toEqual(['Title', 'In 1925']);
    const long = layoutCaption(['Title', 'word '.repeat(100).trim()], 600, 2, measure);
    expect(long.rows.length).toBeGreaterThan(3);
    expect(long.rows.slice(1).every((r) => measure(r.text) <= 600 - 64)).toBe(true);
    expect(long.rows.slice(1).map((r) => r.text).join(' ')).toBe('word '.repeat(100).trim());
    expect(long.height).toBeGreaterThan(one.height);
    expect(layoutCaption([], 600, 2, measure)).toEqual({ rows: [], height: 0 });
  });

  it('draws the notes’ title, the year and the filters in a band above the drawing: the PNG grows by the band', async () => {
    const cy = drawing();
    const { graph } = realGraph();
    const caption = pngCaption(graph, { ...DEFAULT_STATE, year: 1925, kinds: new Set(['person']) });
    expect(caption).toEqual(['Bolshevik and Stalinist Russia 1918-56', 'In 1925, other years hidden', 'Filters: kinds: person']);
    const plain = await pixels(await exportPng(cy));
    const captioned = await pixels(await exportPng(cy, caption));
    expect(captioned.width).toBe(plain.width);
    const band = captioned.height - plain.height;
    expect(band).toBeGreaterThan(3 * 15 * 2); // three lines of at least 15 CSS px at 2×
    // Three lines of text in the band, the title tallest.
    const runs = inkRuns(captioned, 0, band);
    expect(runs).toHaveLength(3);
    const heights = runs.map(([a, b]) => b - a);
    expect(heights[0]).toBeGreaterThan(heights[2]!);
    // Below the band, the picture is the uncaptioned one, pixel for pixel.
    const rowBytes = plain.width * 4;
    expect(differing(captioned.data.subarray(band * rowBytes), plain.data)).toBe(0);
    // Another year draws other pixels in the band.
    const other = await pixels(await exportPng(cy, pngCaption(graph, { ...DEFAULT_STATE, year: 1936, kinds: new Set(['person']) })));
    expect(other.height).toBe(captioned.height);
    expect(differing(other.data.subarray(0, band * rowBytes), captioned.data.subarray(0, band * rowBytes))).toBeGreaterThan(100);
    cy.destroy();
  });
});
