/**
 * Finding words on a slide and splitting its lines for drawing: which characters are marked (a quote or searched
 * words) and which name an entity (its mentions' ranges). Matching ignores differences of white space, as the
 * quote check does; searched words also ignore case.
 */

/** [start, end) character ranges in one line. */
export type Ranges = [number, number][];

/** One piece of a line: plain, marked, a link to an entity, or both. */
export interface LineSegment {
  text: string;
  mark: boolean;
  entity: string | null;
}

/** A link to an entity over [start, end) of a line. */
export interface EntityLink {
  start: number;
  end: number;
  entity: string;
}

const SPACE = /[\s\u00a0\u2007\u202f]/;

/** The lines joined with white space collapsed, and for each character of that text the line and index it came from. */
function flatten(lines: readonly string[], caseless: boolean): { text: string; at: [number, number][] } {
  let text = '';
  const at: [number, number][] = [];
  let space = false;
  lines.forEach((line, li) => {
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (SPACE.test(ch)) {
        space = text.length > 0;
        continue;
      }
      if (space) {
        text += ' ';
        at.push([li, i]);
        space = false;
      }
      const lower = caseless ? ch.toLowerCase() : ch;
      text += lower.length === 1 ? lower : ch;
      at.push([li, i]);
    }
    space = text.length > 0;
  });
  return { text, at };
}

function collapse(text: string, caseless: boolean): string {
  const t = text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
  return caseless ? [...t].map((c) => (c.toLowerCase().length === 1 ? c.toLowerCase() : c)).join('') : t;
}

/** Every occurrence of `needle` across the lines, as ranges per line (a quote may run over several lines). */
export function findInLines(lines: readonly string[], needle: string, { caseless = false } = {}): Ranges[] {
  const out: Ranges[] = lines.map(() => []);
  const want = collapse(needle, caseless);
  if (!want) return out;
  const { text, at } = flatten(lines, caseless);
  for (let from = text.indexOf(want); from >= 0; from = text.indexOf(want, from + want.length)) {
    const perLine = new Map<number, [number, number]>();
    for (let k = from; k < from + want.length; k++) {
      const [li, i] = at[k]!;
      if (text[k] === ' ') continue; // collapsed white space: the characters either side give the range
      const r = perLine.get(li);
      if (r) r[1] = i + 1;
      else perLine.set(li, [i, i + 1]);
    }
    for (const [li, r] of perLine) out[li]!.push(r);
  }
  return out;
}

/** The words of a search, without the short ones that would mark everything ("a", "of"). */
export function searchWords(query: string): string[] {
  return collapse(query, true).split(' ').filter((w) => w.length >= 3 || /\d/.test(w));
}

/**
 * What to mark for a highlight: a quote or phrase found as a whole; failing that (searched words that are not
 * next to each other), each word of it. Empty when nothing is found.
 */
export function markRanges(lines: readonly string[], mark: string): Ranges[] {
  const exact = findInLines(lines, mark);
  if (exact.some((r) => r.length)) return exact;
  const phrase = findInLines(lines, mark, { caseless: true });
  if (phrase.some((r) => r.length)) return phrase;
  const out: Ranges[] = lines.map(() => []);
  for (const word of searchWords(mark)) findInLines(lines, word, { caseless: true }).forEach((r, i) => out[i]!.push(...r));
  return out;
}

/** Split a line at every mark and link boundary. Overlapping links keep the first (then the longer) one. */
export function lineSegments(text: string, links: readonly EntityLink[], marks: Ranges): LineSegment[] {
  const kept: EntityLink[] = [];
  for (const l of [...links].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (l.start < 0 || l.end > text.length || l.end <= l.start) continue;
    if (kept.length && l.start < kept[kept.length - 1]!.end) continue;
    kept.push(l);
  }
  const cuts = new Set<number>([0, text.length]);
  for (const l of kept) cuts.add(l.start).add(l.end);
  for (const [a, b] of marks) cuts.add(Math.max(0, Math.min(text.length, a))).add(Math.max(0, Math.min(text.length, b)));
  const points = [...cuts].sort((a, b) => a - b);
  const out: LineSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    if (b <= a) continue;
    const entity = kept.find((l) => l.start <= a && b <= l.end)?.entity ?? null;
    const mark = marks.some(([s, e]) => s <= a && b <= e);
    const last = out[out.length - 1];
    if (last && last.entity === entity && last.mark === mark && entity === null) last.text += text.slice(a, b);
    else out.push({ text: text.slice(a, b), mark, entity });
  }
  if (out.length === 0) out.push({ text, mark: false, entity: null });
  return out;
}
