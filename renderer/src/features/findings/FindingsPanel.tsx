import { explainStoredFinding } from '../../../../shared/analysis/explain';
import { findingStatusLabels, findingTypeLabels, formatNumber, t } from '../../i18n';
import { useDesk } from '../../store';
import { useFindings } from '../../store/findings';

export function FindingsPanel() {
  const lang = useDesk((s) => s.lang);
  // One page of findings at a time (the server filters by `show`); the counts come apart.
  const visible = useFindings((s) => s.findings);
  const total = useFindings((s) => s.total);
  const counts = useFindings((s) => s.counts) ?? { open: 0, resolved: 0, dismissed: 0 };
  const loadMore = useFindings((s) => s.loadMore);
  const show = useFindings((s) => s.show);
  const setShow = useFindings((s) => s.setShow);
  const openFinding = useFindings((s) => s.openFinding);
  const openId = useFindings((s) => s.detail?.finding.id);
  return (
    <section className="findings-panel" aria-label={t(lang, 'findings')}>
      <h2>
        {t(lang, 'findings')}{' '}
        <span className="counts" data-testid="findings-counts">
          {formatNumber(counts.open, lang)} {t(lang, 'findingsOpen')} · {formatNumber(counts.resolved, lang)} {t(lang, 'findingsResolved')} ·{' '}
          {formatNumber(counts.dismissed, lang)} {t(lang, 'findingsDismissed')}
        </span>
      </h2>
      <div className="segmented" role="group" aria-label={t(lang, 'findingsFilter')}>
        <button type="button" aria-pressed={show === 'open'} onClick={() => setShow('open')}>
          {t(lang, 'findingsShowOpen')}
        </button>
        <button type="button" aria-pressed={show === 'all'} onClick={() => setShow('all')}>
          {t(lang, 'findingsShowAll')}
        </button>
      </div>
      {visible.length === 0 ? <p className="empty">{t(lang, 'noFindings')}</p> : null}
      <ul id="findings" className="findings-list" tabIndex={-1}>
        {visible.map((f) => (
          <li key={f.id}>
            <button
              type="button"
              className={`finding-item type-${f.type} fstatus-${f.status}${f.id === openId ? ' selected' : ''}`}
              onClick={() => void openFinding(f.id)}
            >
              <span className="finding-type">
                ⟷ {findingTypeLabels[f.type][lang]}
                {f.status !== 'open' ? ` · ${findingStatusLabels[f.status][lang]}` : ''}
              </span>
              <span className="finding-text">{explainStoredFinding(f, lang)}</span>
            </button>
          </li>
        ))}
      </ul>
      {visible.length < total ? (
        <p className="findings-more">
          <span data-testid="findings-shown">
            {t(lang, 'findingsShown')} {formatNumber(visible.length, lang)}/{formatNumber(total, lang)}
          </span>{' '}
          <button type="button" className="link" onClick={() => void loadMore()}>
            {t(lang, 'findingsMore')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
