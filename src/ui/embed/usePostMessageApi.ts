/** The iframe's postMessage API: commands in, events out (docs/embed.md; issue #4). */
import { useEffect, useMemo } from 'react';
import { useBoot } from '../boot/bootContext';
import { LANGS } from '../i18n/messages';
import { setLang } from '../i18n/langStore';
import { LabContext } from '../lab/labContext';
import type { EmbedCommand, EmbedEventBody } from './embedProtocol';
import { envelope } from './embedProtocol';
import { labSummary, summaryEvents } from './labSummary';
import { originPolicy } from './originPolicy';
import { planCommand } from './planCommand';
import { validateCommand } from './validateCommand';

type LabActor = ReturnType<typeof LabContext.useActorRef>;
type Post = (body: EmbedEventBody) => void;

/** Carries out a valid command and answers it: `ok`, or `error` with the command's id. */
function run(command: EmbedCommand, actor: LabActor, post: Post): void {
  const id = command.id === undefined ? {} : { id: command.id };
  const plan = planCommand(command, actor.getSnapshot().context.session, LANGS);
  if (plan.kind === 'error') return post({ type: 'error', ...id, ...plan.error });
  if (plan.kind === 'lang') setLang(plan.lang);
  else actor.send(plan.event);
  post({ type: 'ok', ...id, command: command.type });
}

/**
 * When the page runs in a frame: takes commands from the parent window (only from `parentOrigin` when
 * the URL sets it), checks each against the schema, and posts `ready`, `step`, `statechange`, `height`,
 * `ok` and `error` events to the parent. Outside a frame it does nothing.
 */
export function usePostMessageApi(): void {
  const { config } = useBoot();
  const actor = LabContext.useActorRef();
  const policy = useMemo(() => originPolicy(config.parentOrigin), [config.parentOrigin]);
  const post = useMemo<Post | undefined>(() => {
    const target = policy.target;
    if (window.parent === window || target === undefined) return undefined;
    return (body) => window.parent.postMessage(envelope(body), target);
  }, [policy]);

  useEffect(() => {
    if (!post) return;
    const onMessage = (e: MessageEvent) => {
      // Only the window that embeds us, and only from the allowed origin; others get no answer at all
      // (an answer would go to the parent, not to them: docs/embed.md, "Origins").
      if (e.source !== window.parent || !policy.accepts(e.origin)) return;
      const check = validateCommand(e.data);
      if (check.ok) run(check.command, actor, post);
      else post({ type: 'error', ...(check.id === undefined ? {} : { id: check.id }), ...check.error });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [actor, policy, post]);

  useEffect(() => {
    if (!post) return;
    let last = labSummary(actor.getSnapshot().context.session);
    post({ type: 'ready', ...last });
    const sub = actor.subscribe((snapshot) => {
      const now = labSummary(snapshot.context.session);
      for (const event of summaryEvents(last, now)) post(event);
      last = now;
    });
    return () => sub.unsubscribe();
  }, [actor, post]);

  useEffect(() => {
    if (!post || typeof ResizeObserver === 'undefined') return;
    let lastPx = -1;
    const html = document.documentElement;
    const observer = new ResizeObserver(() => {
      const px = Math.ceil(html.getBoundingClientRect().height);
      if (px !== lastPx) post({ type: 'height', px });
      lastPx = px;
    });
    observer.observe(html);
    return () => observer.disconnect();
  }, [post]);
}
