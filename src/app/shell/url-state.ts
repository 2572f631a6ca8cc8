/**
 * The view state in the query string, compact and readable: `?e=stalin&y=1925&m=fade&k=person,faction&f=2&list=1`,
 * then the tools' part (`&tool=path&pa=trotsky&pb=kirov`, see tool-url.ts).
 * Decoding never throws: a malformed or unknown value is dropped and named in a notice; the rest still loads.
 */
import type { EntityKind, Tone } from '../../model/types';
import { decodeListParams, LIST_PARAMS, listParams } from '../explorer/list-state';
import { decodeNotesParams, NOTES_PARAMS, notesParams } from '../notes/notes-state';
import { decodeToolParams, TOOL_PARAMS, toolParams } from '../tracing/tool-url';
import { ALL_KINDS, ALL_TONES, DEFAULT_STATE, type Focus, type ViewState } from './view-state';
import { LIST_LIMIT, listSome } from '../shared/list-some';

/** What the decoder checks ids against. */
export interface Vocabulary {
  hasEntity(id: string): boolean;
  hasEdge(key: string): boolean;
  /** Relation type ids of the graph. */
  types: readonly string[];
  /** The years the notes cover; a year outside is refused. Null when nothing is dated. */
  period: { from: number; to: number } | null;
  /** Whether a betrayal or side switch has this id (tracing.ts); without it, none is accepted. */
  hasTracingItem?(id: string): boolean;
  /** How many slides the notes have (the Notes view's `s` is checked against it); 68 when not given. */
  slideCount?: number;
}

/** Query parameter names, in the order they are written. */
export const PARAMS = {
  selected: 'e',
  edge: 'r',
  year: 'y',
  yearMode: 'm',
  kinds: 'k',
  types: 't',
  tones: 'tone',
  focus: 'f',
  list: 'list',
} as const;

/** Percent-encode a value but leave the characters that read well and are safe in a query: , @ : */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%40/gi, '@').replace(/%3A/gi, ':');
}

function encodeSet(set: ReadonlySet<string>, order: readonly string[]): string {
  const known = order.filter((v) => set.has(v));
  const rest = [...set].filter((v) => !order.includes(v)).sort();
  return [...known, ...rest].join(',');
}

/**
 * The query string of a state ("" for the default view, else starting with "?"). Defaults are left out;
 * filter sets list the values shown, in a stable order; an empty filter set is written as an empty value.
 */
export function encodeState(state: ViewState, typeOrder: readonly string[] = []): string {
  const pairs: [string, string][] = [];
  if (state.selected !== null) pairs.push([PARAMS.selected, state.selected]);
  if (state.edge !== null) pairs.push([PARAMS.edge, state.edge]);
  if (state.year !== null) pairs.push([PARAMS.year, String(state.year)]);
  if (state.yearMode !== DEFAULT_STATE.yearMode) pairs.push([PARAMS.yearMode, state.yearMode]);
  if (state.kinds !== null) pairs.push([PARAMS.kinds, encodeSet(state.kinds, ALL_KINDS)]);
  if (state.types !== null) pairs.push([PARAMS.types, encodeSet(state.types, typeOrder)]);
  if (state.tones !== null) pairs.push([PARAMS.tones, encodeSet(state.tones, ALL_TONES)]);
  if (state.focus !== 0) pairs.push([PARAMS.focus, String(state.focus)]);
  if (state.list) pairs.push([PARAMS.list, '1']);
  pairs.push(...listParams(state));
  pairs.push(...notesParams(state));
  pairs.push(...toolParams(state));
  return pairs.length ? `?${pairs.map(([k, v]) => `${k}=${encodeValue(v)}`).join('&')}` : '';
}

/**
 * The query string for a state, keeping the parameters that are not the explorer's (the tools' part, or
 * anything else) as they were, after the explorer's own.
 */
export function mergeState(currentSearch: string, state: ViewState, typeOrder: readonly string[] = []): string {
  const mine = new Set<string>([...Object.values(PARAMS), ...Object.values(TOOL_PARAMS), ...Object.values(LIST_PARAMS), ...Object.values(NOTES_PARAMS)]);
  let foreign: [string, string][];
  try {
    foreign = [...new URLSearchParams(String(currentSearch ?? ''))].filter(([k]) => !mine.has(k));
  } catch {
    foreign = [];
  }
  const own = encodeState(state, typeOrder);
  const rest = foreign.map(([k, v]) => `${encodeValue(k)}=${encodeValue(v)}`).join('&');
  if (!rest) return own;
  return own ? `${own}&${rest}` : `?${rest}`;
}

