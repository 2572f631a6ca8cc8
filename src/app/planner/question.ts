/** Understanding an exam question: its stem, its years and the people and factors it names, resolved against the graph. */
import type { AllegianceGraph } from '../../model/types';
import { yearOf } from '../../model/dates';
import type { Corrections, Stem } from './plan-schema';
import { entityPeriod, periodIndex, titlePeriod, type PeriodIndex } from './question-periods';

/** What the planner needs to know about the graph's names (built once by `nameIndex`). */
export interface NameIndex {
  /** Every label and alias with its entity, longest first. */
  names: { name: string; id: string }[];
  entity(id: string): { label: string; kind: string; start?: string; end?: string; dateSource?: string } | undefined;
  /** Slide titles and the years their slides cite, for named periods ("the power struggle"). */
  periods: PeriodIndex;
}

export function nameIndex(graph: AllegianceGraph): NameIndex {
  const names: { name: string; id: string }[] = [];
  graph.forEachNode((id, a) => {
    for (const name of new Set([a.label, ...a.aliases])) if (name.trim().length >= 3) names.push({ name: name.trim(), id });
  });
  names.sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));
  return {
    names,
    entity: (id) => (graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined),
    periods: periodIndex(graph),
  };
}

export interface Understanding {
  stem: Stem;
  /** The words that gave the stem ("How far"), empty when none matched. */
  stemWords: string;
  from: number | null;
  to: number | null;
  /** The words that gave the years ("between 1924 and 1929"), empty when none. */
  yearsWords: string;
  /** How a year came from the data: "Lenin's death: Vladimir Lenin's end date, 1924 (date not in the notes)". */
  yearsNote: string;
  /** The factor the question names ("his position as General Secretary"), empty when none. */
  factor: string;
  /** Entities named in the factor phrase. */
  factorEntities: string[];
  /** Every entity named in the question, in order of first mention (those only used for dates left out). */
  people: string[];
  /** Which parts the student corrected. */
  corrected: (keyof Corrections)[];
}

export const STEM_LABELS: Record<Stem, string> = {
  'how-far': 'How far',
  'to-what-extent': 'To what extent',
  'how-significant': 'How significant / important',
  'assess-validity': 'Assess the validity of this view',
  why: 'Why',
  'how-successful': 'How successful / effective',
  compare: 'Compare',
  other: 'Not recognised',
};

/** What each stem asks of the essay, in an examiner's terms. */
export const STEM_DEMANDS: Record<Stem, string> = {
  'how-far': 'Weigh the named factor against others and reach a judgement on its relative importance.',
  'to-what-extent': 'Weigh the named factor against others and reach a judgement on its relative importance.',
  'how-significant': 'Judge the impact by criteria (short/long term, who was affected) against other factors.',
  'assess-validity': 'Argue for and against the quoted view, then say how far it holds.',
  why: 'Explain several causes, link them, and judge which mattered most.',
  'how-successful': 'Set criteria for success, weigh successes against failures, and judge overall.',
  compare: 'Compare the two on the same criteria, point by point, and judge which was more important.',
  other: 'Decide what the question asks before planning.',
};

