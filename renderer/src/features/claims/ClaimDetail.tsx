import type { ReactNode } from 'react';
import type { ReviewStatus } from '../../../../shared/schema';
import { formatNumber, kindLabels, modalityLabels, qualifierLabels, statusIcons, statusLabels, t } from '../../i18n';
import { useDesk } from '../../store';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children ?? '—'}</dd>
    </>
  );
}

const actions: Array<{ status: ReviewStatus; label: 'verify' | 'flag' | 'reject' | 'reset'; key: string }> = [
  { status: 'verified', label: 'verify', key: 'v' },
  { status: 'flagged', label: 'flag', key: 'f' },
  { status: 'rejected', label: 'reject', key: 'x' },
  { status: 'unreviewed', label: 'reset', key: 'u' },
];

export function ClaimDetail() {
  const current = useDesk((s) => s.current);
  const lang = useDesk((s) => s.lang);
  const selectedClaimId = useDesk((s) => s.selectedClaimId);
  const review = useDesk((s) => (s.selectedClaimId ? s.reviews[s.selectedClaimId] : undefined));
  const act = useDesk((s) => s.review);
  const claim = current?.claims.find((c) => c.id === selectedClaimId);
  if (!current || !claim) return <div className="empty">{t(lang, 'pickClaim')}</div>;
  const status = review?.status ?? 'unreviewed';
  const sentence = current.article.text.slice(claim.sentenceStart, claim.sentenceEnd);
  return (
    <section className="detail" aria-label={t(lang, 'detail')}>
      <p className={`detail-status status-${status}`} data-testid="detail-status">
        {statusIcons[status]} {statusLabels[status][lang]}
      </p>
      <blockquote className="detail-quote">{claim.quote}</blockquote>
      <p className="detail-sentence">{sentence}</p>
      <dl className="facts">
        <Field label={t(lang, 'kind')}>{kindLabels[claim.kind][lang]}</Field>
        <Field label={t(lang, 'value')}>
          {claim.value !== null ? formatNumber(claim.value, lang) : null}
          {claim.total !== null ? ` / ${formatNumber(claim.total, lang)}` : ''}
          {claim.upper !== null ? ` – ${formatNumber(claim.upper, lang)}` : ''}
        </Field>
        <Field label={t(lang, 'unit')}>{claim.unit}</Field>
        <Field label={t(lang, 'qualifier')}>{claim.qualifier ? qualifierLabels[claim.qualifier][lang] : null}</Field>
        <Field label={t(lang, 'subject')}>{claim.subject}</Field>
        <Field label={t(lang, 'metric')}>{claim.metric}</Field>
        <Field label={t(lang, 'period')}>{claim.period}</Field>
        <Field label={t(lang, 'modality')}>{claim.modality ? modalityLabels[claim.modality][lang] : null}</Field>
        {review && review.status !== 'unreviewed' ? <Field label={t(lang, 'reviewer')}>{review.reviewer}</Field> : null}
      </dl>
      <div className="actions">
        {actions.map((a) => (
          <button key={a.status} type="button" className={`action action-${a.status}`} onClick={() => void act(claim.id, { status: a.status })}>
            {t(lang, a.label)} <kbd>{a.key}</kbd>
          </button>
        ))}
      </div>
    </section>
  );
}
