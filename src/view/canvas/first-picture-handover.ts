/**
 * The hand-over from the first picture (the static SVG the build puts into index.html, first-picture.ts) to Cytoscape:
 * <graph-canvas> takes the picture into its own box when it first renders and drops it once Cytoscape has its
 * elements (it paints them before the browser's next paint); a page that shows no canvas (the problems page) drops it after its first render.
 */
import { FIRST_PICTURE_ID } from './first-picture';

/** Move the page's first picture (if any is still there) into `root`, filling it above the empty canvas. */
export function adoptFirstPicture(root: Node, background: string): SVGElement | null {
  const picture = document.getElementById(FIRST_PICTURE_ID);
  if (!(picture instanceof SVGElement)) return null;
  picture.setAttribute('style', `position:absolute;inset:0;width:100%;height:100%;pointer-events:none;z-index:1;background:${background}`);
  root.appendChild(picture);
  return picture;
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
