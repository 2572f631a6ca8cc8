import { afterEach, describe, expect, it } from 'vitest';
import data from 'virtual:allegiance-data';
import { loadGraph } from '../../app/shell/load-graph';
import { type Positions, computePositions } from '../../layout/compute-positions';
import { LABEL_FONT_FAMILY, LABEL_FONT_SIZE, LABEL_FONT_WEIGHT, estimateTextWidth } from '../../layout/label-metrics';
import { emptyGraph, syntheticGraph } from '../../layout/test-graphs';
import type { AllegianceGraph, EdgeAttributes } from '../../model/types';
import { DEFAULT_CANVAS_VIEW } from './canvas-view';
import './graph-canvas';
import type { GraphCanvas } from './graph-canvas';

function smallGraph(): AllegianceGraph {
  const g = emptyGraph();
  const node = (id: string, label: string, kind: 'person' | 'policy' | 'faction') => g.addNode(id, { label, kind, aliases: [], dateSource: 'notes', mentions: [] });
  node('stalin', 'Joseph Stalin', 'person');
  node('trotsky', 'Leon Trotsky', 'person');
  node('kamenev', 'Lev Kamenev', 'person');
  node('nep', 'New Economic Policy', 'policy');
  const edge = (key: string, s: string, type: string, t: string, extra: Partial<EdgeAttributes> = {}) =>
    g.addDirectedEdgeWithKey(key, s, t, { type, certainty: 'stated', dateSource: 'notes', evidence: [{ slide: 1, quote: 'q' }], ...extra });
  edge('allied', 'stalin', 'allied-with', 'kamenev', { start: '1923' });
  edge('opposed', 'stalin', 'opposed', 'trotsky', { start: '1923', certainty: 'suspected' });
  edge('supported', 'kamenev', 'supported', 'nep', { dateSource: 'outside-notes' });
  return g;
}

const POSITIONS: Positions = { stalin: { x: 0, y: 0 }, trotsky: { x: 300, y: 0 }, kamenev: { x: 0, y: 200 }, nep: { x: 300, y: 200 } };

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

/** Mount a canvas of the given size and wait for its first draw. */
async function mount(graph: AllegianceGraph, positions: Positions, size = { width: 800, height: 500 }): Promise<GraphCanvas> {
  const el = document.createElement('graph-canvas');
  el.style.width = `${size.width}px`;
  el.style.height = `${size.height}px`;
  const drawn = new Promise<HTMLElementEventMap['graph-drawn']>((resolve) => el.addEventListener('graph-drawn', resolve, { once: true }));
  el.graph = graph;
  el.positions = positions;
  document.body.append(el);
  mounted.push(el);
  const event = await drawn;
  expect(event.detail).toEqual({ nodes: graph.order, edges: graph.size });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return el;
}

const snapshot = (el: GraphCanvas) => el.instance!.nodes().map((n) => ({ id: n.id(), ...n.position() }));

