/**
 * Geometry of the swimlane chart, as plain numbers: a year axis with ticks, one lane per related entity,
 * items packed into rows so none overlap, bars for relations in force and points for one-off acts.
 */
import type { Swimlanes } from '../../model/queries/timeline';
import type { Tone } from '../../model/types';

export interface LayoutOptions {
  /** Total width in px. */
  width: number;
  /** Width kept for the lane labels on the left. */
  labelWidth?: number;
  rowHeight?: number;
  lanePadding?: number;
  axisHeight?: number;
  /** Minimum px between two tick labels. */
  minTickGap?: number;
}

export interface LaidItem {
  edge: string;
  tone: Tone;
  type: string;
  oneOff: boolean;
  openEnded: boolean;
  start: number;
  end: number | null;
  /** Left edge and width of a bar; for a one-off act, the band of its year (the mark is centred in it). */
  x: number;
  width: number;
  /** Centre line of the item's row. */
  y: number;
}

export interface LaidLane {
  other: string;
  label: string;
  /** Top of the lane and its height. */
  y: number;
  height: number;
  rows: number;
  items: LaidItem[];
}

export interface SwimlaneLayout {
  width: number;
  height: number;
  labelWidth: number;
  /** Left and right ends of the plot area. */
  plotLeft: number;
  plotRight: number;
  /** Baseline of the axis at the top. */
  axisY: number;
  fromYear: number;
  toYear: number;
  /** Px per year. */
  yearWidth: number;
  ticks: { year: number; x: number }[];
  lanes: LaidLane[];
}

const STEPS = [1, 2, 5, 10, 20, 50];

/** Which row each interval goes in: the first row whose last item ended before this one starts. */
export function packRows(intervals: readonly { start: number; end: number }[]): number[] {
  const order = intervals.map((_, i) => i).sort((a, b) => intervals[a]!.start - intervals[b]!.start || intervals[a]!.end - intervals[b]!.end || a - b);
  const rowEnds: number[] = [];
  const rows = new Array<number>(intervals.length).fill(0);
  for (const i of order) {
    const { start, end } = intervals[i]!;
    let row = rowEnds.findIndex((e) => e < start);
    if (row === -1) row = rowEnds.push(end) - 1;
    else rowEnds[row] = end;
    rows[i] = row;
  }
  return rows;
}

/** Lay out swimlanes at a given width. An empty chart (no dated relation) has no lanes and no ticks. */
export function layoutSwimlanes(data: Swimlanes, options: LayoutOptions): SwimlaneLayout {
  const { width, rowHeight = 14, lanePadding = 5, axisHeight = 24, minTickGap = 34 } = options;
  const labelWidth = Math.min(options.labelWidth ?? 120, Math.round(width * 0.4));
  const plotLeft = labelWidth + 8;
  const plotRight = Math.max(plotLeft + 10, width - 6);
  const fromYear = Number.isFinite(data.fromYear) ? data.fromYear : 0;
  const toYear = Number.isFinite(data.toYear) ? Math.max(fromYear, data.toYear) : fromYear;
  const years = toYear - fromYear + 1;
  const yearWidth = (plotRight - plotLeft) / years;
  const xOf = (year: number) => plotLeft + (year - fromYear) * yearWidth;

  const step = STEPS.find((s) => s * yearWidth >= minTickGap) ?? STEPS[STEPS.length - 1]!;
  const ticks: SwimlaneLayout['ticks'] = [];
  if (data.lanes.length > 0) {
    for (let y = Math.ceil(fromYear / step) * step; y <= toYear; y += step) ticks.push({ year: y, x: xOf(y) + yearWidth / 2 });
    // Label the first year too when it leaves room, so the axis says where it starts.
    const first = xOf(fromYear) + yearWidth / 2;
    if (ticks.length === 0 || (ticks[0]!.year !== fromYear && ticks[0]!.x - first >= minTickGap)) ticks.unshift({ year: fromYear, x: first });
  }

  let top = axisHeight;
  const lanes: LaidLane[] = data.lanes.map((lane) => {
    const rows = packRows(lane.items.map((i) => ({ start: i.start, end: i.end ?? i.start })));
    const rowCount = Math.max(1, ...rows.map((r) => r + 1));
    const height = rowCount * rowHeight + 2 * lanePadding;
    const items = lane.items.map((item, i) => {
      const last = item.end ?? item.start;
      return {
        edge: item.edge,
        tone: item.tone,
        type: item.type,
        oneOff: item.oneOff,
        openEnded: item.openEnded,
        start: item.start,
        end: item.end,
        x: xOf(item.start),
        width: (last - item.start + 1) * yearWidth,
        y: top + lanePadding + rows[i]! * rowHeight + rowHeight / 2,
      };
    });
    const laid = { other: lane.other, label: lane.label, y: top, height, rows: rowCount, items };
    top += height;
    return laid;
  });
  return { width, height: top + 4, labelWidth, plotLeft, plotRight, axisY: axisHeight - 4, fromYear, toYear, yearWidth, ticks, lanes };
}

/** A label cut to fit roughly `maxWidth` px at `fontSize` (average glyph ≈ 0.56 em), with an ellipsis. */
export function fitLabel(label: string, maxWidth: number, fontSize = 12): string {
  const fits = Math.max(3, Math.floor(maxWidth / (fontSize * 0.56)));
  return label.length <= fits ? label : `${label.slice(0, fits - 1).trimEnd()}…`;
}
