/** Sizes of the two state-graph layouts, in viewBox units. */
import { textEms } from '../textEms';

/** `wide` for containers from about 560 px, `compact` below (phones). */
export type LayoutMode = 'wide' | 'compact';

/** Every size the layout math uses. */
export type LayoutMetrics = {
  /** Distance between column centres. */
  readonly colGap: number;
  /** Distance between row centres. */
  readonly rowGap: number;
  /** Font size of state names. */
  readonly nodeFont: number;
  /** Node height. */
  readonly nodeHeight: number;
  /** Space between a state name and the node border, each side (markers included in wide mode). */
  readonly nodePadX: number;
  /** Font size of edge labels. */
  readonly labelFont: number;
  /** Line height of edge labels. */
  readonly lineHeight: number;
  /** Label box padding around its text. */
  readonly labelPad: number;
  /** Gap between a label box and its edge. */
  readonly labelGap: number;
  /** Two-line "event / action" labels (wide) or the event alone (compact). */
  readonly labelStyle: 'eventAndAction' | 'eventOnly';
  /** Whether labels of secondary edges are drawn at all. */
  readonly secondaryLabels: boolean;
  /** Half the distance between the two lines of a pair of opposite edges. */
  readonly pairOffset: number;
  /** Distance between neighbouring rails of edges routed around the figure. */
  readonly railGap: number;
  /** Corner radius of routed edges. */
  readonly cornerRadius: number;
  /** Radius of an endpoint marker. */
  readonly markerRadius: number;
  /**
   * Where markers sit: inside the node at its ends (wide), or on its bottom corners (compact), where no
   * arrowhead lands.
   */
  readonly markerPlacement: 'inside' | 'corners';
  /** How far taken-edge overlays run beside their edge. */
  readonly overlayOffset: number;
  /** How far an arrowhead's tip reaches past the end of its path. */
  readonly arrowInset: number;
};

/** The metrics of each layout. */
export const LAYOUT_METRICS: Readonly<Record<LayoutMode, LayoutMetrics>> = {
  wide: {
    colGap: 330,
    rowGap: 135,
    nodeFont: 14,
    nodeHeight: 40,
    nodePadX: 30,
    labelFont: 12,
    lineHeight: 14,
    labelPad: 2,
    labelGap: 4,
    labelStyle: 'eventAndAction',
    secondaryLabels: true,
    pairOffset: 9,
    railGap: 16,
    cornerRadius: 12,
    markerRadius: 9,
    markerPlacement: 'inside',
    overlayOffset: 3.5,
    arrowInset: 3,
  },
  compact: {
    colGap: 128,
    rowGap: 100,
    nodeFont: 11,
    nodeHeight: 30,
    nodePadX: 6,
    labelFont: 9.5,
    lineHeight: 11,
    labelPad: 1,
    labelGap: 3,
    labelStyle: 'eventOnly',
    secondaryLabels: false,
    pairOffset: 8,
    railGap: 10,
    cornerRadius: 8,
    markerRadius: 7,
    markerPlacement: 'corners',
    overlayOffset: 2.5,
    arrowInset: 2.5,
  },
};

/** Estimated width of monospace-ish text: characters × 0.6 × font size, a CJK character a whole em. */
export function textWidth(text: string, fontSize: number): number {
  return textEms(text, 0.6) * fontSize;
}
