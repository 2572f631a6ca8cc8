/**
 * Synthetic data folders shaped like the real notes' graph, for measuring how the app scales.
 *
 * From the real graph (built by the same pipeline from graph-data/) the generator takes the shape:
 * entity kinds and their dates, label/alias/summary lengths and degrees; relation types with the kinds
 * at their ends, dates, certainty, evidence counts and quote lengths; bullets per slide and bullet
 * lengths. It then writes a data folder of `entities` entities with the same proportions:
 *   notes/synthetic.txt        slides ending "N of M", bullets naming the entities
 *   relation-types.yaml        the real file, byte for byte
 *   entities/part-NN.yaml      entities with unique made-up names (pseudo-Russian words)
 *   relations/part-NN.yaml     relations whose every quote is verbatim on the slide it cites
 * Ends of relations are drawn from per-kind pools in which each entity appears as often as the degree
 * of the real entity it was modelled on (a configuration model), so the degree distribution follows the
 * real one. Deterministic: the same real data and seed give the same files.
 *
 * CLI: `npx tsx bench/synthetic.ts --entities 5000 [--seed 1] --out bench/results/data-5000`
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDataDir } from '../src/node/load-files';
import { parseNotes } from '../src/model/notes';
import { runPipeline } from '../src/model/pipeline';
import type { AllegianceGraph, Certainty, DateSource, EntityKind, Notes } from '../src/model/types';
import { MIN_QUOTE_LENGTH, type RawData } from '../src/model/validate';
import { mulberry32 } from '../src/layout/seeded-random';

/** What the generator samples from: one record per real entity, relation, slide and bullet. */
export interface RealShape {
  entities: { kind: EntityKind; start?: string; end?: string; dateSource: DateSource; labelWords: number; aliasCount: number; summaryWords: number; degree: number }[];
  relations: {
    type: string;
    sourceKind: EntityKind;
    targetKind: EntityKind;
    start?: string;
    end?: string;
    certainty: Certainty;
    dateSource: DateSource;
    /** Words in each evidence quote. */
    quoteWords: number[];
    noteWords: number;
  }[];
  /** Kinds each relation type allows at its ends (for the rare fallback when a kind has no entities). */
  typeKinds: Record<string, { source: EntityKind[]; target: EntityKind[] }>;
  bulletsPerSlide: number[];
  headingsPerSlide: number[];
  bulletWords: number[];
  bulletCount: number;
}

const words = (text: string | undefined) => (text ? text.split(/\s+/).filter(Boolean).length : 0);

/** The shape of a built graph and its notes. */
export function realShape(graph: AllegianceGraph, notes: Notes): RealShape {
  const entities = graph.mapNodes((id, a) => ({
    kind: a.kind,
    ...(a.start ? { start: a.start } : {}),
    ...(a.end ? { end: a.end } : {}),
    dateSource: a.dateSource,
    labelWords: Math.min(6, Math.max(1, words(a.label))),
    aliasCount: Math.min(6, a.aliases.length),
    summaryWords: words(a.summary),
    degree: graph.degree(id),
  }));
  const relations = graph.mapEdges((_key, a, source, target) => ({
    type: a.type,
    sourceKind: graph.getNodeAttribute(source, 'kind'),
    targetKind: graph.getNodeAttribute(target, 'kind'),
    ...(a.start ? { start: a.start } : {}),
    ...(a.end ? { end: a.end } : {}),
    certainty: a.certainty,
    dateSource: a.dateSource,
    quoteWords: a.evidence.map((e) => Math.max(1, words(e.quote))),
    noteWords: words(a.note),
  }));
  const typeKinds: RealShape['typeKinds'] = {};
  for (const [id, t] of Object.entries(graph.getAttribute('relationTypes'))) typeKinds[id] = { source: t.sourceKinds, target: t.targetKinds };
  const bullets = notes.slides.flatMap((s) => s.bullets);
  return {
    entities,
    relations,
    typeKinds,
    bulletsPerSlide: notes.slides.map((s) => s.bullets.length).filter((n) => n > 0),
    headingsPerSlide: notes.slides.map((s) => s.headings.length),
    bulletWords: bullets.map((b) => Math.max(1, words(b.text))),
    bulletCount: bullets.length,
  };
}

/** The real data folder's shape and its relation-types.yaml text. Throws when the real data does not validate. */
export function readRealShape(dataDir = 'graph-data'): { shape: RealShape; relationTypesText: string } {
  const raw = readDataDir(dataDir);
  const result = runPipeline(raw);
  if (!result.ok) throw new Error(`the real data in ${dataDir} has ${result.problems.length} problems; fix them before generating synthetic data`);
  return { shape: realShape(result.graph, parseNotes(raw.notes.text)), relationTypesText: raw.relationTypes.text };
}

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [xs[i], xs[j]] = [xs[j]!, xs[i]!];
    }
    return xs;
  }
}

