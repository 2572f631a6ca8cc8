/**
 * The tools' part of the query string: `?tool=path&pa=trotsky&pb=kirov&pf=1920&pt=1935&ptone=friendly,hostile&pn=2`,
 * `?tool=betrayals&b=stalin>opposed>zinoviev@1925`, `?tool=compare&ca=1924&cb=1929&ch=both&cn=stalin`,
 * `?tool=rank&rf=1924&rt=1929&rs=degree&size=betweenness`. Decoding never throws: a malformed or unknown value
 * is dropped and named in a notice, the rest still loads (as url-state.ts does for the explorer's part).
 */
import { orderedYears, parseTones } from '../../model/query-args';
import { listSome } from '../shared/list-some';
import {
  ALL_PATH_TONES,
  COMPARE_SHOW,
  DEFAULT_TOOL_STATE,
  MAX_PATHS,
  RANK_ORDERS,
  SIZE_MEASURES,
  TOOL_IDS,
  type CompareShow,
  type RankOrder,
  type SizeMeasure,
  type ToolId,
  type ToolState,
} from './tool-state';

/** What the decoder checks ids and years against. */
export interface ToolVocabulary {
  hasEntity(id: string): boolean;
  /** Whether a betrayal or side switch has this stable id (see tracing.ts). */
  hasTracingItem(id: string): boolean;
  /** The years the notes cover; a year outside is refused. Null when nothing is dated. */
  period: { from: number; to: number } | null;
}

/** Query parameter names, in the order they are written. */
export const TOOL_PARAMS = {
  tool: 'tool',
  betrayal: 'b',
  pathFrom: 'pa',
  pathTo: 'pb',
  pathFromYear: 'pf',
  pathToYear: 'pt',
  pathTones: 'ptone',
  pathIndex: 'pn',
  compareA: 'ca',
  compareB: 'cb',
  compareShow: 'ch',
  compareEntity: 'cn',
  rankFrom: 'rf',
  rankTo: 'rt',
  rankOrder: 'rs',
  size: 'size',
} as const satisfies Record<keyof ToolState, string>;

/** The non-default parts of a tool state as [name, raw value] pairs, in a stable order (the caller escapes them). */
export function toolParams(state: ToolState): [string, string][] {
  const pairs: [string, string][] = [];
  const P = TOOL_PARAMS;
  const year = (name: string, y: number | null) => y !== null && pairs.push([name, String(y)]);
  if (state.tool !== null) pairs.push([P.tool, state.tool]);
  if (state.betrayal !== null) pairs.push([P.betrayal, state.betrayal]);
  if (state.pathFrom !== null) pairs.push([P.pathFrom, state.pathFrom]);
  if (state.pathTo !== null) pairs.push([P.pathTo, state.pathTo]);
  year(P.pathFromYear, state.pathFromYear);
  year(P.pathToYear, state.pathToYear);
  if (state.pathTones !== null) pairs.push([P.pathTones, ALL_PATH_TONES.filter((t) => state.pathTones!.has(t)).join(',')]);
  if (state.pathIndex !== 0) pairs.push([P.pathIndex, String(state.pathIndex + 1)]);
  year(P.compareA, state.compareA);
  year(P.compareB, state.compareB);
  if (state.compareShow !== DEFAULT_TOOL_STATE.compareShow) pairs.push([P.compareShow, state.compareShow]);
  if (state.compareEntity !== null) pairs.push([P.compareEntity, state.compareEntity]);
  year(P.rankFrom, state.rankFrom);
  year(P.rankTo, state.rankTo);
  if (state.rankOrder !== DEFAULT_TOOL_STATE.rankOrder) pairs.push([P.rankOrder, state.rankOrder]);
  if (state.size !== null) pairs.push([P.size, state.size]);
  return pairs;
}

export interface DecodedTools {
  state: ToolState;
  /** One short phrase per ignored part, e.g. `unknown tool “paths”`. */
  notices: string[];
}

