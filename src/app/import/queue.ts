/**
 * The import review queue, pure: the suggestions as one ordered list (entities, then typed relations, then the weak
 * co-occurrence hints), a cursor, and the user's decisions (the engine's decisions.ts record). Every action returns
 * a new state; nothing here renders or stores.
 */
import { type Decided, type DecidedEntity, type DecidedRelation, type Decision, type Decisions, type EntityEdit, type RelationEdit, applyDecisions } from '../../model/import/decisions';
import type { CooccurrenceHint, ImportSuggestions } from '../../model/import/types';

/** Suggestions at or above this confidence (relations: whose kinds also fit the type) are "strong". */
export const STRONG = 0.5;

export type QueueItem =
  | { group: 'entities'; key: string; entity: DecidedEntity }
  | { group: 'relations'; key: string; relation: DecidedRelation }
  | { group: 'hints'; key: string; hint: CooccurrenceHint & { status: 'pending' | 'accepted' | 'rejected' } };

export interface QueueState {
  suggestions: ImportSuggestions;
  decisions: Decisions;
  /** Index into `items(state)`. */
  cursor: number;
}

export function createQueue(suggestions: ImportSuggestions, decisions: Decisions = {}): QueueState {
  return { suggestions, decisions, cursor: 0 };
}

/** The decisions applied (merges, edits, statuses). */
export function decided(state: QueueState): Decided {
  return applyDecisions(state.suggestions, state.decisions);
}

/** The queue in review order: entities, then typed relations, then hints. */
export function items(state: QueueState, d: Decided = decided(state)): QueueItem[] {
  const hintStatus = (key: string) => state.decisions[key]?.status ?? 'pending';
  return [
    ...d.entities.map((entity): QueueItem => ({ group: 'entities', key: entity.key, entity })),
    ...d.relations.map((relation): QueueItem => ({ group: 'relations', key: relation.key, relation })),
    ...d.hints.map((hint): QueueItem => ({ group: 'hints', key: hint.key, hint: { ...hint, status: hintStatus(hint.key) } })),
  ];
}

export function current(state: QueueState): QueueItem | undefined {
  return items(state)[state.cursor];
}

const clamp = (state: QueueState, cursor: number) => ({ ...state, cursor: Math.max(0, Math.min(cursor, items(state).length - 1)) });

/** Move the cursor by `by` (J/K, arrows), staying inside the queue. */
export function move(state: QueueState, by: number): QueueState {
  return clamp(state, state.cursor + by);
}

/** Put the cursor on an item by key (a click). */
export function focus(state: QueueState, key: string): QueueState {
  const at = items(state).findIndex((i) => i.key === key);
  return at < 0 ? state : { ...state, cursor: at };
}

function decide(state: QueueState, key: string, change: (d: Decision) => Decision): QueueState {
  return { ...state, decisions: { ...state.decisions, [key]: change({ ...state.decisions[key] }) } };
}

/** After deciding the item under the cursor, go on to the next still pending one (or stay at the end). */
function onward(state: QueueState, key: string): QueueState {
  const all = items(state);
  const from = all.findIndex((i) => i.key === key);
  const next = all.findIndex((i, n) => n > from && status(i) === 'pending');
  return clamp(state, next >= 0 ? next : from >= 0 ? from : state.cursor);
}

export function status(item: QueueItem): 'pending' | 'accepted' | 'rejected' {
  return item.group === 'entities' ? item.entity.status : item.group === 'relations' ? item.relation.status : item.hint.status;
}

/** Accept a suggestion. Accepting a relation also accepts its two entities when they are still pending. */
export function accept(state: QueueState, key: string): QueueState {
  let next = decide(state, key, (d) => ({ ...d, status: 'accepted' }));
  const item = items(state).find((i) => i.key === key);
  if (item?.group === 'relations') {
    const d = decided(next);
    for (const end of [item.relation.sourceKey, item.relation.targetKey]) {
      if (d.entities.find((e) => e.key === end)?.status === 'pending') next = decide(next, end, (x) => ({ ...x, status: 'accepted' }));
    }
  }
  return onward(next, key);
}

