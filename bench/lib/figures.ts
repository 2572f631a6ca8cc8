/** The figures the bench reports: names, what they mean, units, and which runs must produce them. */

export interface FigureDef {
  key: string;
  label: string;
  unit: 'ms' | 'MB' | 'KB' | 'px';
  meaning: string;
}

export const FIGURES: FigureDef[] = [
  { key: 'navDrawn', label: 'Navigation → graph drawn', unit: 'ms', meaning: 'from navigation start (cold cache, new browser context) to the end of the first Cytoscape frame after `graph-drawn`' },
  { key: 'firstPicture', label: 'Navigation → first picture', unit: 'ms', meaning: 'from navigation start to the first contentful paint when the page holds the build\'s static picture of the graph (#first-picture), else to the first Cytoscape frame (= drawn)' },
  { key: 'navInteractive', label: 'Navigation → interactive', unit: 'ms', meaning: 'the later of "drawn" and the end of the last long task (≥ 50 ms) before 500 ms without one' },
  { key: 'yearStep', label: 'Year step → canvas shows it', unit: 'ms', meaning: 'slider moved one year (input event at the start of a frame) to the end of the Cytoscape frame that draws the change' },
  { key: 'filterToggle', label: 'Filter (entity kind) → canvas', unit: 'ms', meaning: 'a kind checkbox clicked off or on, to the end of the frame that draws it' },
  { key: 'keystroke', label: 'Search keystroke → suggestions', unit: 'ms', meaning: 'one more character in the search field to the new suggestions rendered and laid out (includes the first keystroke)' },
  { key: 'keystrokeFirst', label: '… first keystroke (loads search)', unit: 'ms', meaning: 'the first keystroke, which loads the search code and builds its index' },
  { key: 'select', label: 'Click entity → panel shows it', unit: 'ms', meaning: 'real mouse click on a node, from the mouseup event to the details panel showing its label, laid out' },
  { key: 'focusOn', label: 'Focus on (1 step) → canvas', unit: 'ms', meaning: 'focus radio "1 step" clicked, to the end of the frame that draws it' },
  { key: 'focusOff', label: 'Focus off → canvas', unit: 'ms', meaning: 'focus radio "Off" clicked, to the end of the frame that draws it' },
  { key: 'rearrange', label: 'Re-arrange → last frame', unit: 'ms', meaning: '"Re-arrange" clicked to the last frame drawn once nothing moved for 400 ms (layout in the page plus its 350 ms animation)' },
  { key: 'panZoomFrame', label: 'Pan/zoom frame interval', unit: 'ms', meaning: 'time between frames while panning then zooming one small step per frame (16.7 = 60 fps)' },
  { key: 'panZoomRender', label: 'Pan/zoom draw time', unit: 'ms', meaning: 'time Cytoscape spends drawing one frame during the pan/zoom' },
  { key: 'labelFirst', label: 'Smallest label, first view (1366×768)', unit: 'px', meaning: 'smallest on-screen font (CSS px) among the labels drawn, measured in the page (graph-canvas renderedLabelSizes), once the view is still' },
  { key: 'labelSelect', label: 'Smallest label, Zinoviev selected (1366)', unit: 'px', meaning: 'the same, after choosing Zinoviev in the search' },
  { key: 'labelFocusYear', label: 'Smallest label, focus 1 step + 1926 (1366)', unit: 'px', meaning: 'the same, after focus "1 step" and the year 1926' },
  { key: 'label1920First', label: 'Smallest label, first view (1920×1080)', unit: 'px', meaning: 'the same, first view on a 1920×1080 screen' },
  { key: 'label1920Tap', label: 'Smallest label, after a tap (1920)', unit: 'px', meaning: 'the same, after a click on the best-connected entity in view' },
  { key: 'pathPipeline', label: 'Folder picked → pipeline done (worker)', unit: 'ms', meaning: 'the whole path: from the folder input\'s change event to the status "Laying out" (files read, validated and built in the pipeline worker)' },
  { key: 'pathLayout', label: 'Layout in the worker', unit: 'ms', meaning: 'the whole path: while the status says "Laying out" (the app\'s layout worker: fcose up to 800 entities, ForceAtlas2 above)' },
  { key: 'pathDrawn', label: 'Folder picked → graph drawn', unit: 'ms', meaning: 'the whole path: to the end of the first Cytoscape frame of the picked graph' },
  { key: 'pathInteractive', label: 'Folder picked → interactive', unit: 'ms', meaning: 'the whole path: the later of drawn and the end of the last long task before 500 ms without one' },
  { key: 'heapMB', label: 'JS heap after load', unit: 'MB', meaning: 'CDP Runtime.getHeapUsage usedSize after a forced garbage collection, once interactive' },
];

/** Figures each kind of run must produce (the smoke check fails when one is missing or NaN). */
export const REQUIRED: Record<'app' | 'baseline' | 'floor' | 'path', string[]> = {
  app: ['navDrawn', 'firstPicture', 'navInteractive', 'heapMB', 'yearStep', 'filterToggle', 'keystroke', 'select', 'focusOn', 'focusOff', 'rearrange', 'panZoomFrame'],
  baseline: ['navDrawn', 'navInteractive', 'heapMB', 'yearStep', 'filterToggle'],
  floor: ['navDrawn', 'navInteractive'],
  path: ['pathPipeline', 'pathLayout', 'pathDrawn', 'pathInteractive', 'yearStep', 'select', 'panZoomFrame'],
};

export const figure = (key: string): FigureDef => FIGURES.find((f) => f.key === key) ?? { key, label: key, unit: 'ms', meaning: '' };
