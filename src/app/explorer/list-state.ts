/**
 * The List view's part of the view state and of the URL: `?list=1&lq=purged%201936&lquotes=1`. `lq` is the text
 * filter, `lquotes=1` shows each relation's quotes. Both are written only while the list is shown. Decoding
 * never throws: a bad value is dropped and named.
 */
export interface ListState {
  /** The List view's text filter ("" = none): words matched against labels, type, quotes and years. */
  listFilter: string;
  /** Show each row's quotes (verbatim, with slide numbers). */
  listQuotes: boolean;
}

export const DEFAULT_LIST_STATE: ListState = Object.freeze({ listFilter: '', listQuotes: false });

export const LIST_PARAMS = { filter: 'lq', quotes: 'lquotes' } as const;

/** The longest filter kept from a URL or the input. */
export const MAX_LIST_FILTER = 200;

export function sameListState(a: ListState, b: ListState): boolean {
  return a.listFilter === b.listFilter && a.listQuotes === b.listQuotes;
}

/** The parameters for a state, defaults left out; nothing unless the list is shown. */
export function listParams(state: ListState & { list: boolean }): [string, string][] {
  if (!state.list) return [];
  const pairs: [string, string][] = [];
  if (state.listFilter) pairs.push([LIST_PARAMS.filter, state.listFilter]);
  if (state.listQuotes) pairs.push([LIST_PARAMS.quotes, '1']);
  return pairs;
}

/** Read the list's parameters. */
export function decodeListParams(params: URLSearchParams): { state: ListState; notices: string[] } {
  const state: ListState = { ...DEFAULT_LIST_STATE };
  const notices: string[] = [];
  const filter = params.get(LIST_PARAMS.filter);
  if (filter !== null) state.listFilter = cleanFilter(filter);
  const quotes = params.get(LIST_PARAMS.quotes);
  if (quotes !== null) {
    if (quotes === '1' || quotes === '0' || quotes === '') state.listQuotes = quotes === '1';
    else notices.push(`list quotes “${quotes.slice(0, 40)}” (use 1 or 0)`);
  }
  return { state, notices };
}

/** A filter as kept: control characters dropped, white space trimmed and single, at most MAX_LIST_FILTER characters. */
export function cleanFilter(text: string): string {
  // eslint-disable-next-line no-control-regex
  return String(text ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_LIST_FILTER);
}
