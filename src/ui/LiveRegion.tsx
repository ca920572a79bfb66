import { useState } from 'react';
import { t } from './i18n/messages';
import { useLabViewSelector } from './lab/useLabView';

/** Announces state changes politely to screen readers. */
export function LiveRegion() {
  const client = useLabViewSelector((v) => v.world.endpoints.client.value);
  const server = useLabViewSelector((v) => v.world.endpoints.server.value);
  const [prev, setPrev] = useState({ client, server });
  const [message, setMessage] = useState('');
  // Derived while rendering (React's "store the previous value" pattern), not in an effect.
  if (prev.client !== client || prev.server !== server) {
    const parts: string[] = [];
    if (prev.client !== client) parts.push(t('live.state', { side: t('side.client'), state: client }));
    if (prev.server !== server) parts.push(t('live.state', { side: t('side.server'), state: server }));
    setPrev({ client, server });
    setMessage(parts.join(' '));
  }
  return (
    <div aria-live="polite" role="status" className="sr-only" data-live-region>
      {message}
    </div>
  );
}
