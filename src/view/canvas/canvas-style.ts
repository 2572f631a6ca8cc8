/**
 * The canvas's look as data: a colour and a shape per entity kind, a colour and a line style per tone,
 * the marks for tentative relations and dates from outside the notes, and the Cytoscape style sheet built
 * from them. Colours come from the one palette (src/view/shared/palette.ts): Okabe–Ito for kinds, blue/red
 * (ColorBrewer RdBu ends) for tones, both colour-blind safe; every colour is paired with a shape or a line style, so nothing depends on colour alone.
 */
import type { StylesheetJson } from 'cytoscape';
import {
  LABEL_FONT_FAMILY,
  LABEL_FONT_SIZE,
  LABEL_FONT_WEIGHT,
  LABEL_LINE_HEIGHT,
  LABEL_MARGIN,
  LABEL_MAX_WIDTH,
  LABEL_OUTLINE,
  NODE_BORDER,
} from '../../layout/label-metrics';
import { labelFloorPx } from '../../app/canvas/label-placement';
import type { EntityKind, Tone } from '../../model/types';
import { KIND_COLOUR, TONE_COLOUR, UI_COLOUR } from '../shared/palette';

export interface KindStyle {
  colour: string;
  /** Cytoscape node shape. */
  shape: 'ellipse' | 'hexagon' | 'round-rectangle' | 'rectangle' | 'star' | 'diamond' | 'round-triangle';
  /** The same shape as an SVG path in a 24×24 box, for the legend (HTML and PNG). */
  path: string;
  label: string;
}

export const KIND_STYLE: Record<EntityKind, KindStyle> = {
  person: { colour: KIND_COLOUR.person, shape: 'ellipse', path: 'M2 12a10 10 0 1 0 20 0a10 10 0 1 0-20 0z', label: 'Person' },
  faction: { colour: KIND_COLOUR.faction, shape: 'hexagon', path: 'M6.5 2.5h11L23 12l-5.5 9.5h-11L1 12z', label: 'Faction' },
  policy: { colour: KIND_COLOUR.policy, shape: 'round-rectangle', path: 'M7 2h10a5 5 0 0 1 5 5v10a5 5 0 0 1-5 5H7a5 5 0 0 1-5-5V7a5 5 0 0 1 5-5z', label: 'Policy' },
  institution: { colour: KIND_COLOUR.institution, shape: 'rectangle', path: 'M2 2h20v20H2z', label: 'Institution' },
  event: { colour: KIND_COLOUR.event, shape: 'star', path: 'M12 1l3.2 7 7.6.8-5.7 5.1 1.6 7.5L12 17.6l-6.7 3.8 1.6-7.5-5.7-5.1 7.6-.8z', label: 'Event' },
  idea: { colour: KIND_COLOUR.idea, shape: 'diamond', path: 'M12 1l11 11-11 11L1 12z', label: 'Idea' },
  group: { colour: KIND_COLOUR.group, shape: 'round-triangle', path: 'M12 2.5l10.5 19h-21z', label: 'Group' },
};

export interface ToneStyle {
  colour: string;
  width: number;
  /** Dash pattern (model units) of a stated relation ([] = solid) and of a tentative one (drawn with round caps). */
  dash: number[];
  tentativeDash: number[];
  label: string;
  description: string;
}

export const TONE_STYLE: Record<Tone, ToneStyle> = {
  friendly: { colour: TONE_COLOUR.friendly, width: 3.5, dash: [], tentativeDash: [0.1, 9], label: 'Friendly', description: 'solid line' },
  hostile: { colour: TONE_COLOUR.hostile, width: 3.5, dash: [11, 6], tentativeDash: [11, 7, 0.1, 7], label: 'Hostile', description: 'dashed line' },
  neutral: { colour: TONE_COLOUR.neutral, width: 1.6, dash: [], tentativeDash: [0.1, 5], label: 'Neutral', description: 'thin line' },
};

/** Halo colour of the selected element (amber, clear against every kind colour and on white). */
export const SELECTION_COLOUR = '#FFB000';
export const INK = '#111111';
/** The canvas background, and the colour of dimmed context labels: the palette's muted grey, 8.9:1 on white (WCAG AA needs 4.5:1). */
export const CANVAS_BACKGROUND = UI_COLOUR.surface;
export const DIM_INK = UI_COLOUR.muted;
/** Hover and keyboard focus (the palette's focus blue). */
export const FOCUS_COLOUR = UI_COLOUR.focus;

