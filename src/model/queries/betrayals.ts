/** Betrayals: two parties allied (allied-with, or one supported the other), then one acted against the other. */
import type { AllegianceGraph, Certainty } from '../types';
import { compareLoosely, yearOf } from './dates';
import { allRelations, compareRelations, isAlliance, pairKey, pushTo, type RelationRef } from './relations';

export interface Betrayal {
  /** Who turned: the source of the first hostile act after the alliance (the notes' direction). */
  betrayer: string;
  betrayed: string;
  /** The latest alliance of the pair that began at or before the act. */
  alliance: RelationRef;
  /** The first hostile act after that alliance began. */
  act: RelationRef;
  /** Further hostile acts by the betrayer against the betrayed before the pair's next alliance. */
  laterActs: RelationRef[];
  /** Hostile acts the other way in the same break (the betrayed hitting back), so the pair is listed once. */
  responses: RelationRef[];
  /** Year of the act. */
  year: number;
  /** The weaker certainty of the alliance and the act: a suspected or disputed half makes the betrayal so. */
  certainty: Certainty;
}

/** Kinds that can be allies and so can be betrayed; a policy, an institution (the Constituent Assembly), an idea or an event cannot. */
const PARTY_KINDS = new Set(['person', 'faction', 'group']);

const CERTAINTY_ORDER: Certainty[] = ['stated', 'suspected', 'disputed'];
/** The less certain of two certainties (disputed < suspected < stated). */
export function weakerCertainty(...all: Certainty[]): Certainty {
  return all.reduce((a, b) => (CERTAINTY_ORDER.indexOf(b) > CERTAINTY_ORDER.indexOf(a) ? b : a), 'stated');
}

const SEVERITY: Record<string, number> = { killed: 3, purged: 3, persecuted: 2 };
const weight = (acts: RelationRef[]) => [Math.max(0, ...acts.map((a) => SEVERITY[a.type] ?? 1)), acts.length];

/**
 * Every betrayal, chronological by act, each pair once per break. For an unordered pair of parties
 * (persons, factions, groups), each hostile act (not `ended`) is credited to the latest alliance of the
 * pair that began at or before it (compared at common precision; relations without a start are ignored).
 * Per alliance, the earliest act is the break and its source the betrayer. When both sides acted in the
 * same year (Stalin moved against Bukharin in 1928, and Bukharin opposed him), the side whose acts in the
 * break weigh more (purged or killed over persecuted over opposed, then more acts) is the one that acted;
 * the other side's acts are its `responses`.
 */
export function findBetrayals(graph: AllegianceGraph): Betrayal[] {
  const isParty = (id: string) => PARTY_KINDS.has(graph.getNodeAttribute(id, 'kind'));
  const dated = allRelations(graph).filter((r) => r.start && r.source !== r.target && isParty(r.source) && isParty(r.target));
  const alliances = new Map<string, RelationRef[]>();
  const acts = new Map<string, RelationRef[]>();
  for (const r of dated) {
    if (isAlliance(r)) pushTo(alliances, pairKey(r.source, r.target), r);
    else if (r.tone === 'hostile' && r.type !== 'ended') pushTo(acts, pairKey(r.source, r.target), r);
  }
  const found: Betrayal[] = [];
  for (const [pair, pairActs] of acts) {
    const pairAlliances = (alliances.get(pair) ?? []).sort(compareRelations);
    const episodes = new Map<RelationRef, RelationRef[]>();
    for (const act of pairActs.sort(compareRelations)) {
      const alliance = pairAlliances.filter((a) => compareLoosely(act.start, a.start) >= 0).pop();
      if (alliance) pushTo(episodes, alliance, act);
    }
    for (const [alliance, episode] of episodes) found.push(breakOf(alliance, episode));
  }
  return found.sort((a, b) => compareRelations(a.act, b.act) || compareRelations(a.alliance, b.alliance));
}

function breakOf(alliance: RelationRef, episode: RelationRef[]): Betrayal {
  const first = episode[0]!;
  const sides = [first.source, first.target];
  const actsOf = (id: string) => episode.filter((r) => r.source === id);
  const tied = sides.map((id) => actsOf(id).filter((r) => compareLoosely(r.start, first.start) === 0));
  let betrayer = first.source;
  if (tied.every((t) => t.length > 0)) {
    const [wa, wb] = sides.map((id) => weight(actsOf(id))) as [number[], number[]];
    if (wb[0]! > wa[0]! || (wb[0] === wa[0] && wb[1]! > wa[1]!)) betrayer = sides[1]!;
  }
  const [act, ...laterActs] = actsOf(betrayer) as [RelationRef, ...RelationRef[]];
  const betrayed = betrayer === sides[0] ? sides[1]! : sides[0]!;
  return {
    betrayer, betrayed, alliance, act, laterActs, responses: actsOf(betrayed),
    year: yearOf(act.start) ?? Number.NaN,
    certainty: weakerCertainty(alliance.certainty, act.certainty),
  };
}
