/** What the legend explains, as data shared by <graph-legend> (HTML) and the PNG export (canvas drawing). */
import { ACT_WINDOW_YEARS } from '../../model/queries/dates';
import { ENTITY_KINDS, type EntityKind, type Tone } from '../../model/types';
import { KIND_STYLE, TONE_STYLE, type ToneStyle } from './canvas-style';

export interface LegendKind {
  kind: EntityKind;
  colour: string;
  path: string;
  text: string;
}

/** One line sample and what it means. */
export interface LegendLine {
  tone: Tone;
  colour: string;
  width: number;
  /** Dash pattern ([] = solid); tentative samples are drawn with round caps. */
  dash: number[];
  tentative: boolean;
  arrow: boolean;
  /** A hollow circle in the middle: the relation's date comes from outside the notes. */
  ring: boolean;
  text: string;
}

export const LEGEND_KINDS: LegendKind[] = ENTITY_KINDS.map((kind) => ({ kind, colour: KIND_STYLE[kind].colour, path: KIND_STYLE[kind].path, text: KIND_STYLE[kind].label }));

/** The line samples for a theme's tones (the standard ones by default; `tentative` names the tentative pattern). */
export function legendLines(tones: Record<Tone, ToneStyle> = TONE_STYLE, tentative = 'Dotted'): LegendLine[] {
  const line = (tone: Tone, text: string, extra: Partial<Pick<LegendLine, 'tentative' | 'arrow' | 'ring'>> = {}): LegendLine => {
    const s = tones[tone];
    const isTentative = extra.tentative ?? false;
    return { tone, colour: s.colour, width: s.width, dash: isTentative ? s.tentativeDash : s.dash, tentative: isTentative, arrow: extra.arrow ?? true, ring: extra.ring ?? false, text };
  };
  const style = (tone: Tone) => `${tones[tone].label}: ${tones[tone].description.replace(/ line$/, '')}`;
  return [
    line('friendly', style('friendly')),
    line('hostile', style('hostile')),
    line('neutral', style('neutral')),
    line('hostile', 'Arrow: from the one who acted'),
    line('friendly', 'No arrow: mutual (allied with)', { arrow: false }),
    line('friendly', `${tentative}, faint, “?”: suspected or disputed`, { tentative: true }),
    line('neutral', '○: date from outside the notes', { ring: true }),
  ];
}

export const LEGEND_LINES: LegendLine[] = legendLines();

export const LEGEND_NOTE = 'Bigger shapes have more relations.';

/** How the year slider reads time (src/model/queries/time-model.ts), said once for the student. */
export const LEGEND_TIME_NOTE =
  `With a year chosen: an entity shows from its start to its end (undated: over its relations); a one-off act ` +
  `(a purge, a killing, a decree) shows in its year and ${ACT_WINDOW_YEARS === 1 ? 'the next' : `${ACT_WINDOW_YEARS} more years`}, then goes.`;
