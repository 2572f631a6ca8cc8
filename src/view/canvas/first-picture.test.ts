import { describe, expect, it } from 'vitest';
import { emptyGraph } from '../../layout/test-graphs';
import type { AllegianceGraph } from '../../model/types';
import { diameterForDegree } from '../../layout/label-metrics';
import { FIRST_PICTURE_ID, PATH_SEGMENTS, firstPictureSvg } from './first-picture';
import { KIND_COLOUR } from '../shared/palette';
import { TONE_STYLE } from './canvas-style';

function graph(): AllegianceGraph {
  const g = emptyGraph();
  const node = (id: string, label: string, kind: 'person' | 'policy') => g.addNode(id, { label, kind, aliases: [], dateSource: 'notes', mentions: [] });
  node('stalin', 'Joseph <Stalin> & co', 'person');
  node('trotsky', 'Leon Trotsky', 'person');
  node('nep', 'New Economic Policy', 'policy');
  g.addDirectedEdgeWithKey('a', 'stalin', 'trotsky', { type: 'opposed', certainty: 'stated', dateSource: 'notes', evidence: [{ slide: 1, quote: 'q' }] });
  g.addDirectedEdgeWithKey('b', 'stalin', 'nep', { type: 'supported', certainty: 'stated', dateSource: 'notes', evidence: [{ slide: 1, quote: 'q' }] });
  return g;
}
const positions = { stalin: { x: 0, y: 0 }, trotsky: { x: 200, y: 0 }, nep: { x: 0, y: 150 } };

describe('firstPictureSvg', () => {
  it('draws every node in its kind colour and size, every relation in its tone, aria-hidden', () => {
    const g = graph();
    const svg = firstPictureSvg(g, positions);
    expect(svg).toMatch(new RegExp(`^<svg id="${FIRST_PICTURE_ID}" aria-hidden="true"`));
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg.match(/<path /g)).toHaveLength(2); // one per tone: hostile and friendly
    expect(svg).toContain('<path d="M0 0L200 0" stroke=');
    expect(svg).toContain('<path d="M0 0L0 150" stroke=');
    expect(svg).toContain(`<circle cx="0" cy="150" r="${diameterForDegree(1) / 2}" fill="${KIND_COLOUR.policy}"/>`);
    expect(svg).toContain(`<circle cx="0" cy="0" r="${diameterForDegree(2) / 2}" fill="${KIND_COLOUR.person}"/>`);
    expect(svg).toContain(`stroke="${TONE_STYLE.hostile.colour}" stroke-width="${TONE_STYLE.hostile.width}" stroke-dasharray="${TONE_STYLE.hostile.dash.join(' ')}"`);
    expect(svg).toContain(`stroke="${TONE_STYLE.friendly.colour}"`);
  });

  it('splits a tone’s relations into paths of at most PATH_SEGMENTS (a large graph rasterises faster)', () => {
    const g = graph();
    const pos: Record<string, { x: number; y: number }> = { ...positions };
    for (let i = 0; i < PATH_SEGMENTS + 5; i++) {
      g.addNode(`n${i}`, { label: `N${i}`, kind: 'person', aliases: [], dateSource: 'notes', mentions: [] });
      pos[`n${i}`] = { x: i, y: 300 };
      g.addDirectedEdgeWithKey(`e${i}`, 'stalin', `n${i}`, { type: 'supported', certainty: 'stated', dateSource: 'notes', evidence: [{ slide: 1, quote: 'q' }] });
    }
    const paths = firstPictureSvg(g, pos).match(/<path d="[^"]*"/g)!;
    // friendly: 1 + 105 relations → 2 paths; hostile: 1 → 1 path; every relation drawn once.
    expect(paths).toHaveLength(3);
    expect(paths.map((p) => p.match(/M/g)!.length).sort((a, b) => a - b)).toEqual([1, 6, PATH_SEGMENTS]);
  });

  it('names the best connected first, escaping their labels', () => {
    const svg = firstPictureSvg(graph(), positions, 1);
    expect(svg.match(/<text /g)).toHaveLength(1);
    expect(svg).toContain('>Joseph &lt;Stalin&gt; &amp; co</text>');
  });

  it('draws nothing when a node has no position or the graph is empty', () => {
    expect(firstPictureSvg(graph(), { stalin: { x: 0, y: 0 } })).toBe('');
    expect(firstPictureSvg(emptyGraph(), {})).toBe('');
  });
});
