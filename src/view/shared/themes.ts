/**
 * The classroom's high-contrast themes, for a whiteboard seen from the back of a room: a dark and a light variant
 * of the canvas (colours, lines and label sizes) and of the interface's text colours. Tone is told by line style
 * as well as colour: friendly solid, hostile dashed, neutral dotted. Labels are at least 28 px on a 1920 px
 * screen and relation lines at least 4 px. themes.test.ts checks WCAG AA for every text pair (≥ 4.5:1) and every
 * line, border and mark (≥ 3:1) against the background it is drawn on.
 */
import { contrastRatio } from '../../app/canvas/contrast';
import type { ThemeId } from '../../app/classroom/theme';
import type { Tone } from '../../model/types';
import { STANDARD_THEME, TONE_STYLE, type CanvasTheme } from '../canvas/canvas-style';
import { KIND_COLOUR, UI_COLOUR } from './palette';

export { THEME_IDS, type ThemeId } from '../../app/classroom/theme';

/** Smallest label on screen in the classroom themes: 28 px on a 1920 px screen (≥ 1700 px), less on smaller ones. */
export function classroomLabelFloor(width: number): number {
  if (width >= 1700) return 28;
  if (width >= 1300) return 22;
  return 18;
}

/** Relation lines in the classroom themes: one width for every tone (5 model units, never under 4 px on screen). */
const WIDTH = 5;
/** Tentative relations: dash-dot in the tone's colour (dots alone are neutral's), faint, with a "?". */
const TENTATIVE = [12, 6, 0.1, 6];
function tones(colour: Record<Tone, string>): CanvasTheme['tones'] {
  return {
    friendly: { ...TONE_STYLE.friendly, colour: colour.friendly, width: WIDTH, dash: [], tentativeDash: TENTATIVE, lineStyle: 'solid', description: 'solid line' },
    hostile: { ...TONE_STYLE.hostile, colour: colour.hostile, width: WIDTH, dash: [16, 8], tentativeDash: TENTATIVE, lineStyle: 'dashed', description: 'dashed line' },
    neutral: { ...TONE_STYLE.neutral, colour: colour.neutral, width: WIDTH, dash: [0.1, 10], tentativeDash: TENTATIVE, lineStyle: 'dotted', description: 'dotted line' },
  };
}

/** The light variant's tone colours (on white): also the key's, which stays a light box on the dark canvas. */
const LIGHT_TONES = { friendly: '#004c99', hostile: '#b00020', neutral: '#3d3d3d' };
const common = { labelFloor: (width: number) => classroomLabelFloor(width), edgeMinPx: 4, legend: { tones: tones(LIGHT_TONES), tentative: 'Dash-dot' } } as const;

export const CANVAS_THEMES: Record<ThemeId, CanvasTheme> = {
  standard: STANDARD_THEME,
  'contrast-dark': {
    id: 'contrast-dark',
    background: '#000000',
    ink: '#ffffff',
    dimInk: '#c8c8c8',
    nodeBorder: '#ffffff',
    selection: '#ffb000',
    focus: '#4da3ff',
    tones: tones({ friendly: '#66b2ff', hostile: '#ff7b7b', neutral: '#d4d4d4' }),
    ...common,
  },
  'contrast-light': {
    id: 'contrast-light',
    background: '#ffffff',
    ink: '#000000',
    dimInk: '#333333',
    nodeBorder: '#000000',
    selection: '#b35900',
    focus: '#0047ab',
    tones: tones(LIGHT_TONES),
    ...common,
  },
};

/** The interface's colours in a theme (the --ui-* custom properties), and its page background. */
export interface UiTheme {
  ink: string;
  muted: string;
  line: string;
  accent: string;
  focus: string;
  page: string;
  surface: string;
  tones: Record<Tone, string>;
}

