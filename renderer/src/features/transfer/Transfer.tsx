import { useMemo, useState, type FormEvent } from 'react';
import type { ExportRequest } from '../../../../shared/ipc/contract';
import { exportFormatNames, reviewStatuses } from '../../../../shared/enums';
import { describeClaimReviewProblems } from '../../../../shared/export/claimReview';
import type { ReviewStatus } from '../../../../shared/schema';
import { formatNumber, statusLabels, t, tCount, type Lang, type MessageId } from '../../i18n';
import { readDateline } from '../../../../shared/extract/dateline';
import { useDesk } from '../../store';
import { useTransfer } from '../../store/transfer';
import { Dialog } from './Dialog';
import { reextractLines } from './reextractLines';
import { FormActions } from '../../components/FormActions';
import { DateField, dayFieldProblem } from '../../components/DateField';
import { exportCount, formatDate, parseTypedDay } from '../../../../shared/i18n';
import { MAX_TEXT_BYTES, textTooLongMessage, utf8Length } from '../../../../shared/textSize';

const formatLabels: Record<(typeof exportFormatNames)[number], MessageId> = {
  csv: 'fmtCsv',
  json: 'fmtJson',
  jsonl: 'fmtJsonl',
  claimreview: 'fmtClaimReview',
  findings: 'fmtFindings',
  'findings-html': 'fmtFindingsHtml',
};

/** A file size as people read it: "512 B", "3,6 KB", "1,2 MB" (decimal comma in Vietnamese). */
export function formatBytes(bytes: number, lang: Lang): string {
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  if (bytes < 1024) return `${bytes.toLocaleString(locale)} B`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / (1024 * 1024), 'MB'];
  return `${value.toLocaleString(locale, { maximumFractionDigits: 1 })} ${unit}`;
}

/** A share as a whole percent ("42%"), rounded down: 100% only once it is all done. */
function formatPercent(share: number, lang: Lang): string {
  return `${formatNumber(Math.floor(share * 100), lang)}%`;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function JobProgress() {
  const lang = useDesk((s) => s.lang);
  const job = useTransfer((s) => s.job);
  const cancel = useTransfer((s) => s.cancelJob);
  if (!job) return null;
  // After the files, the contradiction analysis (minutes for a newsroom's thousands of articles): its
  // share, said in the desk's language, and the bar follows it.
  const analysing = job.analysis !== null && job.analysis !== undefined;
  return (
    <div className="job" role="status" data-testid="job-progress">
      {job.kind === 'analysis' ? (
        // The open's analysis again (another engine's findings): no files to count.
        <span>
          {t(lang, 'reanalysing')} {formatPercent(job.analysis ?? 0, lang)}
        </span>
      ) : (
        <span>
          {t(lang, job.kind === 'upgrade' ? 'upgrading' : job.kind === 'reextract' ? 'reextracting' : 'importing')} {formatNumber(job.done, lang)}/
          {formatNumber(job.total, lang)}
          {analysing ? ` · ${t(lang, 'analysingFindings')} ${formatPercent(job.analysis ?? 0, lang)}` : job.current ? ` · ${job.current}` : ''}
        </span>
      )}
      {analysing ? <progress max={100} value={Math.floor((job.analysis ?? 0) * 100)} /> : <progress max={Math.max(1, job.total)} value={job.done} />}
      {/* A re-extraction runs to its end (it writes once, at the end), the analysis too: only an import stops between files. */}
      {job.kind === 'upgrade' || job.kind === 'reextract' || job.kind === 'analysis' ? null : (
        <button type="button" onClick={() => void cancel()}>
          {t(lang, 'cancel')}
        </button>
      )}
    </div>
  );
}

/**
 * A summary banner closed hands the focus to the library's row that Tab reaches (the article list the
 * import or re-extraction just changed), not to the body, out of the keyboard's reach (QA59 follow-up).
 */
function focusLibraryAfterClose(): void {
  const active = document.activeElement;
  if (active && active !== document.body && !active.closest('[data-testid="import-summary"], [data-testid="reextract-summary"]')) return;
  document.querySelector<HTMLElement>('.library-list button[tabindex="0"], .library-list button')?.focus({ preventScroll: true });
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
      <strong>{mine ? t(lang, 'reextractDone') : t(lang, 'upgradedNote')}</strong> {reextractLines(report, lang).join(' · ')}
      {report.detached.length > 0 ? (
        <>
          <p>
            {formatNumber(report.detached.length, lang)} {t(lang, 'detachedClaims')}:
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
          focusLibraryAfterClose();
          dismiss();
          useDesk.setState({ upgraded: null });
        }}
      >
        {t(lang, 'close')}
      </button>
    </section>
  );
}

