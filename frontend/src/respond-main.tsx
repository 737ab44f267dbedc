// The respondent's page (respond.html, served for /respond/*): a lean entry of its own, so a respondent's phone
// downloads React, the questionnaire and its texts, and not the app (router, TanStack Query, i18next, every other
// feature's texts). The same components as the app's route, reading their texts through translation.ts.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RespondentLayout } from './components/layout/respondent-layout';
import { respondentTexts } from './features/respond/respondent-texts';
import { RespondRoute } from './features/respond/routes/respond-route';
import { storedLanguage } from './lib/i18n/languages';
import { showPlainTexts } from './lib/i18n/plain-translator';
import './app/index.css';

const root = document.getElementById('root');
if (!root) {
  throw new Error('The page has no #root element.');
}
const container = root;

/** The link's token: /respond/<token>. */
const token = decodeURIComponent(/^\/respond\/([^/]+)/.exec(window.location.pathname)?.[1] ?? '');

void showPlainTexts(storedLanguage(), respondentTexts).then(() =>
  createRoot(container).render(
    <StrictMode>
      <RespondentLayout>
        <RespondRoute token={token} />
      </RespondentLayout>
    </StrictMode>,
  ),
);