/** Draws every item of a list once in a shuffled order, then reshuffles: exact proportions over each cycle. */
class Cycler<T> {
  private order: T[] = [];
  private at = 0;
  constructor(
    private readonly items: readonly T[],
    private readonly rnd: Random,
  ) {}
  get size(): number {
    return this.items.length;
  }
  next(): T {
    if (this.at >= this.order.length) {
      this.order = this.rnd.shuffle([...this.items]);
      this.at = 0;
    }
    return this.order[this.at++]!;
  }
}

const ONSETS = ['b', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'sh', 'ch', 'zh', 'kr', 'st', 'gr', 'br', 'dr', 'sv', 'pl'];
const VOWELS = ['a', 'e', 'i', 'o', 'u'];
const CODAS = ['', '', 'n', 'v', 'k', 'r', 'sk', 'ov', 'in', 'ev', 'ko'];
/** Ordinary words for the rest of each bullet and summary; never used in a name. */
const FILLER = (
  'the and of in to was by with against after before their government party power policy peasants workers economy ' +
  'state army congress committee support opposition leaders members central new war land grain industry trade ' +
  'control reform people country soviet decree years early late moved sought argued claimed many most some all ' +
  'during under over from into while because which that this these those when then also still only'
).split(' ');
const FILLER_SET = new Set(FILLER);

/** Made-up words and names, each name unique (case-insensitively) across the whole data set. */
class Namer {
  private readonly taken = new Set<string>();
  constructor(private readonly rnd: Random) {}
  word(): string {
    for (;;) {
      const syllables = 2 + (this.rnd.next() < 0.35 ? 1 : 0);
      let w = '';
      for (let i = 0; i < syllables; i++) w += this.rnd.pick(ONSETS) + this.rnd.pick(VOWELS);
      w += this.rnd.pick(CODAS);
      if (!FILLER_SET.has(w)) return w;
    }
  }
  /** A new name of `n` capitalised words, not used before. */
  name(n: number): string {
    for (;;) {
      const name = Array.from({ length: n }, () => capitalise(this.word())).join(' ');
      if (this.claim(name)) return name;
    }
  }
  /** Reserve a name; false when it is already someone's. */
  claim(name: string): boolean {
    const key = name.toLowerCase();
    if (this.taken.has(key)) return false;
    this.taken.add(key);
    return true;
  }
}

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const slug = (label: string) => label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const q = (s: string) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar

export interface SyntheticOptions {
  entities: number;
  seed?: number;
}

/** A generated data folder: every file as {path inside the folder, text}, and what it holds. */
export interface SyntheticData {
  files: { path: string; text: string }[];
  counts: { entities: number; relations: number; slides: number; bullets: number; evidence: number };
}

interface GenEntity {
  id: string;
  label: string;
  kind: EntityKind;
  aliases: string[];
  model: RealShape['entities'][number];
}

interface GenRelation {
  source: GenEntity;
  target: GenEntity;
  model: RealShape['relations'][number];
  /** Bullet index per evidence item, then the slide number once slides are cut. */
  evidence: { bullet: number; quote: string }[];
}

