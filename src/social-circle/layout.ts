/**
 * Where things go in the closeness circle picture: ring radii, node positions, label
 * boxes. Pure geometry (no DOM): the element passes in a text measurer.
 *
 * Coordinates are SVG user units centred on "Me" at (0, 0); y grows downwards. Angles are
 * degrees clockwise from the top.
 *
 * No two labels overlap, by construction: each label is first tried in a few spots next
 * to its node (never on another label, node, ring label or "Me"); a label that fits
 * nowhere near goes into a column beside the circle, stacked with a leader line to its
 * node. The columns start beyond every other box, so they cannot collide with anything,
 * and the picture grows taller instead of letting labels overlap.
 */

export interface LayoutItem {
  id: string;
  ring: number;
  /** Absent for people the user has not placed: they are spread evenly on their ring. */
  angle?: number;
  /** The text shown beside the node. */
  label: string;
}

export interface LayoutOptions {
  rings: number;
  /** The width available on screen, in CSS px; the picture is drawn 1:1 when it fits. */
  width: number;
  fontSize?: number;
  /** Width of `text` in user units at `fontSize`. Defaults to a rough estimate. */
  measure?: (text: string) => number;
  nodeRadius?: number;
  meRadius?: number;
  /** Ring label texts (index 0 is ring 1), drawn at the bottom of each ring. */
  ringLabels?: readonly string[];
  /**
   * The font's ascent and descent at `fontSize`, as the engine draws text (canvas
   * `fontBoundingBoxAscent`/`Descent`). Label boxes are exactly this tall plus padding,
   * so the drawn text never pokes out of its box, whatever the font.
   */
  ascent?: number;
  descent?: number;
  /**
   * Space above and below each label's text, in user units (default 1). Engines round
   * text boxes to whole device pixels, so a picture drawn smaller than 1:1 needs more.
   */
  padY?: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LayoutNode {
  id: string;
  ring: number;
  angle: number;
  /** False when the angle came from the even spread, not from the user. */
  placed: boolean;
  x: number;
  y: number;
}

export interface LayoutLabel {
  id: string;
  text: string;
  box: Box;
  /** Where the text starts (text-anchor start) and its alphabetic baseline. */
  textX: number;
  textY: number;
  /** A line from the node to a label that sits away from it. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface RingLabel {
  ring: number;
  text: string;
  box: Box;
  textX: number;
  textY: number;
}

export interface Layout {
  radii: number[];
  meRadius: number;
  nodeRadius: number;
  fontSize: number;
  nodes: LayoutNode[];
  labels: LayoutLabel[];
  ringLabels: RingLabel[];
  viewBox: Box;
}

const PAD_X = 3;
const PAD_Y = 1;
const GAP = 3;
/** Space around the outer ring, at the default width, for the outer labels. */
const OUTER_MARGIN = 90;
const MIN_OUTER_RADIUS = 130;
/** Beyond this the picture only gets emptier, not more readable: it is drawn at its own size. */
const MAX_OUTER_RADIUS = 300;
/** Where the ring labels sit; the even spread leaves this spot free. */
export const RING_LABEL_ANGLE = 180;

export function estimateWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.62;
}

export function polar(angle: number, radius: number): { x: number; y: number } {
  const t = (angle * Math.PI) / 180;
  return { x: Math.sin(t) * radius, y: -Math.cos(t) * radius };
}

/** The angle of a point, degrees clockwise from the top, in [0, 360). */
export function angleOf(x: number, y: number): number {
  const a = (Math.atan2(x, -y) * 180) / Math.PI;
  const b = a < 0 ? a + 360 : a;
  return b >= 360 ? 0 : Math.round(b * 100) / 100;
}

/** The ring whose line is nearest a point at `distance` from the centre (drop snapping). */
export function ringAt(distance: number, radii: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < radii.length; i++) {
    if (Math.abs(radii[i] - distance) < Math.abs(radii[best] - distance)) best = i;
  }
  return best + 1;
}

