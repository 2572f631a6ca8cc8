/**
 * Vite plugin: serves the validated, built graph as the virtual module "virtual:allegiance-data", the validated
 * storylines as "virtual:allegiance-storylines" (imported lazily: a chunk of its own, off the first load), and
 * reloads the page when a data file changes. Invalid data becomes a list of problems for the page to show. A build also
 * draws the graph into index.html as the first picture (src/view/canvas/first-picture.ts), shown before any script runs.
 */
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Positions } from '../layout/compute-positions';
import { cachedPositions } from '../layout/position-cache';
import { readDataDir } from '../node/load-files';
import { type NotesData, notesData } from '../model/notes-data';
import { COMPACT_MIN_NODES, compactGraph } from '../model/compact-graph';
import { formatProblem } from '../model/format-problem';
import { notesForReading } from '../model/note-lines';
import { parseNotes } from '../model/notes';
import { runPipeline } from '../model/pipeline';
import type { Storyline } from '../model/storylines/schema';
import type { AllegianceGraph, Problem } from '../model/types';
import { firstPictureSvg } from '../view/canvas/first-picture';

export { type NotesData, notesData };

const ID = 'virtual:allegiance-data';
const RESOLVED = '\0' + ID;
const STORY_ID = 'virtual:allegiance-storylines';
const STORY_RESOLVED = '\0' + STORY_ID;

/** What the storylines module exports: the validated storylines ([] when the data has problems). */
export interface StorylinesModule {
  storylines: Storyline[];
}
/** The whole notes (every line of every slide), imported lazily by the Notes view and the notes search: its own chunk. */
const NOTES_ID = 'virtual:allegiance-notes';
const NOTES_RESOLVED = '\0' + NOTES_ID;

/** What the virtual module exports. */
export interface GraphDataModule {
  ok: boolean;
  /** graphology's serialised graph (graph.export(); its compact form from COMPACT_MIN_NODES entities), or null when the data has problems. */
  graph: unknown;
  problems: Problem[];
  /** The parsed notes (slide titles and bullet texts), for the app's excerpts and citations. */
  notes: NotesData;
  /** Ahead-of-time node positions (fcose, fixed seed) by node id; {} when the data has problems. */
  positions: Positions;
}

export function graphDataPlugin(options: { dataDir?: string } = {}): Plugin {
  let root = process.cwd();
  const dataDir = () => resolve(root, options.dataDir ?? 'graph-data');
  let building = false;
  let picture = '';
  return {
    name: 'allegiance-graph-data',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === ID ? RESOLVED : id === STORY_ID ? STORY_RESOLVED : id === NOTES_ID ? NOTES_RESOLVED : undefined;
    },
    load(id) {
      if (id === NOTES_RESOLVED) return `export default ${JSON.stringify(notesForReading(parseNotes(readDataDir(dataDir(), root).notes.text)))};`;
      if (id === STORY_RESOLVED) {
        const result = runPipeline(readDataDir(dataDir(), dirname(dataDir())));
        const module: StorylinesModule = { storylines: result.storylines };
        return `export default ${JSON.stringify(module)};`;
      }
      if (id !== RESOLVED) return undefined;
      // Paths in problems are relative to the data folder's parent ("graph-data/relations/x.yaml"), never the builder's absolute paths.
      const raw = readDataDir(dataDir(), dirname(dataDir()));
      const result = runPipeline(raw);
      for (const w of result.warnings) this.warn(formatProblem(w));
      // A build must not ship invalid data: fail, naming every problem. The dev server shows them in the page instead.
      if (building && !result.ok) {
        this.error(`the graph data has ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}:\n${result.problems.map(formatProblem).join('\n')}`);
      }
      const positions = result.ok ? cachedPositions(result.graph, resolve(root, 'node_modules/.cache/allegiance-layout')).positions : {};
      picture = building && result.ok ? firstPictureSvg(result.graph, positions) : '';
      const module: GraphDataModule = { ok: result.ok, graph: result.ok ? moduleGraph(result.graph) : null, problems: result.problems, notes: notesData(raw.notes.text, result.graph), positions };
      return `export default ${JSON.stringify(module)};`;
    },
    // After the bundle (the data module has been loaded by then): the built-in graph, drawn at its precomputed positions.
    transformIndexHtml: {
      order: 'post',
      handler: (html) => (building && picture ? html.replace('<body>', `<body>\n    ${picture}`) : html),
    },
    configureServer(server) {
      server.watcher.add(dataDir());
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(dataDir())) return;
        for (const resolved of [RESOLVED, STORY_RESOLVED, NOTES_RESOLVED]) {
          const mod = server.moduleGraph.getModuleById(resolved);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}

/** The graph as the data module carries it: compact (string table, columns) for large datasets, else graph.export(). */
export function moduleGraph(graph: AllegianceGraph): unknown {
  return graph.order >= COMPACT_MIN_NODES ? compactGraph(graph.export()) : graph.export();
}
