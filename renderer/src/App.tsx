import { useEffect } from 'react';
import { ClaimDetail } from './features/claims/ClaimDetail';
import { ClaimList } from './features/claims/ClaimList';
import { Library } from './features/library/Library';
import { Reader } from './features/reader/Reader';
import { t } from './i18n';
import { commandForKey } from './keyboard';
import { useDesk } from './store';

function SaveIndicator() {
  const lang = useDesk((s) => s.lang);
  const saveState = useDesk((s) => s.saveState);
  const retry = useDesk((s) => s.retrySave);
  if (saveState === 'idle') return null;
  if (saveState === 'failed') {
    return (
      <span className="save save-failed" role="alert">
        {t(lang, 'saveFailed')}{' '}
        <button type="button" onClick={() => void retry()}>
          {t(lang, 'retry')}
        </button>
      </span>
    );
  }
  return (
    <span className="save" data-testid="save-state">
      {t(lang, saveState === 'saving' ? 'saving' : 'saved')}
    </span>
  );
}

export function App() {
  const init = useDesk((s) => s.init);
  const lang = useDesk((s) => s.lang);
  const loading = useDesk((s) => s.loading);
  const error = useDesk((s) => s.error);
  const notice = useDesk((s) => s.notice);
  const setLang = useDesk((s) => s.setLang);
  const theme = useDesk((s) => s.theme);
  const setTheme = useDesk((s) => s.setTheme);
  const dismissError = useDesk((s) => s.dismissError);

  useEffect(() => {
    void init();
  }, [init]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = commandForKey(e);
      if (!command) return;
      const state = useDesk.getState();
      e.preventDefault();
      switch (command.type) {
        case 'move':
          state.moveSelection(command.step);
          break;
        case 'review':
          if (state.selectedClaimId) void state.review(state.selectedClaimId, { status: command.status });
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="app">
      <header className="topbar">
        <strong>{t(lang, 'appTitle')}</strong>
        <span className="spacer" />
        <SaveIndicator />
        <button type="button" className="theme-switch" onClick={() => void setTheme(theme === 'light' ? 'dark' : 'light')}>
          {t(lang, theme === 'light' ? 'darkTheme' : 'lightTheme')}
        </button>
        <button type="button" className="lang-switch" onClick={() => void setLang(lang === 'vi' ? 'en' : 'vi')}>
          {t(lang, 'language')}
        </button>
      </header>
      {notice ? (
        <div className="banner" role="status">
          {t(lang, 'recovered')}
          <code>{notice}</code>
        </div>
      ) : null}
      {error ? (
        <div className="banner banner-error" role="alert">
          {error}{' '}
          <button type="button" onClick={dismissError}>
            {t(lang, 'dismiss')}
          </button>
        </div>
      ) : null}
      {loading ? null : (
        <main className="desk">
          <nav className="pane pane-library" aria-label={t(lang, 'library')}>
            <h2>{t(lang, 'library')}</h2>
            <Library />
          </nav>
          <section className="pane pane-reader">
            <Reader />
          </section>
          <aside className="pane pane-claims">
            <h2>{t(lang, 'claims')}</h2>
            <ClaimList />
            <ClaimDetail />
          </aside>
        </main>
      )}
    </div>
  );
}
