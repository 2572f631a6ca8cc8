/**
 * Candidate names from the text's own structure: runs of capitalised words (joined by "of", "on", "for"…),
 * acronyms, and names after a title ("Marshal", "Pope", "King"). A run at the start of a sentence loses its
 * leading function word ("The", "In", "However"); a lone word seen only at sentence starts is kept only if it
 * recurs and never appears in lower case (so "Reality was…" is not a name).
 */
import type { Notes } from '../types';
import { type Word, nameKey, sentencesOf, wordsOf } from './words';

export interface Candidate {
  /** The name as first written. */
  name: string;
  key: string;
  forms: Map<string, number>;
  /** Places it was seen: bullet id and whether at a sentence start. */
  seen: { bullet: string; initial: boolean }[];
  acronym: boolean;
  /** The title written before it ("Marshal"), if any. */
  title?: string;
  /** Sightings right after "in", "at", "across"…: a name mostly seen there is a place. */
  afterIn: number;
  /** A recurring lower-case term ("collectivisation", "show trials", "kulaks"), not a capitalised name. */
  term?: boolean;
}

/** Words seen capitalised away from a sentence start (lower case): a run opening a sentence is trusted only if its first word is one. */
export type InnerCaps = Set<string>;

const CONNECTORS = new Set(['of', 'on', 'for', 'the', 'de', 'von', 'van', 'der', 'di', 'da', 'del', 'la', 'le', 'du', 'al', 'bin', 'ibn']);
/** Capitalised words that are never a name on their own and are dropped from the start of a run. */
const FUNCTION_WORDS = new Set(
  ('the a an in on at by for from with without after before during under over this that these those it he she they we his her their its our ' +
    'but and or however although though when while as if once so also many most some such all both each every other another not no there here ' +
    'only even yet still then thus therefore moreover nevertheless despite because since until whether what which who whom why how where instead ' +
    'rather between among against into through throughout within upon about around following meanwhile later earlier last ' +
    'his her i you my your me him them us key main major minor many much more ' +
    'less very above below up down out off again further near next early late according having being both either neither nor whose whatever ' +
    'unlike like although along across towards toward beyond behind overall finally firstly secondly lastly instead result results due given ' +
    'large small huge little few several any').split(' '),
);
const MONTHS_DAYS = new Set('spring summer autumn winter january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '));
/** Titles before a name: the name after them is a person. */
export const TITLES = new Set('pope king queen tsar czar tsarina emperor empress kaiser marshal general president chancellor prince princess duke duchess lord lady sir dame comrade premier minister cardinal bishop archbishop count countess admiral colonel captain lieutenant dr mr mrs ms saint st father'.split(' '));
/** Words after a title that make it an office, not a person's title ("General Secretary", "General Strike"). */
const OFFICE_WORDS = new Set('secretary secretaryship staff strike assembly council election elections plan'.split(' '));

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'across', 'throughout', 'into', 'near', 'outside', 'inside']);

const isCap = (w: string) => /^\p{Lu}/u.test(w);
const isAcronym = (w: string) => /^\p{Lu}{2,}s?$/u.test(w) && /\p{Lu}{2}/u.test(w);

