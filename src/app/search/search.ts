/** Entity search by label or any alias, tolerant of misspellings ("trotksy" → Trotsky), built once per graph. */
import MiniSearch from 'minisearch';
import type { AllegianceGraph, EntityKind } from '../../model/types';

export interface Suggestion {
  id: string;
  label: string;
  kind: EntityKind;
  /** The alias that matched when the label itself did not, e.g. "Koba". */
  via?: string;
}

interface Doc {
  id: string;
  label: string;
  aliases: string;
  kind: EntityKind;
}

/** Edits allowed per query term: none for short words, one for up to five letters, two beyond (a swapped pair is two edits). */
function fuzziness(term: string): number {
  return term.length <= 3 ? 0 : term.length <= 5 ? 1 : 2;
}

/** Fold accents and case so "Trotskii", "trotskíi" and "TROTSKII" index alike. */
function fold(term: string): string {
  return term.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

export interface EntitySearch {
  /** Best matches first; an empty query gives none. */
  suggest(query: string, limit?: number): Suggestion[];
}

/** Build the search over a graph's entities. */
export function buildEntitySearch(graph: AllegianceGraph): EntitySearch {
  const mini = new MiniSearch<Doc>({
    fields: ['label', 'aliases'],
    storeFields: ['label', 'kind'],
    processTerm: (term) => fold(term),
  });
  const aliases = new Map<string, string[]>();
  const degree = new Map(graph.mapNodes((id) => [id, graph.degree(id)] as const));
  mini.addAll(
    graph.mapNodes((id, a) => {
      const names = (a.aliases ?? []).filter((n) => n && n !== a.label);
      aliases.set(id, names);
      return { id, label: a.label || id, aliases: names.join(' \n '), kind: a.kind };
    }),
  );
  const options = { prefix: true, fuzzy: fuzziness, boost: { label: 2 }, weights: { fuzzy: 0.6, prefix: 0.8 } } as const;

  return {
    suggest(query, limit = 8) {
      const text = String(query ?? '').trim();
      if (!text) return [];
      let results = mini.search(text, { ...options, combineWith: 'AND' });
      if (results.length === 0) results = mini.search(text, { ...options, combineWith: 'OR' });
      // A name typed in full wins ("Stalin" → Joseph Stalin before Stalin's purges); then more connected entities first.
      const wanted = fold(text);
      const rank = (r: (typeof results)[number]) => {
        const id = String(r.id);
        const exact = [String(r.label), ...(aliases.get(id) ?? [])].some((n) => fold(n) === wanted);
        return (exact ? 1e6 : 0) + r.score * (1 + 0.1 * Math.log2(1 + (degree.get(id) ?? 0)));
      };
      results = results.map((r) => ({ r, k: rank(r) })).sort((a, b) => b.k - a.k).map(({ r }) => r);
      return results.slice(0, limit).map((r) => {
        const id = String(r.id);
        const label = String(r.label);
        const matchedLabel = r.terms.some((t) => fold(label).split(/[^\p{L}\p{N}]+/u).includes(t));
        const via = matchedLabel ? undefined : aliases.get(id)?.find((a) => r.terms.some((t) => fold(a).split(/[^\p{L}\p{N}]+/u).includes(t)));
        return { id, label, kind: r.kind as EntityKind, ...(via ? { via } : {}) };
      });
    },
  };
}
