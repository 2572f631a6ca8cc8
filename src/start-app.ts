/** The app itself, imported by the entry (src/main.ts) once the first picture has painted: the app element and the offline app's update notice. */
import './view/shell/allegiance-app';
import './view/offline/update-notice';
import { dropUnadoptedFirstPicture } from './view/canvas/first-picture-handover';

// The build's first picture is taken over by the graph canvas; a page without one (the problems page) drops it.
dropUnadoptedFirstPicture(customElements.whenDefined('allegiance-app').then(() => document.querySelector('allegiance-app')?.updateComplete));
