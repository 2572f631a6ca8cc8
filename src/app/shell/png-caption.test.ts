import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../model/build-graph';
import { realDataset } from '../../node/test-support';
import { fixtureGraph } from '../shared/test-fixture';
import { pngCaption } from './png-caption';
import { DEFAULT_STATE } from './view-state';

const graph = fixtureGraph();

describe('the PNG caption', () => {
  it('names the notes, all years and no filters for the first view', () => {
    expect(pngCaption(graph, DEFAULT_STATE)).toEqual(['Fixture notes on the power struggle', 'All years', 'Filters: none, everything shown']);
  });

  it('gives the year and how other years show, the selection, and every filter in force', () => {
    const caption = pngCaption(graph, {
      ...DEFAULT_STATE,
      year: 1925,
      yearMode: 'fade',
      selected: 'stalin',
      focus: 2,
      kinds: new Set(['faction', 'person'] as const),
      tones: new Set(['hostile'] as const),
      types: new Set(['purged', 'allied-with']),
    });
    expect(caption).toEqual([
      'Fixture notes on the power struggle',
      'In 1925, other years faded · Joseph Stalin selected',
      'Filters: kinds: person, faction; tones: hostile; relations: allied with, purged; focus: 2 steps around Joseph Stalin',
    ]);
  });

  it('names an open tool and an empty filter', () => {
    const caption = pngCaption(graph, { ...DEFAULT_STATE, year: 1936, tool: 'betrayals', kinds: new Set() });
    expect(caption.slice(1)).toEqual(['In 1936, other years hidden · Betrayals shown', 'Filters: kinds: none']);
  });

  it('uses the real notes’ title', () => {
    expect(pngCaption(buildGraph(realDataset()), DEFAULT_STATE)[0]).toBe('Bolshevik and Stalinist Russia 1918-56');
  });
});
