import { ErrorBoundary, LocationProvider, Route, Router } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { loadSession } from './state/session';
import { HomePage } from './pages/HomePage';
import { JoinPage } from './pages/JoinPage';
import { LoginPage } from './pages/LoginPage';
import { ProjectPage } from './pages/ProjectPage';
import { DiscordPage } from './features/discord/DiscordPage';
import { t } from './i18n';

export function App() {
  useEffect(() => {
    void loadSession();
  }, []);
  return (
    <LocationProvider>
      <a class="skip-link" href="#main">
        {t('web.skip_to_content')}
      </a>
      <ErrorBoundary>
        <Router>
          <Route path="/join/:code" component={JoinPage} />
          <Route path="/login" component={LoginPage} />
          <Route path="/discord/:projectId?" component={DiscordPage} />
          <Route path="/p/:projectId/:channelId?" component={ProjectPage} />
          <Route default component={HomePage} />
        </Router>
      </ErrorBoundary>
    </LocationProvider>
  );
}
