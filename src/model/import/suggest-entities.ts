/** Notes → suggested entities: candidate names merged into variants, each with its mentions, a guessed kind and its cue, and years. */
import { findAllMentions } from '../mentions';
import type { EntityKind, Notes } from '../types';
import { type Candidate, type InnerCaps, findCandidates } from './candidates';
import { guessKind, startsWithFirstName } from './kind-cues';
import { mergeNames, pairKey } from './merge-names';
import type { EntitySuggestion, MergeReason } from './types';
import { idOf, nameKey, wordsOf, yearsIn } from './words';

/** A name of a dataset already known (the built-in graph's labels and aliases): found wherever the notes use it. */
export interface KnownName {
  label: string;
  aliases?: string[];
  kind?: EntityKind;
}

export interface EntityOptions {
  known?: KnownName[];
  /** Name pairs never to merge (an undone merge), by name. */
  keepApart?: [string, string][];
  /** Names to merge (a merge the user asked for): [name, into name]. */
  merge?: [string, string][];
}

/** Lower-case words of the notes with how often each is written in lower case. */
function lowerCaseCounts(notes: Notes): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of notes.slides) for (const b of s.bullets) for (const w of wordsOf(b.text)) if (/^\p{Ll}/u.test(w.text)) counts.set(w.text, (counts.get(w.text) ?? 0) + 1);
  return counts;
}

/** Keep a candidate unless it is an ordinary word capitalised only at sentence starts, or more often written in lower case. */
function plausible(c: Candidate, lower: Map<string, number>, innerCaps: InnerCaps): boolean {
  if (c.acronym || c.title || c.term) return true;
  const lowerCount = lower.get(c.key) ?? 0;
  const inner = c.seen.filter((s) => !s.initial).length;
  // A run seen only at sentence starts ("Could the Bolsheviks", "Attitude of Party") counts only if its first word is capitalised elsewhere too.
  if (c.key.includes(' ')) return inner > 0 || innerCaps.has(c.key.split(' ')[0]!) || startsWithFirstName(c.name);
  if (inner === 0) return c.seen.length >= 2 && lowerCount === 0 && !/ly$/.test(c.key);
  return lowerCount <= inner;
}

function confidenceOf(count: number, c: { multi: boolean; acronym: boolean; title: boolean; cue: boolean; known: boolean; initialOnly: boolean; place: boolean; head: boolean }): number {
  let v = 0.3;
  if (count >= 2) v += 0.15;
  if (count >= 3) v += 0.15;
  if (count >= 6) v += 0.1;
  if (c.multi || c.acronym || c.title) v += 0.1;
  if (c.cue) v += 0.1;
  if (c.known) v += 0.3;
  if (c.initialOnly) v -= 0.25;
  if (c.place) v -= 0.25;
  if (c.head) v -= 0.15;
  if (!c.cue && !c.multi && !c.known) v -= 0.1;
  return Math.round(Math.max(0.05, Math.min(0.99, v)) * 100) / 100;
}

