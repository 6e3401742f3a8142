import { useEffect, useRef } from 'react';
import { formatNumber, kindLabels, statusIcons, statusLabels, t } from '../../i18n';
import { useDesk } from '../../store';

export function ClaimList() {
  const current = useDesk((s) => s.current);
  const lang = useDesk((s) => s.lang);
  const reviews = useDesk((s) => s.reviews);
  const selectedClaimId = useDesk((s) => s.selectedClaimId);
  const selectClaim = useDesk((s) => s.selectClaim);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!selectedClaimId || !list.current) return;
    list.current.querySelector(`[data-list-claim="${CSS.escape(selectedClaimId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedClaimId]);

  if (!current) return null;
  if (current.claims.length === 0) return <div className="empty">{t(lang, 'noClaims')}</div>;
  return (
    <ol className="claim-list" ref={list} aria-label={t(lang, 'claims')}>
      {current.claims.map((c) => {
        const status = reviews[c.id]?.status ?? 'unreviewed';
        return (
          <li key={c.id}>
            <button
              type="button"
              data-list-claim={c.id}
              className={`claim-item status-${status}${c.id === selectedClaimId ? ' selected' : ''}`}
              aria-pressed={c.id === selectedClaimId}
              onClick={() => selectClaim(c.id)}
            >
              <span className="status-icon" aria-label={statusLabels[status][lang]} title={statusLabels[status][lang]}>
                {statusIcons[status]}
              </span>
              <span className="claim-quote">{c.quote}</span>
              <span className="claim-sub">
                {kindLabels[c.kind][lang]}
                {c.value !== null ? ` · ${formatNumber(c.value, lang)}${c.total !== null ? '/' + formatNumber(c.total, lang) : ''}` : ''}
                {c.metric ? ` · ${c.metric}` : ''}
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
