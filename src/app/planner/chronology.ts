/** The chronology strip: the plan's dated evidence placed over the question's years (or the evidence's own span). */
import { cardYears } from './card-years';
import { cardDates } from './cards';
import type { PlanData } from './plan-schema';

export interface ChronoMark {
  card: string;
  paragraph: number;
  from: number;
  to: number;
  /** 0–1 along the axis. */
  x0: number;
  x1: number;
  outside: boolean;
  label: string;
}

export interface Chronology {
  from: number;
  to: number;
  marks: ChronoMark[];
  undated: number;
  /** Years of the window with no evidence at all, as runs: [[1926, 1927]]. */
  gaps: [number, number][];
}

/** Lay out the plan's dated cards over [from, to]; the axis widens to take in evidence outside the window. Null when nothing is dated and no window is set. */
export function chronology(data: PlanData, window: { from: number | null; to: number | null }): Chronology | null {
  const dated = data.paragraphs.flatMap((p, paragraph) => p.cards.map((c) => ({ c, paragraph, y: cardYears(c) })));
  const years = dated.flatMap((d) => (d.y ? d.y : []));
  const from = Math.min(window.from ?? Infinity, ...years);
  const to = Math.max(window.to ?? -Infinity, ...years);
  if (!Number.isFinite(from) || !Number.isFinite(to)) return null;
  const span = Math.max(1, to - from + 1);
  const marks: ChronoMark[] = [];
  for (const { c, paragraph, y } of dated) {
    if (!y) continue;
    const outside = (window.to !== null && y[0] > window.to) || (window.from !== null && y[1] < window.from);
    marks.push({ card: c.id, paragraph, from: y[0], to: y[1], x0: (y[0] - from) / span, x1: (y[1] + 1 - from) / span, outside, label: `${cardDates(c)}: ${c.kind === 'relation' ? c.sentence : c.quote}` });
  }
  const wf = window.from ?? from;
  const wt = window.to ?? to;
  const gaps: [number, number][] = [];
  for (let y = wf; y <= wt; y++) {
    if (marks.some((m) => m.from <= y && y <= m.to)) continue;
    const last = gaps[gaps.length - 1];
    if (last && last[1] === y - 1) last[1] = y;
    else gaps.push([y, y]);
  }
  return { from, to, marks, undated: dated.filter((d) => !d.y).length, gaps: marks.length ? gaps : [] };
}
