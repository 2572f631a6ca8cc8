/** The planner's help from the graph: candidate factors for the question, and the other side for a paragraph. */
import { findBetrayals } from '../../model/queries/betrayals';
import { rankEntities } from '../../model/queries/centrality';
import { overlaps } from '../../model/queries/dates';
import { allRelations, labelOf, type RelationRef } from '../../model/queries/relations';
import { relationSpan } from '../../model/queries/time-model';
import { relationSentence, dateRangeText } from '../../model/queries/sentence';
import { findSideSwitches } from '../../model/queries/side-switches';
import type { AllegianceGraph } from '../../model/types';
import { cardEdge, cardEntities } from './cards';
import type { Paragraph } from './plan-schema';
import type { Understanding } from './question';

export interface FactorSuggestion {
  id: string;
  label: string;
  kind: string;
  /** Why it is offered: "4 relations with Joseph Stalin in 1924–1929; links others (centrality 0.31)". */
  reason: string;
  score: number;
  /** The question names it as its factor. */
  named: boolean;
}

type Window = Pick<Understanding, 'from' | 'to'>;
const inWindow = (graph: AllegianceGraph, edge: string, w: Window) => overlaps(relationSpan(graph, edge), w.from ?? undefined, w.to ?? undefined);

/**
 * Entities that matter most for the question's people in its years. Score: betweenness in the window, plus
 * the share of the window's relations that join it to the question's people, plus 1 when the question names
 * it as its factor. The question's people themselves are the subject, not factors, unless named as the factor.
 */
export function suggestFactors(graph: AllegianceGraph, u: Understanding, limit = 6): FactorSuggestion[] {
  const ranks = rankEntities(graph, { fromYear: u.from ?? undefined, toYear: u.to ?? undefined });
  const people = new Set(u.people);
  const named = new Set(u.factorEntities);
  const withPeople = new Map<string, number>();
  let total = 0;
  for (const p of people) {
    if (!graph.hasNode(p)) continue;
    graph.forEachEdge(p, (edge, _a, s, t) => {
      if (s === t || !inWindow(graph, edge, u)) return;
      const other = s === p ? t : s;
      withPeople.set(other, (withPeople.get(other) ?? 0) + 1);
      total++;
    });
  }
  const label = [...people].filter((p) => graph.hasNode(p)).map((p) => labelOf(graph, p)).join(' or ');
  const when = u.from === null && u.to === null ? 'across the notes' : `in ${u.from ?? '…'}–${u.to ?? '…'}`;
  return ranks
    .filter((r) => named.has(r.id) || !people.has(r.id))
    .map((r) => {
      const links = withPeople.get(r.id) ?? 0;
      const score = r.betweenness + (total ? links / total : 0) + (named.has(r.id) ? 1 : 0);
      const parts = [
        named.has(r.id) ? 'the factor the question names' : '',
        links ? `${links} relation${links === 1 ? '' : 's'} with ${label} ${when}` : '',
        r.betweenness > 0 ? `connects others (centrality ${r.betweenness.toFixed(2)})` : `${r.degree} relation${r.degree === 1 ? '' : 's'} ${when}`,
      ].filter(Boolean);
      return { id: r.id, label: r.label, kind: graph.getNodeAttribute(r.id, 'kind') as string, reason: parts.join('; '), score, named: named.has(r.id) };
    })
    .filter((s) => s.named || s.score > 0)
    .sort((a, b) => b.score - a.score || a.label.localeCompare(b.label))
    .slice(0, limit);
}

export interface OtherSide {
  kind: 'hostile' | 'betrayal' | 'side-switch';
  /** "Betrayal: Joseph Stalin turned on Nikolai Bukharin (1929)". */
  text: string;
  relation: RelationRef;
  year: number | null;
}

/** The people a paragraph is about: its cards' entities, plus entities named in its factor. */
export function paragraphPeople(p: Paragraph, factorEntities: readonly string[] = []): Set<string> {
  return new Set([...p.cards.flatMap(cardEntities), ...factorEntities]);
}

/**
 * "The other side" for a paragraph: hostile relations touching its people within the years, betrayals
 * by or against them, and side switches they made, each once, earliest first; relations already on the
 * paragraph's cards are left out.
 */
export function counterEvidence(graph: AllegianceGraph, p: Paragraph, people: ReadonlySet<string>, w: Window, limit = 8): OtherSide[] {
  const used = new Set(p.cards.map(cardEdge).filter(Boolean));
  const out = new Map<string, OtherSide>();
  const start = (r: RelationRef) => { const y = relationSpan(graph, r.edge).from; return Number.isFinite(y) ? y : null; };
  for (const b of findBetrayals(graph)) {
    if (!(people.has(b.betrayer) || people.has(b.betrayed)) || !inWindow(graph, b.act.edge, w) || used.has(b.act.edge)) continue;
    out.set(b.act.edge, { kind: 'betrayal', relation: b.act, year: b.year, text: `Betrayal: ${labelOf(graph, b.betrayer)} turned on ${labelOf(graph, b.betrayed)} (${b.year}): ${relationSentence(graph, b.act)}` });
  }
  for (const s of findSideSwitches(graph)) {
    const who = s.kind === 'enemies-to-allies' ? [s.a, s.b] : [s.who];
    const r = s.kind === 'enemies-to-allies' ? s.alliance : s.newAlliance;
    if (!who.some((x) => people.has(x)) || !inWindow(graph, r.edge, w) || used.has(r.edge) || out.has(r.edge)) continue;
    const text = s.kind === 'enemies-to-allies'
      ? `Side switch: ${labelOf(graph, s.a)} and ${labelOf(graph, s.b)} went from enemies to allies (${s.year})`
      : `Side switch: ${labelOf(graph, s.who)} left ${labelOf(graph, s.left)} for ${labelOf(graph, s.joined)} (${s.year})`;
    out.set(r.edge, { kind: 'side-switch', relation: r, year: s.year, text });
  }
  for (const r of allRelations(graph)) {
    if (r.tone !== 'hostile' || r.source === r.target || !(people.has(r.source) || people.has(r.target))) continue;
    if (!inWindow(graph, r.edge, w) || used.has(r.edge) || out.has(r.edge)) continue;
    const dates = dateRangeText(r.start, r.end);
    out.set(r.edge, { kind: 'hostile', relation: r, year: start(r), text: `${relationSentence(graph, r)}${dates ? ` (${dates})` : ''}` });
  }
  const order = { betrayal: 0, 'side-switch': 1, hostile: 2 };
  return [...out.values()]
    .sort((a, b) => order[a.kind] - order[b.kind] || (a.year ?? 9999) - (b.year ?? 9999) || a.text.localeCompare(b.text))
    .slice(0, limit);
}
