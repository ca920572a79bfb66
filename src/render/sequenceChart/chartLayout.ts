import { textEms } from '../textEms';

/** Where everything sits horizontally, and the fixed vertical bands, for one chart size. */
export type ChartLayout = {
  readonly width: number;
  readonly height: number;
  /** Height of the fixed header with the lifeline names. */
  readonly headerH: number;
  /** Height of the scrolling body below it. */
  readonly bodyH: number;
  /** Width of the time gutter on the left. */
  readonly gutterW: number;
  /** x of each lifeline's centre. */
  readonly x: { readonly client: number; readonly server: number };
  /** Width of the lifeline bar (the state band). */
  readonly barW: number;
  /** Distance between timer lanes. */
  readonly laneW: number;
  /** Distance from a lifeline's centre to its first timer lane. */
  readonly laneOffset: number;
  /** Distance from a lifeline's centre to the near edge of its side labels. */
  readonly labelOffset: number;
  /** Room for a side label (state or timer), px. */
  readonly labelMax: number;
  /** Narrow: shorter state names, flags-only segment labels, smaller type. */
  readonly compact: boolean;
  /** Font size of segment labels and side labels, px. */
  readonly segFont: number;
  readonly sideFont: number;
};

/** Below this width the chart goes compact. */
export const COMPACT_BELOW = 560;
/** Lifelines never stand further apart than this: very long arrows read worse, not better. */
const MAX_SPAN = 760;
/** Monospace fonts advance 0.6 em per character. */
export const CHAR_EM = 0.6;

/** Pure. The layout for a chart of the given size (from 360 px wide up; narrower still never overflows). */
export function chartLayout(width: number, height: number): ChartLayout {
  const compact = width < COMPACT_BELOW;
  const headerH = 32;
  // Room for a 10px tick label of six characters ("4m0.3s", after a long idle break) even when compact.
  const gutterW = compact ? 46 : 52;
  const sideFont = compact ? 9.5 : 10.5;
  const barW = 6;
  const laneW = 5;
  const laneOffset = barW / 2 + 4;
  const labelOffset = laneOffset + 2 * laneW + 5;
  // Side labels hold an 8-character name when compact ("SYN_SENT"), 11 otherwise ("ESTABLISHED").
  const labelMax = Math.ceil((compact ? 8 : 11) * sideFont * CHAR_EM) + 2;
  const side = labelOffset + labelMax + 4;
  const room = Math.max(0, width - gutterW - 2 * side);
  const span = Math.min(room, MAX_SPAN);
  const client = gutterW + side + (room - span) / 2;
  return {
    width,
    height,
    headerH,
    bodyH: Math.max(0, height - headerH),
    gutterW,
    x: { client, server: client + span },
    barW,
    laneW,
    laneOffset,
    labelOffset,
    labelMax,
    compact,
    segFont: compact ? 10 : 11,
    sideFont,
  };
}

/** Estimated width of monospace text, px (a CJK character a whole em). */
export function textWidth(text: string, fontPx: number): number {
  return textEms(text, CHAR_EM) * fontPx;
}
