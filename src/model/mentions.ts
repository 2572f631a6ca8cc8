/**
 * Link each entity to every bullet that names it by any of its names, with one index of all names.
 *
 * The rules (pinned by mentions.test.ts, and checked against the original regular-expression scan in
 * mentions.equivalence.test.ts): whole words only (no letter or digit just before or after), any run of
 * white space (non-breaking included) between a name's words, an optional possessive ('s or ’s), case-
 * insensitive except for names made only of common words ("the Right"), and at each place the longest
 * of an entity's names that fits. The bullets are split into words once; a name can only start where a
 * word of the bullet equals the name's first word, so each word looks up the few names that start with
 * it and checks them there. Cost: O(words of the notes + candidates), not O(entities × bullets).
 */
import { foldEqual, foldKey } from './case-fold';
import type { EntityRecord, Mention, Notes } from './types';

/**
 * Words that are also ordinary English. A name made only of these ("the Right", "Reds", "the Party")
 * is matched with its capitals as written, so "the Right" never matches "the right to strike".
 */
const COMMON_WORDS = new Set(['the', 'right', 'left', 'red', 'reds', 'white', 'whites', 'party', 'state', 'centre', 'center', 'opposition', 'plan', 'terror']);
const SPACE = /[\s\u00a0]+/;
const SPACE_CHAR = /[\s\u00a0]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORDS = /[\p{L}\p{N}]+/gu;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/** Whether a name must be matched with its capitals as written. */
export function isCaseSensitive(name: string): boolean {
  return name.split(SPACE).every((w) => COMMON_WORDS.has(w.toLowerCase()));
}

/** One name of one entity, ready to be checked at a place of a bullet. */
interface IndexedName {
  /** Index of the entity in the list given to the index. */
  entity: number;
  /** 0: case-insensitive names, 1: case-sensitive ones (each group is matched on its own). */
  group: 0 | 1;
  /** Rank among the entity's names of its group: longest first, then in the order given. */
  rank: number;
  /** The name's words, as code points. */
  pieces: number[][];
}

const codePoints = (s: string) => Array.from(s, (c) => c.codePointAt(0)!);
const isWordAt = (text: string, i: number) => i >= 0 && i < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
function isWordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  const start = c >= 0xdc00 && c <= 0xdfff && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800 ? i - 2 : i - 1;
  return isWordAt(text, start);
}

/** Where the name ends when it starts at `at` (its possessive included), or -1 when it does not fit there. */
function matchAt(text: string, at: number, name: IndexedName): number {
  let i = at;
  for (let p = 0; p < name.pieces.length; p++) {
    if (p > 0) {
      const from = i;
      while (i < text.length && SPACE_CHAR.test(text[i]!)) i++;
      if (i === from) return -1;
    }
    for (const want of name.pieces[p]!) {
      const got = text.codePointAt(i);
      if (got === undefined) return -1;
      if (got !== want && (name.group === 1 || !foldEqual(want, got))) return -1;
      i += got > 0xffff ? 2 : 1;
    }
  }
  const q = text[i];
  if (q === "'" || q === '’') {
    const s = text.codePointAt(i + 1);
    const isS = s === 0x73 || (name.group === 0 && s !== undefined && foldEqual(0x73, s));
    if (isS && !isWordAt(text, i + 2)) return i + 2;
  }
  return isWordAt(text, i) ? -1 : i;
}

/** All the names of a list of entities, indexed by their first word (or first character when it is not a letter or digit). */
export class NameIndex {
  private readonly byWord = new Map<string, IndexedName[]>();
  private readonly byChar = new Map<string, IndexedName[]>();

  constructor(entities: readonly Pick<EntityRecord, 'label' | 'aliases'>[]) {
    entities.forEach((entity, e) => {
      const unique = [...new Set([entity.label, ...entity.aliases].map((n) => n.trim()).filter((n) => n.length > 0))];
      unique.sort((a, b) => b.length - a.length); // longest first, so "Red Army" wins over "Army" at the same place
      const ranks = [0, 0];
      for (const text of unique) {
        const group: 0 | 1 = isCaseSensitive(text) ? 1 : 0;
        const name: IndexedName = { entity: e, group, rank: ranks[group]++, pieces: text.split(SPACE).map(codePoints) };
        const word = FIRST_WORD.exec(text)?.[0];
        const [map, key] = word ? [this.byWord, foldKey(word)] : [this.byChar, foldKey(String.fromCodePoint(text.codePointAt(0)!))];
        const list = map.get(key);
        if (list) list.push(name);
        else map.set(key, [name]);
      }
    });
    for (const map of [this.byWord, this.byChar]) {
      for (const list of map.values()) list.sort((a, b) => a.entity - b.entity || a.group - b.group || a.rank - b.rank);
    }
  }

  /** For each entity (by its index), the ranges [start, end) of `text` that name it, merged and sorted. */
  scan(text: string, found: Map<number, [number, number][]>): void {
    const tryAll = (at: number, list: IndexedName[] | undefined) => {
      if (!list) return;
      let done = -1;
      for (const name of list) {
        const slot = name.entity * 2 + name.group;
        if (slot === done) continue; // the entity's longer name of this group already fits here
        const end = matchAt(text, at, name);
        if (end < 0) continue;
        done = slot;
        const ranges = found.get(name.entity);
        if (ranges) ranges.push([at, end]);
        else found.set(name.entity, [[at, end]]);
      }
    };
    if (this.byChar.size) {
      for (let i = 0; i < text.length; ) {
        const cp = text.codePointAt(i)!;
        const ch = String.fromCodePoint(cp);
        if (!WORD_CHAR.test(ch) && !isWordBefore(text, i)) tryAll(i, this.byChar.get(foldKey(ch)));
        i += ch.length;
      }
    }
    WORDS.lastIndex = 0;
    for (let m = WORDS.exec(text); m; m = WORDS.exec(text)) tryAll(m.index, this.byWord.get(foldKey(m[0])));
  }
}

function merge(ranges: [number, number][]): [number, number][] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** The ranges [start, end) of a text where any of the names is found, merged and sorted. */
export function findNames(text: string, names: string[]): [number, number][] {
  const found = new Map<number, [number, number][]>();
  new NameIndex([{ label: names[0] ?? '', aliases: names.slice(1) }]).scan(text, found);
  return merge(found.get(0) ?? []);
}

/** For every entity, in the order given, every bullet naming it (by label or any alias), in slide order. */
export function findAllMentions(entities: readonly Pick<EntityRecord, 'label' | 'aliases'>[], notes: Notes): Mention[][] {
  const index = new NameIndex(entities);
  const out: Mention[][] = entities.map(() => []);
  const found = new Map<number, [number, number][]>();
  for (const slide of notes.slides) {
    for (const bullet of slide.bullets) {
      found.clear();
      index.scan(bullet.text, found);
      for (const [e, ranges] of found) out[e]!.push({ slide: slide.number, bullet: bullet.id, ranges: merge(ranges) });
    }
  }
  return out;
}

/** Every bullet of the notes naming one entity (by label or any alias), in slide order. */
export function findMentions(entity: Pick<EntityRecord, 'label' | 'aliases'>, notes: Notes): Mention[] {
  return findAllMentions([entity], notes)[0]!;
}
