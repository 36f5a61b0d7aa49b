// What the layout hands the canvas and the exporter: plain data in one coordinate space
// (the canvas's), y growing downwards. A stack root's `position` is its box's top-left.

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** How a box is coloured: its kind when vtopo knows it, else "unknown". */
export type StyleKey =
  | 'hardware'
  | 'hypervisor'
  | 'os'
  | 'container-engine'
  | 'container'
  | 'runtime'
  | 'app'
  | 'unknown';

/** One element's box. Text lines are display text (see displayText), already wrapped. */
export interface Box extends Rect {
  readonly id: string;
  readonly kind: string;
  /** 0 for a stack's root, 1 for what sits on it, ... */
  readonly depth: number;
  /** The id of the root of the stack the box stands in. */
  readonly stack: string;
  /** The id of the box this one sits on, when it is drawn on one. */
  readonly parent: string | undefined;
  readonly style: StyleKey;
  /** The label, wrapped to the box (semibold). */
  readonly label: readonly string[];
  /** What the element is: "Type 1 hypervisor", "Guest OS · Linux" (regular, smaller). */
  readonly caption: readonly string[];
}

/** A text block placed in the layout (a link's label). */
export interface TextBox extends Rect {
  readonly lines: readonly string[];
}

export interface RoutedLink {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** The polyline from `from`'s box to `to`'s box. */
  readonly points: readonly Point[];
  /** The driver ("bridge"), centred on the line. */
  readonly label: TextBox;
  /** "gap": across the gap between neighbouring siblings; "lane": routed above the stacks. */
  readonly route: 'gap' | 'lane';
}

export interface StackBox extends Rect {
  /** The id of its root box. */
  readonly root: string;
  /** Whether it stands where its root's `position` says (else it was placed in the row). */
  readonly positioned: boolean;
}

export interface Layout {
  /** One box per element, in document order. */
  readonly boxes: readonly Box[];
  /** The box of each id (the first element with that id, as elsewhere in vtopo). */
  readonly byId: ReadonlyMap<string, Box>;
  readonly links: readonly RoutedLink[];
  readonly stacks: readonly StackBox[];
  /** Everything drawn: boxes, links and link labels. Empty documents give a zero rect. */
  readonly bounds: Rect;
}
