/**
 * The sequence chart's look. Every colour is a CSS custom property with a fallback, so the UI themes the
 * chart by setting these on any ancestor (the fallbacks follow prefers-color-scheme):
 *
 *   property           used for                                   light fallback   dark fallback
 *   --tsl-bg           background, break cut-outs, text halos     #ffffff          #15181d
 *   --tsl-fg           text, the now line                         #1b1f24          #e6e9ed
 *   --tsl-muted        ticks, secondary text, badges              #545e6b          #a6b0bc
 *   --tsl-grid         lifeline rails, header rule                #d3d9e0          #39404a
 *   --tsl-client       client header and client→server arrows     #1c5bb8          #80b3f7
 *   --tsl-server       server header and server→client arrows     #9c4700          #f2a55f
 *   --tsl-drop         the ✕ where a segment is lost              #c01c1c          #ff7f76
 *   --tsl-inject       injected segments and their tag            #94208e          #e68fe1
 *   --tsl-timer        timer bars and labels                      #7a5c00          #dcb752
 *   --tsl-focus        keyboard focus halo                        #0b63ce          #8ab4f8
 *   --tsl-state-idle   CLOSED, LISTEN band                        #868f9a          #5d6672
 *   --tsl-state-open   SYN_SENT, SYN_RCVD band                    #b88600          #c99500
 *   --tsl-state-estab  ESTABLISHED band                           #2f9e57          #3fb56b
 *   --tsl-state-close  FIN_WAIT_1/2, CLOSING, CLOSE_WAIT, LAST_ACK #8a63d2          #a585e6
 *   --tsl-state-wait   TIME_WAIT band                             #2f8fbf          #4aa8d8
 *
 * Text colours reach WCAG AA (4.5:1) on their background in both schemes; band and arrow colours, being
 * graphics, reach 3:1. Text sits on a halo of --tsl-bg so crossing lines never cut through it.
 */
import type { TcpState } from '../../core/endpoint/tcpState';

/** Class prefix of every element the chart draws. */
export const CLS = 'tsl-sc';

const LIGHT = `
  --sc-bg: var(--tsl-bg, #ffffff); --sc-fg: var(--tsl-fg, #1b1f24); --sc-muted: var(--tsl-muted, #545e6b);
  --sc-grid: var(--tsl-grid, #d3d9e0); --sc-client: var(--tsl-client, #1c5bb8);
  --sc-server: var(--tsl-server, #9c4700); --sc-drop: var(--tsl-drop, #c01c1c);
  --sc-inject: var(--tsl-inject, #94208e); --sc-timer: var(--tsl-timer, #7a5c00);
  --sc-focus: var(--tsl-focus, #0b63ce);
  --sc-s-idle: var(--tsl-state-idle, #868f9a); --sc-s-open: var(--tsl-state-open, #b88600);
  --sc-s-estab: var(--tsl-state-estab, #2f9e57); --sc-s-close: var(--tsl-state-close, #8a63d2);
  --sc-s-wait: var(--tsl-state-wait, #2f8fbf);`;

const DARK = `
  --sc-bg: var(--tsl-bg, #15181d); --sc-fg: var(--tsl-fg, #e6e9ed); --sc-muted: var(--tsl-muted, #a6b0bc);
  --sc-grid: var(--tsl-grid, #39404a); --sc-client: var(--tsl-client, #80b3f7);
  --sc-server: var(--tsl-server, #f2a55f); --sc-drop: var(--tsl-drop, #ff7f76);
  --sc-inject: var(--tsl-inject, #e68fe1); --sc-timer: var(--tsl-timer, #dcb752);
  --sc-focus: var(--tsl-focus, #8ab4f8);
  --sc-s-idle: var(--tsl-state-idle, #5d6672); --sc-s-open: var(--tsl-state-open, #c99500);
  --sc-s-estab: var(--tsl-state-estab, #3fb56b); --sc-s-close: var(--tsl-state-close, #a585e6);
  --sc-s-wait: var(--tsl-state-wait, #4aa8d8);`;

const MONO = `ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace`;

