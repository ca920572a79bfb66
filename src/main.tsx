import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { loadLang, subscribeLang } from './ui/i18n/langStore';
import { t } from './ui/i18n/messages';
import { startLang } from './ui/i18n/startLang';
import './ui/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );

// The tab's title follows the page's language.
const retitle = () => {
  document.title = t('app.name');
};
subscribeLang(retitle);

// The first frame waits for the reader's catalogue, so a Chinese page never flashes English; if it
// cannot be fetched the page opens in English.
const browserLangs = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
loadLang(startLang(window.location.search, browserLangs)).then(render, render);
