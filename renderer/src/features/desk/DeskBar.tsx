import { formatNumber, t } from '../../i18n';
import { useDesk } from '../../store';
import { useTeam } from '../../store/team';

const icons = { online: '●', reconnecting: '↻', offline: '✕' } as const;
const words = { online: 'deskOnline', reconnecting: 'deskReconnecting', offline: 'deskOffline' } as const;

/** The shared desk's connection state: an icon and a word (never colour alone), and what waits for it. */
export function DeskStateBadge() {
  const lang = useDesk((s) => s.lang);
  const status = useTeam((s) => s.status);
  if (status?.mode !== 'desk' || !status.state) return null;
  const state = status.state;
  return (
    <span className={`desk-state desk-${state}`} data-testid="desk-state" role="status" title={status.url ?? undefined}>
      {icons[state]} {t(lang, words[state])}
      {status.pending > 0 ? (
        <span className="desk-pending" data-testid="desk-pending" title={t(lang, 'deskPendingHint')}>
          {' '}
          · {formatNumber(status.pending, lang)} {t(lang, 'deskPending')}
        </span>
      ) : null}
    </span>
  );
}

/** Who else is on the shared desk and on which article: "Lan (lan) — Bài: …". */
export function DeskPresenceLine() {
  const lang = useDesk((s) => s.lang);
  const status = useTeam((s) => s.status);
  if (status?.mode !== 'desk') return null;
  return (
    <p className="desk-presence" data-testid="desk-presence" aria-live="polite">
      <span className="label">{t(lang, 'deskOthers')}:</span>{' '}
      {status.others.length === 0
        ? t(lang, 'deskAlone')
        : status.others.map((o, i) => (
            <span key={`${o.editor}-${i}`} className="desk-peer">
              {i > 0 ? ' · ' : ''}
              {o.editor} — {o.articleId ? `${t(lang, 'article')}: ${o.articleTitle ?? o.articleId}` : t(lang, 'deskNoArticle')}
            </span>
          ))}
    </p>
  );
}