/** Every candidate name in the notes, by key, and the acronyms the notes define ("New Economic Policy (NEP)"): [acronym key, name key]. */
export function findCandidates(notes: Notes): { candidates: Map<string, Candidate>; acronyms: [string, string][]; innerCaps: InnerCaps } {
  const out = new Map<string, Candidate>();
  const innerCaps: InnerCaps = new Set();
  const acronyms: [string, string][] = [];
  const add = (name: string, bullet: string, initial: boolean, title?: string, afterIn = false) => {
    const key = nameKey(name);
    if (!key || MONTHS_DAYS.has(key) || /^\p{N}/u.test(key)) return;
    let c = out.get(key);
    if (!c) {
      c = { name, key, forms: new Map(), seen: [], acronym: isAcronym(name), afterIn: 0, ...(title ? { title } : {}) };
      out.set(key, c);
    }
    c.forms.set(name, (c.forms.get(name) ?? 0) + 1);
    c.seen.push({ bullet, initial });
    if (afterIn) c.afterIn++;
    if (title && !c.title) c.title = title;
  };
  for (const slide of notes.slides) {
    for (const bullet of slide.bullets) {
      for (const [s, e] of sentencesOf(bullet.text)) {
        const words = wordsOf(bullet.text, s, e);
        words.forEach((w, i) => i > 0 && isCap(w.text) && innerCaps.add(w.text.toLowerCase()));
        const named = runsOf(bullet.text, words).map((run) => {
          const before = words[words.indexOf(run.words[0]!) - 1]?.text.toLowerCase();
          return emitRun(run.words, run.initial, bullet.id, (n, b, i, t) => add(n, b, i, t, PLACE_PREPOSITIONS.has(before ?? '')), bullet.text);
        });
        for (const n of named) {
          if (!n) continue;
          const inBrackets = /^\s*\(([^()]{2,80})\)/u.exec(bullet.text.slice(n.end));
          const other = inBrackets && named.find((m) => m && m.start === n.end + inBrackets[0].indexOf('(') + 1);
          if (!other) continue;
          const [acr, full] = isAcronym(other.name) ? [other, n] : isAcronym(n.name) ? [n, other] : [null, null];
          if (acr && full) acronyms.push([nameKey(acr.name), nameKey(full.name)]);
        }
      }
    }
  }
  for (const t of recurringTerms(notes)) {
    const had = out.get(t.key);
    if (had) had.term = true;
    else out.set(t.key, t);
  }
  return { candidates: out, acronyms, innerCaps };
}