/** Generate a synthetic data folder of `options.entities` entities shaped like `shape`. */
export function generateSynthetic(shape: RealShape, relationTypesText: string, options: SyntheticOptions): SyntheticData {
  const n = Math.max(1, Math.floor(options.entities));
  const rnd = new Random(options.seed ?? 1);
  const namer = new Namer(rnd);
  const scale = n / shape.entities.length;

  // Entities: cycle through the real ones, so kinds, dates and degrees keep their proportions.
  const entityModels = new Cycler(shape.entities, rnd);
  const entities: GenEntity[] = [];
  for (let i = 0; i < n; i++) {
    const model = entityModels.next();
    const label = namer.name(model.labelWords);
    const aliases: string[] = [];
    if (model.aliasCount > 0) aliases.push(label.toLowerCase()); // as real aliases often are: the label as the notes write it
    for (let k = 1; k < model.aliasCount; k++) aliases.push(namer.name(1 + rnd.int(2)));
    entities.push({ id: slug(label), label, kind: model.kind, aliases, model });
  }

  // Relation ends: per-kind pools, each entity in its pool as many times as its model's degree.
  const pools = new Map<EntityKind, Cycler<GenEntity>>();
  const byKind = new Map<EntityKind, GenEntity[]>();
  for (const e of entities) {
    const stubs = byKind.get(e.kind) ?? [];
    for (let d = 0; d < Math.max(0, e.model.degree); d++) stubs.push(e);
    byKind.set(e.kind, stubs);
  }
  for (const [kind, stubs] of byKind) if (stubs.length) pools.set(kind, new Cycler(stubs, rnd));
  const end = (kind: EntityKind, allowed: EntityKind[] | undefined): GenEntity => {
    const pool = pools.get(kind) ?? (allowed ?? []).map((k) => pools.get(k)).find(Boolean) ?? [...pools.values()][0]!;
    return pool.next();
  };

  const relationCount = Math.max(1, Math.round(shape.relations.length * scale));
  const relationModels = new Cycler(shape.relations, rnd);
  const relations: GenRelation[] = [];
  for (let i = 0; i < relationCount; i++) {
    const model = relationModels.next();
    const kinds = shape.typeKinds[model.type];
    const source = end(model.sourceKind, kinds?.source);
    let target = end(model.targetKind, kinds?.target);
    for (let tries = 0; target === source && tries < 8; tries++) target = end(model.targetKind, kinds?.target);
    relations.push({ source, target, model, evidence: [] });
  }
  // The notes run roughly in time order, as the real ones do: undated relations fall anywhere.
  const year = (r: GenRelation) => (r.model.start ? Number(r.model.start.slice(0, 4)) : 1900 + rnd.int(60));
  const keyed = relations.map((r) => ({ r, y: year(r), tie: rnd.next() }));
  keyed.sort((a, b) => a.y - b.y || a.tie - b.tie);
  relations.splice(0, relations.length, ...keyed.map((k) => k.r));

  // Bullets: one per evidence item (its quote is a run of the bullet's words), plus filler bullets.
  const bulletWords = new Cycler(shape.bulletWords, rnd);
  const filler = (count: number) => Array.from({ length: Math.max(0, count) }, () => rnd.pick(FILLER));
  const nameOf = (e: GenEntity) => (e.aliases.length > 1 && rnd.next() < 0.25 ? rnd.pick(e.aliases.slice(1)) : e.label);
  const bullets: string[] = [];
  for (const r of relations) {
    r.model.quoteWords.forEach((quoteWords, k) => {
      const y = r.model.start ? r.model.start.slice(0, 4) : '';
      let head: string[];
      if (k === 0) head = [...nameOf(r.source).split(' '), ...r.model.type.split('-'), ...nameOf(r.target).split(' '), ...(y ? ['in', y] : [])];
      else head = [...filler(1 + rnd.int(3)), ...nameOf(k % 2 ? r.target : r.source).split(' ')];
      const total = Math.max(head.length + 1, bulletWords.next());
      const text = [...head, ...filler(total - head.length)];
      let quoteLength = Math.min(text.length, Math.max(head.length, quoteWords));
      // The validator refuses quotes too short to be evidence: lengthen such a one by the bullet's next words.
      while (quoteLength < text.length && text.slice(0, quoteLength).join(' ').length < MIN_QUOTE_LENGTH) quoteLength++;
      r.evidence.push({ bullet: bullets.length, quote: text.slice(0, quoteLength).join(' ') });
      bullets.push(text.join(' '));
    });
  }
  const evidenceCount = bullets.length;
  const fillerBullets = Math.max(0, Math.round(shape.bulletCount * scale) - evidenceCount);
  // Filler bullets go in at random places; remember where each evidence bullet ends up.
  const placed: { text: string; from: number | null }[] = [];
  const evidenceSlots = bullets.length;
  let e = 0;
  let f = 0;
  while (e < evidenceSlots || f < fillerBullets) {
    const takeFiller = f < fillerBullets && (e >= evidenceSlots || rnd.next() < fillerBullets / (fillerBullets + evidenceSlots));
    if (takeFiller) {
      const someone = rnd.pick(entities);
      const text = [...filler(1 + rnd.int(4)), ...(rnd.next() < 0.6 ? nameOf(someone).split(' ') : []), ...filler(Math.max(2, bulletWords.next() - 4))];
      placed.push({ text: text.join(' '), from: null });
      f++;
    } else {
      placed.push({ text: bullets[e]!, from: e });
      e++;
    }
  }

  // Slides: bullets cut into slides with the real bullets-per-slide counts; a sub-heading now and then.
  const perSlide = new Cycler(shape.bulletsPerSlide.length ? shape.bulletsPerSlide : [8], rnd);
  const headingsPer = new Cycler(shape.headingsPerSlide.length ? shape.headingsPerSlide : [0], rnd);
  const slideOfBullet = new Array<number>(bullets.length);
  const slides: { title: string; lines: string[] }[] = [];
  for (let at = 0; at < placed.length; ) {
    const count = Math.max(1, perSlide.next());
    const headings = Math.min(count - 1, headingsPer.next());
    const number = slides.length + 1;
    const title = number === 1 ? `Synthetic notes: ${n} entities` : `${capitalise(namer.word())} ${rnd.pick(FILLER)} ${capitalise(namer.word())}`;
    const lines: string[] = [];
    const headingAt = new Set(Array.from({ length: headings }, () => 1 + rnd.int(Math.max(1, count - 1))));
    for (let k = 0; k < count && at < placed.length; k++, at++) {
      if (headingAt.has(k)) lines.push('', `${capitalise(namer.word())} ${rnd.pick(FILLER)} ${namer.word()}:`, '');
      const b = placed[at]!;
      lines.push(`  • ${b.text}`);
      if (b.from !== null) slideOfBullet[b.from] = number;
    }
    slides.push({ title, lines });
  }
  const notesText = slides.map((s, i) => `${s.title}\n\n${s.lines.join('\n')}\n${i + 1} of ${slides.length}\n`).join('\n');

  // YAML files: entities in parts of 500, relations in parts of 1,000, like topic files.
  const files: SyntheticData['files'] = [
    { path: 'notes/synthetic.txt', text: notesText },
    { path: 'relation-types.yaml', text: relationTypesText },
  ];
  const sentence = (count: number) => (count > 0 ? `${capitalise([namer.word(), ...filler(count - 1)].join(' '))}.` : '');
  const entityYaml = entities.map((en) => {
    const m = en.model;
    const lines = [`- id: ${en.id}`, `  label: ${q(en.label)}`, `  kind: ${en.kind}`, `  aliases: [${en.aliases.map(q).join(', ')}]`];
    if (m.start) lines.push(`  start: ${q(m.start)}`);
    if (m.end) lines.push(`  end: ${q(m.end)}`);
    if (m.dateSource !== 'notes') lines.push(`  dateSource: ${m.dateSource}`);
    if (m.summaryWords) lines.push(`  summary: ${q(sentence(m.summaryWords))}`);
    return lines.join('\n');
  });
  const relationYaml = relations.map((r) => {
    const m = r.model;
    const lines = [`- source: ${r.source.id}`, `  type: ${m.type}`, `  target: ${r.target.id}`];
    if (m.start) lines.push(`  start: ${q(m.start)}`);
    if (m.end) lines.push(`  end: ${q(m.end)}`);
    if (m.certainty !== 'stated') lines.push(`  certainty: ${m.certainty}`);
    if (m.dateSource !== 'notes') lines.push(`  dateSource: ${m.dateSource}`);
    lines.push('  evidence:');
    for (const ev of r.evidence) lines.push(`    - slide: ${slideOfBullet[ev.bullet]}`, `      quote: ${q(ev.quote)}`);
    if (m.noteWords) lines.push(`  note: ${q(sentence(m.noteWords))}`);
    return lines.join('\n');
  });
  const parts = (records: string[], size: number, folder: string, what: string) => {
    for (let i = 0; i * size < records.length; i++) {
      const body = records.slice(i * size, (i + 1) * size).join('\n\n');
      files.push({ path: `${folder}/part-${String(i + 1).padStart(2, '0')}.yaml`, text: `# Synthetic ${what} (bench/synthetic.ts, seed ${options.seed ?? 1}).\n\n${body}\n` });
    }
  };
  parts(entityYaml, 500, 'entities', 'entities');
  parts(relationYaml, 1000, 'relations', 'relations');

  return {
    files,
    counts: { entities: entities.length, relations: relations.length, slides: slides.length, bullets: placed.length, evidence: evidenceCount },
  };
}

