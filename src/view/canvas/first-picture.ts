/**
 * The first picture: the graph as a static SVG string (precomputed positions, nodes in the canvas's kind colours and
 * sizes, relations in their tone's colour, width and dash (a path per tone and hundred relations), the best-connected entities named), drawn before Cytoscape
 * is ready. The build puts it into index.html (src/vite/graph-data-plugin.ts); <graph-canvas> removes it once it has drawn.
 * Pure: no DOM, so Node renders it at build time.
 */
import type { AllegianceGraph } from '../../model/types';
import { LABEL_FONT_SIZE } from '../../layout/label-metrics';
import { nodeSizes } from './canvas-elements';
import { STANDARD_THEME } from './canvas-style';
import { KIND_COLOUR } from '../shared/palette';

/** The element's id in the page. */
export const FIRST_PICTURE_ID = 'first-picture';

/** Relations drawn by one SVG path at most. */
export const PATH_SEGMENTS = 100;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (n: number) => Math.round(n * 10) / 10;

/** The graph at `positions` as an aria-hidden SVG (the canvas keeps the text alternative); '' when a node has no position. */
export function firstPictureSvg(graph: AllegianceGraph, positions: Readonly<Record<string, { x: number; y: number }>>, named = 12): string {
  if (graph.order === 0 || graph.someNode((id) => !positions[id])) return '';
  const size = nodeSizes(graph, 'degree');
  const theme = STANDARD_THEME;
  const types = graph.getAttribute('relationTypes');
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  graph.forEachNode((id) => {
    const { x, y } = positions[id]!;
    const r = size.get(id)! / 2;
    [x1, y1, x2, y2] = [Math.min(x1, x - r), Math.min(y1, y - r), Math.max(x2, x + r), Math.max(y2, y + r + 2 * LABEL_FONT_SIZE)];
  });
  const pad = 40;
  // Relations: one path per tone (a few elements instead of one line each: the HTML is a third of the size and the
  // first paint has ~5 strokes to raster instead of hundreds), faded by stroke-opacity rather than a group opacity
  // (which would paint them into a layer of their own first).
  const byTone = new Map<string, string[]>();
  graph.forEachEdge((_key, a, source, target) => {
    const s = positions[source]!;
    const t = positions[target]!;
    const tone = types[a.type]?.tone ?? 'neutral';
    let d = byTone.get(tone);
    if (!d) byTone.set(tone, (d = []));
    d.push(`M${r1(s.x)} ${r1(s.y)}L${r1(t.x)} ${r1(t.y)}`);
  });
  // At most PATH_SEGMENTS relations a path: one path of thousands (a large graph) rasterises, dashes above all, far
  // slower than many short ones (10,000 entities: first paint 3.1 → 6.2 s with one path per tone).
  const lines = [...byTone].flatMap(([name, d]) => {
    const tone = theme.tones[name as keyof typeof theme.tones];
    const dash = tone.dash.length ? ` stroke-dasharray="${tone.dash.join(' ')}"` : '';
    const paths: string[] = [];
    for (let i = 0; i < d.length; i += PATH_SEGMENTS) paths.push(`<path d="${d.slice(i, i + PATH_SEGMENTS).join('')}" stroke="${tone.colour}" stroke-width="${tone.width}"${dash}/>`);
    return paths;
  });
  const nodes: string[] = [];
  graph.forEachNode((id, a) => {
    const { x, y } = positions[id]!;
    nodes.push(`<circle cx="${r1(x)}" cy="${r1(y)}" r="${size.get(id)! / 2}" fill="${KIND_COLOUR[a.kind]}"/>`);
  });
  const top = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1)).slice(0, named);
  const labels = top.map((id) => {
    const { x, y } = positions[id]!;
    return `<text x="${r1(x)}" y="${r1(y + size.get(id)! / 2 + LABEL_FONT_SIZE)}">${esc(graph.getNodeAttribute(id, 'label'))}</text>`;
  });
  const box = `${r1(x1 - pad)} ${r1(y1 - pad)} ${r1(x2 - x1 + 2 * pad)} ${r1(y2 - y1 + 2 * pad)}`;
  return (
    `<svg id="${FIRST_PICTURE_ID}" aria-hidden="true" focusable="false" viewBox="${box}" preserveAspectRatio="xMidYMid meet" style="position:fixed;inset:0;width:100%;height:100%;pointer-events:none;background:${theme.background}">` +
    `<g fill="none" stroke-opacity="0.55">${lines.join('')}</g><g stroke="${theme.nodeBorder}" stroke-width="1.5">${nodes.join('')}</g>` +
    `<g font-family="system-ui,sans-serif" font-size="${LABEL_FONT_SIZE}" text-anchor="middle" fill="${theme.ink}" stroke="#fff" stroke-width="3" paint-order="stroke">${labels.join('')}</g></svg>`
  );
}
