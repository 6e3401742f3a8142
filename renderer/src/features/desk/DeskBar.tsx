import { useState } from 'react';
import { formatNumber, t } from '../../i18n';
import { useDesk } from '../../store';
import { useTeam } from '../../store/team';

const icons = { online: '●', reconnecting: '↻', offline: '✕', outdated: '⚠' } as const;
const words = { online: 'deskOnline', reconnecting: 'deskReconnecting', offline: 'deskOffline', outdated: 'deskOutdated' } as const;

/** The shared desk's connection state: an icon and a word (never colour alone), and what waits for it. */
export function DeskStateBadge() {
  const lang = useDesk((s) => s.lang);
  const status = useTeam((s) => s.status);
  if (status?.mode !== 'desk' || !status.state) return null;
  const state = status.state;
  return (
    <span
      className={`desk-state desk-${state}`}
      data-testid="desk-state"
      role="status"
      title={state === 'outdated' ? t(lang, 'deskOutdatedNotice') : (status.url ?? undefined)}
    >
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
  // A newer Crosscheck upgraded the desk: this app no longer follows it (nor who is on it).
  if (status.state === 'outdated') {
    return (
      <p className="desk-outdated-notice" data-testid="desk-outdated" role="alert">
        ⚠ {t(lang, 'deskOutdatedNotice')}
      </p>
    );
  }
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

/**
 * Leaving the shared desk (disconnect, or quitting the app) while actions still wait for it: how
 * many are being sent and, after a moment, a way to stop waiting. Then what was given up on —
 * never sent, or sent and not confirmed — until the editor has read it.
 */
export function DeskLeaving({ onDismiss }: { onDismiss?: () => void } = {}) {
  const lang = useDesk((s) => s.lang);
  const status = useTeam((s) => s.status);
  const leaving = useTeam((s) => s.leaving);
  const canGiveUp = useTeam((s) => s.canGiveUp);
  const gaveUp = useTeam((s) => s.gaveUp);
  const giveUp = useTeam((s) => s.giveUp);
  const dismiss = useTeam((s) => s.dismissGaveUp);
  const [asked, setAsked] = useState(false);
  const pending = status?.mode === 'desk' ? status.pending : 0;
  const count = (id: 'deskSending' | 'deskNotSent' | 'deskUnconfirmed', n: number) => t(lang, id).replace('{n}', formatNumber(n, lang));
  if (leaving && pending > 0) {
    return (
      <div className="desk-leaving" role="status" aria-live="polite" data-testid="desk-leaving">
        {leaving === 'quit' ? <p>{t(lang, 'deskQuitting')}</p> : null}
        <p>{count('deskSending', pending)}</p>
        {canGiveUp ? (
          <>
            <p className="hint">{t(lang, 'deskGiveUpHint')}</p>
            <button
              type="button"
              disabled={asked}
              onClick={() => {
                setAsked(true);
                void giveUp().finally(() => setAsked(false));
              }}
            >
              {t(lang, 'deskGiveUp')}
            </button>
          </>
        ) : null}
      </div>
    );
  }
  if (gaveUp) {
    return (
      <div className="desk-gave-up" role="alert" data-testid="desk-gave-up">
        {gaveUp.notSent > 0 ? <p>{count('deskNotSent', gaveUp.notSent)}</p> : null}
        {gaveUp.unconfirmed > 0 ? <p>{count('deskUnconfirmed', gaveUp.unconfirmed)}</p> : null}
        <button
          type="button"
          onClick={() => {
            // Quitting: the report stays (and "Ở lại" stays impossible) until the window is gone — a
            // question before closing answered "Ở lại" must not bring back a desk that saves nothing.
            if (onDismiss) onDismiss();
            else dismiss();
          }}
        >
          {t(lang, leaving === 'quit' ? 'deskCloseApp' : 'deskGaveUpOk')}
        </button>
      </div>
    );
  }
  return null;
}
