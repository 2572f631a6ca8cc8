/**
 * A zoom by the user's wheel or pinch on a large graph, followed to its end. While it lasts Cytoscape moves a
 * snapshot of the last frame (textureOnViewport: src/app/canvas/viewport-options.ts), so placing labels for every
 * zoom step would restyle nodes nobody sees (and hold up the next step); they are placed once, when the wheel has been
 * still for QUIET_MS, just before Cytoscape's own end of the gesture (150 ms after the last wheel event) draws in full.
 */
import type { Core } from 'cytoscape';

/** Quiet time that ends a gesture: under Cytoscape's 150 ms, so the labels are in its one full redraw. */
export const QUIET_MS = 140;

export class ZoomGesture {
  /** The quiet time's timer while a gesture lasts (0: none). A timer, not a deadline: a long frame (Cytoscape drawing
   * its snapshot) may outlast the quiet time, but the gesture ends only when this timer has run, after that frame. */
  private timer = 0;
  private readonly onZoom = (): void => this.moved();

  /** Follow `cy`'s user zooms; `settled` runs once each gesture has ended. */
  constructor(
    private readonly cy: Core,
    private readonly settled: () => void,
    private readonly quietMs = QUIET_MS,
  ) {
    cy.on('scrollzoom pinchzoom', this.onZoom);
  }

  /** Whether the user is zooming now: a wheel or pinch step whose quiet time has not run yet. */
  get active(): boolean {
    return this.timer !== 0;
  }

  private moved(): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = 0;
      this.settled();
    }, this.quietMs);
  }

  /** Stop following (the instance is being destroyed). */
  dispose(): void {
    clearTimeout(this.timer);
    this.timer = 0;
    if (!this.cy.destroyed()) this.cy.off('scrollzoom pinchzoom', this.onZoom);
  }
}
