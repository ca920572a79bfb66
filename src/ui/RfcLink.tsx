import { citation } from './i18n/citation';
import { rfcUrl } from './i18n/messages';

/**
 * A section cited by the statechart or the trace (`§3.10.7.2`, `RFC 5961 §3.2`, `Figure 5 note 2`), in
 * the page's language, linked to the RFC when it can be.
 */
export function RfcLink({ rfc }: { rfc: string }) {
  const url = rfcUrl(rfc);
  const text = citation(rfc.startsWith('RFC') || rfc.startsWith('Linux') ? rfc : `RFC 9293 ${rfc}`);
  return url ? (
    <a
      href={url}
      target="_blank"
      rel="noreferrer"
      className="whitespace-nowrap text-sm text-[var(--tsl-client)] underline"
    >
      {text}
    </a>
  ) : (
    <span className="text-sm text-[var(--tsl-muted)]">{text}</span>
  );
}