/** Quote a value for a notice, shortened so a hostile URL cannot flood the page. */
function q(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 39)}…` : value;
  return `“${short}”`;
}

const YEAR = /^\d{1,4}$/;

/** Read the tools' parameters (others are ignored) into a tool state, checking ids and years against `vocab`. */
export function decodeToolParams(params: URLSearchParams, vocab: ToolVocabulary): DecodedTools {
  const notices: string[] = [];
  const state: ToolState = { ...DEFAULT_TOOL_STATE };
  const P = TOOL_PARAMS;
  const get = (name: string) => {
    const v = params.get(name);
    return v === null ? null : v.trim();
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], what: string): T | undefined => {
    const v = get(name);
    if (v === null) return undefined;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    notices.push(`${what} ${q(v)} (use ${allowed.join(', ')})`);
    return undefined;
  };
  const year = (name: string, what: string): number | null => {
    const v = get(name);
    if (v === null || v === '') return null;
    const n = Number(v);
    const { period } = vocab;
    if (!YEAR.test(v)) notices.push(`${what} ${q(v)} is not a year`);
    else if (period && (n < period.from || n > period.to)) notices.push(`${what} ${n} is outside the notes (${period.from}–${period.to})`);
    else return n;
    return null;
  };
  const entity = (name: string, what: string): string | null => {
    const v = get(name);
    if (v === null || v === '') return null;
    if (vocab.hasEntity(v)) return v;
    notices.push(`unknown ${what} ${q(v)}`);
    return null;
  };

  state.tool = oneOf<ToolId>(P.tool, TOOL_IDS, 'tool') ?? null;
  const betrayal = get(P.betrayal);
  if (betrayal !== null && betrayal !== '') {
    if (vocab.hasTracingItem(betrayal)) state.betrayal = betrayal;
    else notices.push(`unknown betrayal or side switch ${q(betrayal)}`);
  }
  state.pathFrom = entity(P.pathFrom, 'path start');
  state.pathTo = entity(P.pathTo, 'path end');
  state.pathFromYear = year(P.pathFromYear, 'path from-year');
  state.pathToYear = year(P.pathToYear, 'path to-year');
  [state.pathFromYear, state.pathToYear] = orderedYears(state.pathFromYear, state.pathToYear);
  const tones = get(P.pathTones);
  if (tones !== null) {
    const { tones: good, unknown: bad } = parseTones(tones);
    if (bad.length) notices.push(`unknown path tone${bad.length > 1 ? 's' : ''} ${listSome(bad.map(q))}`);
    if (good.length + bad.length === 0) state.pathTones = new Set();
    else if (good.length > 0 && good.length < ALL_PATH_TONES.length) state.pathTones = new Set(good);
    else if (good.length === ALL_PATH_TONES.length) state.pathTones = null;
  }
  const index = get(P.pathIndex);
  if (index !== null) {
    const n = Number(index);
    if (/^\d+$/.test(index) && n >= 1 && n <= MAX_PATHS) state.pathIndex = n - 1;
    else notices.push(`path number ${q(index)} (use 1 to ${MAX_PATHS})`);
  }
  state.compareA = year(P.compareA, 'comparison year');
  state.compareB = year(P.compareB, 'comparison year');
  state.compareShow = oneOf<CompareShow>(P.compareShow, COMPARE_SHOW, 'highlight of changes') ?? DEFAULT_TOOL_STATE.compareShow;
  state.compareEntity = entity(P.compareEntity, 'entity to narrow the comparison to');
  state.rankFrom = year(P.rankFrom, 'ranking from-year');
  state.rankTo = year(P.rankTo, 'ranking to-year');
  [state.rankFrom, state.rankTo] = orderedYears(state.rankFrom, state.rankTo);
  state.rankOrder = oneOf<RankOrder>(P.rankOrder, RANK_ORDERS, 'ranking order') ?? DEFAULT_TOOL_STATE.rankOrder;
  state.size = oneOf<SizeMeasure>(P.size, SIZE_MEASURES, 'node size') ?? null;
  return { state, notices };
}
