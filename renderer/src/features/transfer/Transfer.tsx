import { useState, type FormEvent } from 'react';
import type { ExportRequest } from '../../../../shared/ipc/contract';
import { exportFormatNames, reviewStatuses } from '../../../../shared/enums';
import type { ReviewStatus } from '../../../../shared/schema';
import { statusLabels, t, type MessageId } from '../../i18n';
import { useDesk } from '../../store';
import { useTransfer } from '../../store/transfer';
import { Dialog } from './Dialog';
import { FormActions } from '../../components/FormActions';

const formatLabels: Record<(typeof exportFormatNames)[number], MessageId> = {
  csv: 'fmtCsv',
  json: 'fmtJson',
  jsonl: 'fmtJsonl',
  claimreview: 'fmtClaimReview',
  findings: 'fmtFindings',
  'findings-html': 'fmtFindingsHtml',
};

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function JobProgress() {
  const lang = useDesk((s) => s.lang);
  const job = useTransfer((s) => s.job);
  const cancel = useTransfer((s) => s.cancelJob);
  if (!job) return null;
  return (
    <div className="job" role="status" data-testid="job-progress">
      <span>
        {t(lang, job.kind === 'reextract' ? 'reextracting' : 'importing')} {job.done}/{job.total}
        {job.current ? ` · ${job.current}` : ''}
      </span>
      <progress max={Math.max(1, job.total)} value={job.done} />
      <button type="button" onClick={() => void cancel()}>
        {t(lang, 'cancel')}
      </button>
    </div>
  );
}

