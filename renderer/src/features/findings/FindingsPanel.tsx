import { explainStoredFinding } from '../../../../shared/analysis';
import { useMemo } from 'react';
import { findingStatusLabels, findingTypeLabels, t } from '../../i18n';
import { useDesk } from '../../store';
import { useFindings } from '../../store/findings';

export function FindingsPanel() {
  const lang = useDesk((s) => s.lang);
  const findings = useFindings((s) => s.findings);
  const show = useFindings((s) => s.show);
  const setShow = useFindings((s) => s.setShow);
  const openFinding = useFindings((s) => s.openFinding);
  const openId = useFindings((s) => s.detail?.finding.id);
  const counts = useMemo(() => {
    const c = { open: 0, resolved: 0, dismissed: 0 };
    for (const f of findings) if (f.type !== 'consistent' || f.status !== 'open') c[f.status]++;
    return c;
  }, [findings]);
  const visible = useMemo(
    () => (show === 'open' ? findings.filter((f) => f.status === 'open' && f.type !== 'consistent') : findings),
    [findings, show],
  );
  return (
    <section className="findings-panel" aria-label={t(lang, 'findings')}>
      <h2>
        {t(lang, 'findings')}{' '}
        <span className="counts" data-testid="findings-counts">
          {counts.open} {t(lang, 'findingsOpen')} · {counts.resolved} {t(lang, 'findingsResolved')} · {counts.dismissed} {t(lang, 'findingsDismissed')}
        </span>
      </h2>
      <div className="segmented" role="group" aria-label="findings-show">
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
    </section>
  );
}
