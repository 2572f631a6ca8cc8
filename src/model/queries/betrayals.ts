/** Betrayals: two parties allied (allied-with, or one supported the other), then one acted against the other. */
import type { AllegianceGraph } from '../types';
import { compareLoosely, yearOf } from './dates';
import { allRelations, compareRelations, isAlliance, pairKey, pushTo, type RelationRef } from './relations';

export interface Betrayal {
  /** Who turned: the source of the hostile act. */
  betrayer: string;
  betrayed: string;
  /** The latest alliance of the pair that began at or before the act. */
  alliance: RelationRef;
  /** The first hostile act after that alliance began. */
  act: RelationRef;
  /** Further hostile acts by the betrayer against the betrayed before the pair's next alliance. */
  laterActs: RelationRef[];
  /** Year of the act. */
  year: number;
}

const ENDABLE_KINDS = new Set(['policy', 'institution']);

/** A hostile act that can break an alliance; `ended` counts only against a policy or institution. */
function isBetrayingAct(graph: AllegianceGraph, r: RelationRef): boolean {
  if (r.tone !== 'hostile') return false;
  return r.type !== 'ended' || ENDABLE_KINDS.has(graph.getNodeAttribute(r.target, 'kind'));
}

/**
 * Every betrayal, chronological by act. Either party of an alliance can betray the other (Stalin purging
 * Bukharin, who had supported him, counts). The act must start at or after the alliance's start, compared
 * at common precision ("1923" vs "1923-05" counts); relations without a start date are ignored, since
 * their order is unknown. One result per alliance episode: each act is credited to the latest alliance of
 * the pair that began at or before it; the earliest act is the betrayal and the rest are `laterActs`.
 */
export function findBetrayals(graph: AllegianceGraph): Betrayal[] {
  const dated = allRelations(graph).filter((r) => r.start && r.source !== r.target);
  const alliances = new Map<string, RelationRef[]>();
  const acts = new Map<string, RelationRef[]>();
  for (const r of dated) {
    if (isAlliance(r)) pushTo(alliances, pairKey(r.source, r.target), r);
    else if (isBetrayingAct(graph, r)) pushTo(acts, pairKey(r.source, r.target, true), r);
  }
  const found: Betrayal[] = [];
  for (const pairActs of acts.values()) {
    const [{ source: betrayer, target: betrayed }] = pairActs as [RelationRef];
    const pairAlliances = (alliances.get(pairKey(betrayer, betrayed)) ?? []).sort(compareRelations);
    const episodes = new Map<RelationRef, RelationRef[]>();
    for (const act of pairActs.sort(compareRelations)) {
      const alliance = pairAlliances.filter((a) => compareLoosely(act.start, a.start) >= 0).pop();
      if (alliance) pushTo(episodes, alliance, act);
    }
    for (const [alliance, [act, ...laterActs]] of episodes as Map<RelationRef, [RelationRef, ...RelationRef[]]>) {
      found.push({ betrayer, betrayed, alliance, act, laterActs, year: yearOf(act.start) ?? Number.NaN });
    }
  }
  return found.sort((a, b) => compareRelations(a.act, b.act) || compareRelations(a.alliance, b.alliance));
}
