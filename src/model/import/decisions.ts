/**
 * The user's decisions on suggestions, as a plain record keyed by each suggestion's stable key (an entity's
 * normalised name; source, type, target and slide for a relation), so re-importing a revised file keeps them.
 */
import type { Certainty, EntityKind } from '../types';
import type { EntitySuggestion, ImportSuggestions, RelationSuggestion } from './types';

export interface EntityEdit {
  label?: string;
  kind?: EntityKind;
  aliases?: string[];
}

export interface RelationEdit {
  type?: string;
  /** Swap source and target. */
  reverse?: boolean;
  start?: string;
  end?: string;
  certainty?: Certainty;
}

export interface Decision {
  status?: 'accepted' | 'rejected';
  edit?: EntityEdit & RelationEdit;
  /** Entities only: merge this entity into the one with this key. */
  into?: string;
  /** Entities only: names of merged variants to split off again (undo an automatic merge; takes effect when suggestions are made). */
  split?: string[];
}

export type Decisions = Record<string, Decision>;

export type Status = 'pending' | 'accepted' | 'rejected';
export type DecidedEntity = EntitySuggestion & { status: Status };
export type DecidedRelation = RelationSuggestion & { status: Status; start?: string; end?: string };

export interface Decided {
  entities: DecidedEntity[];
  relations: DecidedRelation[];
  hints: ImportSuggestions['hints'];
}

const statusOf = (d: Decision | undefined): Status => d?.status ?? (d?.edit ? 'accepted' : 'pending');

/** Apply decisions: statuses, edits, merges (an entity merged into another takes its names and mentions; its relations follow it). */
export function applyDecisions(suggestions: ImportSuggestions, decisions: Decisions = {}): Decided {
  const byKey = new Map(suggestions.entities.map((e) => [e.key, { ...e, aliases: [...e.aliases], mentions: [...e.mentions], status: statusOf(decisions[e.key]) } as DecidedEntity]));
  const movedTo = new Map<string, string>();
  for (const e of suggestions.entities) {
    const into = decisions[e.key]?.into;
    if (!into || into === e.key || !byKey.has(into)) continue;
    let target = into;
    while (movedTo.has(target)) target = movedTo.get(target)!;
    if (target === e.key) continue;
    const from = byKey.get(e.key)!;
    const to = byKey.get(target)!;
    to.aliases.push(...[from.label, ...from.aliases].filter((n) => n.toLowerCase() !== to.label.toLowerCase() && !to.aliases.some((a) => a.toLowerCase() === n.toLowerCase())));
    to.mentions = [...to.mentions, ...from.mentions].sort((a, b) => a.slide - b.slide);
    to.count = new Set(to.mentions.map((m) => m.bullet)).size;
    to.merges = [...to.merges, { name: from.label, reason: 'known name', count: from.count }];
    byKey.delete(e.key);
    movedTo.set(e.key, target);
  }
  for (const e of byKey.values()) {
    const edit = decisions[e.key]?.edit;
    if (edit?.label) e.label = edit.label;
    if (edit?.kind) e.kind = edit.kind;
    if (edit?.aliases) e.aliases = [...edit.aliases];
  }
  const resolve = (key: string) => {
    let k = key;
    while (movedTo.has(k)) k = movedTo.get(k)!;
    return byKey.get(k);
  };
  // A relation's key ends with its slide; when a revised file moves the slide, the one decision on the same source, type and target still applies.
  const current = new Set(suggestions.relations.map((r) => r.key));
  const byTriple = new Map<string, string[]>();
  for (const k of Object.keys(decisions)) {
    if (!k.startsWith('relation:') || current.has(k)) continue;
    const triple = k.slice(0, k.lastIndexOf('|'));
    byTriple.set(triple, [...(byTriple.get(triple) ?? []), k]);
  }
  const decisionFor = (key: string): Decision | undefined => {
    if (decisions[key]) return decisions[key];
    const moved = byTriple.get(key.slice(0, key.lastIndexOf('|')));
    return moved?.length === 1 ? decisions[moved[0]!] : undefined;
  };
  const relations: DecidedRelation[] = [];
  for (const r of suggestions.relations) {
    const d = decisionFor(r.key);
    let s = resolve(r.sourceKey);
    let t = resolve(r.targetKey);
    if (!s || !t || s === t) continue;
    if (d?.edit?.reverse) [s, t] = [t, s];
    const out: DecidedRelation = { ...r, source: s.id, target: t.id, sourceKey: s.key, targetKey: t.key, status: statusOf(d) };
    if (d?.edit?.type) out.type = d.edit.type;
    if (d?.edit?.certainty) out.certainty = d.edit.certainty;
    if (d?.edit?.start) out.start = d.edit.start;
    if (d?.edit?.end) out.end = d.edit.end;
    relations.push(out);
  }
  return { entities: [...byKey.values()], relations, hints: suggestions.hints };
}

/** The name pairs decisions ask to keep apart (undone merges), for suggestEntities. */
export function keptApart(decisions: Decisions = {}): [string, string][] {
  return Object.entries(decisions).flatMap(([key, d]) => (d.split ?? []).map((name): [string, string] => [key.replace(/^entity:/, ''), name]));
}