/** Runs of capitalised words, joined only by spaces and connectors; `initial` when the run starts the sentence. */
function runsOf(text: string, words: Word[]): { words: Word[]; initial: boolean }[] {
  const runs: { words: Word[]; initial: boolean }[] = [];
  let i = 0;
  while (i < words.length) {
    if (!isCap(words[i]!.text)) {
      i++;
      continue;
    }
    const run = [words[i]!];
    const initial = i === 0 || /[:;•]\s*$/.test(text.slice(words[i - 1]!.end, words[i]!.start));
    let j = i + 1;
    while (j < words.length) {
      const gap = text.slice(words[j - 1]!.end, words[j]!.start);
      if (!/^(?:['’]s?)?[\s\u00a0]+$/u.test(gap)) break; // a comma, a bracket or a full stop ends the run; a possessive does not
      const w = words[j]!.text;
      if (isCap(w)) {
        run.push(words[j]!);
        j++;
      } else if (CONNECTORS.has(w) && j + 1 < words.length && isCap(words[j + 1]!.text) && /^[\s\u00a0]+$/u.test(text.slice(words[j]!.end, words[j + 1]!.start))) {
        run.push(words[j]!, words[j + 1]!);
        j += 2;
      } else break;
    }
    runs.push({ words: run, initial });
    i = j;
  }
  return runs;
}

/** Add a run's name (function words and titles trimmed); returns the name and where it is in the text. */
function emitRun(run: Word[], initial: boolean, bullet: string, add: (name: string, bullet: string, initial: boolean, title?: string) => void, text: string): { name: string; start: number; end: number } | null {
  let words = run;
  while (words.length && (FUNCTION_WORDS.has(words[0]!.text.toLowerCase()) || CONNECTORS.has(words[0]!.text.toLowerCase()))) {
    words = words.slice(1);
    initial = false;
  }
  while (words.length && CONNECTORS.has(words[words.length - 1]!.text)) words = words.slice(0, -1);
  if (!words.length) return null;
  let title: string | undefined;
  if (words.length > 1 && TITLES.has(words[0]!.text.toLowerCase()) && !OFFICE_WORDS.has(words[1]!.text.toLowerCase()) && isCap(words[1]!.text)) {
    title = words[0]!.text;
    words = words.slice(1);
    initial = false;
  }
  if (words.every((w) => MONTHS_DAYS.has(w.text.toLowerCase()))) return null;
  // A month opening a run ("March Brest-Litovsk Treaty") is a date, not part of the name, unless the name is an event named after it ("October Revolution").
  if (words.length > 2 && MONTHS_DAYS.has(words[0]!.text.toLowerCase()) && !CONNECTORS.has(words[1]!.text)) words = words.slice(1);
  const start = words[0]!.start;
  const end = words[words.length - 1]!.end;
  const name = text.slice(start, end);
  add(name, bullet, initial, title);
  return { name, start, end };
}

/** Lower-case words that name things in history notes: processes ("-isation"), ideas ("-ism"), classes ("-ariat", "-oisie"), regimes ("-dom"). */
const TERM_SUFFIX = /^\p{Ll}[\p{L}-]*(?:isation|ization|ism|ariat|oisie|dom|archy|ocracy)$/u;
/** Social groups named in lower case. */
const GROUP_WORDS = new Set('peasants peasantry kulaks kulak clergy nobles nobility landlords gentry serfs intelligentsia bourgeoisie proletariat aristocracy'.split(' '));
/** Head nouns of lower-case two-word names ("show trials", "trade unions", "labour camps", "collective farms"). */
const TERM_HEADS = new Set('trials trial purges purge camps camp unions union farms farm requisitioning famine terror plan plans war committees committee decree decrees'.split(' '));
/** Ordinary words with those endings. */
const NOT_TERMS = new Set('criticism mechanism organism optimism pessimism tourism baptism euphemism freedom kingdom wisdom random seldom boredom organisation organization realisation realization civilisation civilization authorisation specialisation'.split(' '));
/** Lower-case nouns of events and policies that name one thing on their own when they recur ("the purges"). */
const TERM_WORDS = new Set('purges requisitioning'.split(' '));
/** How often a term must be written: a single word 3 times (2 with a telling ending), two words twice. */
const TERM_MIN = { word: 3, suffix: 2, pair: 2 };

/** Lower-case terms written at least three times: "-isation"/"-ism" words, social groups, and two-word names ending in a head noun. */
function recurringTerms(notes: Notes): Candidate[] {
  const seen = new Map<string, { name: string; bullets: string[]; min: number }>();
  const note = (name: string, bullet: string, min: number) => {
    const key = nameKey(name);
    const t = seen.get(key) ?? { name, bullets: [], min };
    t.bullets.push(bullet);
    seen.set(key, t);
  };
  for (const slide of notes.slides) {
    for (const bullet of slide.bullets) {
      const words = wordsOf(bullet.text);
      words.forEach((w, i) => {
        if (TERM_SUFFIX.test(w.text) && !NOT_TERMS.has(w.text)) note(w.text, bullet.id, TERM_MIN.suffix);
        else if (GROUP_WORDS.has(w.text) || TERM_WORDS.has(w.text)) note(w.text, bullet.id, TERM_MIN.word);
        const next = words[i + 1];
        if (next && /^\p{Ll}{3,}$/u.test(w.text) && TERM_HEADS.has(next.text) && !FUNCTION_WORDS.has(w.text) && /^[\s\u00a0]+$/u.test(bullet.text.slice(w.end, next.start))) note(`${w.text} ${next.text}`, bullet.id, TERM_MIN.pair);
      });
    }
  }
  return [...seen.entries()]
    .filter(([, t]) => t.bullets.length >= t.min)
    .map(([key, t]) => ({ name: t.name, key, forms: new Map([[t.name, t.bullets.length]]), seen: t.bullets.map((bullet) => ({ bullet, initial: false })), acronym: false, afterIn: 0, term: true }));
}
