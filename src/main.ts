/**
 * Entry point, kept tiny: it asks for Cytoscape's chunk first (the longest download), lets the browser paint the
 * build's first picture, then starts the app (src/start-app.ts: the shell, its data and the elements). index.html
 * already preloads the app's chunks (src/vite/preload-app.ts), so waiting for that paint costs no download time; without
 * it, evaluating the app and its data module would hold the first paint back.
 */
import { loadCytoscape } from './view/canvas/load-cytoscape';

// The graph canvas awaits the same load and reports a failure itself.
loadCytoscape().catch(() => undefined);

/** After the next paint (requestAnimationFrame runs just before it); at once in a hidden tab, which does not paint. */
const afterPaint = () =>
  document.visibilityState === 'hidden' ? Promise.resolve() : new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

afterPaint()
  .then(() => import('./start-app'))
  .catch((err: unknown) => {
    const note = document.createElement('p');
    note.setAttribute('role', 'alert');
    note.style.cssText = 'position:fixed;top:1rem;left:1rem;right:1rem;margin:0;padding:0.75rem;background:#fff;border:2px solid #b2182b;z-index:10';
    note.textContent = `Allegiance could not start: ${err instanceof Error ? err.message : String(err)}. Reload the page to try again.`;
    document.body.append(note);
  });
