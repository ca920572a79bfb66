/** How one direction of the link behaves. Fractions are 0..1; times are virtual ms. */
export type LinkSettings = {
  /** One-way delay. @default 50 */
  readonly latency: number;
  /** Extra delay drawn uniformly from [0, jitter]; it never reorders segments by itself. @default 0 */
  readonly jitter: number;
  /** Probability a segment is lost. @default 0 */
  readonly loss: number;
  /** Probability a segment is delivered twice. @default 0 */
  readonly dup: number;
  /** Probability a segment is held back so that later ones overtake it. @default 0 */
  readonly reorder: number;
};

/** A link that neither loses, duplicates nor reorders, with 50 ms one-way delay. */
export const DEFAULT_LINK: LinkSettings = { latency: 50, jitter: 0, loss: 0, dup: 0, reorder: 0 };
