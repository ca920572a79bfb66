import { useMemo, useState } from 'react';
import { useLang } from '../i18n/useLang';
import { LabContext } from '../lab/labContext';
import type { BootProblem } from './bootConfig';
import { useBoot } from './bootContext';
import { scriptProblems } from './problemText';

/**
 * Every problem with the page's URL: those read from it (readBootConfig), the problems of the script it
 * asked for (the parser's and the run's, each in the page's language from its code, with their line and
 * column), and a `step=` past the run's end. Read once, from the session the page opened with.
 */
export function useBootProblems(): readonly BootProblem[] {
  const { config, problems } = useBoot();
  const actor = LabContext.useActorRef();
  const lang = useLang();
  const [session] = useState(() => actor.getSnapshot().context.session);
  return useMemo(() => {
    const param = config.scenario !== undefined ? 'scenario' : 'script';
    const failures = scriptProblems(session.failures, param, lang);
    const pastEnd: BootProblem[] =
      typeof config.at === 'number' && session.step < config.at
        ? [{ param: 'step', key: 'url.stepPastEnd', params: { step: config.at, last: session.step } }]
        : [];
    return [...problems, ...failures, ...pastEnd];
  }, [config, problems, session, lang]);
}