/**
 * Angles for the unplaced people of one ring: each goes into the largest free gap
 * between the fixed angles (placed people and the ring label), and each gap's share is
 * spread evenly within it.
 */
export function spreadAngles(fixed: readonly number[], count: number): number[] {
  if (count === 0) return [];
  const anchors = [...new Set(fixed.map((a) => ((a % 360) + 360) % 360))].sort((a, b) => a - b);
  if (anchors.length === 0) return Array.from({ length: count }, (_, i) => (360 * i) / count);
  const gaps = anchors.map((a, i) => ({
    start: a,
    size: i + 1 < anchors.length ? anchors[i + 1] - a : anchors[0] + 360 - a,
    n: 0,
  }));
  for (let k = 0; k < count; k++) {
    let best = gaps[0];
    for (const g of gaps) if (g.size / (g.n + 1) > best.size / (best.n + 1) + 1e-9) best = g;
    best.n += 1;
  }
  const out: number[] = [];
  for (const g of gaps) {
    for (let i = 1; i <= g.n; i++) {
      const a = g.start + (g.size * i) / (g.n + 1);
      out.push(Math.round((a % 360) * 100) / 100);
    }
  }
  return out;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Boxes bucketed in a coarse grid, so each test looks at a few neighbours only. */
class BoxIndex {
  // Numeric cell keys and no key arrays: 150 labels try up to 20 spots each, and string
  // keys made this the largest cost of a first layout.
  private cells = new Map<number, Box[]>();
  constructor(private size = 80) {}
  add(b: Box): void {
    const s = this.size;
    const x1 = Math.floor((b.x + b.w) / s);
    const y0 = Math.floor(b.y / s);
    const y1 = Math.floor((b.y + b.h) / s);
    for (let x = Math.floor(b.x / s); x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const k = x * 65536 + y;
        const list = this.cells.get(k);
        if (list) list.push(b);
        else this.cells.set(k, [b]);
      }
    }
  }
  hits(b: Box, except?: Box): boolean {
    const s = this.size;
    const x1 = Math.floor((b.x + b.w) / s);
    const y0 = Math.floor(b.y / s);
    const y1 = Math.floor((b.y + b.h) / s);
    for (let x = Math.floor(b.x / s); x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const list = this.cells.get(x * 65536 + y);
        if (list) for (const o of list) if (o !== except && overlaps(b, o)) return true;
      }
    }
    return false;
  }
}

/** Ring radii: evenly spaced at the base size, widened where a ring holds many people. */
function ringRadii(counts: readonly number[], outer: number, me: number, nodeR: number, band: number): number[] {
  const rings = counts.length;
  const radii: number[] = [];
  for (let k = 1; k <= rings; k++) {
    const base = me + ((outer - me) * k) / rings;
    // enough circumference for the ring's nodes side by side
    const need = (counts[k - 1] * (2 * nodeR + 4)) / (2 * Math.PI);
    const prev = k > 1 ? radii[k - 2] + band : me + band;
    radii.push(Math.max(base, need, prev));
  }
  return radii;
}

/**
 * Where a new person goes on `ring` (1-based, already within the rings shown): the middle of
 * the largest free gap between the people already there and the ring label, so no one else
 * has to move to make room.
 */
export function angleForNew(items: readonly LayoutItem[], ring: number, rings: number): number {
  const clampRing = (r: number) => Math.min(Math.max(Math.round(r), 1), rings);
  const fixed = items.filter((it) => clampRing(it.ring) === ring && it.angle !== undefined).map((it) => it.angle as number);
  return spreadAngles([...fixed, RING_LABEL_ANGLE], 1)[0];
}

