import type { Direction } from '../segment';

/** One end of the captured connection as it appears in a pcap file. */
export type PcapEndpoint = {
  /** IPv4 address as four octets, most significant first. */
  readonly ip: readonly [number, number, number, number];
  /** TCP port. */
  readonly port: number;
};

/**
 * The fixed addresses written into every capture. Both come from the documentation ranges of
 * RFC 5737 (TEST-NET-1 and TEST-NET-2), so a capture can never be mistaken for real traffic; the
 * client port is the first IANA dynamic port (RFC 6335 §6), the server port an arbitrary fixed one.
 */
export const PCAP_ENDPOINTS: Readonly<{ client: PcapEndpoint; server: PcapEndpoint }> = {
  client: { ip: [192, 0, 2, 1], port: 49152 },
  server: { ip: [198, 51, 100, 2], port: 9000 },
};

/** Source and destination of a segment travelling in `dir`. */
export function endpointsFor(dir: Direction): { readonly src: PcapEndpoint; readonly dst: PcapEndpoint } {
  return dir === 'c>s'
    ? { src: PCAP_ENDPOINTS.client, dst: PCAP_ENDPOINTS.server }
    : { src: PCAP_ENDPOINTS.server, dst: PCAP_ENDPOINTS.client };
}

/** Dotted-quad text of an endpoint's address (`192.0.2.1`). */
export function formatIp(e: PcapEndpoint): string {
  return e.ip.join('.');
}
