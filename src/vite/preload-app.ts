/**
 * Vite plugin: index.html preloads the app (`<link rel="modulepreload">` for src/start-app.ts's chunk and the chunks
 * it imports statically), which the tiny entry (src/main.ts) imports only after the first picture has painted. So the
 * app downloads and compiles while the picture paints, in parallel with the Cytoscape chunk the entry asks for.
 * Cytoscape's own chunk is not preloaded: the first-load budget (scripts/check-bundle-budget.mjs, 220 kB) counts every
 * modulepreload, and it would put the first load at about 290 kB; the entry requests it as its first statement instead.
 * A build that inlines everything (the one-file app) has no such chunk, and gets no link.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The module whose chunk is preloaded. */
export const APP_MODULE = /[\\/]src[\\/]start-app\.ts$/;

/** What the plugin reads of a bundle's chunks (Rollup's OutputChunk has these). */
export interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  isEntry?: boolean;
  imports?: readonly string[];
}

/** The chunk of the module matching `module` and, transitively, the chunks it imports statically, minus the entry chunks and theirs (index.html loads those already). */
export function appPreloads(bundle: Readonly<Record<string, ChunkLike>>, module: RegExp = APP_MODULE): string[] {
  const chunks = Object.values(bundle).filter((c): c is ChunkLike => c.type === 'chunk');
  const app = chunks.find((c) => c.facadeModuleId && module.test(c.facadeModuleId));
  if (!app) return [];
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (start: string[]) => {
    const seen = new Set<string>();
    const queue = [...start];
    while (queue.length) {
      const name = queue.shift()!;
      if (seen.has(name)) continue;
      seen.add(name);
      queue.push(...(byName.get(name)?.imports ?? []));
    }
    return seen;
  };
  const loaded = closure(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
  return [...closure([app.fileName])].filter((name) => !loaded.has(name));
}

export function preloadAppPlugin(): Plugin {
  let base = '/';
  return {
    name: 'allegiance-preload-app',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx): HtmlTagDescriptor[] {
        if (!ctx.bundle) return [];
        return appPreloads(ctx.bundle as Record<string, ChunkLike>).map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}` },
          injectTo: 'head',
        }));
      },
    },
  };
}
