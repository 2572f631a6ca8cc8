/**
 * Vite plugin: serves the validated, built graph as the virtual module "virtual:allegiance-data",
 * and reloads the page when a data file changes. Invalid data becomes a list of problems for the page to show.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { readDataDir } from '../model/load-files';
import { runPipeline } from '../model/pipeline';
import type { Problem } from '../model/types';

const ID = 'virtual:allegiance-data';
const RESOLVED = '\0' + ID;

/** What the virtual module exports. */
export interface GraphDataModule {
  ok: boolean;
  /** graphology's serialised graph (graph.export()), or null when the data has problems. */
  graph: unknown;
  problems: Problem[];
}

export function graphDataPlugin(options: { dataDir?: string } = {}): Plugin {
  let root = process.cwd();
  const dataDir = () => resolve(root, options.dataDir ?? 'graph-data');
  return {
    name: 'allegiance-graph-data',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const result = runPipeline(readDataDir(dataDir(), root));
      const module: GraphDataModule = { ok: result.ok, graph: result.ok ? result.graph.export() : null, problems: result.problems };
      return `export default ${JSON.stringify(module)};`;
    },
    configureServer(server) {
      server.watcher.add(dataDir());
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(dataDir())) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
