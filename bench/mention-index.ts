/**
 * An experiment for the model's owners, not used by the app: the mention scan (src/model/mentions.ts)
 * runs every entity's names against every bullet, O(entities × bullets), which is what makes the
 * pipeline take minutes at 5,000 entities. Indexing the bullets by word first and running an entity's
 * regular expressions only on the bullets that contain the first word of one of its names gives the
 * same mentions in a fraction of the time. This checks both claims on a data folder:
 *
 *   npx tsx bench/mention-index.ts bench/results/data-1000
 */
import { readDataDir } from '../src/node/load-files';
import { findNames, nameMatcher, findMentions } from '../src/model/mentions';
import type { EntityRecord, Mention, Notes } from '../src/model/types';
import { validateData } from '../src/model/validate';

/** Lower-case words of a text: runs of letters and digits, as the matcher's word boundaries see them. */
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export interface BulletIndex {
  bullets: { slide: number; id: string; text: string }[];
  byWord: Map<string, number[]>;
}

/** Every bullet once, and for each word the bullets containing it. */
export function indexBullets(notes: Notes): BulletIndex {
  const bullets = notes.slides.flatMap((s) => s.bullets.map((b) => ({ slide: s.number, id: b.id, text: b.text })));
  const byWord = new Map<string, number[]>();
  bullets.forEach((b, i) => {
    for (const w of new Set(words(b.text))) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  return { bullets, byWord };
}

/** findMentions with the index: only the bullets holding the first word of one of the names are matched. */
export function findMentionsIndexed(entity: Pick<EntityRecord, 'label' | 'aliases'>, index: BulletIndex): Mention[] {
  const names = [entity.label, ...entity.aliases];
  const candidates = new Set<number>();
  for (const name of names) {
    const first = words(name)[0];
    if (first === undefined) return scanAll(names, index); // a name with no word: no shortcut
    for (const i of index.byWord.get(first) ?? []) candidates.add(i);
  }
  const matcher = nameMatcher(names);
  const mentions: Mention[] = [];
  for (const i of [...candidates].sort((a, b) => a - b)) {
    const b = index.bullets[i]!;
    const ranges = findNames(b.text, matcher);
    if (ranges.length) mentions.push({ slide: b.slide, bullet: b.id, ranges });
  }
  return mentions;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const namePattern = (n: string) => n.split(/[\s\u00a0]+/).map(escape).join('[\\s\\u00a0]+');
const isWordAt = (text: string, i: number) => i >= 0 && i < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
const isWordBefore = (text: string, i: number) => {
  if (i <= 0) return false;
  const lowSurrogate = i >= 2 && /[\udc00-\udfff]/.test(text[i - 1]!);
  return isWordAt(text, lowSurrogate ? i - 2 : i - 1);
};

/**
 * The same matches as nameMatcher + findNames, without compiling \p{L} look-arounds per entity (V8 takes
 * about 1–2 ms to compile each, case-insensitive Unicode): a cheap alternation finds where a name starts,
 * then one shared test checks the word boundaries, trying the names in the same order (longest first)
 * with and without the possessive, as the original's backtracking does.
 */
export function fastMatcher(names: string[]): (text: string) => [number, number][] {
  const { insensitive, sensitive } = nameMatcher(names); // only to learn which names go in which group
  const groups: { find: RegExp; each: RegExp[] }[] = [];
  for (const [re, flags] of [
    [insensitive, 'iu'],
    [sensitive, 'u'],
  ] as const) {
    if (!re) continue;
    const list = [...new Set(names.map((n) => n.trim()).filter(Boolean))].sort((a, b) => b.length - a.length).filter((n) => re.source.includes(namePattern(n)));
    groups.push({ find: new RegExp(list.map(namePattern).join('|'), `g${flags}`), each: list.map((n) => new RegExp(`(?:${namePattern(n)})(?:['’]s)?`, `y${flags}`)) });
  }
  return (text) => {
    const ranges: [number, number][] = [];
    for (const { find, each } of groups) {
      find.lastIndex = 0;
      for (let m = find.exec(text); m; m = find.exec(text)) {
        const at = m.index;
        find.lastIndex = at + 1;
        if (isWordBefore(text, at)) continue;
        for (const one of each) {
          one.lastIndex = at;
          const hit = one.exec(text);
          if (!hit) continue;
          const full = at + hit[0].length;
          const possessive = /['’]s$/u.test(hit[0]);
          if (!isWordAt(text, full)) {
            ranges.push([at, full]);
            break;
          }
          if (possessive && !isWordAt(text, full - 2)) {
            ranges.push([at, full - 2]);
            break;
          }
        }
      }
    }
    ranges.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    return merged;
  };
}

/** Index and cheap matcher together. */
export function findMentionsFast(entity: Pick<EntityRecord, 'label' | 'aliases'>, index: BulletIndex): Mention[] {
  const names = [entity.label, ...entity.aliases];
  const candidates = new Set<number>();
  for (const name of names) {
    const first = words(name)[0];
    if (first === undefined) return scanAll(names, index);
    for (const i of index.byWord.get(first) ?? []) candidates.add(i);
  }
  const match = fastMatcher(names);
  const mentions: Mention[] = [];
  for (const i of [...candidates].sort((a, b) => a - b)) {
    const b = index.bullets[i]!;
    const ranges = match(b.text);
    if (ranges.length) mentions.push({ slide: b.slide, bullet: b.id, ranges });
  }
  return mentions;
}

function scanAll(names: string[], index: BulletIndex): Mention[] {
  const matcher = nameMatcher(names);
  return index.bullets.flatMap((b) => {
    const ranges = findNames(b.text, matcher);
    return ranges.length ? [{ slide: b.slide, bullet: b.id, ranges }] : [];
  });
}

if (process.argv[1]?.endsWith('mention-index.ts')) {
  const dir = process.argv[2] ?? 'graph-data';
  const { dataset, problems } = validateData(readDataDir(dir));
  if (!dataset) throw new Error(`${problems.length} problems in ${dir}`);
  const entities = dataset.entities;
  // Two disjoint samples, so that each method compiles its own regular expressions (V8 caches them by source).
  const step = Math.max(3, Math.floor(entities.length / 300));
  const a = entities.filter((_e, i) => i % step === 0);
  const b = entities.filter((_e, i) => i % step === 1);
  let t = performance.now();
  const scanned = a.map((e) => findMentions(e, dataset.notes));
  const scanMs = ((performance.now() - t) * entities.length) / a.length;
  t = performance.now();
  const index = indexBullets(dataset.notes);
  const indexMs = performance.now() - t;
  t = performance.now();
  for (const e of b) findMentionsIndexed(e, index);
  const indexedMs = indexMs + ((performance.now() - t) * entities.length) / b.length;
  const c = entities.filter((_e, i) => i % step === 2);
  t = performance.now();
  for (const e of c) findMentionsFast(e, index);
  const fastMs = indexMs + ((performance.now() - t) * entities.length) / c.length;
  const sameFast = a.filter((e, i) => JSON.stringify(findMentionsFast(e, index)) === JSON.stringify(scanned[i])).length;
  const same = a.filter((e, i) => JSON.stringify(findMentionsIndexed(e, index)) === JSON.stringify(scanned[i])).length;
  // Small data: every entity, both ways (after the timing, so compiled expressions do not matter).
  const all = entities.length <= 2000 ? entities.filter((e) => JSON.stringify(findMentionsFast(e, index)) === JSON.stringify(findMentions(e, dataset.notes))).length : NaN;
  process.stdout.write(
    `${JSON.stringify({ dir, allIdentical: Number.isNaN(all) ? 'not checked' : `${all}/${entities.length}`, entities: entities.length, bullets: index.bullets.length, scanMs: Math.round(scanMs), indexedMs: Math.round(indexedMs), indexBuildMs: Math.round(indexMs), speedup: Number((scanMs / indexedMs).toFixed(1)), identical: `${same}/${a.length}`, fastMs: Math.round(fastMs), fastSpeedup: Number((scanMs / fastMs).toFixed(1)), fastIdentical: `${sameFast}/${a.length}` })}\n`,
  );
}
