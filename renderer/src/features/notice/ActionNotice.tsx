import { actionName } from '../../../../shared/i18n';
import { statusLabels, t, type Lang } from '../../i18n';
import { useDesk, type ActionNotice as Notice } from '../../store';

/** "Đã hoàn tác: Xác minh «100%» — diện tích" (undo), "Xác minh «100%» — diện tích" (an action). */
export function noticeText(notice: Notice, lang: Lang): string {
  const head = notice.direction === 'undo' ? `${t(lang, 'undone')}: ` : notice.direction === 'redo' ? `${t(lang, 'redone')}: ` : '';
  const quote = notice.quote ? ` «${notice.quote}»` : '';
  const context = notice.context ? ` — ${notice.context}` : '';
  return `${head}${actionName(notice.action, lang)}${quote}${context}`;
}

/**
 * A live region (role="status") that says what the last action, undo or redo did, with a link to
 * the claim: after moving on, the editor sees which of nine "100%" just changed and can go to it.
 */
export function ActionNotice() {
  const lang = useDesk((s) => s.lang);
  const notice = useDesk((s) => s.actionNotice);
  const jump = useDesk((s) => s.jumpToClaim);
  const hint = useDesk((s) => s.keyHint);
  const remote = useDesk((s) => s.remoteNotice);
  return (
    <div className="action-notice" role="status" aria-live="polite" data-testid="action-notice">
      {hint ? (
        <span key={hint.seq}>{t(lang, hint.id)}</span>
      ) : remote ? (
        // Another editor changed the claim this editor is on (shared desk).
        <span key={remote.seq} className="remote-notice" data-testid="remote-notice">
          {t(lang, 'remoteChanged').replace('{who}', remote.who).replace('{quote}', remote.quote).replace('{status}', statusLabels[remote.status][lang])}{' '}
          <button type="button" className="link" onClick={() => void jump(remote.claimId, remote.articleId)}>
            {t(lang, 'goToClaim')}
          </button>
        </span>
      ) : notice ? (
        <span key={notice.seq}>
          {noticeText(notice, lang)}
          {notice.exists && notice.claimId && notice.articleId ? (
            <>
              {' '}
              <button type="button" className="link" onClick={() => void jump(notice.claimId as string, notice.articleId as string)}>
                {t(lang, 'goToClaim')}
              </button>
            </>
          ) : null}
        </span>
      ) : null}
    </div>
  );
}