describe('<graph-canvas>', () => {
  it('draws every node at its given position', async () => {
    const el = await mount(smallGraph(), POSITIONS);
    const cy = el.instance!;
    expect(cy.nodes()).toHaveLength(4);
    expect(cy.edges()).toHaveLength(3);
    for (const [id, p] of Object.entries(POSITIONS)) expect(cy.$id(id).position()).toEqual(p);
    // Fitted: all four nodes are inside the canvas.
    for (const n of cy.nodes()) {
      const r = n.renderedPosition();
      expect(r.x).toBeGreaterThan(0);
      expect(r.x).toBeLessThan(800);
      expect(r.y).toBeGreaterThan(0);
      expect(r.y).toBeLessThan(500);
    }
    const container = el.shadowRoot!.querySelector('#cy')!;
    expect(container.getAttribute('role')).toBe('application');
    expect(container.getAttribute('aria-label')).toBe('Graph of 4 entities and 3 relations');
    expect(container.getAttribute('tabindex')).toBe('0');
  });

  it('toggles classes for a view change without adding, removing or moving elements', async () => {
    const el = await mount(smallGraph(), POSITIONS);
    const cy = el.instance!;
    const before = snapshot(el);
    const ids = cy.elements().map((e) => e.id());
    // Cytoscape applies styles lazily and visible() reads a cache: read the parsed style itself.
    // Faded nodes keep their label's opacity (contrast) and fade their shape.
    const shown = (id: string) => {
      const e = cy.$id(id);
      return e.style('display') !== 'none' && Number(e.style('opacity')) > 0.5 && (!e.isNode() || Number(e.style('background-opacity')) > 0.5);
    };
    el.view = { ...DEFAULT_CANVAS_VIEW, visibleNodes: new Set(['stalin', 'trotsky']), visibleEdges: new Set(['opposed']) };
    await el.updateComplete;
    expect(cy.elements().map((e) => e.id())).toEqual(ids);
    expect(snapshot(el)).toEqual(before);
    expect(cy.$id('nep').hasClass('hidden')).toBe(true);
    expect(shown('nep')).toBe(false);
    expect(cy.$id('allied').connectedNodes().some((n) => n.style('display') === 'none')).toBe(true); // drawn with its ends only
    expect(cy.$id('stalin').hasClass('hidden')).toBe(false);
    expect(shown('opposed')).toBe(true);

    el.view = { ...el.view, mode: 'fade', selectedNode: 'stalin' };
    await el.updateComplete;
    expect(cy.$id('nep').hasClass('faded')).toBe(true);
    expect(cy.$id('nep').style('display')).toBe('element');
    expect(shown('nep')).toBe(false); // faint
    expect(shown('stalin')).toBe(true);
    expect(cy.$id('stalin').hasClass('selected')).toBe(true);
    expect(cy.$id('opposed').hasClass('incident')).toBe(true);
    expect(cy.$id('opposed').style('label')).toContain('opposed (1923) ?');

    el.view = DEFAULT_CANVAS_VIEW;
    await el.updateComplete;
    expect(cy.elements('.hidden, .faded, .selected, .incident')).toHaveLength(0);
    expect(snapshot(el)).toEqual(before);
  });

  it('resizes nodes for sizeBy without moving them', async () => {
    const el = await mount(smallGraph(), POSITIONS);
    const cy = el.instance!;
    const small = cy.$id('nep').width();
    el.view = { ...DEFAULT_CANVAS_VIEW, sizeBy: { nep: 1 } };
    await el.updateComplete;
    expect(cy.$id('nep').width()).toBeGreaterThan(small);
    expect(cy.$id('nep').position()).toEqual(POSITIONS.nep);
  });

  // Speed is measured by `npm run bench`; here only what a year change does to ~200 nodes.
  it('applies a run of year-like view changes to ~200 nodes by classes alone', async () => {
    const graph = syntheticGraph(200, 480, 5);
    const positions = computePositions(graph);
    const el = await mount(graph, positions, { width: 1200, height: 700 });
    const cy = el.instance!;
    const count = cy.elements().length;
    for (let year = 1918; year < 1938; year += 3) {
      const visibleNodes = new Set(graph.filterNodes((id) => Number(id.slice(1)) % 20 <= year - 1918));
      const visibleEdges = new Set(graph.filterEdges((_key, a) => Number(a.start) <= year));
      el.view = { ...DEFAULT_CANVAS_VIEW, visibleNodes, visibleEdges };
      await el.updateComplete;
      expect(cy.elements().length).toBe(count);
      const shown = cy.nodes().filter((n) => !n.hasClass('hidden')).map((n) => n.id());
      expect(new Set(shown)).toEqual(visibleNodes);
    }
    const someId = graph.nodes()[7]!;
    expect(cy.$id(someId).position()).toEqual(positions[someId]);
  });

  it('fires entity-select, relation-select and canvas-clear on taps, composed and bubbling', async () => {
    const el = await mount(smallGraph(), POSITIONS);
    const cy = el.instance!;
    const seen: [string, unknown][] = [];
    for (const type of ['entity-select', 'relation-select', 'canvas-clear'] as const) {
      document.body.addEventListener(type, (e) => seen.push([type, e.detail]));
    }
    cy.$id('trotsky').emit('tap');
    cy.$id('opposed').emit('tap');
    cy.emit('tap');
    expect(seen).toEqual([
      ['entity-select', { id: 'trotsky' }],
      ['relation-select', { key: 'opposed' }],
      ['canvas-clear', null],
    ]);
  });

  it('pans (Shift+arrows), zooms and fits from the keyboard', async () => {
    const el = await mount(smallGraph(), POSITIONS);
    const cy = el.instance!;
    const container = el.shadowRoot!.querySelector<HTMLElement>('#cy')!;
    container.focus();
    expect(el.shadowRoot!.activeElement).toBe(container);
    const key = (k: string) => container.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    const zoom = cy.zoom();
    const pan = { ...cy.pan() };
    expect(key('+')).toBe(false); // handled: default prevented
    expect(cy.zoom()).toBeCloseTo(zoom * 1.25);
    key('-');
    key('-');
    expect(cy.zoom()).toBeLessThan(zoom);
    key('0');
    expect(cy.zoom()).toBeCloseTo(zoom);
    container.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', shiftKey: true, bubbles: true, cancelable: true }));
    expect(cy.pan().x).toBeGreaterThan(pan.x);
    expect(key('a')).toBe(true); // not ours: left alone
  });

  it('fits again when the canvas is resized (a panel opens), until the user zooms', async () => {
    const el = await mount(smallGraph(), POSITIONS, { width: 800, height: 500 });
    const cy = el.instance!;
    const before = cy.zoom();
    el.style.width = '400px';
    await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const narrowed = cy.zoom();
    expect(narrowed).toBeLessThan(before);
    const box = cy.elements().renderedBoundingBox();
    expect(box.x2).toBeLessThanOrEqual(400 + 1);
    el.zoomBy(1.5);
    const zoomed = cy.zoom();
    el.style.width = '700px';
    await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(cy.zoom()).toBe(zoomed);
  });

  it('brings some nodes into view, centred and no closer than a readable zoom, and keeps them there on resize', async () => {
    const el = await mount(smallGraph(), POSITIONS, { width: 800, height: 500 });
    const cy = el.instance!;
    el.focusOn(['stalin', 'kamenev', 'no-such-node'], { animate: false });
    expect(cy.zoom()).toBeLessThanOrEqual(1.4 + 1e-9);
    const box = cy.$id('stalin').union(cy.$id('kamenev')).renderedBoundingBox({});
    expect(Math.abs((box.x1 + box.x2) / 2 - 400)).toBeLessThan(2);
    expect(Math.abs((box.y1 + box.y2) / 2 - 250)).toBeLessThan(2);
    el.style.width = '500px';
    await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const after = cy.$id('stalin').union(cy.$id('kamenev')).renderedBoundingBox({});
    expect(Math.abs((after.x1 + after.x2) / 2 - 250)).toBeLessThan(2);
    const zoom = cy.zoom();
    el.focusOn(['ghost']);
    expect(cy.zoom()).toBe(zoom);
  });

  it('survives being moved in the document: the instance is re-created with the same elements', async () => {
    const el = await mount(smallGraph(), POSITIONS);
    const first = el.instance;
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    mounted.push(wrapper);
    // Cytoscape is created when its (lazily imported) module has resolved, and the elements drawn after that.
    const redrawn = new Promise((resolve) => el.addEventListener('graph-drawn', resolve, { once: true }));
    wrapper.append(el);
    await redrawn;
    expect(el.instance).not.toBe(first);
    expect(el.instance!.nodes()).toHaveLength(4);
    expect(el.instance!.$id('kamenev').position()).toEqual(POSITIONS.kamenev);
  });

  it('lays the graph out itself when no positions are given', async () => {
    const el = await mount(smallGraph(), {});
    const xs = el.instance!.nodes().map((n) => n.position().x);
    expect(new Set(xs).size).toBeGreaterThan(1);
  });

  it('rearranges the visible part only, then fits', async () => {
    const el = await mount(smallGraph(), POSITIONS);
    const cy = el.instance!;
    el.view = { ...DEFAULT_CANVAS_VIEW, visibleNodes: new Set(['stalin', 'trotsky', 'kamenev']) };
    await el.updateComplete;
    await el.rearrange();
    expect(cy.$id('nep').position()).toEqual(POSITIONS.nep);
    const moved = ['stalin', 'trotsky', 'kamenev'].some((id) => {
      const p = cy.$id(id).position();
      return p.x !== POSITIONS[id]!.x || p.y !== POSITIONS[id]!.y;
    });
    expect(moved).toBe(true);
  });

  it('exports a 2× PNG on white with the legend drawn below the graph', async () => {
    const el = await mount(smallGraph(), POSITIONS);
    const cy = el.instance!;
    const blob = await el.exportPng();
    expect(blob.type).toBe('image/png');
    const signature = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
    expect([...signature]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const graphOnly = await createImageBitmap(await cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob-promise' }));
    const image = await createImageBitmap(blob);
    expect(image.height).toBeGreaterThan(graphOnly.height + 300); // the legend is about 200 CSS px tall, drawn at 2× or more
    expect(image.width).toBeGreaterThanOrEqual(graphOnly.width);

    // Not blank: the graph part and the legend part both have plenty of non-white pixels.
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const inked = (y0: number, y1: number) => {
      const px = ctx.getImageData(0, y0, image.width, y1 - y0).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! < 200 || px[i + 1]! < 200 || px[i + 2]! < 200) n++;
      return n;
    };
    expect(inked(0, graphOnly.height)).toBeGreaterThan(2000);
    expect(inked(graphOnly.height, image.height)).toBeGreaterThan(2000);
    expect(ctx.getImageData(0, 0, 1, 1).data[0]).toBe(255); // white background
  });
});

describe('<graph-canvas> on the real data at its ahead-of-time positions', () => {
  it('draws labels no wider than the layout estimated (the label font has Helvetica/Arial metrics)', () => {
    const { graph } = loadGraph(data);
    const ctx = new OffscreenCanvas(10, 10).getContext('2d')!;
    ctx.font = `${LABEL_FONT_WEIGHT} ${LABEL_FONT_SIZE}px ${LABEL_FONT_FAMILY}`;
    const tooWide = graph!
      .mapNodes((_id, a) => a.label)
      .flatMap((label) => label.split(/\s+/))
      .filter((word) => ctx.measureText(word).width > estimateTextWidth(word));
    // On Linux, Helvetica and Arial resolve to Liberation Sans; without it (DejaVu Sans) labels run wider.
    expect(tooWide, 'labels are wider than estimated: install fonts-liberation (Debian) or another Arial-metric font').toEqual([]);
  });

  it('draws every node, and no two drawn node labels overlap at the default fit', async () => {
    const { graph } = loadGraph(data);
    expect(graph).not.toBeNull();
    const el = await mount(graph!, data.positions, { width: 1616, height: 941 });
    const cy = el.instance!;
    for (const [id, p] of Object.entries(data.positions)) expect(cy.$id(id).position()).toEqual(p);
    // Labels left out (they would overlap a better-ranked one) are not drawn; at least the 20 best connected are.
    const drawn = cy.nodes().filter((n) => n.style('label') !== '');
    expect(drawn.length).toBeGreaterThanOrEqual(20);
    const boxes = drawn.map((n) => n.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false }));
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) {
          overlaps++;
          console.info(`overlap: ${drawn[i]!.id()} [${drawn[i]!.classes().join(' ')}] ${JSON.stringify(a)} × ${drawn[j]!.id()} [${drawn[j]!.classes().join(' ')}] ${JSON.stringify(b)}`);
        }
      }
    }
    console.info(`real data: ${cy.nodes().length} nodes, zoom at fit ${cy.zoom().toFixed(3)}, label overlaps ${overlaps}`);
    expect(overlaps).toBe(0);
  });
});