export interface Decoded {
  state: ViewState;
  /** One short phrase per ignored part, e.g. `unknown entity "stalinn"`. */
  notices: string[];
}

const YEAR = /^\d{1,4}$/;

/** Quote a value for a notice, shortened so a hostile URL cannot flood the page. */
function q(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 39)}…` : value;
  return `“${short}”`;
}

function decodeSet<T extends string>(raw: string, allowed: readonly string[], what: string, notices: string[]): ReadonlySet<T> | null {
  if (raw.trim() === '') return new Set<T>();
  const values = raw.split(',').map((v) => v.trim()).filter(Boolean);
  const good = values.filter((v) => allowed.includes(v));
  const bad = values.filter((v) => !allowed.includes(v));
  if (bad.length) notices.push(`unknown ${what}${bad.length > 1 ? 's' : ''} ${listSome(bad.map(q))}`);
  if (good.length === 0) return null;
  return new Set(good as T[]);
}

/** Read a query string ("?e=stalin&y=1925" or "e=stalin&y=1925") into a state, checking ids against `vocab`. */
export function decodeState(search: string, vocab: Vocabulary): Decoded {
  const notices: string[] = [];
  const state: ViewState = { ...DEFAULT_STATE };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(String(search ?? ''));
  } catch {
    return { state, notices: ['the link could not be read'] };
  }
  const get = (name: string) => params.get(name);

  const selected = get(PARAMS.selected);
  if (selected !== null && selected !== '') {
    if (vocab.hasEntity(selected)) state.selected = selected;
    else notices.push(`unknown entity ${q(selected)}`);
  }
  const edge = get(PARAMS.edge);
  if (edge !== null && edge !== '') {
    if (vocab.hasEdge(edge)) state.edge = edge;
    else notices.push(`unknown relation ${q(edge)}`);
  }
  const year = get(PARAMS.year);
  if (year !== null) {
    const n = Number(year.trim());
    const { period } = vocab;
    if (!YEAR.test(year.trim())) notices.push(`year ${q(year)} is not a year`);
    else if (period && (n < period.from || n > period.to)) notices.push(`year ${n} is outside the notes (${period.from}–${period.to})`);
    else state.year = n;
  }
  const mode = get(PARAMS.yearMode);
  if (mode !== null) {
    if (mode === 'hide' || mode === 'fade') state.yearMode = mode;
    else notices.push(`display mode ${q(mode)} (use hide or fade)`);
  }
  const kinds = get(PARAMS.kinds);
  if (kinds !== null) state.kinds = decodeSet<EntityKind>(kinds, ALL_KINDS, 'kind', notices);
  const types = get(PARAMS.types);
  if (types !== null) state.types = decodeSet<string>(types, vocab.types, 'relation type', notices);
  const tones = get(PARAMS.tones);
  if (tones !== null) state.tones = decodeSet<Tone>(tones, ALL_TONES, 'tone', notices);
  const focus = get(PARAMS.focus);
  if (focus !== null) {
    if (/^[0-3]$/.test(focus.trim())) state.focus = Number(focus.trim()) as Focus;
    else notices.push(`focus ${q(focus)} (use 0 to 3 steps)`);
  }
  const list = get(PARAMS.list);
  if (list !== null) {
    if (list === '1' || list === '0' || list === '') state.list = list === '1';
    else notices.push(`list ${q(list)} (use 1 or 0)`);
  }
  const tools = decodeToolParams(params, { hasEntity: vocab.hasEntity, hasTracingItem: (id) => vocab.hasTracingItem?.(id) ?? false, period: vocab.period });
  Object.assign(state, tools.state);
  notices.push(...tools.notices);
  const notes = decodeNotesParams(params, vocab.slideCount ?? 68);
  Object.assign(state, notes.state);
  notices.push(...notes.notices);
  if (state.notes) state.list = false;
  if (!state.notes) Object.assign(state, { slide: null, mark: null });
  const listPart = decodeListParams(params);
  if (state.list) Object.assign(state, listPart.state);
  notices.push(...listPart.notices);
  return { state, notices };
}

/** One polite sentence for the notices of a decoded link, or "" when there are none. */
export function noticeText(notices: readonly string[]): string {
  if (notices.length === 0) return '';
  const shown = notices.slice(0, LIST_LIMIT).map((n) => (n.length > 300 ? `${n.slice(0, 300)}…` : n));
  const more = notices.length > LIST_LIMIT ? `; and ${(notices.length - LIST_LIMIT).toLocaleString('en-GB')} more` : '';
  return `Part of this link was ignored: ${shown.join('; ')}${more}. The rest of the view is shown.`;
}
