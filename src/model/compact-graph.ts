/**
 * A compact form of graphology's serialised graph for large datasets' data module: one table of distinct strings,
 * attributes stored by column (strings as indexes into the table), nested records (mentions, evidence) as tuples
 * with their field names once, edge ids left out where they are the usual `source>type>target@start`. Lossless:
 * `expandGraph(compactGraph(g))` equals `g`. Pure.
 */
import type { SerializedGraph } from 'graphology-types';

/** Datasets from this many entities get the compact module; smaller ones keep graph.export() as it is. */
export const COMPACT_MIN_NODES = 1000;

/** A column: strings by index into the table (-1: absent), or any other values (`absent` lists the rows without one). */
type Column = { s: number[] } | { v: unknown[]; absent?: number[] };

export interface CompactGraph {
  format: 'allegiance-compact';
  version: 1;
  options: SerializedGraph['options'];
  attributes: SerializedGraph['attributes'];
  strings: string[];
  nodes: { keys: number[]; columns: Record<string, Column> };
  /** keys: -1 where the key is the usual one (edgeKey), else a string index. */
  edges: { keys: number[]; source: number[]; target: number[]; columns: Record<string, Column> };
}

/** A list of records that all have the same fields, stored once: {$k: fields, $r: rows of values}. */
interface Tuples {
  $k: string[];
  $r: unknown[][];
}

export function isCompactGraph(value: unknown): value is CompactGraph {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === 'allegiance-compact';
}

const usualKey = (source: string, target: string, a: Record<string, unknown> | undefined) => `${source}>${String(a?.type)}>${target}@${typeof a?.start === 'string' ? a.start : 'undated'}`;

/** Records with identical field lists (in order) become tuples; anything else is left as it is, recursively. */
function pack(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const first = value[0] as Record<string, unknown> | undefined;
  if (value.length > 0 && value.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x))) {
    const keys = Object.keys(first!);
    const same = value.every((x) => {
      const k = Object.keys(x as object);
      return k.length === keys.length && k.every((name, i) => name === keys[i]);
    });
    if (same && !keys.includes('$k')) return { $k: keys, $r: value.map((x) => keys.map((k) => pack((x as Record<string, unknown>)[k]))) } satisfies Tuples;
  }
  return value.map(pack);
}

function unpack(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unpack);
  if (typeof value === 'object' && value !== null && '$k' in value && '$r' in value) {
    const { $k, $r } = value as Tuples;
    return $r.map((row) => Object.fromEntries($k.map((k, i) => [k, unpack(row[i])])));
  }
  return value;
}

function columns(rows: readonly (Record<string, unknown> | undefined)[], intern: (s: string) => number): Record<string, Column> {
  const names = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r ?? {})) names.add(k);
  const out: Record<string, Column> = {};
  for (const name of names) {
    const values = rows.map((r) => (r && Object.hasOwn(r, name) ? r[name] : undefined));
    if (values.every((v) => v === undefined || typeof v === 'string')) {
      out[name] = { s: values.map((v) => (v === undefined ? -1 : intern(v as string))) };
    } else {
      const absent = values.flatMap((v, i) => (v === undefined ? [i] : []));
      out[name] = { v: values.map((v) => (v === undefined ? 0 : pack(v))), ...(absent.length ? { absent } : {}) };
    }
  }
  return out;
}

function readColumns(cols: Record<string, Column>, count: number, strings: readonly string[]): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = Array.from({ length: count }, () => ({}));
  for (const [name, col] of Object.entries(cols)) {
    if ('s' in col) {
      col.s.forEach((i, row) => {
        if (i >= 0) rows[row]![name] = strings[i];
      });
    } else {
      const absent = new Set(col.absent ?? []);
      col.v.forEach((v, row) => {
        if (!absent.has(row)) rows[row]![name] = unpack(v);
      });
    }
  }
  return rows;
}

/** The compact form of a serialised graph. */
export function compactGraph(graph: SerializedGraph): CompactGraph {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const intern = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  const nodes = graph.nodes.map((n) => intern(n.key));
  const edges = graph.edges ?? [];
  return {
    format: 'allegiance-compact',
    version: 1,
    options: graph.options,
    attributes: graph.attributes,
    strings,
    nodes: { keys: nodes, columns: columns(graph.nodes.map((n) => n.attributes), intern) },
    edges: {
      keys: edges.map((e) => (e.key !== undefined && e.key === usualKey(e.source, e.target, e.attributes) ? -1 : e.key === undefined ? -2 : intern(e.key))),
      source: edges.map((e) => intern(e.source)),
      target: edges.map((e) => intern(e.target)),
      columns: columns(edges.map((e) => e.attributes), intern),
    },
  };
}

/** Back to graphology's serialised form (for graph.import). Throws on a malformed compact graph. */
export function expandGraph(c: CompactGraph): SerializedGraph {
  const { strings } = c;
  const str = (i: number) => {
    const s = strings[i];
    if (s === undefined) throw new Error(`compact graph: string ${i} is not in the table`);
    return s;
  };
  const nodeAttributes = readColumns(c.nodes.columns, c.nodes.keys.length, strings);
  const edgeAttributes = readColumns(c.edges.columns, c.edges.keys.length, strings);
  return {
    options: c.options,
    attributes: c.attributes,
    nodes: c.nodes.keys.map((k, i) => ({ key: str(k), attributes: nodeAttributes[i] })),
    edges: c.edges.keys.map((k, i) => {
      const source = str(c.edges.source[i]!);
      const target = str(c.edges.target[i]!);
      const attributes = edgeAttributes[i]!;
      const key = k === -1 ? usualKey(source, target, attributes) : k === -2 ? undefined : str(k);
      return { ...(key === undefined ? {} : { key }), source, target, attributes };
    }),
  };
}
