/**
 * Starts the page in two steps, so the learner sees the lab as early as possible. First, without React:
 * read the URL, apply the theme, load the language, start the lab actor and draw the first frame — the
 * state graph and the sequence chart in a static page shell — then mark the root `data-ready="true"`;
 * playback, the keyboard and the root's test hooks work from here on. Second, load the React page
 * (mountApp.tsx, its own chunk): header, narration, controls and details, which adopt the two drawings;
 * the root is then marked `data-interactive="true"`.
 */
import { createActor } from 'xstate';
import { labMachine } from '../../core/lab/labMachine';
import { readBootConfig } from '../boot/bootConfig';
import { labInputOf } from '../boot/labInputOf';
import { quizSidesOf } from '../quiz/quizSidesOf';
import { layoutOf } from '../embed/layoutOf';
import { loadLang, subscribeLang } from '../i18n/langStore';
import { t } from '../i18n/messages';
import { startLang } from '../i18n/startLang';
import { rootClass } from '../layoutClasses';
import { startTheme } from '../lab/themeStore';
import { installKeyboard } from './keyboard';
import { createLabViews } from './labViews';
import { createViewHosts, renderPageShell } from './pageShell';
import { keepRootHooks } from './rootHooks';
import { startTicker } from './ticker';

/** Starts the lab in `root` (index.html's `#root`, the app root). */
export async function startLab(root: HTMLElement): Promise<void> {
  const boot = readBootConfig(window.location.search, window.location.hash);
  const { config } = boot;
  startTheme(config.theme);

  // The first frame waits for the reader's catalogue, so a Chinese page never flashes English; if it
  // cannot be fetched the page opens in English.
  const browserLangs = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  await loadLang(startLang(config.lang, browserLangs)).catch(() => undefined);
  // The tab's title follows the page's language.
  const retitle = () => {
    document.title = t('app.name');
  };
  retitle();
  subscribeLang(retitle);

  const actor = createActor(labMachine, { input: labInputOf(config) }).start();
  // quiz=1 holds the lab before the first state change, so it is on before anything plays (autoplay=1).
  if (config.quiz) actor.send({ type: 'QUIZ', on: true, sides: quizSidesOf(config) });
  const layout = layoutOf(config);
  root.className = rootClass(layout.embed);
  const hosts = createViewHosts();
  renderPageShell(root, hosts, layout);
  const views = createLabViews(actor, hosts, {
    initial: {
      relative: config.absolute !== true, // numbers=absolute in the URL
      follow: true,
      selected: config.segment,
      selectedState: undefined,
    },
    modifierWheel: config.embed, // embedded: the page scrolls past the chart
  });
  keepRootHooks(root, actor);
  root.setAttribute('data-ready', 'true');

  startTicker(actor);
  installKeyboard(actor);
  if (config.autoplay) actor.send({ type: 'PLAY' });

  try {
    const { mountApp } = await import('./mountApp');
    await mountApp(root, { boot, actor, views });
  } catch {
    // The rest of the page is a second file; say so instead of leaving the controls missing.
    const note = document.createElement('p');
    note.setAttribute('role', 'alert');
    note.className = 'mx-auto max-w-[100rem] px-3 pb-6 text-sm text-[var(--tsl-drop)] sm:px-5';
    note.textContent = t('app.loadFailed');
    root.append(note);
  }
}
