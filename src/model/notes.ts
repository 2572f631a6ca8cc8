/** The notes text → slides, sub-headings and bullets, verbatim; plus white-space-tolerant quote matching. */
import type { Bullet, Notes, Slide } from './types';

const SLIDE_END = /^\s*(\d+)\s+of\s+(\d+)\s*$/;
const BULLET = /^\s*•\s?(.*)$/;

/** Collapse every run of white space (U+00A0 included) to one space and trim: the only difference quote matching ignores. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

/**
 * Parse the notes into slides. Each slide closes with an "N of M" line; its title is its first non-bullet
 * line, or the previous slide's title when the slide opens with a bullet (a continuation). Never throws:
 * text after the last "N of M" line is ignored, and a file with no such line yields no slides.
 */
export function parseNotes(text: string): Notes {
  const lines = String(text ?? '').split(/\r?\n/);
  const slides: Slide[] = [];
  let pending: string[] = [];
  let docTitle = '';
  let declaredCount = 0;
  for (const line of lines) {
    const end = SLIDE_END.exec(line);
    if (!end) {
      pending.push(line);
      continue;
    }
    const number = Number(end[1]);
    declaredCount = Math.max(declaredCount, Number(end[2]));
    const previousTitle = slides.length ? slides[slides.length - 1].title : '';
    const slide = buildSlide(number, pending, previousTitle);
    if (!docTitle) docTitle = slide.title;
    slides.push(slide);
    pending = [];
  }
  return { title: docTitle, slideCount: declaredCount || slides.length, slides };
}

function buildSlide(number: number, lines: string[], previousTitle: string): Slide {
  const headings: string[] = [];
  const bullets: Bullet[] = [];
  const textLines: string[] = [];
  let title = '';
  let heading: string | undefined;
  for (const raw of lines) {
    const line = raw.replace(/\s+$/u, '');
    if (!normaliseSpace(line)) continue;
    textLines.push(line);
    const bullet = BULLET.exec(line);
    if (bullet) {
      const position = bullets.length + 1;
      bullets.push({
        id: bulletId(number, position),
        slide: number,
        position,
        ...(heading === undefined ? {} : { heading }),
        text: bullet[1].replace(/[\s\u00a0]+$/u, ''),
      });
    } else if (!title && bullets.length === 0) {
      title = line.trim();
    } else {
      heading = line.trim();
      headings.push(heading);
    }
  }
  const continued = !title;
  return { number, title: title || previousTitle, continued, headings, bullets, text: textLines.join('\n') };
}

/** The stable id of a bullet: "s<slide>-b<position>". */
export function bulletId(slide: number, position: number): string {
  return `s${slide}-b${position}`;
}

const normalisedCache = new Map<string, string>();

/** normaliseSpace, remembered for the long texts (slides) that every quote is checked against. */
function normalisedSlide(text: string): string {
  let n = normalisedCache.get(text);
  if (n === undefined) {
    if (normalisedCache.size > 20000) normalisedCache.clear();
    n = normaliseSpace(text);
    normalisedCache.set(text, n);
  }
  return n;
}

/** True when `quote` occurs in `text`, ignoring differences of white space only. */
export function containsQuote(text: string, quote: string): boolean {
  const q = normaliseSpace(quote);
  return q.length > 0 && normalisedSlide(text).includes(q);
}

/** The numbers of the slides on which a quote occurs. */
export function slidesContaining(notes: Notes, quote: string): number[] {
  return notes.slides.filter((s) => containsQuote(s.text, quote)).map((s) => s.number);
}

const byNumber = new WeakMap<Notes, Map<number, Slide>>();

/** Find a slide by number (the first slide with that number). */
export function slideByNumber(notes: Notes, number: number): Slide | undefined {
  let map = byNumber.get(notes);
  if (!map) {
    map = new Map();
    for (const s of notes.slides) if (!map.has(s.number)) map.set(s.number, s);
    byNumber.set(notes, map);
  }
  return map.get(number);
}

/** Each "N of M" line of the notes text: the slide number N and the 1-based line. */
export function slideEndLines(text: string): { number: number; line: number }[] {
  const out: { number: number; line: number }[] = [];
  String(text ?? '').split(/\r?\n/).forEach((l, i) => {
    const m = SLIDE_END.exec(l);
    if (m) out.push({ number: Number(m[1]), line: i + 1 });
  });
  return out;
}