/** Every colour a label is drawn in on the canvas, with what it labels (the contrast test reads these). */
export const LABEL_COLOURS: Record<string, string> = {
  'node label': INK,
  'dimmed or faded node label': DIM_INK,
  ...Object.fromEntries(Object.entries(TONE_STYLE).map(([tone, s]) => [`${tone} relation label`, s.colour])),
};

/**
 * What a theme changes on the canvas (the classroom's high-contrast themes are in src/view/shared/themes.ts):
 * colours, the tones' line styles and widths, the smallest label and edge on screen.
 */
export interface CanvasTheme {
  id: string;
  background: string;
  /** Node labels, node borders' default colour and the incident-edge underlay. */
  ink: string;
  dimInk: string;
  nodeBorder: string;
  selection: string;
  focus: string;
  tones: Record<Tone, ToneStyle & { lineStyle?: 'solid' | 'dashed' | 'dotted' }>;
  /** Smallest label font on screen, px, for a window `width` px wide (with a selection or not). */
  labelFloor(width: number, selection: boolean): number;
  /** Smallest relation line on screen, px (the width is lifted at low zoom); 0 keeps the model widths. */
  edgeMinPx: number;
  /** The key's line samples, drawn on its own light box (a dark theme gives the light variant's colours). */
  legend?: { tones: Record<Tone, ToneStyle>; tentative: string };
}

/** The everyday look: the constants above. */
export const STANDARD_THEME: CanvasTheme = {
  id: 'standard',
  background: CANVAS_BACKGROUND,
  ink: INK,
  dimInk: DIM_INK,
  nodeBorder: INK,
  selection: SELECTION_COLOUR,
  focus: FOCUS_COLOUR,
  tones: TONE_STYLE,
  labelFloor: labelFloorPx,
  edgeMinPx: 0,
};

/** A `data(field)` mapper. Cytoscape maps any property from data; its typings allow it for a few only. */
const fromData = <T>(field: string): T => `data(${field})` as unknown as T;

const lineStyle = (s: CanvasTheme['tones'][Tone]) => s.lineStyle ?? (s.dash.length ? 'dashed' : 'solid');

