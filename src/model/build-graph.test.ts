import { describe, expect, it } from 'vitest';
import { buildGraph } from './build-graph';
import { runPipeline } from './pipeline';
import { containsQuote, parseNotes } from './notes';
import { dataWith, realData, realNotesText } from '../node/test-support';
import { validateData } from './validate';

const ENTITIES = `
- id: stalin
  label: Joseph Stalin
  kind: person
  aliases: [Stalin]
  start: "1878"
  dateSource: outside-notes
- id: kamenev
  label: Lev Kamenev
  kind: person
  aliases: [Kamenev, Kamanev]
`;
const RELATIONS = `
- source: kamenev
  type: allied-with
  target: stalin
  start: "1923"
  end: "1925"
  evidence:
    - slide: 33
      quote: Kamanev and Zinoviev joined Stalin
- source: kamenev
  type: allied-with
  target: stalin
  start: "1923"
  certainty: suspected
  evidence:
    - slide: 33
      quote: unofficial triumvirate
  note: a repeat, to test keys
`;

describe('buildGraph', () => {
  const { dataset } = validateData(dataWith(ENTITIES, RELATIONS));
  const graph = buildGraph(dataset!);

  it('builds a multi directed graph with the node attributes', () => {
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.getNodeAttributes('stalin')).toMatchObject({ label: 'Joseph Stalin', kind: 'person', aliases: ['Stalin'], start: '1878', dateSource: 'outside-notes' });
    expect(graph.getNodeAttribute('kamenev', 'mentions').some((m) => m.bullet === 's33-b1')).toBe(true);
  });

  it('keys edges readably and keeps repeats apart', () => {
    expect(graph.edges()).toEqual(['kamenev>allied-with>stalin@1923', 'kamenev>allied-with>stalin@1923~2']);
    expect(graph.getEdgeAttributes('kamenev>allied-with>stalin@1923~2')).toMatchObject({ certainty: 'suspected', dateSource: 'notes', note: 'a repeat, to test keys' });
    expect(graph.source('kamenev>allied-with>stalin@1923')).toBe('kamenev');
  });

  it('carries relation types, the notes title, slide count and slide titles', () => {
    expect(graph.getAttribute('relationTypes')['allied-with']).toMatchObject({ label: 'allied with', tone: 'friendly', symmetric: true });
    expect(graph.getAttribute('notesTitle')).toBe('Bolshevik and Stalinist Russia 1918-56');
    expect(graph.getAttribute('slideCount')).toBe(68);
    expect(graph.getAttribute('slideTitles')[33]).toBe("The Power Struggle after Lenin's Death");
  });

  it('exports graphology JSON that imports back to the same graph', () => {
    const json = JSON.parse(JSON.stringify(graph.export()));
    expect(json.options).toMatchObject({ type: 'directed', multi: true });
    expect(json.edges[0].attributes.evidence[0]).toEqual({ slide: 33, quote: 'Kamanev and Zinoviev joined Stalin' });
  });
});

describe('the real graph', () => {
  const result = runPipeline(realData());
  const notes = parseNotes(realNotesText());

  it('builds without problems', () => {
    expect(result.problems).toEqual([]);
  });

  it('has every quote verbatim on its cited slide', () => {
    result.graph!.forEachEdge((key, a) => {
      for (const e of a.evidence) expect(containsQuote(notes.slides[e.slide - 1].text, e.quote), `${key}: slide ${e.slide}`).toBe(true);
    });
  });
});