/** Suggest the entities of some notes, most likely first. */
export function suggestEntities(notes: Notes, options: EntityOptions = {}): EntitySuggestion[] {
  const lower = lowerCaseCounts(notes);
  const { candidates: all, acronyms, innerCaps } = findCandidates(notes);
  // Every candidate takes part in merging (so a misspelling seen once at a sentence start joins its name); a group is kept if one of its names is plausible.
  const candidates = all;
  const splitOff = new Set((options.keepApart ?? []).flat().map(nameKey));
  const isPlausible = (key: string) => {
    const c = candidates.get(key);
    return !!c && (c.seen.length === 0 || splitOff.has(key) || plausible(c, lower, innerCaps));
  };
  // Known names join the candidates (so variants merge into them) and are found even where capitals miss them.
  const knownOf = new Map<string, KnownName>();
  const extra: [string, string, MergeReason][] = acronyms.map(([a, full]) => [a, full, 'acronym']);
  for (const k of options.known ?? []) {
    const names = [k.label, ...(k.aliases ?? [])];
    const root = nameKey(k.label);
    for (const n of names) {
      const key = nameKey(n);
      knownOf.set(key, k);
      if (!candidates.has(key)) candidates.set(key, { name: n, key, forms: new Map([[n, 0]]), seen: [], acronym: /^\p{Lu}{2,}s?$/u.test(n), afterIn: 0 });
      if (key !== root) extra.push([key, root, 'known name']);
    }
  }
  for (const [a, b] of options.merge ?? []) extra.unshift([nameKey(a), nameKey(b), 'known name']);
  const apart = new Set((options.keepApart ?? []).map(([a, b]) => pairKey(nameKey(a), nameKey(b))));
  const groups = mergeNames(candidates, apart, extra).filter((g) => g.keys.some(isPlausible));

  // Single words that end two or more longer names ("Congress", "Assembly") are ambiguous on their own.
  const heads = new Map<string, number>();
  for (const k of candidates.keys()) if (k.includes(' ') && isPlausible(k)) heads.set(k.split(' ').at(-1)!, (heads.get(k.split(' ').at(-1)!) ?? 0) + 1);
  const drafts = groups.map((g) => {
    const members = g.keys.map((k) => candidates.get(k)!);
    const known = g.keys.map((k) => knownOf.get(k)).find(Boolean);
    const formOf = (c: Candidate) => [...c.forms].sort((a, b) => b[1] - a[1])[0]![0];
    const weight = (c: Candidate) => c.seen.length;
    const reasons = [...g.reasons.values()];
    // The full form is the label when a shorter form or an acronym joined it ("Leon Trotsky", "New Economic Policy").
    const shorterInto = members.filter((c) => c.key.includes(' ') && (reasons.includes('shorter form') || reasons.includes('acronym')) && !c.acronym);
    const pick = shorterInto.length ? shorterInto : members;
    const main = known ? undefined : [...pick].sort((a, b) => weight(b) - weight(a) || b.name.length - a.name.length)[0]!;
    const written = known ? known.label : formOf(main!);
    // A lower-case term gets a capital for its label ("Collectivisation"); the notes' own spelling stays an alias when it differs otherwise.
    const label = !known && main!.term && /^\p{Ll}/u.test(written) ? written[0]!.toUpperCase() + written.slice(1) : written;
    const names = [...new Map(members.map((c) => [c.key, formOf(c)])).values()];
    if (known) for (const n of known.aliases ?? []) if (!names.some((x) => nameKey(x) === nameKey(n))) names.push(n);
    const aliases = names.filter((n) => nameKey(n) !== nameKey(label));
    const title = members.find((c) => c.title)?.title;
    const acronym = members.some((c) => c.acronym) && !label.includes(' ');
    // Every other name of the group, with the reason it joined (the group's first name takes the reason its partner joined with).
    const reasonOf = (k: string) => g.reasons.get(k) ?? g.reasons.get(nameKey(label)) ?? reasons[0] ?? 'shorter form';
    const merges = g.keys.filter((k) => k !== nameKey(label) && candidates.get(k)!.seen.length > 0).map((k) => ({ name: formOf(candidates.get(k)!), reason: reasonOf(k), count: candidates.get(k)!.seen.length }));
    const seen = members.reduce((n, c) => n + c.seen.length, 0);
    const place = !known && !label.includes(' ') && seen > 0 && members.reduce((n, c) => n + c.afterIn, 0) / seen >= 0.3;
    const head = !known && !label.includes(' ') && (heads.get(nameKey(label)) ?? 0) >= 2;
    const term = members.some((c) => c.term);
    let guess = known?.kind ? { kind: known.kind, cue: 'the known dataset' } : guessKind(label, { ...(title ? { title } : {}), acronym, term });
    if (place && guess.cue.startsWith('no cue')) guess = { kind: 'institution', cue: 'a place, most often after "in" or "at" (no place kind: taken as an institution)' };
    const initialOnly = members.every((c) => c.seen.every((s) => s.initial));
    const sources = [...new Set(members.flatMap((c) => [c.term ? 'term' : c.seen.length ? 'capitalised' : 'known', ...(c.acronym ? ['acronym'] : []), ...(c.title ? ['title'] : [])]))] as EntitySuggestion['sources'];
    if (known && !sources.includes('known')) sources.push('known');
    return { label, aliases, kind: guess.kind, kindCue: guess.cue, sources, merges, title, acronym, known: !!known, initialOnly, place, head };
  });

  const mentions = findAllMentions(drafts.map((d) => ({ label: d.label, aliases: d.aliases })), notes);
  const bulletText = new Map<string, string>();
  for (const s of notes.slides) for (const b of s.bullets) bulletText.set(b.id, b.text);
  const usedIds = new Set<string>();
  const out: EntitySuggestion[] = [];
  drafts.forEach((d, i) => {
    const ms = mentions[i]!;
    if (ms.length === 0) return;
    const years = new Map<number, number>();
    for (const m of ms) for (const y of yearsIn(bulletText.get(m.bullet) ?? '')) if (!years.has(y)) years.set(y, m.slide);
    let id = idOf(d.label);
    for (let n = 2; usedIds.has(id); n++) id = `${idOf(d.label)}-${n}`;
    usedIds.add(id);
    out.push({
      key: `entity:${nameKey(d.label)}`, id, label: d.label, aliases: d.aliases, kind: d.kind, kindCue: d.kindCue, sources: d.sources, merges: d.merges,
      mentions: ms, count: ms.length,
      years: [...years].map(([year, slide]) => ({ year, slide })).sort((a, b) => a.year - b.year),
      confidence: confidenceOf(ms.length, { multi: d.label.includes(' '), acronym: d.acronym, title: !!d.title, cue: !d.kindCue.startsWith('no cue'), known: d.known, initialOnly: d.initialOnly, place: d.place, head: d.head }),
    });
  });
  return out.sort((a, b) => b.confidence - a.confidence || b.count - a.count || a.label.localeCompare(b.label));
}
