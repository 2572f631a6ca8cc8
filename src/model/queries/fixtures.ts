/** Small hand-made graphs for the query tests: the power struggle of the 1920s and a graph of odd data. */
import { MultiDirectedGraph } from 'graphology';
import type { AllegianceGraph, EdgeAttributes, EntityKind, GraphAttributes, NodeAttributes, RelationTypeDef } from '../types';

type T = Omit<RelationTypeDef, 'id' | 'sourceKinds' | 'targetKinds'>;
const ANY: EntityKind[] = ['person', 'faction', 'policy', 'institution', 'event', 'idea', 'group'];
const t = (label: string, inverseLabel: string, tone: T['tone'], symmetric = false) => ({
  label,
  inverseLabel,
  tone,
  symmetric,
  sourceKinds: ANY,
  targetKinds: ANY,
});

/** The relation types of graph-data/relation-types.yaml (kinds left open). */
export const RELATION_TYPES: GraphAttributes['relationTypes'] = {
  'allied-with': t('allied with', 'allied with', 'friendly', true),
  supported: t('supported', 'was supported by', 'friendly'),
  opposed: t('opposed', 'was opposed by', 'hostile'),
  purged: t('purged', 'was purged by', 'hostile'),
  killed: t('killed', 'was killed by', 'hostile'),
  persecuted: t('persecuted', 'was persecuted by', 'hostile'),
  ended: t('ended', 'was ended by', 'hostile'),
  replaced: t('replaced', 'was replaced by', 'neutral'),
  led: t('led', 'was led by', 'neutral'),
  'member-of': t('member of', 'had as member', 'neutral'),
  appointed: t('appointed', 'was appointed by', 'neutral'),
  introduced: t('introduced', 'was introduced by', 'neutral'),
  caused: t('caused', 'was caused by', 'neutral'),
  influenced: t('influenced', 'was influenced by', 'neutral'),
  'part-of': t('part of', 'included', 'neutral'),
};

/** An entity for a fixture: [id, label, kind, start?, end?]. */
export type E = [string, string, EntityKind, string?, string?];
/** A relation for a fixture: [key, source, type, target, start?, end?, extra attributes]. */
export type R = [string, string, string, string, string?, string?, Partial<EdgeAttributes>?];

/** Build a graph from compact entity and relation lists; evidence defaults to one quote on slide 1. */
export function makeGraph(entities: E[], relations: R[]): AllegianceGraph {
  const g: AllegianceGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  g.replaceAttributes({ relationTypes: RELATION_TYPES, notesTitle: 'Fixture notes', slideCount: 70, slideTitles: [''] });
  for (const [id, label, kind, start, end] of entities) {
    g.addNode(id, { label, kind, aliases: [], dateSource: 'notes', mentions: [], ...(start ? { start } : {}), ...(end ? { end } : {}) });
  }
  for (const [key, source, type, target, start, end, extra] of relations) {
    g.addDirectedEdgeWithKey(key, source, target, {
      type,
      certainty: 'stated',
      dateSource: 'notes',
      evidence: [{ slide: 1, quote: `${source} ${type} ${target}` }],
      ...(start ? { start } : {}),
      ...(end ? { end } : {}),
      ...extra,
    });
  }
  return g;
}

const ev = (...slides: number[]) => ({ evidence: slides.map((slide) => ({ slide, quote: `quote on slide ${slide}` })) });

