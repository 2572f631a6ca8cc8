/** The tracing commands: betrayals, path, timeline, changes and rank, as text or --json. */
import { resolveEntity } from '../../model/resolve-entity';
import {
  changesBetween, entityTimeline, formatAt, inForceAt, relationRef, findBetrayals, findPaths, findSideSwitches, formatBetrayals, formatChanges,
  formatPaths, formatRanking, formatSideSwitches, formatTimeline, rankEntities,
} from '../../model/queries';
import { orderedYears, parseTones } from '../../model/query-args';
import { TONES, type AllegianceGraph, type Tone } from '../../model/types';
import { formatProblem } from '../../model/format-problem';
import { type CliContext, loadGraph } from '../context';

type Body = (graph: AllegianceGraph, ctx: CliContext) => { text: string; json: unknown } | number;

/** Load the graph, run the body, print text or JSON. */
function command(body: Body) {
  return (ctx: CliContext): number => {
    const result = loadGraph(ctx);
    if (!result.ok) {
      for (const p of result.problems) ctx.err(formatProblem(p));
      ctx.err('the data has problems: run `npm run graph -- validate`');
      return 1;
    }
    const out = body(result.graph, ctx);
    if (typeof out === 'number') return out;
    ctx.out(ctx.options.json ? JSON.stringify(out.json, null, 2) : out.text);
    return 0;
  };
}

function entityArg(graph: AllegianceGraph, ctx: CliContext, name: string | undefined, what: string): string | null {
  if (!name) {
    ctx.err(`name the ${what} (an id such as "stalin", or a name such as "Trotsky")`);
    return null;
  }
  const r = resolveEntity(graph, name);
  if (r.id !== null) return r.id;
  ctx.err(`no entity called "${name}"` + (r.suggestions.length ? `; did you mean ${r.suggestions.join(', ')}?` : ''));
  return null;
}

function yearArg(ctx: CliContext, value: unknown, what: string): number | undefined | null {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    ctx.err(`${what} must be a year such as 1924, not "${String(value)}"`);
    return null;
  }
  return year;
}

export const betrayals = command((graph) => {
  const found = findBetrayals(graph);
  const switches = findSideSwitches(graph);
  return {
    text: `${formatBetrayals(graph, found)}\n\n${formatSideSwitches(graph, switches)}`,
    json: { betrayals: found, sideSwitches: switches },
  };
});

export const path = command((graph, ctx) => {
  const a = entityArg(graph, ctx, ctx.args[0], 'first entity');
  const b = a && entityArg(graph, ctx, ctx.args[1], 'second entity');
  const [fromYear, toYear] = orderedYears(yearArg(ctx, ctx.options.from, '--from'), yearArg(ctx, ctx.options.to, '--to'));
  if (!a || !b || fromYear === null || toYear === null) return 2;
  let tones: Tone[] | undefined;
  if (ctx.options.tones !== undefined) {
    const parsed = parseTones(String(ctx.options.tones));
    if (parsed.unknown.length || parsed.tones.length === 0) {
      ctx.err(`--tones: ${parsed.unknown.length ? `unknown tone${parsed.unknown.length > 1 ? 's' : ''} ${parsed.unknown.map((t) => `"${t}"`).join(', ')}` : 'no tone given'}; use ${TONES.join(', ')} (comma-separated)`);
      return 2;
    }
    tones = parsed.tones;
  }
  const paths = findPaths(graph, a, b, { fromYear, toYear, tones });
  return { text: formatPaths(graph, a, b, paths), json: paths };
});

export const timeline = command((graph, ctx) => {
  const id = entityArg(graph, ctx, ctx.args.join(' ') || undefined, 'entity');
  if (!id) return 2;
  return { text: formatTimeline(graph, id), json: entityTimeline(graph, id) };
});

export const changes = command((graph, ctx) => {
  const a = yearArg(ctx, ctx.args[0], 'the first year');
  const b = yearArg(ctx, ctx.args[1], 'the second year');
  if (a === undefined || b === undefined || a === null || b === null) {
    if (a === undefined || b === undefined) ctx.err('give two years, e.g. `changes 1924 1929`');
    return 2;
  }
  const result = changesBetween(graph, a, b);
  return { text: formatChanges(result), json: result };
});

/** `at <year>`: the entities and relations in force that year, by the model's inForceAt (the app's slider uses it too). */
export const at = command((graph, ctx) => {
  const year = yearArg(ctx, ctx.args[0], 'the year');
  if (year === undefined || year === null) {
    if (year === undefined) ctx.err('give a year, e.g. `at 1925`');
    return 2;
  }
  const found = inForceAt(graph, year);
  const entities = found.entities.map((id) => ({ id, label: graph.getNodeAttribute(id, 'label'), kind: graph.getNodeAttribute(id, 'kind') }));
  return { text: formatAt(graph, found), json: { year, entities, relations: found.relations.map((edge) => relationRef(graph, edge)) } };
});

export const rank = command((graph, ctx) => {
  const [fromYear, toYear] = orderedYears(yearArg(ctx, ctx.options.from, '--from'), yearArg(ctx, ctx.options.to, '--to'));
  if (fromYear === null || toYear === null) return 2;
  const ranks = rankEntities(graph, { fromYear, toYear });
  return { text: formatRanking(ranks), json: ranks };
});
