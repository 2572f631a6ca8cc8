/**
 * The one set of colour tokens: a colour per entity kind (Okabe–Ito) and per tone (ColorBrewer RdBu ends and
 * a grey), both colour-blind safe, plus the interface's text and surface colours. Plain data: the canvas
 * style, the legend (HTML and PNG) and the swimlane chart read it directly; the elements read it as CSS custom
 * properties (`paletteProperties`, set by ui-styles: `--kind-<kind>`, `--ui-friendly` …). Tone colours are also
 * text colours, so every text / background pair below keeps WCAG contrast ≥ 4.5:1 (palette.test.ts).
 */
import type { EntityKind, Tone } from '../../model/types';

export const KIND_COLOUR: Record<EntityKind, string> = {
  person: '#0072B2',
  faction: '#D55E00',
  policy: '#009E73',
  institution: '#56B4E9',
  event: '#E69F00',
  idea: '#CC79A7',
  group: '#F0E442',
};

export const TONE_COLOUR: Record<Tone, string> = { friendly: '#2166AC', hostile: '#B2182B', neutral: '#636363' };

export const UI_COLOUR = {
  ink: '#1a1a1a',
  muted: '#4a4a4a',
  line: '#c9ced6',
  accent: '#1a5fb4',
  focus: '#1a5fb4',
  mark: '#fde68a',
  surface: '#ffffff',
  /** The app's background and the tinted backgrounds of chosen / hovered rows. */
  page: '#f4f6f9',
  chosen: '#f3f7fd',
  hover: '#eef3fa',
  /** A selected row or an open toggle. */
  selected: '#e3edf9',
} as const;

/** Every pair of text on background the palette is used for (tone words, links, body text, marks). */
export const TEXT_PAIRS: readonly { what: string; text: string; background: string }[] = [
  ...(['surface', 'chosen', 'hover', 'page', 'selected'] as const).flatMap((bg) => [
    ...(Object.keys(TONE_COLOUR) as Tone[]).map((tone) => ({ what: `${tone} text on ${bg}`, text: TONE_COLOUR[tone], background: UI_COLOUR[bg] })),
    { what: `ink on ${bg}`, text: UI_COLOUR.ink, background: UI_COLOUR[bg] },
    { what: `muted text on ${bg}`, text: UI_COLOUR.muted, background: UI_COLOUR[bg] },
    { what: `link (accent) on ${bg}`, text: UI_COLOUR.accent, background: UI_COLOUR[bg] },
  ]),
  { what: 'ink on a search mark', text: UI_COLOUR.ink, background: UI_COLOUR.mark },
  { what: 'white on accent (pressed tool, chosen option)', text: '#ffffff', background: UI_COLOUR.accent },
];

/**
 * The palette as CSS custom property declarations, for a `:host` rule. The interface's text, line and tone colours
 * fall back to a theme's `--theme-*` property when one is set above (the classroom themes, themes.ts).
 */
export function paletteProperties(): string {
  const themed = (name: string, colour: string) => `--ui-${name}: var(--theme-${name}, ${colour});`;
  const props = [
    ...Object.entries(KIND_COLOUR).map(([kind, c]) => `--kind-${kind}: ${c};`),
    ...Object.entries(TONE_COLOUR).map(([tone, c]) => themed(tone, c)),
    themed('ink', UI_COLOUR.ink),
    themed('muted', UI_COLOUR.muted),
    themed('line', UI_COLOUR.line),
    themed('accent', UI_COLOUR.accent),
    themed('focus', UI_COLOUR.focus),
    `--ui-mark: ${UI_COLOUR.mark};`,
    `--ui-selected: ${UI_COLOUR.selected};`,
  ];
  return props.join('\n');
}