export function ReextractSummary() {
  const lang = useDesk((s) => s.lang);
  const mine = useTransfer((s) => s.reextractReport);
  const upgraded = useDesk((s) => s.upgraded);
  const dismiss = useTransfer((s) => s.dismissReport);
  const report = mine ?? upgraded;
  if (!report) return null;
  return (
    <section className="banner summary" role="status" data-testid="reextract-summary">
      <strong>{mine ? t(lang, 'reextractDone') : t(lang, 'upgradedNote')}</strong> {report.before} → {report.after} {t(lang, 'claimsBeforeAfter')} ·{' '}
      {report.reviewsMoved} {t(lang, 'reviewsMoved')} · {report.kept} {t(lang, 'keptClaims')}
      {report.detached.length > 0 ? (
        <>
          <p>
            {report.detached.length} {t(lang, 'detachedClaims')}:
          </p>
          <ul>
            {report.detached.map((d) => (
              <li key={d.claimId}>
                «{d.quote}» — {statusLabels[d.status][lang]}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <button
        type="button"
        onClick={() => {
          dismiss();
          useDesk.setState({ upgraded: null });
        }}
      >
        {t(lang, 'close')}
      </button>
    </section>
  );
}

export function ImportSummary() {
  const lang = useDesk((s) => s.lang);
  const report = useTransfer((s) => s.report);
  const dismiss = useTransfer((s) => s.dismissReport);
  if (!report) return null;
  return (
    <section className="banner summary" role="status" aria-label={t(lang, 'importDone')} data-testid="import-summary">
      <strong>{t(lang, 'importDone')}:</strong> {report.imported.length} {t(lang, 'importedN')} · {report.duplicates.length}{' '}
      {t(lang, 'duplicatesN')} · {report.refused.length} {t(lang, 'refusedN')}
      {report.cancelled ? <p>{t(lang, 'cancelledNote')}</p> : null}
      {report.merged ? (
        <p>
          {t(lang, 'mergedNote')} {fileName(report.merged.source)}: {report.merged.reviews} · {report.merged.conflicts} {t(lang, 'conflictsN')}
        </p>
      ) : null}
      <ul>
        {report.imported
          .filter((i) => i.encoding !== 'UTF-8' || i.notes.length > 0)
          .map((i) => (
            <li key={i.articleId}>
              {fileName(i.source)}: {t(lang, 'encodingAssumed')} {i.encoding}
              {i.notes.length > 0 ? ` — ${i.notes.join(' ')}` : ''}
            </li>
          ))}
        {report.refused.map((r) => (
          <li key={r.source} className="refused">
            ✕ {r.reason}
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t(lang, 'close')}
      </button>
    </section>
  );
}

export function ImportDialog() {
  const lang = useDesk((s) => s.lang);
  const startImport = useTransfer((s) => s.startImport);
  const open = useTransfer((s) => s.open);
  return (
    <Dialog label={t(lang, 'importArticles')}>
      <p className="hint">{t(lang, 'importFormats')}</p>
      <div className="form-actions vertical">
        <button type="button" onClick={() => void startImport('files')}>
          {t(lang, 'importFiles')}
        </button>
        <button type="button" onClick={() => void startImport('folder')}>
          {t(lang, 'importFolder')}
        </button>
        <button type="button" onClick={() => open('paste')}>
          {t(lang, 'importPaste')}
        </button>
        <button type="button" onClick={() => open('none')}>
          {t(lang, 'cancel')} <kbd>Esc</kbd>
        </button>
      </div>
    </Dialog>
  );
}

export function PasteDialog() {
  const lang = useDesk((s) => s.lang);
  const importText = useTransfer((s) => s.importText);
  const open = useTransfer((s) => s.open);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim() || !text.trim()) return setProblem(t(lang, 'pasteNeedTitle'));
    void importText(title, text);
  };
  return (
    <Dialog label={t(lang, 'importPaste')} wide>
      <form className="detail-form" onSubmit={submit}>
        <label>
          {t(lang, 'pasteTitle')}
          <input name="pasteTitle" autoFocus value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t(lang, 'pasteText')}
          <textarea name="pasteText" rows={12} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        {problem ? <p className="form-error" role="alert">{problem}</p> : null}
        <FormActions lang={lang} submitLabel={t(lang, 'importArticles')} onCancel={() => open('none')} />
      </form>
    </Dialog>
  );
}

export function ExportDialog() {
  const lang = useDesk((s) => s.lang);
  const current = useDesk((s) => s.current);
  const exportData = useTransfer((s) => s.exportData);
  const summary = useTransfer((s) => s.exportSummary);
  const open = useTransfer((s) => s.open);
  const [format, setFormat] = useState<ExportRequest['format']>('csv');
  const [onlyCurrent, setOnlyCurrent] = useState(false);
  const [statuses, setStatuses] = useState<ReviewStatus[]>(['verified', 'corrected']);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const wholeBackup = format === 'json' && !onlyCurrent && !from && !to && statuses.length === reviewStatuses.length;
    void exportData({
      format,
      scope: wholeBackup
        ? {}
        : {
            statuses,
            ...(onlyCurrent && current ? { articleIds: [current.article.id] } : {}),
            ...(from ? { from } : {}),
            ...(to ? { to } : {}),
          },
    });
  };
  return (
    <Dialog label={t(lang, 'exportData')} wide>
      <form className="detail-form" onSubmit={submit}>
        <fieldset>
          <legend>{t(lang, 'exportFormat')}</legend>
          {exportFormatNames.map((f) => (
            <label key={f} className="radio">
              <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} />
              {t(lang, formatLabels[f])}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t(lang, 'exportScope')}</legend>
          <label className="radio">
            <input type="radio" name="scope" checked={!onlyCurrent} onChange={() => setOnlyCurrent(false)} />
            {t(lang, 'scopeWorkspace')}
          </label>
          <label className="radio">
            <input type="radio" name="scope" checked={onlyCurrent} disabled={!current} onChange={() => setOnlyCurrent(true)} />
            {t(lang, 'scopeCurrent')}
          </label>
          <p className="hint">{t(lang, 'exportStatuses')}</p>
          {reviewStatuses.map((st) => (
            <label key={st} className="radio">
              <input
                type="checkbox"
                name={`status-${st}`}
                checked={statuses.includes(st)}
                onChange={(e) => setStatuses(e.target.checked ? [...statuses, st] : statuses.filter((x) => x !== st))}
              />
              {statusLabels[st][lang]}
            </label>
          ))}
          <label>
            {t(lang, 'dateFrom')}
            <input type="date" name="from" value={from} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label>
            {t(lang, 'dateTo')}
            <input type="date" name="to" value={to} onChange={(e) => setTo(e.target.value)} />
          </label>
        </fieldset>
        {summary ? (
          <div className="export-summary" role="status" data-testid="export-summary">
            {summary.path ? (
              <p>
                {t(lang, 'exportWrote')} {summary.count} → <code>{summary.path}</code> ({summary.bytes.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')} B)
              </p>
            ) : (
              <p>{t(lang, 'exportCancelled')}</p>
            )}
            {summary.problems.length > 0 ? (
              <>
                <p>
                  {t(lang, 'exportProblems')} ({summary.problems.length}):
                </p>
                <ul>
                  {summary.problems.slice(0, 20).map((p) => (
                    <li key={p.claimId}>
                      {p.claimId}: {[...p.missing, ...p.invalid].join(', ')}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
        <div className="form-actions">
          <button type="submit">{t(lang, 'exportRun')}</button>
          <button type="button" onClick={() => open('none')}>
            {t(lang, 'close')} <kbd>Esc</kbd>
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function describeSide(side: Record<string, unknown>, fields: string[]): string {
  return fields.map((f) => `${f}: ${JSON.stringify(side[f] ?? null)}`).join(' · ');
}

export function ConflictsDialog() {
  const lang = useDesk((s) => s.lang);
  const conflicts = useTransfer((s) => s.conflicts);
  const resolve = useTransfer((s) => s.resolveConflict);
  const open = useTransfer((s) => s.open);
  return (
    <Dialog label={t(lang, 'conflictsTitle')} wide>
      <p className="hint">{t(lang, 'conflictsHint')}</p>
      <ol className="conflicts">
        {conflicts.map((c) => (
          <li key={c.key} data-testid="conflict">
            <p>
              <code>{c.key}</code>
            </p>
            <p>
              {t(lang, 'current')}: {describeSide(c.current, c.fields)}
            </p>
            <p>
              {t(lang, 'incoming')}: {describeSide(c.incoming, c.fields)}
            </p>
            <div className="form-actions">
              <button type="button" onClick={() => void resolve(c.key, 'current')}>
                {t(lang, 'keepCurrent')}
              </button>
              <button type="button" onClick={() => void resolve(c.key, 'incoming')}>
                {t(lang, 'takeIncoming')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => open('none')}>
        {t(lang, 'close')} <kbd>Esc</kbd>
      </button>
    </Dialog>
  );
}
