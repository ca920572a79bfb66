import { describe, expect, it } from 'vitest';
import { transitionGraph } from '../../core/endpoint/transitionGraph';
import { rfcCitations, rfcUrl } from './rfcUrl';

describe('rfcUrl', () => {
  it.each([
    ['§3.10.7.4', 'https://www.rfc-editor.org/rfc/rfc9293#section-3.10.7.4'],
    ['§3.10.1', 'https://www.rfc-editor.org/rfc/rfc9293#section-3.10.1'],
    ['RFC 5961 §3.2', 'https://www.rfc-editor.org/rfc/rfc5961#section-3.2'],
    ['RFC 6298 §5.4', 'https://www.rfc-editor.org/rfc/rfc6298#section-5.4'],
    ['RFC 1337', 'https://www.rfc-editor.org/rfc/rfc1337'],
    ['§3.5 Figure 7, §3.10.7.4', 'https://www.rfc-editor.org/rfc/rfc9293#section-3.5'],
    ['§3.10.7.4, Figure 5 note 2', 'https://www.rfc-editor.org/rfc/rfc9293#section-3.10.7.4'],
    ['Linux tcp_close(); RFC 9293 §3.6.1 SHLD-3', 'https://www.rfc-editor.org/rfc/rfc9293#section-3.6.1'],
    [
      'Linux tcp_rcv_state_process(); RFC 1122 §4.2.2.13',
      'https://www.rfc-editor.org/rfc/rfc1122#section-4.2.2.13',
    ],
  ])('%s → %s', (source, url) => {
    expect(rfcUrl(source)).toBe(url);
  });

  it.each(['Linux tcp_fin_timeout', 'Linux tcp_check_req()', 'Linux tcp_timewait_state_process()', ''])(
    'a Linux source (%s) has no link',
    (source) => {
      expect(rfcUrl(source)).toBeUndefined();
    },
  );

  it('splits a compound source into labelled citations; a figure links to the section that holds it', () => {
    expect(rfcCitations('§3.10.7.4, Figure 5 note 2')).toEqual([
      { label: 'RFC 9293 §3.10.7.4', url: 'https://www.rfc-editor.org/rfc/rfc9293#section-3.10.7.4' },
      { label: 'RFC 9293 Figure 5 note 2', url: 'https://www.rfc-editor.org/rfc/rfc9293#section-3.3.2' },
    ]);
    expect(rfcCitations('Linux tcp_close(); RFC 9293 §3.6.1 SHLD-3')).toEqual([
      { label: 'Linux tcp_close()' },
      { label: 'RFC 9293 §3.6.1 SHLD-3', url: 'https://www.rfc-editor.org/rfc/rfc9293#section-3.6.1' },
    ]);
  });

  it('links every source the statechart cites, except sources that name only Linux', () => {
    const unlinked = [...new Set(transitionGraph().map((e) => e.rfc))].filter(
      (s) => rfcUrl(s) === undefined && !s.startsWith('Linux'),
    );
    expect(unlinked).toEqual([]);
  });
});
