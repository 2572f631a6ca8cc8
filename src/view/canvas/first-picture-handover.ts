/**
 * The hand-over from the first picture to Cytoscape. The built-in graph's picture is the static SVG the build puts
 * into index.html (first-picture.ts); a dataset opened at run time gets one drawn by <graph-canvas> from the positions
 * it is given, with the same function. <graph-canvas> takes the picture into its own box, frames it as Cytoscape's
 * first frame will be (first-picture-frame.ts), lets it paint, and drops it once Cytoscape has its elements (it paints
 * them before the browser's next paint); a page that shows no canvas (the problems page) drops it after its first render.
 */
import type { Viewport } from '../../app/canvas/framing';
import { FIRST_PICTURE_ID } from './first-picture';
import { pictureFontSize, pictureViewBox } from './first-picture-frame';

/** Place `picture` in `root`, filling it above the empty canvas (under the Key, which comes after it). */
function placePicture(root: ParentNode, picture: SVGElement, background: string): SVGElement {
  picture.setAttribute('style', `position:absolute;inset:0;width:100%;height:100%;pointer-events:none;z-index:1;background:${background}`);
  root.insertBefore(picture, root.querySelector('graph-legend'));
  return picture;
}

/** Move the page's first picture (if any is still there) into `root`, filling it above the empty canvas. */
export function adoptFirstPicture(root: ParentNode, background: string): SVGElement | null {
  const picture = document.getElementById(FIRST_PICTURE_ID);
  return picture instanceof SVGElement ? placePicture(root, picture, background) : null;
}

/** Show `markup` (firstPictureSvg's, its text escaped) in `root` as the picture; null when there is none. */
export function showPicture(root: ParentNode, markup: string, background: string): SVGElement | null {
  if (!markup) return null;
  // Parsed as the page's own HTML is (an inert template: nothing in it runs), so the <svg> is in the SVG namespace.
  const template = document.createElement('template');
  template.innerHTML = markup;
  const picture = template.content.firstElementChild;
  return picture instanceof SVGElement ? placePicture(root, document.importNode(picture, true), background) : null;
}

/** Frame the picture of a `width`×`height` box as `viewport` frames the canvas, its labels at the canvas's size (floor `floorPx`). */
export function framePicture(picture: SVGElement, viewport: Viewport, width: number, height: number, floorPx: number): void {
  picture.setAttribute('viewBox', pictureViewBox(viewport, width, height));
  const names = picture.querySelector('g[font-size]');
  if (!names) return;
  names.setAttribute('font-size', String(pictureFontSize(viewport.zoom, floorPx)));
  names.setAttribute('stroke-width', String(3 / viewport.zoom));
}

/** Resolves after the browser has painted the current frame (a frame callback, then a task after it); at once in a hidden tab, which paints nothing. */
export function afterNextPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/**
 * Remove the picture once Cytoscape has its elements: Cytoscape paints them in the next animation frame, before the
 * browser's next paint, so no frame is left empty (and the picture never lies over the live graph).
 */
export function dropFirstPicture(picture: Element | null): void {
  picture?.remove();
}

/** Once `app` has rendered (and its elements theirs): a first picture no canvas took is removed. */
export function dropUnadoptedFirstPicture(app: Promise<unknown>): void {
  void app.then(() => setTimeout(() => document.getElementById(FIRST_PICTURE_ID)?.parentElement === document.body && document.getElementById(FIRST_PICTURE_ID)?.remove()));
}
