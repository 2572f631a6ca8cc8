/** Words, sentences and years of a bullet, with their offsets: what name spotting and relation cues read. */

export interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The words of a text with offsets; a possessive "'s" (or a bare trailing apostrophe) is not part of the word. */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let w = m[0];
    w = w.replace(/['’]s$/u, '').replace(/[-'’]+$/u, '');
    out.push({ text: w, start: m.index, end: m.index + w.length });
  }
  return out;
}

/** The sentences of a bullet as [start, end) offsets: split after . ! ? before a capital, a quote or a digit, and after a semicolon. */
export function sentencesOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[.!?]["”’)]?\s+(?=[\p{Lu}"“(‘\d])|;\s+/gu;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    out.push([start, end]);
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

const YEAR = /(?<![\p{L}\p{N}])(1[0-9]{3}|20[0-9]{2})(?:s)?(?![\p{N}])/gu;

/** Years written in a text (four digits from 1000 to 2099, "1920s" counts as 1920), in order. */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(YEAR)].map((m) => Number(m[1]));
}

/** A name as a key: case-folded, possessive gone, white space single, diacritics and a leading "the" off ("the Right" = "Right"). */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s\b/gu, '')
    .replace(/’/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^the /, '');
}

/** A kebab-case id made from a name ("Lenin's Testament" → "lenins-testament"). */
export function idOf(name: string): string {
  const id = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'entity';
}

/** Damerau–Levenshtein distance up to 2 (3 means "more"): one letter added, dropped, changed or two swapped. */
export function nearDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return Math.min(d[a.length]![b.length]!, 3);
}
