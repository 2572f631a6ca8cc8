/**
 * Cytoscape, loaded on first use: it is a chunk of its own (about 136 kB gzip), kept out of the first load
 * while the build's first picture stands in for the graph. Every Cytoscape user in the view awaits this one load.
 */
import type cytoscape from 'cytoscape';
import { loadOnce } from '../shared/load-once';

export type Cytoscape = typeof cytoscape;

/** Start loading Cytoscape (at most once; a failed load is tried again on the next call) and resolve to it. */
export const loadCytoscape: () => Promise<Cytoscape> = loadOnce(() =>
  import('cytoscape').then(
    (module) => module.default,
    (err: unknown) => {
      throw new Error(`the graph drawing code could not be loaded (${err instanceof Error ? err.message : String(err)})`, { cause: err });
    },
  ),
);