export function layoutCircle(items: readonly LayoutItem[], options: LayoutOptions): Layout {
  const rings = options.rings;
  const fontSize = options.fontSize ?? 13;
  const measure = options.measure ?? ((t: string) => estimateWidth(t, fontSize));
  const nodeR = options.nodeRadius ?? 9;
  const meR = options.meRadius ?? 26;
  const ascent = options.ascent ?? fontSize;
  const descent = options.descent ?? fontSize * 0.35;
  const padY = options.padY ?? PAD_Y;
  const labelH = Math.ceil(ascent + descent + 2 * padY);
  const baseline = padY + ascent;

  const clampRing = (r: number) => Math.min(Math.max(Math.round(r), 1), rings);
  const counts = Array.from({ length: rings }, () => 0);
  for (const it of items) counts[clampRing(it.ring) - 1] += 1;
  const outer = Math.min(MAX_OUTER_RADIUS, Math.max(MIN_OUTER_RADIUS, options.width / 2 - OUTER_MARGIN));
  const radii = ringRadii(counts, outer, meR, nodeR, labelH + 2 * nodeR);

  // Angles: the user's where given, the even spread for the rest.
  const angles = new Map<string, number>();
  for (let k = 1; k <= rings; k++) {
    const onRing = items.filter((it) => clampRing(it.ring) === k);
    const fixed = onRing.filter((it) => it.angle !== undefined).map((it) => it.angle as number);
    const free = onRing.filter((it) => it.angle === undefined);
    const spread = spreadAngles([...fixed, RING_LABEL_ANGLE], free.length);
    free.forEach((it, i) => angles.set(it.id, spread[i]));
  }
  const nodes: LayoutNode[] = items.map((it) => {
    const ring = clampRing(it.ring);
    const placed = it.angle !== undefined;
    const angle = placed ? (it.angle as number) : (angles.get(it.id) as number);
    const { x, y } = polar(angle, radii[ring - 1]);
    return { id: it.id, ring, angle, placed, x, y };
  });

  const index = new BoxIndex();
  const all: Box[] = [];
  const occupy = (b: Box) => {
    index.add(b);
    all.push(b);
  };
  occupy({ x: -meR, y: -meR, w: 2 * meR, h: 2 * meR });

  const ringLabels: RingLabel[] = (options.ringLabels ?? []).slice(0, rings).map((text, i) => {
    const w = measure(text) + 2 * PAD_X;
    const { x, y } = polar(RING_LABEL_ANGLE, radii[i]);
    const box = { x: x - w / 2, y: y - labelH / 2, w, h: labelH };
    occupy(box);
    return { ring: i + 1, text, box, textX: box.x + PAD_X, textY: box.y + baseline };
  });

  const nodeBoxes = new Map<string, Box>();
  for (const n of nodes) {
    const b = { x: n.x - nodeR - 1, y: n.y - nodeR - 1, w: 2 * nodeR + 2, h: 2 * nodeR + 2 };
    nodeBoxes.set(n.id, b);
    occupy(b);
  }

  const text = new Map(items.map((it) => [it.id, it.label]));
  const labels = new Map<string, LayoutLabel>();
  const leftovers: LayoutNode[] = [];
  // Inner rings have the least room, so they choose first.
  const order = nodes.slice().sort((a, b) => a.ring - b.ring || a.angle - b.angle);
  for (const n of order) {
    const t = text.get(n.id) ?? '';
    const w = measure(t) + 2 * PAD_X;
    const own = nodeBoxes.get(n.id);
    const placedBox = nearSpots(n, w, labelH, nodeR).find((b) => !index.hits(b, own));
    if (!placedBox) {
      leftovers.push(n);
      continue;
    }
    occupy(placedBox);
    labels.set(n.id, makeLabel(n, t, placedBox, nodeR, baseline));
  }

  // Columns beside everything placed so far: nothing can be in their way.
  let minX = -radii[rings - 1] - nodeR;
  let maxX = radii[rings - 1] + nodeR;
  for (const b of all) {
    minX = Math.min(minX, b.x);
    maxX = Math.max(maxX, b.x + b.w);
  }
  const top = -radii[rings - 1];
  const bottom = radii[rings - 1];
  const column = (side: LayoutNode[], left: boolean) => {
    side.sort((a, b) => a.y - b.y || a.x - b.x);
    let y = -Infinity;
    const boxes = side.map((n) => {
      const t = text.get(n.id) ?? '';
      const w = measure(t) + 2 * PAD_X;
      y = Math.max(n.y - labelH / 2, y);
      const box = { x: left ? minX - 24 - w : maxX + 24, y, w, h: labelH };
      y += labelH + 1;
      return { n, t, box };
    });
    // Pull a column that runs past the circle's bottom back up, as far as its top allows.
    if (boxes.length) {
      const over = boxes[boxes.length - 1].box.y + labelH - bottom;
      const room = boxes[0].box.y - top;
      const shift = Math.max(0, Math.min(over, room));
      for (const b of boxes) b.box.y -= shift;
    }
    for (const { n, t, box } of boxes) {
      all.push(box);
      labels.set(n.id, makeLabel(n, t, box, nodeR, baseline, true));
    }
  };
  column(leftovers.filter((n) => n.x < 0), true);
  column(leftovers.filter((n) => n.x >= 0), false);

  let x0 = minX;
  let x1 = maxX;
  let y0 = -radii[rings - 1] - nodeR;
  let y1 = radii[rings - 1] + nodeR;
  for (const b of all) {
    x0 = Math.min(x0, b.x);
    x1 = Math.max(x1, b.x + b.w);
    y0 = Math.min(y0, b.y);
    y1 = Math.max(y1, b.y + b.h);
  }
  // Symmetric about the centre horizontally, so "Me" stays in the middle of the picture.
  const half = Math.max(-x0, x1) + 8;
  const viewBox = { x: -half, y: y0 - 8, w: 2 * half, h: y1 - y0 + 16 };

  return {
    radii,
    meRadius: meR,
    nodeRadius: nodeR,
    fontSize,
    nodes,
    labels: nodes.map((n) => labels.get(n.id) as LayoutLabel),
    ringLabels,
    viewBox,
  };
}

