/**
 * Cue words for each relation type, taken from the types' own labels and descriptions ("expelled, dismissed,
 * arrested…" → purged) plus a few common verbs the descriptions do not list ("joined", "sided with", "signed … with").
 * Each cue becomes a pattern that also matches its other forms (expel / expels / expelling).
 */
import type { RelationTypeDef } from '../types';

export interface Cue {
  /** Types the cue can mean, most likely first (the first whose kinds fit is taken). */
  types: string[];
  pattern: RegExp;
  /** Letters every match contains (lower case): a cheap test before the pattern runs. */
  hint: string;
  from: 'label' | 'description' | 'extra';
}

/** Verbs the built-in descriptions do not list, each with the types it can mean. */
const EXTRA: [string, string[]][] = [
  ['joined', ['member-of', 'allied-with']],
  ['allied', ['allied-with']],
  ['sided with', ['allied-with']],
  ['alliance with', ['allied-with']],
  ['allies', ['allied-with']],
  ['ally', ['allied-with']],
  ['signed … with', ['allied-with']],
  ['against', ['opposed']],
  ['attacked', ['opposed']],
  ['defeated', ['opposed']],
  ['turned on', ['opposed']],
  ['rival', ['opposed']],
  ['ousted', ['purged']],
  ['removed', ['purged']],
  ['expulsion of', ['purged']],
  ['execution of', ['purged']],
  ['murder of', ['killed']],
  ['succeeded', ['replaced']],
  ['founded', ['introduced', 'led']],
  ['established', ['introduced']],
  ['head of', ['led']],
  ['leader of', ['led']],
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular-expression source matching a verb's forms: "expelled" → expel(led|s|ling)?, "allied" → all(y|ies|ied|ying). */
function forms(word: string): string {
  if (word.length <= 4) return escape(word);
  if (/ied$/.test(word)) return `${escape(word.slice(0, -3))}(?:y|ies|ied|ying)`;
  if (/([bcdfgklmnprstvz])\1ed$/.test(word)) return `${escape(word.slice(0, -3))}(?:${word.at(-3)}|${word.at(-3)}${word.at(-3)})(?:s|ed|ing)`;
  if (/ed$/.test(word)) return `${escape(word.slice(0, -2))}(?:e|es|ed|ing|s)`;
  return `${escape(word)}(?:s|es|ed|d|ing)?`;
}

function patternOf(phrase: string): RegExp {
  const parts = phrase.split(' … ');
  const body = parts.map((p) => p.split(' ').map((w, i, all) => (i === all.length - 1 && all.length === 1 ? forms(w) : i === 0 ? forms(w) : escape(w))).join('[\\s\\u00a0]+')).join('\\b[^.;]{0,60}?\\b');
  // Cue words are English (ASCII): \b is their word boundary, and far faster than Unicode classes with the "i" flag.
  return new RegExp(`\\b(?:${body})\\b`, 'gi');
}

/** Verbs that start a cue phrase without ending in -ed ("set up", "led to"), and -ed verbs too common to be cues. */
const PHRASAL = new Set(['set', 'led', 'brought', 'had', 'took', 'put']);
const TOO_COMMON = new Set(['worked', 'stopped', 'held']);

/** The letters every form of a phrase's first word starts with. */
function hintOf(phrase: string): string {
  const w = phrase.split(/[\s…]+/)[0]!;
  if (w.length <= 4) return w;
  if (/ied$/.test(w) || /([bcdfgklmnprstvz])\1ed$/.test(w)) return w.slice(0, -3);
  return /ed$/.test(w) ? w.slice(0, -2) : w;
}

/** The phrases of a description that can serve as cues: single verbs in -ed, and short phrases ("set up", "led to"). */
function descriptionPhrases(description: string): string[] {
  return description
    .replace(/\([^)]*\)/g, '')
    .split(/,|;|\bor\b/)
    .map((p) => p.trim())
    .filter(Boolean)
    .flatMap((p) => {
      const words = p.split(/\s+/);
      const verb = (/ed$/.test(words[0]!) || PHRASAL.has(words[0]!)) && !TOO_COMMON.has(words[0]!);
      if (!verb) return [];
      return words.length <= 2 ? [p] : /ed$/.test(words[0]!) ? [words[0]!] : [];
    });
}

/** Every cue for these relation types, longest phrase first (so "led to" is tried before "led"). */
export function cuesFor(types: readonly RelationTypeDef[]): Cue[] {
  const byPhrase = new Map<string, Cue & { phrase: string }>();
  const add = (phrase: string, type: string, from: Cue['from']) => {
    const key = phrase.toLowerCase();
    const had = byPhrase.get(key);
    if (had) {
      if (!had.types.includes(type)) had.types.push(type);
      return;
    }
    byPhrase.set(key, { phrase: key, types: [type], pattern: patternOf(key), hint: hintOf(key), from });
  };
  for (const t of types) add(t.label, t.id, 'label');
  for (const t of types) for (const p of descriptionPhrases(t.description ?? '')) add(p, t.id, 'description');
  const known = new Set(types.map((t) => t.id));
  for (const [phrase, ids] of EXTRA) for (const id of ids) if (known.has(id)) add(phrase, id, 'extra');
  return [...byPhrase.values()].sort((a, b) => b.phrase.length - a.phrase.length).map(({ types: t, pattern, hint, from }) => ({ types: t, pattern, hint, from }));
}

/** Words that make a statement a hedge: suspected (it may be so) or disputed (historians disagree). */
export function certaintyOf(sentence: string): 'stated' | 'suspected' | 'disputed' {
  if (/\b(disputed|debated|historians disagree|controvers|contested|some historians|others argue)/i.test(sentence)) return 'disputed';
  if (/\b(suspected|allegedly|alleged|may have|might have|possibly|probably|rumou?red|believed to|thought to|likely|perhaps|apparently|supposedly|it is said)\b/i.test(sentence)) return 'suspected';
  return 'stated';
}
