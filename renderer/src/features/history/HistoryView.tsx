import { useEffect, useRef, useState } from 'react';
import { formatDate, parseTypedDay } from '../../../../shared/i18n';
import type { HistoryQuery } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { DateField, dayFieldProblem } from '../../components/DateField';
import { t } from '../../i18n';
import { useDesk } from '../../store';
import { HistoryList } from './HistoryList';

/**
 * The whole workspace's history, filterable by editor and by day (g h, or Lịch sử in the top bar). The
 * days are typed as the desk writes them (8/3/2024; DateField), not in the browser's date picker, which
 * follows the OS locale (mm/dd/yyyy on an English system); a day not yet complete filters nothing.
 */
export function HistoryView() {
  const lang = useDesk((s) => s.lang);
  const close = useDesk((s) => s.setHistoryViewOpen);
  const [editors, setEditors] = useState<string[]>([]);
  const [who, setWho] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  // A day's problem is said once its field is left, not under every keystroke of "8/3/2…".
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const heading = useRef<HTMLHeadingElement>(null);
  // The view takes the focus (the reader it replaces may have held it: it would be left on <body>, out
  // of the Tab order) and hands it back when it closes: to what had it, still there (a claim row), or
  // else to the reader that comes back in its place.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    heading.current?.focus();
    return () => {
      const active = document.activeElement;
      if (active && active !== document.body) return;
      (opener?.isConnected ? opener : document.querySelector<HTMLElement>('#reader'))?.focus();
    };
  }, []);
  useEffect(() => {
    void api.listHistory({ limit: 1 }).then((r) => r.ok && setEditors(r.value.editors));
  }, []);
  const fromDay = parseTypedDay(from) ?? undefined;
  const toDay = parseTypedDay(to) ?? undefined;
  // Days as the list shows the actions: at the editor's local time (Hà Nội is UTC+7), not UTC.
  const timeZone = fromDay || toDay ? Intl.DateTimeFormat().resolvedOptions().timeZone : undefined;
  const query: HistoryQuery = {
    limit: 500,
    ...(who ? { who } : {}),
    ...(fromDay ? { from: fromDay } : {}),
    ...(toDay ? { to: toDay } : {}),
    ...(timeZone ? { timeZone } : {}),
  };
  // Two days swapped filter out everything: said as such, not as "no changes yet".
  const reversed =
    fromDay && toDay && fromDay > toDay
      ? lang === 'vi'
        ? `${t(lang, 'dateTo')} ${formatDate(toDay, lang)} trước ${t(lang, 'dateFrom')} ${formatDate(fromDay, lang)}: hãy đổi lại hai ngày.`
        : `${t(lang, 'dateTo')} ${formatDate(toDay, lang)} is before ${t(lang, 'dateFrom')} ${formatDate(fromDay, lang)}: swap the two days.`
      : null;
  return (
    <section className="history-view" aria-label={t(lang, 'workspaceHistory')} data-testid="history-view">
      <header>
        <button type="button" className="link" onClick={() => close(false)}>
          ← {t(lang, 'backToArticle')} <kbd>Esc</kbd>
        </button>
        <h1 ref={heading} tabIndex={-1}>
          {t(lang, 'workspaceHistory')}
        </h1>
        <div
          className="history-filters"
          onBlur={(e) => {
            const name = (e.target as HTMLInputElement).name;
            if ((name === 'historyFrom' || name === 'historyTo') && !left.has(name)) setLeft(new Set([...left, name]));
          }}
        >
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
          <DateField name="historyFrom" label={t(lang, 'dateFrom')} lang={lang} text={from} onText={setFrom} error={left.has('historyFrom') ? dayFieldProblem(from, t(lang, 'dateFrom'), lang) : null} />
          <DateField name="historyTo" label={t(lang, 'dateTo')} lang={lang} text={to} onText={setTo} error={(left.has('historyTo') ? dayFieldProblem(to, t(lang, 'dateTo'), lang) : null) ?? reversed} />
        </div>
      </header>
      {reversed ? null : <HistoryList query={query} label={t(lang, 'workspaceHistory')} />}
    </section>
  );
}