/** Label spots next to a node, best first: outward side, the other side, above, below, then slid along. */
function nearSpots(n: LayoutNode, w: number, h: number, r: number): Box[] {
  const outwardRight = n.x >= -0.5;
  const right = { x: n.x + r + GAP, y: n.y - h / 2, w, h };
  const left = { x: n.x - r - GAP - w, y: n.y - h / 2, w, h };
  const above = { x: n.x - w / 2, y: n.y - r - GAP - h, w, h };
  const below = { x: n.x - w / 2, y: n.y + r + GAP, w, h };
  const outwardUp = n.y < 0;
  const sides = outwardRight ? [right, left] : [left, right];
  const vert = outwardUp ? [above, below] : [below, above];
  const spots: Box[] = [sides[0], vert[0], vert[1], sides[1]];
  // Slid spots: diagonals and further along, still close enough to read as this node's.
  for (const step of [0.5, 1, 1.5, 2]) {
    for (const s of sides) {
      spots.push({ ...s, y: s.y - step * (h + GAP) }, { ...s, y: s.y + step * (h + GAP) });
    }
  }
  for (const step of [0.5, 1]) {
    for (const v of vert) spots.push({ ...v, x: v.x - step * w }, { ...v, x: v.x + step * w });
  }
  return spots;
}

function makeLabel(n: LayoutNode, text: string, box: Box, r: number, baseline: number, forceLeader = false): LayoutLabel {
  const label: LayoutLabel = { id: n.id, text, box, textX: box.x + PAD_X, textY: box.y + baseline };
  // Nearest point of the box to the node: a label that touches its node needs no line.
  const px = Math.min(Math.max(n.x, box.x), box.x + box.w);
  const py = Math.min(Math.max(n.y, box.y), box.y + box.h);
  const d = Math.hypot(px - n.x, py - n.y);
  if (forceLeader || d > r + GAP + 2) {
    const k = r / (d || 1);
    label.leader = { x1: n.x + (px - n.x) * k, y1: n.y + (py - n.y) * k, x2: px, y2: py };
  }
  return label;
}
