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
  if (c.acronym || c.title) return true;
  const lowerCount = lower.get(c.key) ?? 0;
  const inner = c.seen.filter((s) => !s.initial).length;
  // A run seen only at sentence starts ("Could the Bolsheviks", "Attitude of Party") counts only if its first word is capitalised elsewhere too.
  if (c.key.includes(' ')) return inner > 0 || innerCaps.has(c.key.split(' ')[0]!) || startsWithFirstName(c.name);
  if (inner === 0) return c.seen.length >= 2 && lowerCount === 0 && !/ly$/.test(c.key);
  return lowerCount <= inner;
}

function confidenceOf(count: number, c: { multi: boolean; acronym: boolean; title: boolean; cue: boolean; known: boolean; initialOnly: boolean }): number {
  let v = 0.3;
  if (count >= 2) v += 0.15;
  if (count >= 3) v += 0.15;
  if (count >= 6) v += 0.1;
  if (c.multi || c.acronym || c.title) v += 0.1;
  if (c.cue) v += 0.1;
  if (c.known) v += 0.3;
  if (c.initialOnly) v -= 0.25;
  if (!c.cue && !c.multi && !c.known) v -= 0.1;
  return Math.round(Math.max(0.05, Math.min(0.99, v)) * 100) / 100;
}

/** Suggest the entities of some notes, most likely first. */
export function suggestEntities(notes: Notes, options: EntityOptions = {}): EntitySuggestion[] {
  const lower = lowerCaseCounts(notes);
  const { candidates: all, acronyms, innerCaps } = findCandidates(notes);
  const candidates = new Map([...all].filter(([, c]) => plausible(c, lower, innerCaps)));
  // Known names join the candidates (so variants merge into them) and are found even where capitals miss them.
  const knownOf = new Map<string, KnownName>();
  const extra: [string, string, MergeReason][] = acronyms.map(([a, full]) => [a, full, 'acronym']);
  for (const k of options.known ?? []) {
    const names = [k.label, ...(k.aliases ?? [])];
    const root = nameKey(k.label);
    for (const n of names) {
      const key = nameKey(n);
      knownOf.set(key, k);
      if (!candidates.has(key)) candidates.set(key, { name: n, key, forms: new Map([[n, 0]]), seen: [], acronym: /^\p{Lu}{2,}s?$/u.test(n) });
      if (key !== root) extra.push([key, root, 'known name']);
    }
  }
  for (const [a, b] of options.merge ?? []) extra.unshift([nameKey(a), nameKey(b), 'known name']);
  const apart = new Set((options.keepApart ?? []).map(([a, b]) => pairKey(nameKey(a), nameKey(b))));
  const groups = mergeNames(candidates, apart, extra);

  const drafts = groups.map((g) => {
    const members = g.keys.map((k) => candidates.get(k)!);
    const known = g.keys.map((k) => knownOf.get(k)).find(Boolean);
    const formOf = (c: Candidate) => [...c.forms].sort((a, b) => b[1] - a[1])[0]![0];
    const weight = (c: Candidate) => c.seen.length;
    const shorterInto = members.filter((c) => c.key.includes(' ') && [...g.reasons.values()].includes('shorter form'));
    const pick = shorterInto.length ? shorterInto : members;
    const main = known ? undefined : [...pick].sort((a, b) => weight(b) - weight(a) || b.name.length - a.name.length)[0]!;
    const label = known ? known.label : formOf(main!);
    const names = [...new Map(members.map((c) => [c.key, formOf(c)])).values()];
    if (known) for (const n of known.aliases ?? []) if (!names.some((x) => nameKey(x) === nameKey(n))) names.push(n);
    const aliases = names.filter((n) => nameKey(n) !== nameKey(label));
    const title = members.find((c) => c.title)?.title;
    const acronym = members.some((c) => c.acronym) && !label.includes(' ');
    const merges = g.keys.filter((k) => g.reasons.has(k) && k !== nameKey(label)).map((k) => ({ name: formOf(candidates.get(k)!), reason: g.reasons.get(k)!, count: candidates.get(k)!.seen.length }));
    const guess = known?.kind ? { kind: known.kind, cue: 'the known dataset' } : guessKind(label, { ...(title ? { title } : {}), acronym });
    const initialOnly = members.every((c) => c.seen.every((s) => s.initial));
    const sources = [...new Set(members.flatMap((c) => [c.seen.length ? 'capitalised' : 'known', ...(c.acronym ? ['acronym'] : []), ...(c.title ? ['title'] : [])]))] as EntitySuggestion['sources'];
    if (known && !sources.includes('known')) sources.push('known');
    return { label, aliases, kind: guess.kind, kindCue: guess.cue, sources, merges, title, acronym, known: !!known, initialOnly };
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
      confidence: confidenceOf(ms.length, { multi: d.label.includes(' '), acronym: d.acronym, title: !!d.title, cue: !d.kindCue.startsWith('no cue'), known: d.known, initialOnly: d.initialOnly }),
    });
  });
  return out.sort((a, b) => b.confidence - a.confidence || b.count - a.count || a.label.localeCompare(b.label));
}