export function reject(state: QueueState, key: string): QueueState {
  return onward(decide(state, key, (d) => ({ ...d, status: 'rejected' })), key);
}

/** Edit an entity (name, kind) or a relation (type, direction, dates, certainty); an edit accepts it. */
export function edit(state: QueueState, key: string, change: EntityEdit & RelationEdit): QueueState {
  return decide(state, key, (d) => ({ ...d, status: 'accepted', edit: { ...d.edit, ...change } }));
}

/** Merge the entity `key` into the entity `into` (its names and mentions go there; its relations follow). */
export function merge(state: QueueState, key: string, into: string): QueueState {
  if (key === into) return state;
  const next = decide(state, key, (d) => ({ ...d, into }));
  return clamp(focus(next, into), focus(next, into).cursor);
}

/** Undo a merge of `name` into the entity `key`: a merge the user made is dropped here; an automatic one is kept apart (`split`), which needs the suggestions made again. */
export function undoMerge(state: QueueState, key: string, name: string): { state: QueueState; resuggest: boolean } {
  const merged = state.suggestions.entities.find((e) => state.decisions[e.key]?.into !== undefined && e.label === name && resolveInto(state, e.key) === key);
  if (merged) {
    const { into: _into, ...rest } = state.decisions[merged.key]!;
    return { state: { ...state, decisions: { ...state.decisions, [merged.key]: rest } }, resuggest: false };
  }
  return { state: decide(state, key, (d) => ({ ...d, split: [...new Set([...(d.split ?? []), name])] })), resuggest: true };
}

function resolveInto(state: QueueState, key: string): string {
  let k = key;
  for (let n = 0; n < 100 && state.decisions[k]?.into; n++) k = state.decisions[k]!.into!;
  return k;
}

/** Whether a pending item is a strong suggestion (hints never are). */
export function isStrong(item: QueueItem): boolean {
  if (item.group === 'entities') return item.entity.confidence >= STRONG;
  if (item.group === 'relations') return item.relation.kindsFit && item.relation.confidence >= STRONG;
  return false;
}

/** "Accept all remaining strong suggestions": every pending strong entity and relation (and a strong relation's ends). */
export function acceptAllStrong(state: QueueState): QueueState {
  let next = state;
  for (const item of items(state)) if (status(item) === 'pending' && isStrong(item)) next = decide(next, item.key, (d) => ({ ...d, status: 'accepted' }));
  const d = decided(next);
  for (const r of d.relations.filter((x) => x.status === 'accepted')) {
    for (const end of [r.sourceKey, r.targetKey]) if (d.entities.find((e) => e.key === end)?.status === 'pending') next = decide(next, end, (x) => ({ ...x, status: 'accepted' }));
  }
  return { ...next, cursor: state.cursor };
}

/** What "Create dataset" takes: the accepted entities, and the accepted relations between them. */
export function acceptedOf(state: QueueState): { entities: DecidedEntity[]; relations: DecidedRelation[] } {
  const d = decided(state);
  return { entities: d.entities.filter((e) => e.status === 'accepted'), relations: d.relations.filter((r) => r.status === 'accepted') };
}

/** How many of each status, for the queue's summary line. */
export function counts(state: QueueState): Record<'pending' | 'accepted' | 'rejected', number> {
  const out = { pending: 0, accepted: 0, rejected: 0 };
  for (const i of items(state)) if (i.group !== 'hints') out[status(i)]++;
  return out;
}

/** Entities an entity may be merged into, by name (not itself). */
export function mergeTargets(state: QueueState, key: string): { key: string; label: string }[] {
  return decided(state).entities.filter((e) => e.key !== key).map((e) => ({ key: e.key, label: e.label }));
}

/** The saved-work id of an import's decisions: the notes' file name (without its extension) or title, normalised, so a revised file finds them. */
export function decisionsId(name: string): string {
  const base = name.replace(/\.(txt|text|md|markdown|docx|pdf|pptx)$/i, '').trim().toLowerCase().replace(/\s+/g, ' ');
  return (base || 'pasted notes').slice(0, 190);
}
