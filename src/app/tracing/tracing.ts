/**
 * Betrayals and side switches as the Betrayals view lists them: a stable id for each (for the URL), a
 * title, the relations that make it with their quotes, what to emphasise on the graph and the year to show.
 */
import { findBetrayals, type Betrayal } from '../../model/queries/betrayals';
import { labelOf } from '../../model/queries/relations';
import { findSideSwitches, type SideSwitch } from '../../model/queries/side-switches';
import { certaintyText } from '../../model/queries/sentence';
import type { AllegianceGraph, Certainty } from '../../model/types';
import { emphasisOf, type Emphasis } from '../explorer/emphasis';
import type { NotesIndex } from '../shared/notes-index';
import { tracedRelation, type TracedRelation } from './traced-relation';

export type TracingKind = 'betrayal' | 'enemies-to-allies' | 'joined-enemy';

/** One step of the story: "Alliance", "Then", "Before", "Enmity". */
export interface TracingStep {
  role: string;
  relation: TracedRelation;
}

export interface TracingItem {
  /** Stable across data edits that do not touch its relations: see the id functions below. */
  id: string;
  kind: TracingKind;
  /** The year of the break (a betrayal's act) or of the new alliance (a side switch); null when undated. */
  year: number | null;
  /** "Joseph Stalin turned on Grigory Zinoviev", with "(suspected)" or "(disputed)" when a half is. */
  title: string;
  /** The weakest certainty of the relations that make it. */
  certainty: Certainty;
  /** The entities involved, in reading order. */
  parties: string[];
  steps: TracingStep[];
  /** A betrayal's further hostile acts before the pair's next alliance. */
  later: TracedRelation[];
}

export interface Tracing {
  betrayals: TracingItem[];
  switches: TracingItem[];
}

/** A betrayal's id: the key of its act (each act breaks at most one alliance), e.g. "stalin>opposed>zinoviev@1925". */
export function betrayalId(b: Pick<Betrayal, 'act'>): string {
  return b.act.edge;
}

/**
 * A side switch's id: "allies:" + the key of the alliance that made enemies allies (one switch per
 * alliance), or "left:who>left>joined" (one switch per such triple).
 */
export function sideSwitchId(s: SideSwitch): string {
  return s.kind === 'enemies-to-allies' ? `allies:${s.alliance.edge}` : `left:${s.who}>${s.left}>${s.joined}`;
}

const yearOrNull = (y: number) => (Number.isFinite(y) ? y : null);

function betrayalItem(graph: AllegianceGraph, notes: NotesIndex, b: Betrayal): TracingItem {
  const rel = (r: Betrayal['act']) => tracedRelation(graph, notes, r);
  return {
    id: betrayalId(b),
    kind: 'betrayal',
    year: yearOrNull(b.year),
    title: `${labelOf(graph, b.betrayer)} turned on ${labelOf(graph, b.betrayed)}${certaintyText(b)}`,
    certainty: b.certainty,
    parties: [b.betrayer, b.betrayed],
    steps: [
      { role: 'Alliance', relation: rel(b.alliance) },
      { role: 'Then', relation: rel(b.act) },
      ...b.responses.map((r) => ({ role: 'Response', relation: rel(r) })),
    ],
    later: b.laterActs.map(rel),
  };
}

function switchItem(graph: AllegianceGraph, notes: NotesIndex, s: SideSwitch): TracingItem {
  const rel = (r: Parameters<typeof tracedRelation>[2]) => tracedRelation(graph, notes, r);
  const name = (id: string) => labelOf(graph, id);
  if (s.kind === 'enemies-to-allies') {
    return {
      id: sideSwitchId(s),
      kind: s.kind,
      year: yearOrNull(s.year),
      title: `${name(s.a)} and ${name(s.b)} went from enemies to allies${certaintyText(s)}`,
      certainty: s.certainty,
      parties: [s.a, s.b],
      steps: [
        { role: 'Before', relation: rel(s.hostile) },
        { role: 'Then', relation: rel(s.alliance) },
      ],
      later: [],
    };
  }
  return {
    id: sideSwitchId(s),
    kind: s.kind,
    year: yearOrNull(s.year),
    title: `${name(s.who)} left ${name(s.left)} for ${name(s.joined)}, ${name(s.left)}’s enemy${certaintyText(s)}`,
    certainty: s.certainty,
    parties: [s.who, s.left, s.joined],
    steps: [
      { role: 'Before', relation: rel(s.formerAlliance) },
      { role: 'Then', relation: rel(s.newAlliance) },
      { role: 'Enmity', relation: rel(s.hostility) },
    ],
    later: [],
  };
}

const cache = new WeakMap<AllegianceGraph, WeakMap<NotesIndex, Tracing>>();

/** Every betrayal and side switch, chronological, prepared for listing (computed once per graph and notes). */
export function tracing(graph: AllegianceGraph, notes: NotesIndex): Tracing {
  let byNotes = cache.get(graph);
  if (!byNotes) cache.set(graph, (byNotes = new WeakMap()));
  const hit = byNotes.get(notes);
  if (hit) return hit;
  const result = {
    betrayals: findBetrayals(graph).map((b) => betrayalItem(graph, notes, b)),
    switches: findSideSwitches(graph).map((s) => switchItem(graph, notes, s)),
  };
  byNotes.set(notes, result);
  return result;
}

const idCache = new WeakMap<AllegianceGraph, ReadonlySet<string>>();

/** The ids of every betrayal and side switch (for checking a URL; no quotes are prepared). */
export function tracingIds(graph: AllegianceGraph): ReadonlySet<string> {
  let ids = idCache.get(graph);
  if (!ids) idCache.set(graph, (ids = new Set([...findBetrayals(graph).map(betrayalId), ...findSideSwitches(graph).map(sideSwitchId)])));
  return ids;
}

/** The item with this id, or null. */
export function findTracingItem(t: Tracing, id: string | null): TracingItem | null {
  if (id === null) return null;
  return t.betrayals.find((b) => b.id === id) ?? t.switches.find((s) => s.id === id) ?? null;
}

/**
 * What the graph emphasises for an item: its parties and the relations of its steps (the alliance and the
 * act that broke it; for a side switch, the relations that make the switch). Later acts are listed, not drawn.
 */
export function tracingEmphasis(graph: AllegianceGraph, item: TracingItem): Emphasis {
  return emphasisOf(graph, item.parties, item.steps.map((s) => s.relation.edge));
}
