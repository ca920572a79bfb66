import { useState } from 'react';
import { LabContext } from '../lab/labContext';
import type { BootProblem } from './bootConfig';
import { useBoot } from './bootContext';

/**
 * Every problem with the page's URL: those read from it (readBootConfig), the problems of the script it
 * asked for (the parser's and the run's own messages, with their line and column), and a `step=` past
 * the run's end. Read once, from the session the page opened with.
 */
export function useBootProblems(): readonly BootProblem[] {
  const { config, problems } = useBoot();
  const actor = LabContext.useActorRef();
  const [found] = useState(() => {
    const session = actor.getSnapshot().context.session;
    const param = config.scenario !== undefined ? 'scenario' : 'script';
    const failures = session.failures.map((f): BootProblem =>
      f.line === undefined
        ? { param, key: 'url.scriptFailure', params: { message: f.message } }
        : { param, key: 'url.scriptError', params: { line: f.line, col: f.col ?? 1, message: f.message } },
    );
    const pastEnd: BootProblem[] =
      typeof config.at === 'number' && session.step < config.at
        ? [{ param: 'step', key: 'url.stepPastEnd', params: { step: config.at, last: session.step } }]
        : [];
    return [...problems, ...failures, ...pastEnd];
  });
  return found;
}
