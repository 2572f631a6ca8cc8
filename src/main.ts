/** Entry point: registers the app element, and the offline app's update notice (which registers the service worker). */
import './view/shell/allegiance-app';
import './view/offline/update-notice';
import { dropUnadoptedFirstPicture } from './view/canvas/first-picture-handover';
import { loadCytoscape } from './view/canvas/load-cytoscape';

// Cytoscape is a chunk of its own: ask for it now, before the app's first render, so it loads while the shell,
// search and lists start (the graph canvas awaits the same load and reports a failure itself).
loadCytoscape().catch(() => undefined);

// The build's first picture is taken over by the graph canvas; a page without one (the problems page) drops it.
dropUnadoptedFirstPicture(customElements.whenDefined('allegiance-app').then(() => document.querySelector('allegiance-app')?.updateComplete));
