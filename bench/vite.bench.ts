/**
 * The app's own Vite config for the bench's builds, with two bench-only changes:
 * - BENCH_DATA_MODULE=<file.json>: the data module comes from that file, written by
 *   bench/pipeline-timing.ts from the same pipeline, layout and notesData() the app's plugin uses (it
 *   checks, on the notes, that the two give the same module text). This keeps a 10,000-entity build
 *   from running the pipeline a second time. Without it, the app's plugin runs as in `vite build`.
 * - while <graph-canvas> has no renderer switch of its own, a hook passes `renderer: window.__benchRenderer`
 *   to its cytoscape() call. It is inert unless the page sets that global (bench/lib/probe.js does, from
 *   `?bench-renderer=webgl|canvas`), so the build behaves as `vite build` does. Once graph-canvas.ts
 *   mentions `webgl` (its own switch), the hook steps aside.
 *   ALLEGIANCE_DATA=<dir> npx vite build --config bench/vite.bench.ts --outDir <out>
 */
import { readFileSync } from 'node:fs';
import type { Plugin, PluginOption, UserConfig } from 'vite';
import base from '../vite.config';

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

function moduleFromFile(file: string): Plugin {
  return {
    name: 'allegiance-graph-data',
    resolveId: (id) => (id === ID || id in LAZY ? `\0${id}` : undefined),
    load: (id) => {
      if (id === `\0${ID}`) return `export default ${readFileSync(file, 'utf8')};`;
      const lazy = id.startsWith('\0') ? LAZY[id.slice(1)] : undefined;
      return lazy;
    },
  };
}

const config = base as UserConfig;
const moduleFile = process.env.BENCH_DATA_MODULE;
const plugins = ((config.plugins ?? []) as PluginOption[]).flat().filter((p) => !moduleFile || !(p && typeof p === 'object' && 'name' in p && p.name === 'allegiance-graph-data'));

export default {
  ...config,
  plugins: [...plugins, ...(moduleFile ? [moduleFromFile(moduleFile)] : []), rendererHook()],
  logLevel: 'warn',
  build: { ...config.build, chunkSizeWarningLimit: 100000 },
} satisfies UserConfig;
