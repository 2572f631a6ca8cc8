import { describe, expect, it } from 'vitest';
import { notesData } from '../../model/notes-data';
import { entityDetails } from '../panels/details';
import { indexNotes } from './notes-index';
import { FIXTURE_NOTES_TEXT, fixtureGraph } from './test-fixture';

describe('notes sent to the browser', () => {
  const graph = fixtureGraph();
  const lean = notesData(FIXTURE_NOTES_TEXT, graph);

  it('keeps every slide title and every bullet an entity mentions, and drops the rest', () => {
    expect(lean.slides.map((s) => [s.number, s.title])).toEqual([
      [1, 'Fixture notes on the power struggle'],
      [2, 'The power struggle'],
      [3, 'The purges'],
    ]);
    const mentioned = new Set(graph.mapNodes((_n, a) => a.mentions.map((m) => m.bullet)).flat());
    const sent = lean.slides.flatMap((s) => s.bullets.map((b) => b.id));
    expect(new Set(sent)).toEqual(mentioned);
    expect(notesData(FIXTURE_NOTES_TEXT).slides.flatMap((s) => s.bullets)).toHaveLength(6);
    expect(sent).not.toContain('s3-b3');
  });

  it('is enough for every excerpt of every entity', () => {
    const notes = indexNotes(lean);
    graph.forEachNode((id, a) => {
      expect(entityDetails(graph, notes, id)!.excerpts).toHaveLength(a.mentions.length);
    });
  });

  it('falls back to the graph’s slide titles when the notes are missing', () => {
    const notes = indexNotes(undefined, ['', 'One', 'Two']);
    expect(notes.slideTitle(2)).toBe('Two');
    expect(notes.slideTitle(9)).toBe('');
    expect(notes.bullet('s1-b1')).toBeUndefined();
  });
});
