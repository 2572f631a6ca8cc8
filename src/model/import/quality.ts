/**
 * How good the suggestions are, measured on notes whose curated dataset is known: the share of curated entities
 * named 3 or more times that are suggested, the precision of the top suggestions, and how many typed relation
 * suggestions match a curated relation in type and direction. A suggestion matches a curated entity when one of
 * its names is one of the entity's label or aliases (case, possessive and white space aside).
 */
import { findAllMentions } from '../mentions';
import type { Dataset } from '../types';
import type { EntitySuggestion, RelationSuggestion } from './types';
import { nameKey } from './words';

export interface Quality {
  /** Curated entities named in 3 or more bullets, and how many of them are suggested. */
  frequent: number;
  frequentFound: number;
  recall: number;
  /** Of the first `top` suggestions, how many match a curated entity. */
  top: number;
  topMatched: number;
  precision: number;
  /** Typed relation suggestions considered (at or above the confidence), and those matching a curated relation in type and direction. */
  relations: number;
  relationsMatched: number;
  relationPrecision: number;
  /** Curated entities named 3+ times that no suggestion has (what recall misses). */
  missed: string[];
  /** Top suggestions matching no curated entity. */
  unmatched: string[];
}

export function measureQuality(curated: Dataset, entities: EntitySuggestion[], relations: RelationSuggestion[], options: { top?: number; minConfidence?: number } = {}): Quality {
  const top = options.top ?? 50;
  const owner = new Map<string, string>();
  for (const e of curated.entities) for (const n of [e.label, ...e.aliases]) if (!owner.has(nameKey(n))) owner.set(nameKey(n), e.id);
  const match = (s: EntitySuggestion) => [s.label, ...s.aliases].map((n) => owner.get(nameKey(n))).find(Boolean);
  const mentions = findAllMentions(curated.entities, curated.notes);
  const frequent = curated.entities.filter((_, i) => new Set(mentions[i]!.map((m) => m.bullet)).size >= 3);
  const found = new Set(entities.map(match).filter(Boolean));
  const missed = frequent.filter((e) => !found.has(e.id)).map((e) => e.label);
  const first = entities.slice(0, top);
  const unmatched = first.filter((s) => !match(s)).map((s) => s.label);
  const byKey = new Map(entities.map((e) => [e.key, match(e)]));
  const curatedRel = new Set<string>();
  const symmetric = new Set(curated.relationTypes.filter((t) => t.symmetric).map((t) => t.id));
  for (const r of curated.relations) {
    curatedRel.add(`${r.source}>${r.type}>${r.target}`);
    if (symmetric.has(r.type)) curatedRel.add(`${r.target}>${r.type}>${r.source}`);
  }
  const considered = relations.filter((r) => r.confidence >= (options.minConfidence ?? 0) && r.kindsFit);
  const matched = considered.filter((r) => curatedRel.has(`${byKey.get(r.sourceKey)}>${r.type}>${byKey.get(r.targetKey)}`));
  const ratio = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 1000 : 0);
  return {
    frequent: frequent.length, frequentFound: frequent.length - missed.length, recall: ratio(frequent.length - missed.length, frequent.length),
    top: first.length, topMatched: first.length - unmatched.length, precision: ratio(first.length - unmatched.length, first.length),
    relations: considered.length, relationsMatched: matched.length, relationPrecision: ratio(matched.length, considered.length),
    missed, unmatched,
  };
}
