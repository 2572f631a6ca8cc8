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
import type { EntityKind, Tone } from '../../model/types';
import { KIND_COLOUR, TONE_COLOUR } from '../shared/palette';

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

const lineStyle = (dash: number[]) => (dash.length ? 'dashed' : 'solid');

/** The Cytoscape style sheet. Later blocks win, so view classes come last, `faded` and `hidden` at the end. */
export function canvasStyle(): StylesheetJson {
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 'data(size)',
        height: 'data(size)',
        'border-width': NODE_BORDER,
        'border-color': INK,
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
        'text-outline-color': '#ffffff',
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
        'arrow-scale': 1.3,
        label: 'data(mark)',
        'font-family': LABEL_FONT_FAMILY,
        'font-size': 15,
        'font-weight': 'bold',
        'text-outline-color': '#ffffff',
        'text-outline-width': 3,
        'text-margin-y': -10,
        'min-zoomed-font-size': 7,
        'z-index': 1,
      },
    },
  ];
  for (const [kind, s] of Object.entries(KIND_STYLE)) {
    sheet.push({ selector: `node.kind-${kind}`, style: { 'background-color': s.colour, shape: s.shape } });
  }
  for (const [tone, s] of Object.entries(TONE_STYLE)) {
    sheet.push({
      selector: `edge.tone-${tone}`,
      style: { width: s.width, 'line-color': s.colour, 'target-arrow-color': s.colour, 'mid-target-arrow-color': s.colour, color: s.colour, 'line-style': lineStyle(s.dash), ...(s.dash.length ? { 'line-dash-pattern': s.dash } : {}) },
    });
    sheet.push({ selector: `edge.tone-${tone}.tentative`, style: { 'line-style': 'dashed', 'line-dash-pattern': s.tentativeDash, 'line-cap': 'round' } });
  }
  sheet.push(
    { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle' } },
    { selector: 'edge.symmetric', style: { 'target-arrow-shape': 'none', 'source-arrow-shape': 'none' } },
    { selector: 'edge.tentative', style: { opacity: 0.7 } },
    { selector: 'edge.date-outside-notes', style: { 'mid-target-arrow-shape': 'circle', 'mid-target-arrow-fill': 'hollow', 'arrow-scale': 1.5 } },
    // View classes.
    { selector: 'edge.incident, edge.highlighted, edge.selected', style: { 'z-index': 5, opacity: 1 } },
    // Along the line: parallel relations (one pair, many years) then keep their labels apart.
    { selector: 'edge.labelled', style: { label: 'data(label)', 'text-rotation': 'autorotate', 'text-margin-y': 0, 'font-size': 14 } },
    { selector: 'edge.incident', style: { 'underlay-color': INK, 'underlay-opacity': 0.22, 'underlay-padding': 4 } },
    { selector: 'node.highlighted', style: { 'border-width': 4, 'z-index': 20 } },
    { selector: 'edge.highlighted', style: { 'underlay-color': SELECTION_COLOUR, 'underlay-opacity': 0.45, 'underlay-padding': 5 } },
    { selector: 'node.dimmed', style: { opacity: 0.3 } },
    { selector: 'edge.dimmed', style: { opacity: 0.18 } },
    {
      selector: 'node.selected',
      style: { 'border-width': 4, 'border-color': INK, 'underlay-color': SELECTION_COLOUR, 'underlay-opacity': 0.85, 'underlay-padding': 9, 'underlay-shape': 'ellipse', 'z-index': 30 },
    },
    { selector: 'edge.selected', style: { 'underlay-color': SELECTION_COLOUR, 'underlay-opacity': 0.85, 'underlay-padding': 6, 'z-index': 30 } },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'edge.faded', style: { label: '' } },
    { selector: '.hidden', style: { display: 'none' } },
  );
  return sheet;
}
