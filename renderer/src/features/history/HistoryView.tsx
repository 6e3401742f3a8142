import { useEffect, useState } from 'react';
import type { HistoryQuery } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { t } from '../../i18n';
import { useDesk } from '../../store';
import { HistoryList } from './HistoryList';

/** The whole workspace's history, filterable by editor and by day (g h, or Lịch sử in the top bar). */
export function HistoryView() {
  const lang = useDesk((s) => s.lang);
  const close = useDesk((s) => s.setHistoryViewOpen);
  const [editors, setEditors] = useState<string[]>([]);
  const [who, setWho] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  useEffect(() => {
    void api.listHistory({ limit: 1 }).then((r) => r.ok && setEditors(r.value.editors));
  }, []);
  const query: HistoryQuery = { limit: 500, ...(who ? { who } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
  return (
    <section className="history-view" aria-label={t(lang, 'workspaceHistory')} data-testid="history-view">
      <header>
        <button type="button" className="link" onClick={() => close(false)}>
          ← {t(lang, 'backToArticle')} <kbd>Esc</kbd>
        </button>
        <h1>{t(lang, 'workspaceHistory')}</h1>
        <div className="history-filters">
          <label>
            {t(lang, 'reviewer')}
            <select name="historyWho" value={who} onChange={(e) => setWho(e.target.value)}>
              <option value="">{t(lang, 'everyone')}</option>
              {editors.map((e) => (
                <option key={e} value={e}>
                  {e}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t(lang, 'dateFrom')}
            <input type="date" name="historyFrom" value={from} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label>
            {t(lang, 'dateTo')}
            <input type="date" name="historyTo" value={to} onChange={(e) => setTo(e.target.value)} />
          </label>
        </div>
      </header>
      <HistoryList query={query} label={t(lang, 'workspaceHistory')} />
    </section>
  );
}
