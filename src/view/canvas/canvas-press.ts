/**
 * A large graph's press: Cytoscape's redraws are held back from the press until the paint after the release
 * (app/canvas/press-gesture.ts says when), so a click's panel is painted before the canvas redraws.
 * Holding is a Cytoscape batch: what changes meanwhile (the pressed node's `:active` state and drag layer, hover) is
 * applied and drawn once, together with the selection the click made (graph-canvas applies it after the same paint).
 */
import type { Core } from 'cytoscape';
import { PressGesture, type PressStep } from '../../app/canvas/press-gesture';

/**
 * Hold `cy`'s redraws while a pointer is pressed on `container` (pointer events come before the mouse and touch
 * events Cytoscape listens to, so the hold starts before Cytoscape handles the press). After a click, `afterPaint`
 * is given the release (graph-canvas runs it in the task that applies the click's selection). Returns a function that
 * stops listening and lets go of a hold.
 */
export function holdRedrawsWhilePressed(cy: Core, container: HTMLElement, afterPaint: (job: () => void) => void): () => void {
  const gesture = new PressGesture();
  let releaseToken = 0;
  /** Whether this hold's batch is open. */
  let open = false;
  const end = () => {
    releaseToken++;
    if (!open) return;
    open = false;
    if (!cy.destroyed()) cy.endBatch();
  };
  const apply = (step: PressStep) => {
    if (step === 'hold') {
      releaseToken++; // a release still waiting for its paint is overtaken: the open batch goes on
      if (!open) cy.startBatch();
      open = true;
    } else if (step === 'release') end();
    else if (step === 'release-after-paint') {
      const token = ++releaseToken;
      afterPaint(() => {
        if (token === releaseToken) end();
      });
    }
  };
  const down = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    apply(gesture.down(e.pointerId, e.clientX, e.clientY, e.pointerType));
  };
  const move = (e: PointerEvent) => apply(gesture.move(e.pointerId, e.clientX, e.clientY));
  const up = (e: PointerEvent) => apply(gesture.up(e.pointerId));
  const cancel = () => apply(gesture.cancel());
  const options = { capture: true, passive: true };
  container.addEventListener('pointerdown', down, options);
  window.addEventListener('pointermove', move, options);
  window.addEventListener('pointerup', up, options);
  window.addEventListener('pointercancel', cancel, options);
  window.addEventListener('blur', cancel);
  return () => {
    container.removeEventListener('pointerdown', down, options);
    window.removeEventListener('pointermove', move, options);
    window.removeEventListener('pointerup', up, options);
    window.removeEventListener('pointercancel', cancel, options);
    window.removeEventListener('blur', cancel);
    end();
  };
}
