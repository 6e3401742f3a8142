import { useEffect, useMemo, useRef } from 'react';
import type { Claim } from '../../../../shared/schema';
import { formatDate, statusLabels, t } from '../../i18n';
import { useDesk } from '../../store';
import { paragraphs, segmentParagraph } from './segments';

export function Reader() {
  const current = useDesk((s) => s.current);
  const lang = useDesk((s) => s.lang);
  const reviews = useDesk((s) => s.reviews);
  const selectedClaimId = useDesk((s) => s.selectedClaimId);
  const selectClaim = useDesk((s) => s.selectClaim);
  const container = useRef<HTMLDivElement>(null);

  const paras = useMemo(() => {
    if (!current) return [];
    return paragraphs(current.article.text).map((p) => ({ ...p, segments: segmentParagraph(p.start, p.end, current.claims) }));
  }, [current]);

  const claimsById = useMemo(() => new Map<string, Claim>((current?.claims ?? []).map((c) => [c.id, c])), [current]);

  useEffect(() => {
    if (!selectedClaimId || !container.current) return;
    const mark = container.current.querySelector(`[data-claim-id="${CSS.escape(selectedClaimId)}"]`);
    mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [selectedClaimId]);

  if (!current) return <div className="empty">{t(lang, 'pickArticle')}</div>;
  const { article } = current;
  const reviewed = current.claims.filter((c) => (reviews[c.id]?.status ?? 'unreviewed') !== 'unreviewed').length;

  return (
    <article className="reader" ref={container} aria-label={t(lang, 'article')}>
      <header className="reader-head">
        <h1>{article.title ?? article.source}</h1>
        <p className="meta">
          {[article.outlet, article.author, formatDate(article.publishedAt, lang)].filter(Boolean).join(' · ')}
          {' · '}
          <span data-testid="article-progress">
            {reviewed}/{current.claims.length} {t(lang, 'reviewed')}
          </span>
        </p>
      </header>
      <div className="reader-text">
        {paras.map((p) => (
          <p key={p.start}>
            {p.segments.map((seg) => {
              const text = article.text.slice(seg.start, seg.end);
              const id = seg.claimIds[0];
              if (!id) return <span key={seg.start}>{text}</span>;
              const status = reviews[id]?.status ?? 'unreviewed';
              const claim = claimsById.get(id);
              const selected = seg.claimIds.includes(selectedClaimId ?? '');
              // The first piece of a claim carries its id so the list can scroll to it.
              const isStart = claim?.start === seg.start;
              return (
                <mark
                  key={seg.start}
                  className={`hl status-${status}${selected ? ' selected' : ''}`}
                  data-claim-id={isStart ? id : undefined}
                  data-claims={seg.claimIds.join(' ')}
                  title={statusLabels[status][lang]}
                  onClick={() => selectClaim(seg.claimIds.includes(selectedClaimId ?? '') && seg.claimIds.length > 1
                    ? (seg.claimIds[(seg.claimIds.indexOf(selectedClaimId ?? '') + 1) % seg.claimIds.length] ?? id)
                    : id)}
                >
                  {text}
                </mark>
              );
            })}
          </p>
        ))}
      </div>
    </article>
  );
}