/** Lenin, Stalin, Trotsky, Kamenev, Zinoviev, Bukharin, Kirov, NEP and the Politburo, 1917–1940. */
export function powerStruggle(): AllegianceGraph {
  return makeGraph(
    [
      ['lenin', 'Vladimir Lenin', 'person', '1870', '1924-01-21'],
      ['stalin', 'Joseph Stalin', 'person', '1878', '1953'],
      ['trotsky', 'Leon Trotsky', 'person', '1879', '1940'],
      ['kamenev', 'Lev Kamenev', 'person', '1883', '1936'],
      ['zinoviev', 'Grigory Zinoviev', 'person', '1883', '1936'],
      ['bukharin', 'Nikolai Bukharin', 'person', '1888', '1938'],
      ['kirov', 'Sergei Kirov', 'person', '1886', '1934'],
      ['nep', 'New Economic Policy', 'policy', '1921', '1928'],
      ['politburo', 'Politburo', 'institution'],
    ],
    [
      ['k-lenin-sup-stalin', 'lenin', 'supported', 'stalin', '1922-04', undefined, ev(28)],
      ['k-lenin-opp-stalin', 'lenin', 'opposed', 'stalin', '1922-12', '1923-01', ev(30)],
      ['k-lenin-intro-nep', 'lenin', 'introduced', 'nep', '1921-03', undefined, ev(20)],
      ['k-stalin-ally-kamenev', 'stalin', 'allied-with', 'kamenev', '1923', '1925', ev(33)],
      ['k-zinoviev-ally-stalin', 'zinoviev', 'allied-with', 'stalin', '1923', '1925', ev(33)],
      ['k-zinoviev-opp-trotsky', 'zinoviev', 'opposed', 'trotsky', '1923', '1925', ev(34)],
      ['k-kamenev-opp-trotsky', 'kamenev', 'opposed', 'trotsky', '1923', '1925', ev(34)],
      ['k-stalin-opp-trotsky', 'stalin', 'opposed', 'trotsky', '1923', '1927', ev(34)],
      ['k-zinoviev-opp-stalin', 'zinoviev', 'opposed', 'stalin', '1925-12', undefined, ev(35)],
      ['k-zinoviev-ally-trotsky', 'zinoviev', 'allied-with', 'trotsky', '1926', '1927', ev(36)],
      ['k-trotsky-ally-kamenev', 'trotsky', 'allied-with', 'kamenev', '1926', '1927', ev(36)],
      ['k-stalin-purge-trotsky', 'stalin', 'purged', 'trotsky', '1927', undefined, ev(37)],
      ['k-stalin-purge-zinoviev-27', 'stalin', 'purged', 'zinoviev', '1927-11', undefined, ev(37)],
      ['k-stalin-purge-zinoviev-36', 'stalin', 'purged', 'zinoviev', '1936-08', undefined, ev(60)],
      ['k-stalin-purge-kamenev', 'stalin', 'purged', 'kamenev', '1936', undefined, ev(60, 61)],
      ['k-bukharin-sup-stalin', 'bukharin', 'supported', 'stalin', '1925', '1928', ev(38)],
      ['k-stalin-purge-bukharin', 'stalin', 'purged', 'bukharin', '1938', undefined, ev(62)],
      ['k-bukharin-sup-nep', 'bukharin', 'supported', 'nep', '1921', '1928', ev(21)],
      ['k-stalin-sup-nep', 'stalin', 'supported', 'nep', '1925', '1927', ev(38)],
      ['k-stalin-end-nep', 'stalin', 'ended', 'nep', '1928', undefined, { ...ev(40), dateSource: 'outside-notes' }],
      ['k-stalin-member-politburo', 'stalin', 'member-of', 'politburo', '1917', undefined, ev(10)],
      ['k-trotsky-member-politburo', 'trotsky', 'member-of', 'politburo', '1919', '1926', ev(10)],
      ['k-stalin-kill-kirov', 'stalin', 'killed', 'kirov', '1934-12', undefined, { ...ev(58), certainty: 'suspected' }],
    ],
  );
}

/** Odd data the real curators might produce: self-loops, unknown types, bad and missing dates, no evidence. */
export function oddData(): AllegianceGraph {
  const g = makeGraph(
    [
      ['a', 'Alpha', 'person'],
      ['b', '', 'person', 'c. 1900'],
      ['c', 'Gamma', 'faction', '1920', '1910'],
      ['p', 'Party line', 'idea'],
    ],
    [
      ['self', 'a', 'supported', 'a', '1920'],
      ['self-hostile', 'a', 'purged', 'a', '1930'],
      ['unknown', 'a', 'frenemy-of', 'b', '1921'],
      ['bad-date', 'b', 'allied-with', 'c', 'sometime', '1925?'],
      ['undated', 'a', 'allied-with', 'c'],
      ['undated-act', 'a', 'opposed', 'c'],
      ['no-evidence', 'c', 'opposed', 'a', '1922', undefined, { evidence: undefined as never }],
      ['sup-faction', 'a', 'supported', 'c', '1919'],
      ['end-faction', 'a', 'ended', 'c', '1925'],
      ['sup-idea', 'a', 'supported', 'p', '1919'],
      ['end-idea', 'a', 'ended', 'p', '1925'],
    ],
  );
  return g;
}