/** The stylesheet put inside the chart's SVG (class names are prefixed, so it does not leak). */
export const CHART_CSS = `
.${CLS} {${LIGHT}
  display: block; background: var(--sc-bg); color: var(--sc-fg); user-select: none;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; touch-action: none; }
@media (prefers-color-scheme: dark) { .${CLS} {${DARK} } }
.${CLS} text { fill: var(--sc-fg); paint-order: stroke; stroke: var(--sc-bg); stroke-width: 3px;
  stroke-linejoin: round; }
.${CLS} .mono, .${CLS}-seg text, .${CLS}-tick text, .${CLS}-side text { font-family: ${MONO}; }
.${CLS}-bg { fill: var(--sc-bg); }
.${CLS}-rule { stroke: var(--sc-grid); }
.${CLS}-head text { font-weight: 600; font-size: 13px; }
.${CLS}-head .client { fill: var(--sc-client); } .${CLS}-head .server { fill: var(--sc-server); }
.${CLS}-rail { stroke: var(--sc-grid); stroke-width: 2px; }
.${CLS}-band.idle { fill: var(--sc-s-idle); } .${CLS}-band.open { fill: var(--sc-s-open); }
.${CLS}-band.estab { fill: var(--sc-s-estab); } .${CLS}-band.close { fill: var(--sc-s-close); }
.${CLS}-band.wait { fill: var(--sc-s-wait); }
.${CLS}-side text { font-size: var(--sc-side-font, 10.5px); }
.${CLS}-side .state { font-weight: 600; }
.${CLS}-side .timer { fill: var(--sc-timer); }
.${CLS}-side line { stroke: var(--sc-muted); }
.${CLS}-timer line, .${CLS}-timer path { stroke: var(--sc-timer); stroke-width: 2px; fill: none; }
.${CLS}-timer .cap { fill: var(--sc-timer); stroke-width: 1.5px; }
.${CLS}-timer.ended { opacity: 0.55; }
.${CLS}-timer .ahead { stroke-dasharray: 1 3; opacity: 0.6; }
.${CLS}-tick text { fill: var(--sc-muted); font-size: 10px; }
.${CLS}-tick line { stroke: var(--sc-muted); }
.${CLS}-break rect { fill: var(--sc-bg); }
.${CLS}-break path { stroke: var(--sc-muted); fill: none; }
.${CLS}-break text { fill: var(--sc-muted); font-size: 10.5px; font-style: italic; }
.${CLS}-now { pointer-events: none; }
.${CLS}-now line { stroke: var(--sc-fg); stroke-width: 1px; opacity: 0.75; }
.${CLS}-now rect { fill: var(--sc-fg); }
.${CLS}-now text { fill: var(--sc-bg); stroke: none; font-size: 10px; font-weight: 600; }
.${CLS}-seg { cursor: pointer; outline: none; }
.${CLS}-seg .line { stroke-width: 1.6px; fill: none; }
.${CLS}-seg .ghost { stroke-width: 1px; fill: none; stroke-dasharray: 2 4; opacity: 0.45; }
.${CLS}-seg .hit { stroke: transparent; fill: none; pointer-events: stroke; }
.${CLS}-seg .hit-head { fill: transparent; pointer-events: all; }
.${CLS}-seg.c2s .line, .${CLS}-seg.c2s .ghost { stroke: var(--sc-client); }
.${CLS}-seg.s2c .line, .${CLS}-seg.s2c .ghost { stroke: var(--sc-server); }
.${CLS}-seg.c2s .arrow { fill: var(--sc-client); } .${CLS}-seg.s2c .arrow { fill: var(--sc-server); }
.${CLS}-seg.injected .line, .${CLS}-seg.injected .ghost { stroke: var(--sc-inject); }
.${CLS}-seg.injected .arrow { fill: var(--sc-inject); }
.${CLS}-seg.retx .line { stroke-dasharray: 7 4; }
.${CLS}-seg.dup .line { stroke-dasharray: 2 3; }
.${CLS}-seg .cross { stroke: var(--sc-drop); fill: none; stroke-width: 2.2px; stroke-linecap: round; }
.${CLS}-seg text { font-size: var(--sc-seg-font, 11px); }
.${CLS}-seg .badge { fill: var(--sc-muted); font-weight: 600; }
.${CLS}-seg .badge.inject { fill: var(--sc-inject); }
.${CLS}-seg .badge.lost { fill: var(--sc-drop); }
.${CLS}-seg.selected .line { stroke-width: 3px; }
.${CLS}-seg.selected text { font-weight: 700; }
.${CLS}-seg:hover .line { stroke-width: 2.4px; }
.${CLS}-seg:focus-visible .hit { stroke: var(--sc-focus); stroke-opacity: 0.35; }
`;

/** The colour family of a state's band. */
export function bandClass(state: TcpState): 'idle' | 'open' | 'estab' | 'close' | 'wait' {
  switch (state) {
    case 'CLOSED':
    case 'LISTEN':
      return 'idle';
    case 'SYN_SENT':
    case 'SYN_RCVD':
      return 'open';
    case 'ESTABLISHED':
      return 'estab';
    case 'TIME_WAIT':
      return 'wait';
    default:
      return 'close';
  }
}

/** State names that fit a narrow column (at most 8 characters). */
export const SHORT_STATE: Readonly<Record<TcpState, string>> = {
  CLOSED: 'CLOSED',
  LISTEN: 'LISTEN',
  SYN_SENT: 'SYN_SENT',
  SYN_RCVD: 'SYN_RCVD',
  ESTABLISHED: 'ESTAB',
  FIN_WAIT_1: 'FIN_WT1',
  FIN_WAIT_2: 'FIN_WT2',
  CLOSE_WAIT: 'CLOSE_WT',
  CLOSING: 'CLOSING',
  LAST_ACK: 'LAST_ACK',
  TIME_WAIT: 'TIME_WT',
};
