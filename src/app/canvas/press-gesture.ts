/**
 * When a press on a large graph's canvas holds back Cytoscape's redraws, and when it lets them go (pure; the wiring is
 * src/view/canvas/canvas-press.ts). On a large graph every redraw takes most of a second, and a press alone causes
 * one: Cytoscape marks the pressed node `:active` and moves it to its drag layer on the button's press and back on
 * its release. Held back, a click's panel is painted before the canvas redraws once for the press and the selection
 * together. A press that moves past Cytoscape's tap threshold is a drag (a pan, or a node moved), which must be drawn
 * as it goes: it lets go at once, as does a second finger (a pinch).
 */

/** Cytoscape's default tap thresholds (CSS px): a mouse press that moves less is still a click, a finger's more. */
export const TAP_THRESHOLD = { mouse: 4, touch: 8 } as const;

export type PressStep = 'hold' | 'release' | 'release-after-paint' | null;

interface Press {
  x: number;
  y: number;
  threshold: number;
}

/** The pointers pressed on the canvas, and what each pointer event asks of the held redraws. */
export class PressGesture {
  private readonly presses = new Map<number, Press>();
  private held = false;

  /** Whether redraws are held now. */
  get holding(): boolean {
    return this.held;
  }

  /** A pointer pressed on the canvas: hold for the first; a second pointer (a pinch) lets go. */
  down(pointer: number, x: number, y: number, kind: string): PressStep {
    this.presses.set(pointer, { x, y, threshold: kind === 'mouse' ? TAP_THRESHOLD.mouse : TAP_THRESHOLD.touch });
    if (this.presses.size > 1) return this.letGo('release');
    if (this.held) return null;
    this.held = true;
    return 'hold';
  }

  /** A pointer moved: past its tap threshold from where it was pressed, the press is a drag and lets go. */
  move(pointer: number, x: number, y: number): PressStep {
    const press = this.presses.get(pointer);
    if (!press || !this.held) return null;
    return Math.hypot(x - press.x, y - press.y) >= press.threshold ? this.letGo('release') : null;
  }

  /** A pointer was released: the last one lets go after the next paint (the click's panel first). */
  up(pointer: number): PressStep {
    if (!this.presses.delete(pointer)) return null;
    return this.presses.size === 0 ? this.letGo('release-after-paint') : null;
  }

  /** The press was cancelled (the pointer left, the window lost focus): let go at once. */
  cancel(): PressStep {
    this.presses.clear();
    return this.letGo('release');
  }

  private letGo(step: 'release' | 'release-after-paint'): PressStep {
    if (!this.held) return null;
    this.held = false;
    return step;
  }
}
