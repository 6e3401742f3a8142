import { useEffect, useMemo, useState } from 'react';
import { describeHistory, formatDateTime, type HistoryContext } from '../../../../shared/i18n';
import type { HistoryPage, HistoryQuery } from '../../../../shared/ipc/contract';
import { findVerdict, verdictLabel } from '../../../../shared/settings';
import { api } from '../../api';
import { t } from '../../i18n';
import { useDesk } from '../../store';

/** Reloads whenever the desk saved something (an action, undo, redo), so an open history follows. */
function useHistoryPage(query: HistoryQuery): HistoryPage | null {
  const notice = useDesk((s) => s.actionNotice?.seq ?? 0);
  const saveState = useDesk((s) => s.saveState);
  const [page, setPage] = useState<HistoryPage | null>(null);
  const key = JSON.stringify(query);
  useEffect(() => {
    let live = true;
    void api.listHistory(JSON.parse(key) as HistoryQuery).then((r) => {
      if (live && r.ok) setPage(r.value);
    });
    return () => {
      live = false;
    };
  }, [key, notice, saveState]);
  return page;
}

/**
 * The audit trail as a person reads it: newest first, one entry per editor action, each naming the
 * claim by its quote (a link that jumps to it) and what changed, before → after, in words.
 */
export function HistoryList({ query, showQuotes = true, label }: { query: HistoryQuery; showQuotes?: boolean; label: string }) {
  const lang = useDesk((s) => s.lang);
  const settings = useDesk((s) => s.settings);
  const jump = useDesk((s) => s.jumpToClaim);
  const page = useHistoryPage(query);
  const items = useMemo(() => {
    if (!page) return null;
    const ctx: HistoryContext = {
      quoteOf: (id) => page.labels[id] ?? null,
      kindOf: (id) => page.kinds[id] ?? null,
      verdictLabel: (id, l) => {
        const v = settings ? findVerdict(settings, id) : null;
        return v ? verdictLabel(v, l) : id;
      },
    };
    return describeHistory(page.events, ctx, lang);
  }, [page, lang, settings]);
  if (!items) return <p className="hint">{t(lang, 'loading')}</p>;
  if (items.length === 0) return <p className="hint">{t(lang, 'noHistory')}</p>;
  return (
    <ol className="history-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className={item.direction ? `history-${item.direction}` : undefined}>
          <div className="history-head">
            <strong>{item.action}</strong>
            <span className="when">
              {formatDateTime(item.when, lang)}
              {item.who ? ` · ${item.who}` : ''}
            </span>
          </div>
          {item.targets.map((target, i) => {
            const articleId = page?.articles[target.target];
            return (
              <div key={`${target.target}:${i}`} className="history-target">
                {showQuotes && target.label ? (
                  articleId ? (
                    <button type="button" className="link history-quote" onClick={() => void jump(target.target, articleId)}>
                      «{target.label}»
                    </button>
                  ) : (
                    <span className="history-quote">{target.label}</span>
                  )
                ) : null}
                {target.lines.length > 0 ? (
                  <ul className="history-lines">
                    {target.lines.map((line, n) => (
                      // Several evidence links can be added at once: the field alone is no key.
                      <li key={`${line.field}:${n}`} className={line.change ? `history-${line.change}` : undefined}>
                        <span className="field">{line.field}:</span>{' '}
                        {line.change === 'removed' ? (
                          <del>{line.before}</del>
                        ) : (
                          <>
                            {line.before !== '—' && !line.change ? <del>{line.before}</del> : null}
                            {line.before !== '—' && !line.change ? ' → ' : ''}
                            <ins>{line.after}</ins>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            );
          })}
        </li>
      ))}
      {page?.truncated ? <li className="hint">{t(lang, 'historyTruncated')}</li> : null}
    </ol>
  );
}
