/** Side switches: enemies who became allies, and allies who went over to the other side's enemy. */
import type { AllegianceGraph, Certainty } from '../types';
import { weakerCertainty } from './betrayals';
import { compareLoosely, yearOf } from './dates';
import { allRelations, compareRelations, isAlliance, otherEnd, pairKey, pushTo, type RelationRef } from './relations';
import { relationSpan } from './time-model';

/** A and B were hostile (either way), then allied: Zinoviev opposed Trotsky 1923, allied with him 1926. */
export interface EnemiesToAllies {
  kind: 'enemies-to-allies';
  /** The source of the hostile relation. */
  a: string;
  b: string;
  /** The most recent hostile relation of the pair before the alliance. */
  hostile: RelationRef;
  alliance: RelationRef;
  /** Year the alliance began. */
  year: number;
  /** The weakest certainty of the relations that make the switch. */
  certainty: Certainty;
}

/** `who` was allied with `left`, then allied with `joined`, who was hostile to `left` at that time. */
export interface JoinedEnemy {
  kind: 'joined-enemy';
  who: string;
  left: string;
  joined: string;
  formerAlliance: RelationRef;
  newAlliance: RelationRef;
  /** The latest hostile relation between `left` and `joined` that shows them enemies when the new alliance began. */
  hostility: RelationRef;
  year: number;
  /** The weakest certainty of the relations that make the switch. */
  certainty: Certainty;
}

export type SideSwitch = EnemiesToAllies | JoinedEnemy;

/**
 * Every side switch, chronological by the alliance that made it. Only relations with a start date take
 * part. "Later" is strict, at common precision. Enemies-to-allies: for each alliance of a pair, the
 * hostile relations since the pair's previous alliance began; one result per alliance. Joined-enemy: one
 * result per (who, left, joined), the earliest; `who`'s alliances are allied-with either way or `who`
 * supporting the other, and `left` and `joined` must be parties (person, faction, group, institution).
 * "Hostile at that time": a left–joined hostile relation that began no later than the new alliance and is
 * in force in its start year, or a one-off act (no end) since the former alliance began (so "Stalin opposed
 * Trotsky, 1923" still counts for Zinoviev's switch in 1926); and left and joined not allied in that year
 * (Kamenev did not leave Zinoviev for Trotsky: all three were in the United Opposition).
 */
export function findSideSwitches(graph: AllegianceGraph): SideSwitch[] {
  const dated = allRelations(graph).filter((r) => r.start && r.source !== r.target);
  const found: SideSwitch[] = [...enemiesToAllies(dated), ...joinedEnemies(graph, dated)];
  const allianceOf = (s: SideSwitch) => (s.kind === 'enemies-to-allies' ? s.alliance : s.newAlliance);
  return found.sort((x, y) => compareRelations(allianceOf(x), allianceOf(y)) || x.kind.localeCompare(y.kind));
}

function enemiesToAllies(dated: RelationRef[]): EnemiesToAllies[] {
  const byPair = new Map<string, RelationRef[]>();
  for (const r of dated) if (isAlliance(r) || r.tone === 'hostile') pushTo(byPair, pairKey(r.source, r.target), r);
  const found: EnemiesToAllies[] = [];
  for (const relations of byPair.values()) {
    const alliances = relations.filter(isAlliance).sort(compareRelations);
    const hostiles = relations.filter((r) => r.tone === 'hostile').sort(compareRelations);
    alliances.forEach((alliance, i) => {
      const previous = alliances[i - 1];
      const hostile = hostiles
        .filter((h) => compareLoosely(alliance.start, h.start) > 0 && (!previous || compareLoosely(h.start, previous.start) >= 0))
        .pop();
      if (hostile) {
        found.push({
          kind: 'enemies-to-allies', a: hostile.source, b: hostile.target, hostile, alliance, year: yearOf(alliance.start) ?? Number.NaN,
          certainty: weakerCertainty(hostile.certainty, alliance.certainty),
        });
      }
    });
  }
  return found;
}

/** Kinds that take sides; policies, events and ideas are supported or opposed but do not switch. */
const PARTY_KINDS = new Set(['person', 'faction', 'group', 'institution']);

function joinedEnemies(graph: AllegianceGraph, dated: RelationRef[]): JoinedEnemy[] {
  const alliancesOf = new Map<string, RelationRef[]>();
  const friendlyByPair = new Map<string, RelationRef[]>();
  const hostileByPair = new Map<string, RelationRef[]>();
  for (const r of dated) {
    if (r.type === 'allied-with') pushTo(alliancesOf, r.target, r);
    if (isAlliance(r)) {
      pushTo(alliancesOf, r.source, r);
      pushTo(friendlyByPair, pairKey(r.source, r.target), r);
    }
    if (r.tone === 'hostile') pushTo(hostileByPair, pairKey(r.source, r.target), r);
  }
  const isParty = (id: string) => PARTY_KINDS.has(graph.getNodeAttribute(id, 'kind'));
  const inForceAt = (r: RelationRef, year: number) => {
    const { from, to } = relationSpan(graph, r.edge);
    return from <= year && year <= to;
  };
  const found = new Map<string, JoinedEnemy>();
  for (const [who, alliances] of alliancesOf) {
    alliances.sort(compareRelations);
    for (const newAlliance of alliances) {
      const joined = otherEnd(newAlliance, who);
      const year = yearOf(newAlliance.start) ?? Number.NaN;
      if (!isParty(joined)) continue;
      for (const formerAlliance of alliances.filter((f) => compareLoosely(newAlliance.start, f.start) > 0).reverse()) {
        const left = otherEnd(formerAlliance, who);
        const key = JSON.stringify([who, left, joined]);
        if (left === joined || !isParty(left) || found.has(key)) continue;
        if ((friendlyByPair.get(pairKey(left, joined)) ?? []).some((f) => inForceAt(f, year))) continue;
        const since = yearOf(formerAlliance.start) ?? -Infinity;
        const hostility = (hostileByPair.get(pairKey(left, joined)) ?? [])
          .sort(compareRelations)
          .filter((h) => compareLoosely(newAlliance.start, h.start) >= 0 && (inForceAt(h, year) || (!h.end && (yearOf(h.start) ?? -Infinity) >= since)))
          .pop();
        if (hostility) {
          const certainty = weakerCertainty(formerAlliance.certainty, newAlliance.certainty, hostility.certainty);
          found.set(key, { kind: 'joined-enemy', who, left, joined, formerAlliance, newAlliance, hostility, year, certainty });
        }
      }
    }
  }
  return [...found.values()];
}
