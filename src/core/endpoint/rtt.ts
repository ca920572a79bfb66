import type { EndpointConfig } from './endpointConfig';

/** Clock granularity G of RFC 6298 §2: the engine's virtual clock ticks in 1 ms. */
const G = 1;

/** RFC 6298 §2.2–2.4: the RTO after one more RTT sample `r`. */
export function rttSample(
  prev: { srtt?: number; rttvar?: number },
  r: number,
  cfg: EndpointConfig,
): { srtt: number; rttvar: number; rto: number } {
  let srtt: number;
  let rttvar: number;
  if (prev.srtt === undefined || prev.rttvar === undefined) {
    srtt = r; // RFC 6298 §2.2
    rttvar = r / 2;
  } else {
    rttvar = 0.75 * prev.rttvar + 0.25 * Math.abs(prev.srtt - r); // RFC 6298 §2.3, beta = 1/4
    srtt = 0.875 * prev.srtt + 0.125 * r; // alpha = 1/8
  }
  const rto = clampRto(srtt + Math.max(G, 4 * rttvar), cfg);
  return { srtt, rttvar, rto };
}

/** RFC 6298 §2.4 (lower bound) and §2.5 (upper bound). */
export function clampRto(rto: number, cfg: EndpointConfig): number {
  return Math.min(cfg.rtoMax, Math.max(cfg.rtoMin, rto));
}

/** RFC 6298 §5.5: back off the timer, doubling the RTO up to the maximum. */
export function backoff(rto: number, cfg: EndpointConfig): number {
  return Math.min(cfg.rtoMax, rto * 2);
}