export const UI_THEMES: Record<ThemeId, UiTheme> = {
  standard: { ink: UI_COLOUR.ink, muted: UI_COLOUR.muted, line: UI_COLOUR.line, accent: UI_COLOUR.accent, focus: UI_COLOUR.focus, page: UI_COLOUR.page, surface: UI_COLOUR.surface, tones: { friendly: TONE_STYLE.friendly.colour, hostile: TONE_STYLE.hostile.colour, neutral: TONE_STYLE.neutral.colour } },
  // Both classroom variants keep the panels light with black text; the dark variant darkens the canvas, the projected part.
  'contrast-dark': { ink: '#000000', muted: '#262626', line: '#000000', accent: '#003d99', focus: '#003d99', page: '#ffffff', surface: '#ffffff', tones: { friendly: '#004c99', hostile: '#b00020', neutral: '#3d3d3d' } },
  'contrast-light': { ink: '#000000', muted: '#262626', line: '#000000', accent: '#003d99', focus: '#003d99', page: '#ffffff', surface: '#ffffff', tones: { friendly: '#004c99', hostile: '#b00020', neutral: '#3d3d3d' } },
};

/** The custom properties a theme sets on the app (read by every element through uiStyles' --ui-* fallbacks). */
export function themeProperties(id: ThemeId): Record<string, string> {
  const t = UI_THEMES[id];
  return {
    '--theme-ink': t.ink,
    '--theme-muted': t.muted,
    '--theme-line': t.line,
    '--theme-accent': t.accent,
    '--theme-focus': t.focus,
    '--theme-friendly': t.tones.friendly,
    '--theme-hostile': t.tones.hostile,
    '--theme-neutral': t.tones.neutral,
  };
}

export interface ContrastPair {
  what: string;
  colour: string;
  background: string;
  /** WCAG AA: 4.5 for text, 3 for lines, borders, marks and other non-text. */
  min: 4.5 | 3;
}

/** Every colour pair a theme draws: text ≥ 4.5:1, lines and shapes ≥ 3:1 against the background they sit on. */
export function contrastPairs(id: ThemeId): ContrastPair[] {
  const c = CANVAS_THEMES[id];
  const ui = UI_THEMES[id];
  const bg = c.background;
  const text = (what: string, colour: string, background = bg): ContrastPair => ({ what, colour, background, min: 4.5 });
  const mark = (what: string, colour: string, background = bg): ContrastPair => ({ what, colour, background, min: 3 });
  return [
    text('node label', c.ink),
    text('dimmed or faded node label', c.dimInk),
    ...(Object.entries(c.tones) as [Tone, CanvasTheme['tones'][Tone]][]).flatMap(([tone, s]) => [text(`${tone} relation label`, s.colour), mark(`${tone} relation line`, s.colour)]),
    mark('node border', c.nodeBorder),
    mark('selection halo', c.selection),
    mark('hover and keyboard focus', c.focus),
    // A node's shape is told from the background by its fill or its border (whichever stands out more; the kind
    // is also told by the shape itself).
    ...Object.entries(KIND_COLOUR).map(([kind, fill]) => mark(`${kind} shape (fill or border)`, contrastRatio(fill, bg) >= contrastRatio(c.nodeBorder, bg) ? fill : c.nodeBorder)),
    ...(['page', 'surface'] as const).flatMap((where) => [
      text(`interface text on ${where}`, ui.ink, ui[where]),
      text(`muted text on ${where}`, ui.muted, ui[where]),
      text(`links on ${where}`, ui.accent, ui[where]),
      ...(Object.entries(ui.tones) as [Tone, string][]).map(([tone, colour]) => text(`${tone} text on ${where}`, colour, ui[where])),
      mark(`lines on ${where}`, ui.line, ui[where]),
      mark(`focus ring on ${where}`, ui.focus, ui[where]),
    ]),
    // The key is a white box over the canvas in every theme.
    ...(Object.entries(c.legend?.tones ?? c.tones) as [Tone, CanvasTheme['tones'][Tone]][]).map(([tone, s]) => mark(`${tone} sample in the key`, s.colour, '#ffffff')),
  ];
}
