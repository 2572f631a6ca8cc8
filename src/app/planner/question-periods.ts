/**
 * Named periods in a question, resolved to years from the data: an entity with dates ("during the Civil War",
 * "after the Kronstadt Rising"), or a phrase the notes tie to years through their slide titles ("the power
 * struggle": the slides titled "The Power Struggle after Lenin's Death" sit in the section "Stalin's Rise to
 * Power 1924-9"). Each answer says where its years came from.
 */
import { yearOf } from '../../model/dates';
import type { AllegianceGraph } from '../../model/types';

/** What the period finder needs from the data (built once per graph by `periodIndex`). */
export interface PeriodIndex {
  /** Slide titles by number (index 0 unused). */
  titles: readonly string[];
  /** Start years of the dated relations each slide cites. */
  citedYears: ReadonlyMap<number, number[]>;
}

export function periodIndex(graph: AllegianceGraph): PeriodIndex {
  const citedYears = new Map<number, number[]>();
  graph.forEachEdge((_e, a) => {
    const y = yearOf(a.start);
    if (y === undefined) return;
    for (const ev of a.evidence ?? []) (citedYears.get(ev.slide) ?? citedYears.set(ev.slide, []).get(ev.slide)!).push(y);
  });
  return { titles: (graph.getAttribute('slideTitles') as string[] | undefined) ?? [], citedYears };
}

export interface PeriodFound {
  from: number | null;
  to: number | null;
  /** The question's words that named the period. */
  words: string;
  /** Where the years came from, for the student to check. */
  note: string;
}

/** "1924-9" → [1924, 1929]; "(1918-21)" → [1918, 1921]; null when the title carries no years. */
export function titleYears(title: string): [number, number] | null {
  const m = /\b(1[5-9]\d\d)\s*[-–]\s*(\d{1,4})\b/.exec(title);
  if (!m) return null;
  const from = Number(m[1]);
  const tail = m[2]!;
  const to = tail.length === 4 ? Number(tail) : Number(String(from).slice(0, 4 - tail.length) + tail);
  return to >= from ? [from, to] : null;
}

const ANCHOR = /\s+(after|following|before)\s+(.+)$/i;

/** A title's naming part: no leading "The", no years, no trailing "after Lenin's Death" (returned apart). */
function titleCore(title: string): { core: string; anchor: { after: boolean; what: string } | null } {
  let core = title.replace(/\(?\b1[5-9]\d\d\s*[-–]\s*\d{1,4}\)?/g, '').replace(/^the\s+/i, '').trim();
  const a = ANCHOR.exec(core);
  const anchor = a ? { after: !/before/i.test(a[1]!), what: a[2]!.trim() } : null;
  if (a) core = core.slice(0, a.index).trim();
  return { core, anchor };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function slideRange(slides: number[]): string {
  const a = Math.min(...slides);
  const b = Math.max(...slides);
  return a === b ? `slide ${a}` : `slides ${a}–${b}`;
}

/**
 * A period the notes' slide titles give a phrase of the question. `anchorYear` reads "Lenin's Death" (a year
 * from the data, with how it was found) for titles that say "after …". Titles of one word are not used.
 */
export function titlePeriod(q: string, index: PeriodIndex, anchorYear: (what: string) => { year: number; note: string } | null): PeriodFound | null {
  const byTitle = new Map<string, number[]>();
  index.titles.forEach((t, n) => t && n > 0 && (byTitle.get(t) ?? byTitle.set(t, []).get(t)!).push(n));
  for (const [title, slides] of byTitle) {
    const { core, anchor } = titleCore(title);
    if (core.split(/\s+/).length < 2) continue;
    const m = new RegExp(`(?<![\\w-])(?:the\\s+)?${escape(core)}(?![\\w-])`, 'i').exec(q);
    if (!m) continue;
    const where = `${slideRange(slides)}, “${title}”`;
    const own = titleYears(title);
    if (own) return { from: own[0], to: own[1], words: m[0], note: `“${m[0]}”: ${where}` };
    const anchored = anchor ? anchorYear(anchor.what) : null;
    // The section the slides sit in: the nearest earlier title that carries years.
    let section: { title: string; slide: number; years: [number, number] } | null = null;
    for (let n = Math.min(...slides) - 1; n > 0 && !section; n--) {
      const years = titleYears(index.titles[n] ?? '');
      if (years) section = { title: index.titles[n]!, slide: n, years };
    }
    const cited = slides.flatMap((s) => index.citedYears.get(s) ?? []).sort((a, b) => a - b);
    const typical = anchored?.year ?? cited[Math.floor(cited.length / 2)];
    const anchorNote = anchored ? `; ${anchored.note}` : '';
    if (section && typical !== undefined && typical >= section.years[0] && typical <= section.years[1]) {
      const from = anchored && anchor!.after ? Math.max(anchored.year, section.years[0]) : section.years[0];
      return { from, to: section.years[1], words: m[0], note: `“${m[0]}”: ${where}, in the notes’ section “${section.title}” (slide ${section.slide})${anchorNote}` };
    }
    if (anchored) return { from: anchor!.after ? anchored.year : null, to: anchor!.after ? null : anchored.year, words: m[0], note: `“${m[0]}”: ${where}${anchorNote}` };
    if (cited.length) {
      const [from, to] = [cited[Math.floor(cited.length * 0.1)]!, cited[Math.ceil(cited.length * 0.9) - 1]!];
      return { from, to, words: m[0], note: `“${m[0]}”: ${where}; most relations those slides cite start in ${from}–${to}` };
    }
  }
  return null;
}

/** What an entity period needs to know of a named entity. */
export interface DatedEntity {
  label: string;
  kind: string;
  start?: string;
  end?: string;
  dateSource?: string;
}

const PERIOD_WORDS = /\b(during|throughout|in the course of|at the time of|after|following|since|before|until|up to|by the end of)\s+(?:the\s+)?/gi;

/**
 * "during the Civil War" (its start to its end), "after the Kronstadt Rising" (from its end, or its start when it has
 * no end), "before the First World War" (up to its start): entities with dates (not people) named right after a
 * word of time.
 */
export function entityPeriod(q: string, nameAt: (text: string) => { id: string; length: number } | null, entity: (id: string) => DatedEntity | undefined): PeriodFound | null {
  for (const m of q.matchAll(PERIOD_WORDS)) {
    const rest = q.slice(m.index + m[0].length);
    const hit = nameAt(rest);
    const e = hit ? entity(hit.id) : undefined;
    // People are not periods (their deaths are read apart, as "after Lenin's death").
    if (!hit || !e || e.kind === 'person') continue;
    const [start, end] = [yearOf(e.start), yearOf(e.end)];
    if (start === undefined && end === undefined) continue;
    const word = m[1]!.toLowerCase();
    const words = `${m[0]}${rest.slice(0, hit.length)}`.trim();
    const outside = e.dateSource === 'outside-notes' ? ' (dates not in the notes)' : '';
    const dates = `${e.start ?? '…'}${e.end ? ` to ${e.end}` : ''}`;
    const note = `${e.label}: ${dates} in the data${outside}`;
    if (word === 'during' || word === 'throughout' || word === 'in the course of' || word === 'at the time of') return { from: start ?? end!, to: end ?? start!, words, note };
    if (word === 'after' || word === 'following' || word === 'since') return { from: end ?? start!, to: null, words, note };
    return { from: null, to: start ?? end!, words, note };
  }
  return null;
}
