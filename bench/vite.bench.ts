/**
 * The app's own Vite config for the bench's builds, with two bench-only changes:
 * - BENCH_DATA_MODULE=<file.json>: the data module comes from that file, written by
 *   bench/pipeline-timing.ts from the same pipeline, layout and notesData() the app's plugin uses (it
 *   checks, on the notes, that the two give the same module text). This keeps a 10,000-entity build
 *   from running the pipeline a second time. Without it, the app's plugin runs as in `vite build`.
 * - with BENCH_DATA_MODULE, the static first picture goes into index.html as the app's plugin puts it
 *   (src/view/canvas/first-picture.ts), so every size is measured with it;
 * - while <graph-canvas> has no renderer switch of its own, a hook passes `renderer: window.__benchRenderer`
 *   to its cytoscape() call. It is inert unless the page sets that global (bench/lib/probe.js does, from
 *   `?bench-renderer=webgl|canvas`), so the build behaves as `vite build` does. Once graph-canvas.ts
 *   mentions `webgl` (its own switch), the hook steps aside.
 *   ALLEGIANCE_DATA=<dir> npx vite build --config bench/vite.bench.ts --outDir <out>
 */
import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import type { Plugin, PluginOption, UserConfig } from 'vite';
import base from '../vite.config';
import { expandGraph, isCompactGraph } from '../src/model/compact-graph';
import type { AllegianceGraph } from '../src/model/types';
import { firstPictureSvg } from '../src/view/canvas/first-picture';

export const HOOK = '...(globalThis.__benchRenderer ? { renderer: globalThis.__benchRenderer } : {}),';
const ID = 'virtual:allegiance-data';

function rendererHook(): Plugin {
  return {
    name: 'bench-renderer-hook',
    enforce: 'pre',
    transform(code, id) {
      if (!/src[\\/]view[\\/]graph-canvas\.ts$/.test(id) || /webgl/i.test(code)) return undefined;
      const at = code.search(/cytoscape\(\{/);
      if (at < 0) return undefined;
      const open = at + 'cytoscape({'.length;
      return { code: `${code.slice(0, open)} ${HOOK}${code.slice(open)}`, map: null };
    },
  };
}

/**
 * The app plugin's other, lazily loaded modules, which the bench does not measure: no storylines, and an empty
 * reading of the notes (the Notes view is not part of the bench's scenarios).
 */
const LAZY: Record<string, string> = {
  'virtual:allegiance-storylines': 'export default {"storylines":[]};',
  'virtual:allegiance-notes': 'export default {"title":"","slides":[]};',
};

/** The first picture the app's plugin puts into index.html, drawn from the module file's graph and positions. */
function pictureOf(file: string): string {
  const module = JSON.parse(readFileSync(file, 'utf8')) as { ok: boolean; graph: unknown; positions: Record<string, { x: number; y: number }> };
  if (!module.ok || !module.graph) return '';
  const graph: AllegianceGraph = new MultiDirectedGraph();
  graph.import((isCompactGraph(module.graph as never) ? expandGraph(module.graph as never) : module.graph) as never);
  return firstPictureSvg(graph, module.positions);
}

function moduleFromFile(file: string): Plugin {
  return {
    name: 'allegiance-graph-data',
    // As the app's plugin does in a build: the static first picture in index.html.
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const picture = pictureOf(file);
        return picture ? html.replace('<body>', `<body>\n    ${picture}`) : html;
      },
    },
    resolveId: (id) => (id === ID || id in LAZY ? `\0${id}` : undefined),
    load: (id) => {
      if (id === `\0${ID}`) return `export default ${readFileSync(file, 'utf8')};`;
      const lazy = id.startsWith('\0') ? LAZY[id.slice(1)] : undefined;
      return lazy;
    },
  };
}

/**
 * The offline build's service worker precaches files up to the app's limit (src/vite/offline.ts); a synthetic
 * dataset's data chunk can pass it (16 MB at 10,000 entities), and vite-plugin-pwa then fails the build. The bench
 * still builds and measures the app there, without a service worker, and says so (a BENCH-NOTE line run.ts reports).
 */
function tolerateOversizePrecache(plugin: PluginOption): PluginOption {
  if (!plugin || typeof plugin !== 'object' || !('name' in plugin) || plugin.name !== 'vite-plugin-pwa:build') return plugin;
  const hook = (plugin as Plugin).closeBundle;
  if (!hook) return plugin;
  const run = typeof hook === 'function' ? hook : hook.handler;
  const wrapped = async function (this: unknown, ...args: unknown[]) {
    try {
      await (run as (...a: unknown[]) => unknown).apply(this, args);
    } catch (err) {
      const text = String(err instanceof Error ? err.message : err);
      if (!/maximumFileSizeToCacheInBytes/.test(text)) throw err;
      const assets = text.split('\n').filter((l) => /^\s*- /.test(l)).map((l) => l.trim().slice(2)).join('; ');
      process.stderr.write(`BENCH-NOTE: the app's offline build refuses this size (its service worker precaches files up to 10 MiB: ${assets}); measured without a service worker\n`);
    }
  };
  return { ...(plugin as Plugin), closeBundle: typeof hook === 'function' ? wrapped : { ...hook, handler: wrapped } } as Plugin;
}

const config = base as UserConfig;
const moduleFile = process.env.BENCH_DATA_MODULE;
const plugins = ((config.plugins ?? []) as PluginOption[]).flat().filter((p) => !moduleFile || !(p && typeof p === 'object' && 'name' in p && p.name === 'allegiance-graph-data'))
  .map((p) => (moduleFile ? tolerateOversizePrecache(p) : p));

export default {
  ...config,
  plugins: [...plugins, ...(moduleFile ? [moduleFromFile(moduleFile)] : []), rendererHook()],
  logLevel: 'warn',
  build: { ...config.build, chunkSizeWarningLimit: 100000 },
} satisfies UserConfig;
