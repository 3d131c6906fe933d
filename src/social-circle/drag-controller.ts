import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A press that moves less than this (in CSS px) is a click, not a drag. */
const DRAG_THRESHOLD = 4;

export interface DragState {
  id: string;
  pointerId: number;
  startX: number;
  startY: number;
  /** Pointer position in SVG units, once the drag has begun. */
  x?: number;
  y?: number;
}

export interface CircleDragOptions {
  /** The picture, whose units the drop is in. */
  svg(): SVGSVGElement | undefined;
  /** False while the circle is read-only: a press then only focuses and clicks. */
  enabled(): boolean;
  /** A press landed on this person (the roving focus follows). */
  pressed(id: string): void;
  /** A drag ended at (x, y) in SVG units. */
  drop(id: string, x: number, y: number): void;
  /** A press that did not move: open the person's details. */
  click(id: string): void;
}

/**
 * Dragging a person on the circle's picture with a pointer.
 *
 * What it owns: pointer down/move/up/cancel on the people, the threshold between a click
 * and a drag, pointer capture, the touch-scroll guard, Escape during a drag, and `current`
 * (while a drag runs, the pointer's place in SVG units). What it does NOT own: where a drop
 * lands (ring and angle: the element's `drop`), the focus, the rendering of the dragged
 * person (the element reads `current`).
 */
export class CircleDrag implements ReactiveController {
  current: DragState | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: CircleDragOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.current = undefined;
  }

  /** The drag's place once it has begun (undefined before the threshold and when none). */
  get moved(): { id: string; x: number; y: number } | undefined {
    const d = this.current;
    return d && d.x !== undefined && d.y !== undefined ? { id: d.id, x: d.x, y: d.y } : undefined;
  }

  /** `person` is the person's `<g>` (the event is heard on their group, so it is not the currentTarget). */
  down(e: PointerEvent, id: string, person: SVGGElement): void {
    if (e.button !== 0) return;
    this.options.pressed(id);
    if (!this.options.enabled()) return;
    e.preventDefault();
    // The pointer is on it already: scrolling now would move it from under the pointer.
    person.focus({ preventScroll: true });
    try {
      // Keeps the drag going when the pointer leaves the picture.
      this.options.svg()?.setPointerCapture?.(e.pointerId);
    } catch {
      /* a synthetic or already-released pointer cannot be captured: the drag still works inside */
    }
    this.set({ id, pointerId: e.pointerId, startX: e.clientX, startY: e.clientY });
  }

  move(e: PointerEvent): void {
    const d = this.current;
    if (!d || e.pointerId !== d.pointerId) return;
    if (d.x === undefined && Math.hypot(e.clientX - d.startX, e.clientY - d.startY) < DRAG_THRESHOLD) return;
    const p = this.toSvgPoint(e.clientX, e.clientY);
    if (!p) return;
    this.set({ ...d, x: p.x, y: p.y });
  }

  up(e: PointerEvent): void {
    const d = this.current;
    if (!d || e.pointerId !== d.pointerId) return;
    this.set(undefined);
    const svgEl = this.options.svg();
    if (svgEl?.hasPointerCapture?.(e.pointerId)) svgEl.releasePointerCapture(e.pointerId);
    // A press without a drag is a click: open the details.
    if (d.x === undefined || d.y === undefined) this.options.click(d.id);
    else this.options.drop(d.id, d.x, d.y);
  }

  cancel(e: PointerEvent): void {
    if (this.current && e.pointerId === this.current.pointerId) this.set(undefined);
  }

  /** Escape: the person goes back where they were. True when a drag was running. */
  escape(): boolean {
    if (!this.current) return false;
    this.set(undefined);
    return true;
  }

  /**
   * Browsers ignore `touch-action` on SVG children such as a person's `<g>`, so a finger
   * that starts on a person would scroll the page and cancel the drag. Cancelling that
   * finger's touchstart keeps the page still for this one gesture, while a finger that
   * starts anywhere else on the picture still scrolls (the svg keeps `touch-action: pan-y
   * pinch-zoom`). A tap still opens the details: that runs on pointerup, not on click.
   * Registered with `passive: false`: a passive listener cannot cancel.
   */
  readonly touchStart = {
    handleEvent: (e: TouchEvent): void => {
      if (this.options.enabled() && e.cancelable) e.preventDefault();
    },
    passive: false,
  };

  private toSvgPoint(clientX: number, clientY: number): { x: number; y: number } | undefined {
    const svgEl = this.options.svg();
    const ctm = svgEl?.getScreenCTM();
    if (!svgEl || !ctm) return undefined;
    const p = new DOMPoint(clientX, clientY).matrixTransform(ctm.inverse());
    return { x: p.x, y: p.y };
  }

  private set(state: DragState | undefined): void {
    this.current = state;
    this.host.requestUpdate();
  }
}
