/**
 * Cytoscape, loaded on first use: it is a chunk of its own (about 136 kB gzip), kept out of the first load
 * while the build's first picture stands in for the graph. Every Cytoscape user in the view awaits this one load.
 */
import type cytoscape from 'cytoscape';

export type Cytoscape = typeof cytoscape;

let pending: Promise<Cytoscape> | null = null;

/** Start loading Cytoscape (at most once; a failed load is tried again on the next call) and resolve to it. */
export function loadCytoscape(): Promise<Cytoscape> {
  pending ??= import('cytoscape').then(
    (module) => module.default,
    (err: unknown) => {
      pending = null;
      throw new Error(`the graph drawing code could not be loaded (${err instanceof Error ? err.message : String(err)})`, { cause: err });
    },
  );
  return pending;
}
