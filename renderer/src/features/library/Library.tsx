import { formatDate, t } from '../../i18n';
import { useDesk } from '../../store';

export function Library() {
  const articles = useDesk((s) => s.articles);
  const lang = useDesk((s) => s.lang);
  const currentId = useDesk((s) => s.current?.article.id);
  const openArticle = useDesk((s) => s.openArticle);
  const importSamples = useDesk((s) => s.importSamples);

  if (articles.length === 0) {
    return (
      <div className="empty">
        <p>{t(lang, 'noArticles')}</p>
        <button type="button" onClick={() => void importSamples()}>
          {t(lang, 'openSamples')}
        </button>
      </div>
    );
  }
  return (
    <ul className="library-list" aria-label={t(lang, 'library')}>
      {articles.map((a) => (
        <li key={a.id}>
          <button
            type="button"
            className={`library-item${a.id === currentId ? ' selected' : ''}`}
            aria-current={a.id === currentId}
            onClick={() => void openArticle(a.id)}
          >
            <span className="library-title">{a.title ?? a.source}</span>
            <span className="library-meta">
              {[a.outlet, formatDate(a.publishedAt, lang)].filter((x) => x && x !== '—').join(' · ')}
            </span>
            <span className="library-progress">
              <progress max={Math.max(1, a.claimCount)} value={a.reviewedCount} />
              {a.reviewedCount}/{a.claimCount} {t(lang, 'reviewed')}
              {a.flaggedCount > 0 ? ` · ${a.flaggedCount} ${t(lang, 'flaggedCount')}` : ''}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