const STEM_PATTERNS: [Stem, RegExp][] = [
  ['assess-validity', /\bassess the validity\b|\bhow valid\b/i],
  ['to-what-extent', /\bto what extent\b/i],
  ['how-far', /\bhow far\b/i],
  ['how-significant', /\bhow (?:significant|important)\b|\bassess the (?:significance|importance)\b/i],
  ['how-successful', /\bhow (?:successful|effective)\b|\bassess the (?:success|effectiveness)\b/i],
  ['compare', /\bcompare\b|\bwhich (?:of|was) .*\bmore\b|\bhow similar\b|\bmore important than\b/i],
  ['why', /^\s*(?:['‘“][^'’”]*['’”]\s*)?why\b|\bexplain why\b/i],
];

function findStem(q: string): { stem: Stem; stemWords: string } {
  for (const [stem, re] of STEM_PATTERNS) {
    const m = re.exec(q);
    if (m) return { stem, stemWords: m[0].trim() };
  }
  return { stem: 'other', stemWords: '' };
}

/** "24" after "1917" is 1924; a full year is itself. */
function fullYear(y: string, base?: number): number {
  if (y.length === 4) return Number(y);
  const century = base !== undefined ? Math.floor(base / 100) * 100 : 1900;
  return century + Number(y);
}

const Y = '(1[5-9]\\d\\d|20\\d\\d)';
const DASH = '\\s*(?:-|–|—|to|until)\\s*';

interface YearsFound {
  from: number | null;
  to: number | null;
  words: string;
  note: string;
}

/** A year from the data for "X's death", "the death of X", or an event named X. */
function anchorYear(names: NameIndex, who: string): { year: number; id: string; note: string } | null {
  const id = matchName(names, who);
  if (!id) return null;
  const e = names.entity(id);
  if (!e) return null;
  const date = e.kind === 'event' ? e.start : e.end;
  const year = yearOf(date);
  if (year === undefined) return null;
  const where = e.dateSource === 'outside-notes' ? ' (date not in the notes)' : '';
  return { year, id, note: e.kind === 'event' ? `${e.label}: ${date} in the data${where}` : `${e.label}'s end date in the data, ${date}${where}` };
}

function matchName(names: NameIndex, text: string): string | null {
  const t = text.trim().toLowerCase();
  return names.names.find((n) => n.name.toLowerCase() === t)?.id ?? null;
}

/** The longest name `text` starts with (capitals kept for proper names, as in namedIn). */
function nameAt(names: NameIndex, text: string): { id: string; length: number } | null {
  for (const { name, id } of names.names) {
    const head = text.slice(0, name.length);
    const same = name === name.toLowerCase() ? head.toLowerCase() === name : head === name;
    if (same && !/[\w-]/.test(text[name.length] ?? '')) return { id, length: name.length };
  }
  return null;
}

function findYears(q: string, names: NameIndex): YearsFound & { anchor?: string } {
  const none = { from: null, to: null, words: '', note: '' };
  let m = new RegExp(`\\bbetween ${Y} and ${Y}\\b`, 'i').exec(q);
  if (m) return { from: Number(m[1]), to: Number(m[2]), words: m[0], note: '' };
  m = new RegExp(`\\b(?:from |in the years |in the period |of |during )?${Y}${DASH}(\\d{4}|\\d{2})\\b`, 'i').exec(q);
  if (m) {
    const from = Number(m[1]);
    return { from, to: fullYear(m[2]!, from), words: m[0].trim(), note: '' };
  }
  m = new RegExp(`\\bin the (1[5-9]\\d0)s\\b`, 'i').exec(q);
  if (m) return { from: Number(m[1]), to: Number(m[1]) + 9, words: m[0], note: '' };
  m = /\b(after|following|before|by the time of|until|up to)\s+(?:the death of\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)|([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*?)['’]s death)/.exec(q);
  if (m) {
    const who = (m[2] ?? m[3])!;
    const anchor = anchorYear(names, who);
    if (anchor) {
      const after = /after|following/i.test(m[1]!);
      const words = m[0];
      const note = `${who}'s death: ${anchor.note}`;
      return after ? { from: anchor.year, to: null, words, note, anchor: anchor.id } : { from: null, to: anchor.year, words, note, anchor: anchor.id };
    }
  }
  m = new RegExp(`\\b(by|before|until|up to|after|since|in)\\s+${Y}\\b`, 'i').exec(q);
  if (m) {
    const year = Number(m[2]);
    const word = m[1]!.toLowerCase();
    if (word === 'in') return { from: year, to: year, words: m[0], note: '' };
    if (word === 'after' || word === 'since') return { from: year, to: null, words: m[0], note: '' };
    return { from: null, to: year, words: m[0], note: '' };
  }
  const period = entityPeriod(q, (t) => nameAt(names, t), names.entity)
    ?? titlePeriod(q, names.periods, (what) => anchorYear(names, what));
  if (period) return { from: period.from, to: period.to, words: period.words, note: period.note };
  return none;
}

const FACTOR_RE = /\b(?:due to|because of|the result of|a result of|caused by|explained by|owed to|a consequence of|the main reason for|the most important reason for)\s+(.+?)\s*[?.]?\s*$/i;

/** Named entities in `text`, longest name first, not overlapping each other or the `skip` ranges. */
function namedIn(text: string, names: NameIndex, skip: [number, number][] = []): { id: string; at: number }[] {
  const taken: [number, number][] = [...skip];
  const found: { id: string; at: number }[] = [];
  for (const { name, id } of names.names) {
    // Proper names match with their capitals; lower-case names (ideas, policies) match in any case.
    const flags = name === name.toLowerCase() ? 'gi' : 'g';
    const re = new RegExp(`(?<![\\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, flags);
    for (const m of text.matchAll(re)) {
      const span: [number, number] = [m.index, m.index + m[0].length];
      if (taken.some(([a, b]) => span[0] < b && a < span[1])) continue;
      taken.push(span);
      found.push({ id, at: span[0] });
    }
  }
  found.sort((a, b) => a.at - b.at);
  return found.filter((f, i) => found.findIndex((g) => g.id === f.id) === i);
}

/** Read a question; then apply the student's corrections over what was read. */
export function understandQuestion(question: string, names: NameIndex, corrections: Corrections = {}): Understanding {
  const q = question.replace(/\s+/g, ' ').trim();
  const { stem, stemWords } = findStem(q);
  const years = findYears(q, names);
  const yearsAt = years.words ? q.indexOf(years.words) : -1;
  const skip: [number, number][] = yearsAt >= 0 && years.anchor ? [[yearsAt, yearsAt + years.words.length]] : [];
  const people = namedIn(q, names, skip).map((f) => f.id);
  const fm = FACTOR_RE.exec(q);
  const factor = fm ? fm[1]!.trim() : '';
  const factorEntities = factor ? namedIn(factor, names).map((f) => f.id) : [];
  const corrected = (Object.keys(corrections) as (keyof Corrections)[]).filter((k) => corrections[k] !== undefined);
  return {
    stem: corrections.stem ?? stem,
    stemWords,
    from: corrections.from !== undefined ? corrections.from : years.from,
    to: corrections.to !== undefined ? corrections.to : years.to,
    yearsWords: years.words,
    yearsNote: years.note,
    factor: corrections.factor ?? factor,
    factorEntities: corrections.factor !== undefined ? namedIn(corrections.factor, names).map((f) => f.id) : factorEntities,
    people: corrections.people ?? people,
    corrected,
  };
}

/** "1924–1929", "from 1924", "up to 1941", or "no years". */
export function yearsText(u: Pick<Understanding, 'from' | 'to'>): string {
  if (u.from !== null && u.to !== null) return u.from === u.to ? String(u.from) : `${u.from}–${u.to}`;
  if (u.from !== null) return `from ${u.from}`;
  if (u.to !== null) return `up to ${u.to}`;
  return 'no years';
}