/** Up to this many files the import summary shows its list open; more fold behind one line. */
const SHORT_IMPORT_LIST = 6;

export function ImportSummary() {
  const lang = useDesk((s) => s.lang);
  const imported = useTransfer((s) => s.report);
  const samples = useDesk((s) => s.samplesReport);
  const dismissReport = useTransfer((s) => s.dismissReport);
  const report = imported ?? samples;
  const dismiss = () => {
    focusLibraryAfterClose();
    dismissReport();
    useDesk.setState({ samplesReport: null });
  };
  if (!report) return null;
  const listed = report.imported.length + report.duplicates.length + report.refused.length;
  return (
    <section className="banner summary" role="status" aria-label={t(lang, 'importDone')} data-testid="import-summary">
      <strong>{t(lang, 'importDone')}:</strong> {tCount(lang, report.imported.length, 'importedN')} ·{' '}
      {tCount(lang, report.duplicates.length, 'duplicatesN')} · {tCount(lang, report.refused.length, 'refusedN')}
      {report.cancelled ? <p>{t(lang, 'cancelledNote')}</p> : null}
      {/* A folder's pictures and hidden files are left out: said, as a dropped picture is refused. */}
      {report.skipped && report.skipped.length > 0 ? (
        <p className="skipped" data-testid="import-skipped">
          {tCount(lang, report.skipped.length, 'skippedN')}: {report.skipped.map(fileName).join(', ')}
        </p>
      ) : null}
      {/* A save failed partway: the articles above are saved; the file it stopped at and the rest are not. */}
      {report.interrupted ? (
        <p className="refused" data-testid="import-interrupted">
          {t(lang, 'importStopped')} {fileName(report.interrupted.source)}: {report.interrupted.reason} ({tCount(lang, report.interrupted.notImported.length, 'notImportedN')}: {report.interrupted.notImported.map(fileName).join(', ')})
        </p>
      ) : null}
      {report.merged ? (
        <p>
          {/* Each number with what it counts, as the CLI says it (QA59: "…: 2 · 0 xung đột cần chọn"). */}
          {t(lang, 'mergedNote')} {fileName(report.merged.source)}: {tCount(lang, report.merged.reviews, 'mergedReviewsN')} ·{' '}
          {tCount(lang, report.merged.conflicts, 'conflictsN')}
          {report.merged.decisionsNotCarried ? (
            <>
              {' '}
              · <span data-testid="decisions-not-carried">{tCount(lang, report.merged.decisionsNotCarried, 'decisionsNotCarriedN')}</span>
            </>
          ) : null}
          {report.merged.findingsFilled ? (
            <>
              {' '}
              · <span data-testid="findings-filled">{tCount(lang, report.merged.findingsFilled, 'findingsFilledN')}</span>
            </>
          ) : null}
        </p>
      ) : null}
      {/* What came in, by title with its claim count; what was skipped or refused, and why. A long list
          (a folder of 63 files) folds behind one line and scrolls, so the summary stays a few lines
          tall (QA31 note l). */}
      <details className="import-details" data-testid="import-details" open={listed <= SHORT_IMPORT_LIST}>
        <summary>{t(lang, 'importListToggle').replace('{n}', formatNumber(listed, lang))}</summary>
        <ul data-testid="import-list">
          {report.imported.map((i) => (
            <li key={i.articleId} className="imported">
              ✓ <strong>{i.title ?? fileName(i.source)}</strong> — {tCount(lang, i.claimCount, 'claimsCount')}
              {i.encoding !== 'UTF-8' ? ` · ${t(lang, 'encodingAssumed')} ${i.encoding}` : ''}
              {i.notes.length > 0 ? ` — ${i.notes.join(' ')}` : ''}
            </li>
          ))}
          {report.duplicates.map((d) => (
            <li key={`dup:${d.source}`} className="duplicate">
              = {fileName(d.source)}: {t(lang, 'duplicateOf')}
            </li>
          ))}
          {report.refused.map((r) => (
            <li key={`refused:${r.source}`} className="refused">
              ✕ {r.reason.includes(fileName(r.source)) ? r.reason : `${fileName(r.source)}: ${r.reason}`}
            </li>
          ))}
        </ul>
      </details>
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

/** As the import's note (LONG_ARTICLE_BYTES): UTF-8 bytes, as a file of the text would weigh. */
const PASTE_LONG_BYTES = 200 * 1024;

/** UTF-8 bytes of a text; not counted when it cannot reach `floor` (3 bytes at most per unit). */
function utf8Bytes(text: string, floor = 0): number {
  return text.length * 3 <= floor ? text.length : utf8Length(text);
}

/** "216 KB", "1,2 MB": how long a pasted text is, in UTF-8 as a file of it would be. */
function sizeOf(text: string, lang: Lang): string {
  const bytes = utf8Bytes(text);
  return bytes >= 1024 * 1024 ? `${formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10, lang)} MB` : `${formatNumber(Math.round(bytes / 1024), lang)} KB`;
}

export function PasteDialog() {
  const lang = useDesk((s) => s.lang);
  const importText = useTransfer((s) => s.importText);
  const open = useTransfer((s) => s.open);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [outlet, setOutlet] = useState('');
  const [date, setDate] = useState('');
  // Fields the editor typed in are theirs: the dateline only fills the others.
  const [typed, setTyped] = useState({ title: false, outlet: false, date: false });
  const [problem, setProblem] = useState<string | null>(null);
  const onText = (value: string) => {
    setText(value);
    const dateline = readDateline(value);
    if (!typed.outlet) setOutlet(dateline?.outlet ?? '');
    // Shown as the desk writes dates (12/6/2023), not as the ISO day the browser's picker showed month first.
    if (!typed.date) setDate(dateline?.publishedAt ? formatDate(dateline.publishedAt, lang) : '');
    // A story pasted with its headline: the first line is the title (kept once, not repeated).
    if (!typed.title) {
      const first = value.trim().split('\n', 1)[0]?.trim() ?? '';
      setTitle(first.length <= 250 && value.trim().includes('\n') ? first : '');
    }
  };
  const bytes = useMemo(() => utf8Bytes(text, PASTE_LONG_BYTES), [text]);
  const longText = bytes > PASTE_LONG_BYTES;
  const tooLong = bytes > MAX_TEXT_BYTES;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim() || !text.trim()) return setProblem(t(lang, 'pasteNeedTitle'));
    const day = parseTypedDay(date);
    if (day === undefined) return setProblem(dayFieldProblem(date, t(lang, 'publishedDate'), lang));
    // The file limit, measured as a file's (UTF-8 bytes), said as a file's refusal is.
    const bytes = utf8Length(text);
    if (bytes > MAX_TEXT_BYTES) return setProblem(textTooLongMessage(null, bytes, MAX_TEXT_BYTES, lang));
    void importText(title, text, { outlet, publishedAt: day ?? '' });
  };
  return (
    <Dialog label={t(lang, 'importPaste')} wide>
      <form className="detail-form" onSubmit={submit}>
        <label>
          {t(lang, 'pasteTitle')}
          <input
            name="pasteTitle"
            autoFocus
            value={title}
            onChange={(e) => {
              setTitle(e.target.value);
              setTyped((x) => ({ ...x, title: true }));
            }}
          />
        </label>
        <div className="paste-meta">
          <label>
            {t(lang, 'outlet')}
            <input
              name="pasteOutlet"
              value={outlet}
              placeholder="TTXVN"
              onChange={(e) => {
                setOutlet(e.target.value);
                setTyped((x) => ({ ...x, outlet: true }));
              }}
            />
          </label>
          {/* Day first, as the desk writes dates (DateField): the browser's picker showed 12 June 2023 as
              "06/12/2023" on an English system, read as 6 December (QA59). */}
          <DateField
            name="pasteDate"
            label={t(lang, 'publishedDate')}
            lang={lang}
            text={date}
            onText={(value) => {
              setDate(value);
              setTyped((x) => ({ ...x, date: true }));
            }}
            error={null}
          />
        </div>
        <p className="hint">{t(lang, 'pasteDatelineHint')}</p>
        <label>
          {t(lang, 'pasteText')}
          <textarea name="pasteText" rows={12} value={text} onChange={(e) => onText(e.target.value)} />
        </label>
        {/* Said before the import, not after a long wait (QA31 bug 2): a very long text is better split. */}
        {longText && !tooLong ? (
          <p className="hint" data-testid="paste-long">
            {t(lang, 'pasteLong').replace('{size}', sizeOf(text, lang))}
          </p>
        ) : null}
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
  const exportError = useTransfer((s) => s.exportError);
  const open = useTransfer((s) => s.open);
  const [format, setFormat] = useState<ExportRequest['format']>('csv');
  const [onlyCurrent, setOnlyCurrent] = useState(false);
  const [statuses, setStatuses] = useState<ReviewStatus[]>(['verified', 'corrected']);
  // Typed as the UI language writes dates (DateField); sent as ISO days.
  const [fromText, setFromText] = useState('');
  const [toText, setToText] = useState('');
  // Set on a refused export; the sentence is made at render, so it follows the language and the fix.
  const [checkDates, setCheckDates] = useState(false);
  const dateErrors = {
    from: checkDates ? dayFieldProblem(fromText, t(lang, 'dateFrom'), lang) : null,
    to: checkDates ? dayFieldProblem(toText, t(lang, 'dateTo'), lang) : null,
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = { from: dayFieldProblem(fromText, t(lang, 'dateFrom'), lang), to: dayFieldProblem(toText, t(lang, 'dateTo'), lang) };
    setCheckDates(true);
    if (errors.from || errors.to) {
      document.querySelector<HTMLInputElement>(`.sheet input[name="${errors.from ? 'from' : 'to'}"]`)?.focus();
      return;
    }
    const from = parseTypedDay(fromText) ?? '';
    const to = parseTypedDay(toText) ?? '';
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
          <DateField name="from" label={t(lang, 'dateFrom')} lang={lang} text={fromText} onText={setFromText} error={dateErrors.from} />
          <DateField name="to" label={t(lang, 'dateTo')} lang={lang} text={toText} onText={setToText} error={dateErrors.to} />
        </fieldset>
        {exportError ? (
          <p className="form-error" role="alert" data-testid="export-error">
            {exportError}
          </p>
        ) : null}
        {summary ? (
          <div className="export-summary" role="status" data-testid="export-summary">
            {summary.path ? (
              <p>
                {t(lang, 'exportWrote')} {exportCount(summary.count, summary.format, lang)} → <code>{summary.path}</code> ({formatBytes(summary.bytes, lang)})
              </p>
            ) : (
              <p>{t(lang, 'exportCancelled')}</p>
            )}
            {summary.problems.length > 0 ? (
              <>
                <p>
                  {t(lang, 'exportProblems')} ({formatNumber(summary.problems.length, lang)}):
                </p>
                <ul data-testid="export-problems">
                  {describeClaimReviewProblems(summary.problems, lang)
                    .slice(0, 20)
                    .map((line) => (
                      <li key={line}>{line}</li>
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
              {c.quote !== undefined ? <q data-testid="conflict-quote">{c.quote}</q> : null}
              {c.apart ? <span className="hint"> ({t(lang, 'conflictKeptApart')})</span> : null} <code>{c.key}</code>
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