/** The Cytoscape style sheet. Later blocks win, so view classes come last, `faded` and `hidden` at the end. */
export function canvasStyle(theme: CanvasTheme = STANDARD_THEME): StylesheetJson {
  const { ink: INK, dimInk: DIM_INK, background: CANVAS_BACKGROUND, selection: SELECTION_COLOUR, focus: FOCUS_COLOUR } = theme;
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        // Per-kind colour and shape are the element's data (set once in toElements), not one selector per kind:
        // every selector is tested against every restyled element, so fewer selectors restyle faster.
        'background-color': 'data(colour)',
        shape: fromData<'ellipse'>('shape'),
        width: 'data(size)',
        height: 'data(size)',
        'border-width': NODE_BORDER,
        'border-color': theme.nodeBorder,
        'font-family': LABEL_FONT_FAMILY,
        'font-size': LABEL_FONT_SIZE,
        'font-weight': LABEL_FONT_WEIGHT,
        'line-height': LABEL_LINE_HEIGHT,
        color: INK,
        'text-wrap': 'wrap',
        'text-max-width': `${LABEL_MAX_WIDTH}px`,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': LABEL_MARGIN,
        'text-outline-color': CANVAS_BACKGROUND,
        'text-outline-width': LABEL_OUTLINE,
        'text-outline-opacity': 1,
        'z-index': 10,
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'control-point-step-size': 26,
        // Fixed per edge (toElements): the arrow (none for a symmetric relation), the hollow circle mid-line and its
        // larger scale for a date from outside the notes.
        'target-arrow-shape': fromData<'triangle'>('arrow'),
        'mid-target-arrow-shape': fromData<'circle'>('midArrow'),
        'mid-target-arrow-fill': 'hollow',
        'arrow-scale': fromData<number>('arrowScale'),
        label: 'data(mark)',
        'font-family': LABEL_FONT_FAMILY,
        'font-size': 15,
        'font-weight': 'bold',
        'text-outline-color': CANVAS_BACKGROUND,
        'text-outline-width': 3,
        'text-margin-y': -10,
        'z-index': 1,
      },
    },
  ];
  for (const [tone, s] of Object.entries(theme.tones)) {
    const style = lineStyle(s);
    sheet.push({
      selector: `edge.tone-${tone}`,
      style: { width: s.width, 'line-color': s.colour, 'target-arrow-color': s.colour, 'mid-target-arrow-color': s.colour, color: s.colour, 'line-style': style, ...(s.dash.length ? { 'line-dash-pattern': s.dash } : {}), ...(style === 'dotted' ? { 'line-cap': 'round' } : {}) },
    });
    sheet.push({ selector: `edge.tone-${tone}.tentative`, style: { 'line-style': 'dashed', 'line-dash-pattern': s.tentativeDash, 'line-cap': 'round', opacity: 0.7 } });
  }
  sheet.push(
    // View classes.
    { selector: 'edge.incident, edge.highlighted, edge.selected', style: { 'z-index': 5, opacity: 1 } },
    // Along the line: parallel relations (one pair, many years) then keep their labels apart.
    { selector: 'edge.labelled', style: { label: 'data(label)', 'text-rotation': 'autorotate', 'text-margin-y': 0, 'font-size': 14 } },
    { selector: 'edge.incident', style: { 'underlay-color': INK, 'underlay-opacity': 0.22, 'underlay-padding': 4 } },
    { selector: 'node.highlighted', style: { 'border-width': 4, 'z-index': 20 } },
    { selector: 'edge.highlighted', style: { 'underlay-color': SELECTION_COLOUR, 'underlay-opacity': 0.45, 'underlay-padding': 5 } },
    // Dimmed and faded context: the shape and line fade, the label stays readable (muted grey, 8.9:1 on white).
    { selector: 'node.dimmed', style: { 'background-opacity': 0.3, 'border-opacity': 0.3, color: DIM_INK } },
    { selector: 'edge.dimmed', style: { opacity: 0.18, label: '' } },
    // Hover and keyboard focus: the element and its neighbourhood stand out.
    { selector: 'node.hover-near', style: { 'border-color': FOCUS_COLOUR, 'border-width': 4, 'background-opacity': 1, 'border-opacity': 1, color: INK } },
    { selector: 'edge.hover-near', style: { 'underlay-color': FOCUS_COLOUR, 'underlay-opacity': 0.35, 'underlay-padding': 4, opacity: 1, 'z-index': 6 } },
    {
      selector: 'node.selected',
      style: { 'border-width': 4, 'border-color': theme.nodeBorder, 'underlay-color': SELECTION_COLOUR, 'underlay-opacity': 0.85, 'underlay-padding': 9, 'underlay-shape': 'ellipse', 'z-index': 30 },
    },
    { selector: 'edge.selected', style: { 'underlay-color': SELECTION_COLOUR, 'underlay-opacity': 0.85, 'underlay-padding': 6, 'z-index': 30 } },
    { selector: 'node.faded', style: { 'background-opacity': 0.12, 'border-opacity': 0.12, color: DIM_INK } },
    { selector: 'edge.faded', style: { opacity: 0.12, label: '' } },
    { selector: 'node.kbd-focus', style: { 'outline-width': 4, 'outline-color': FOCUS_COLOUR, 'outline-offset': 5, 'outline-opacity': 1, 'z-index': 40 } },
    // Labels left out by the placement (they would overlap), and relation labels too small to read at this zoom.
    { selector: '.label-off', style: { label: '' } },
    // A node whose label is drawn comes above those without, so their shapes do not cover its label.
    { selector: 'node.label-off', style: { 'z-index': 9 } },
    // Node labels moved off the default (below) to avoid a better-ranked label.
    { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -LABEL_MARGIN } },
    { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': LABEL_MARGIN, 'text-justification': 'left' } },
    { selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -LABEL_MARGIN, 'text-justification': 'right' } },
    { selector: 'node.label-below-right', style: { 'text-valign': 'bottom', 'text-halign': 'right', 'text-margin-x': LABEL_MARGIN, 'text-justification': 'left' } },
    { selector: 'node.label-below-left', style: { 'text-valign': 'bottom', 'text-halign': 'left', 'text-margin-x': -LABEL_MARGIN, 'text-justification': 'right' } },
    { selector: 'node.label-above-right', style: { 'text-valign': 'top', 'text-halign': 'right', 'text-margin-y': -LABEL_MARGIN, 'text-margin-x': LABEL_MARGIN, 'text-justification': 'left' } },
    { selector: 'node.label-above-left', style: { 'text-valign': 'top', 'text-halign': 'left', 'text-margin-y': -LABEL_MARGIN, 'text-margin-x': -LABEL_MARGIN, 'text-justification': 'right' } },
    { selector: '.hidden', style: { display: 'none' } },
  );
  return sheet;
}
