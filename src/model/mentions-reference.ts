/**
 * The original mention scan, one pair of regular expressions per entity run over every bullet
 * (O(entities × bullets)). Not used by the app or the pipeline: it is kept only as the oracle that
 * mentions.equivalence.test.ts compares the indexed scan (mentions.ts) with.
 */
import { isCaseSensitive } from './mentions';
import type { EntityRecord, Mention, Notes } from './types';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for one entity's names: whole words, any white space between words, possessives allowed. */
export function nameMatcher(names: string[]): { insensitive?: RegExp; sensitive?: RegExp } {
  const unique = [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 0))];
  // Longest first, so "Red Army" wins over a shorter name at the same place.
  unique.sort((a, b) => b.length - a.length);
  const source = (list: string[]) =>
    list.map((n) => n.split(/[\s\u00a0]+/).map(escape).join('[\\s\\u00a0]+')).join('|');
  const boundary = (body: string) => `(?<![\\p{L}\\p{N}])(?:${body})(?:['’]s)?(?![\\p{L}\\p{N}])`;
  const sens = unique.filter(isCaseSensitive);
  const insens = unique.filter((n) => !isCaseSensitive(n));
  return {
    ...(insens.length ? { insensitive: new RegExp(boundary(source(insens)), 'giu') } : {}),
    ...(sens.length ? { sensitive: new RegExp(boundary(source(sens)), 'gu') } : {}),
  };
}

/** The ranges [start, end) of a text where the matcher finds a name, merged and sorted. */
export function findNames(text: string, matcher: ReturnType<typeof nameMatcher>): [number, number][] {
  const ranges: [number, number][] = [];
  for (const re of [matcher.insensitive, matcher.sensitive]) {
    if (!re) continue;
    // Step one character past each match start, so overlapping names ("the Right", "Right Opposition") are all found.
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      ranges.push([m.index, m.index + m[0].length]);
      re.lastIndex = m.index + 1;
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
}

/** Every bullet of the notes naming the entity (by label or any alias), in slide order. */
export function findMentions(entity: Pick<EntityRecord, 'label' | 'aliases'>, notes: Notes): Mention[] {
  const matcher = nameMatcher([entity.label, ...entity.aliases]);
  const mentions: Mention[] = [];
  for (const slide of notes.slides) {
    for (const bullet of slide.bullets) {
      const ranges = findNames(bullet.text, matcher);
      if (ranges.length) mentions.push({ slide: slide.number, bullet: bullet.id, ranges });
    }
  }
  return mentions;
}
