/**
 * Variants of one name, merged: a plural ("Menshevik" / "Mensheviks"), a shorter form ("Trotsky" /
 * "Leon Trotsky", when one person's name only ends that way), an acronym the notes define (given as `extra`) and
 * a misspelling one letter off inside the word ("Kamanev" / "Kamenev"). Each merge keeps its reason so it can be shown and undone.
 */
import type { Candidate } from './candidates';
import { startsWithFirstName } from './kind-cues';
import type { MergeReason } from './types';
import { nearDistance } from './words';

export interface NameGroup {
  /** Candidate keys in the group; the first is the root. */
  keys: string[];
  /** For every key but the root: why it joined. */
  reasons: Map<string, MergeReason>;
}

const CONNECTOR = /^(?:of|on|for|the|de|von|van|der|di|da|del|la|le|du|al|against|in|and)$/;

/** Pairs of keys never to merge (undone merges), as "a|b" with a < b. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Whether two names share their first two and last two letters (where misspellings are not). */
function sameEnds(a: string, b: string): boolean {
  return a.slice(0, 2) === b.slice(0, 2) && a.slice(-2) === b.slice(-2);
}

export function mergeNames(candidates: Map<string, Candidate>, keepApart: Set<string> = new Set(), extra: [string, string, MergeReason][] = []): NameGroup[] {
  const parent = new Map<string, string>();
  const reason = new Map<string, MergeReason>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const k of candidates.keys()) parent.set(k, k);
  const members = new Map<string, string[]>([...candidates.keys()].map((k) => [k, [k]]));
  const apart = new Map<string, Set<string>>();
  for (const pair of keepApart) {
    const [a, b] = pair.split('|') as [string, string];
    apart.set(a, (apart.get(a) ?? new Set()).add(b));
    apart.set(b, (apart.get(b) ?? new Set()).add(a));
  }
  /** An undone merge keeps two names apart, and so their whole groups. */
  const mustStayApart = (ra: string, rb: string) => members.get(ra)!.some((x) => members.get(rb)!.some((y) => apart.get(x)?.has(y)));
  const weight = (k: string) => candidates.get(k)?.seen.length ?? 0;
  /** Join `from` into `into`'s group (the more frequent or longer name stays the root). */
  const join = (from: string, into: string, why: MergeReason) => {
    const a = find(from);
    const b = find(into);
    if (a === b || mustStayApart(a, b)) return;
    parent.set(a, b);
    members.set(b, [...members.get(b)!, ...members.get(a)!]);
    if (!reason.has(from) && from !== b) reason.set(from, why);
    if (a !== from && !reason.has(a)) reason.set(a, why);
  };
  const keys = [...candidates.keys()];
  const byKey = new Set(keys);
  for (const [from, into, why] of extra) if (byKey.has(from) && byKey.has(into)) join(from, into, why);
  for (const k of keys) if (byKey.has(`${k}s`)) join(k, `${k}s`, 'plural');
  const multi = keys.filter((k) => k.includes(' '));
  const lastWord = new Map<string, string[]>();
  for (const m of multi) {
    const words = m.split(' ');
    const c = candidates.get(m)!;
    if (words.length <= 3 && !words.some((w) => CONNECTOR.test(w)) && (startsWithFirstName(c.name) || c.title)) {
      const last = words[words.length - 1]!;
      lastWord.set(last, [...(lastWord.get(last) ?? []), m]);
    }
  }
  for (const k of keys) {
    if (k.includes(' ')) continue;
    const longer = lastWord.get(k);
    if (longer?.length === 1) join(k, longer[0]!, 'shorter form');
  }
  const byFirst = new Map<string, string[]>();
  for (const k of keys) if (k.length >= 6) byFirst.set(k[0]!, [...(byFirst.get(k[0]!) ?? []), k]);
  for (const list of byFirst.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        if (Math.abs(a.length - b.length) > 1 || find(a) === find(b)) continue;
        if (/\d/.test(a) || /\d/.test(b) || a.split(' ').length !== b.split(' ').length) continue;
        if (!sameEnds(a, b)) continue; // "Russia" / "Russian", "Stalinism" / "Stalinist" are other words, not misspellings
        if (nearDistance(a, b) !== 1) continue;
        if (weight(a) >= weight(b)) join(b, a, 'one letter off');
        else join(a, b, 'one letter off');
      }
    }
  }
  const groups = new Map<string, NameGroup>();
  for (const k of keys) {
    const root = find(k);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { keys: [root], reasons: new Map() }));
    if (k !== root) {
      g.keys.push(k);
      g.reasons.set(k, reason.get(k) ?? 'shorter form');
    }
  }
  return [...groups.values()];
}
