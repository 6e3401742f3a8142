import { useEffect, useRef, useState } from 'react';
import type { BackupInfo } from '../../../../shared/ipc/contract';
import { api } from '../../api';
import { formatDateTime, formatNumber, t, type Lang } from '../../i18n';
import { inFlightCommit, useDesk } from '../../store';
import { useFindings } from '../../store/findings';

function formatSize(bytes: number, lang: Lang): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), lang)} KB`;
  return `${formatNumber(Math.round(bytes / 1024 / 102.4) / 10, lang)} MB`;
}

/** "5 bài viết · 120 nhận định · 57 thao tác · 1,2 MB": what a backup holds. */
function holds(b: BackupInfo, lang: Lang): string {
  return [
    `${formatNumber(b.articles, lang)} ${t(lang, 'backupArticles')}`,
    `${formatNumber(b.claims, lang)} ${t(lang, 'backupClaims')}`,
    `${formatNumber(b.seq, lang)} ${t(lang, 'backupActions')}`,
    formatSize(b.bytes, lang),
  ].join(' · ');
}

/** Reads everything again after the workspace's content was replaced. */
async function reloadDesk(): Promise<void> {
  const desk = useDesk.getState();
  const open = desk.current ? { articleId: desk.current.article.id, claimId: desk.selectedClaimId ?? undefined } : null;
  await desk.init();
  if (open && useDesk.getState().articles.some((a) => a.id === open.articleId)) await useDesk.getState().openArticle(open.articleId, open.claimId);
  else useDesk.setState({ current: null, reviews: {}, selectedClaimId: null, history: null });
  await useFindings.getState().load();
}

/**
 * Settings → Backups: the workspace's rotating backups (its last checkpoints), newest first, and a
 * restore that asks first. The store keeps the current state as a backup before it restores, so a
 * restore can itself be undone by restoring that one.
 */
export function BackupsSection() {
  const lang = useDesk((s) => s.lang);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [asking, setAsking] = useState<BackupInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  const list = async () => {
    const listed = await api.listBackups({});
    if (listed.ok) setBackups(listed.value);
    else setProblem(listed.error.message);
  };
  useEffect(() => {
    void list();
  }, []);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);

  const ask = (b: BackupInfo, button: HTMLElement) => {
    returnFocus.current = button;
    setDone(null);
    setProblem(null);
    setAsking(b);
  };
  const cancel = () => {
    setAsking(null);
    returnFocus.current?.focus();
  };
  const restore = async (b: BackupInfo) => {
    setBusy(true);
    const restored = await inFlightCommit(() => api.restoreBackup({ backupId: b.id }));
    setBusy(false);
    setAsking(null);
    if (!restored.ok) return setProblem(restored.error.message);
    setDone(`${t(lang, 'backupRestored')} ${formatDateTime(b.at, lang)}. ${t(lang, 'backupRestoredKept')}`);
    await reloadDesk();
    await list();
  };

  return (
    <section className="backups" aria-labelledby="backups-title">
      <h3 id="backups-title">{t(lang, 'backups')}</h3>
      <p className="hint">{t(lang, 'backupsHint')}</p>
      {backups === null ? null : backups.length === 0 ? (
        <p className="hint">{t(lang, 'noBackups')}</p>
      ) : (
        <ul className="backup-list" aria-label={t(lang, 'backups')}>
          {backups.map((b) => {
            const when = formatDateTime(b.at, lang);
            return (
              <li key={b.id} className="backup-row">
                <span>
                  <strong>{when}</strong> <span className="hint">{holds(b, lang)}</span>
                </span>
                <button type="button" aria-label={`${t(lang, 'restoreBackup')} ${when}`} disabled={busy} onClick={(e) => ask(b, e.currentTarget)}>
                  {t(lang, 'restoreBackup')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {asking ? (
        <div className="backup-confirm" role="alertdialog" aria-labelledby="backup-confirm-text">
          <p id="backup-confirm-text">
            {t(lang, 'restoreAsk')} {formatDateTime(asking.at, lang)} ({holds(asking, lang)})? {t(lang, 'restoreKeepsCurrent')}
          </p>
          <button type="button" ref={confirmRef} disabled={busy} onClick={() => void restore(asking)}>
            {t(lang, 'restoreBackup')}
          </button>{' '}
          <button type="button" disabled={busy} onClick={cancel}>
            {t(lang, 'cancel')}
          </button>
        </div>
      ) : null}
      {done ? <p role="status">{done}</p> : null}
      {problem ? (
        <p className="form-error" role="alert">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