/** The generated files as the pipeline's RawData (paths under `base`), without touching the disk. */
export function asRawData(data: SyntheticData, base = 'synthetic'): RawData {
  const file = (p: { path: string; text: string }) => ({ file: `${base}/${p.path}`, text: p.text });
  const notes = data.files.find((f) => f.path.startsWith('notes/'))!;
  const types = data.files.find((f) => f.path === 'relation-types.yaml')!;
  return {
    notes: file(notes),
    relationTypes: file(types),
    entities: data.files.filter((f) => f.path.startsWith('entities/')).map(file),
    relations: data.files.filter((f) => f.path.startsWith('relations/')).map(file),
  };
}

/** Write a generated folder to `dir`, replacing what was there. */
export function writeSynthetic(dir: string, data: SyntheticData): void {
  rmSync(dir, { recursive: true, force: true });
  for (const f of data.files) {
    const path = join(dir, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.text);
  }
}

/** Generate and write a folder for `entities` entities; returns its counts. */
export function generateFolder(dir: string, entities: number, seed = 1, realDir = 'graph-data'): SyntheticData['counts'] {
  const { shape, relationTypesText } = readRealShape(realDir);
  const data = generateSynthetic(shape, relationTypesText, { entities, seed });
  writeSynthetic(dir, data);
  return data.counts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const entities = Number(arg('entities') ?? 1000);
  const seed = Number(arg('seed') ?? 1);
  const out = arg('out') ?? `bench/results/data-${entities}`;
  const counts = generateFolder(out, entities, seed);
  process.stdout.write(`${out}: ${JSON.stringify(counts)}\n`);
}
