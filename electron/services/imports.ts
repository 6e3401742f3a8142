import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { buildDocument, type BuiltDocument } from '../../shared/document';
import { apartEntryIndex, exportParseErrorMessage, mergeWorkspace, parseExportJson, resolveMergeConflict, unsettledConflicts, type MergeConflict } from '../../shared/export';
import type { ImportReport } from '../../shared/ipc/contract';
import type { AuditEvent } from '../../shared/schema';
import { readDateline } from '../../shared/extract/dateline';
import { formatNumber } from '../../shared/i18n';
import { normalizeText } from '../../shared/text';
import { MAX_TEXT_BYTES, textTooLongMessage, utf8Length } from '../../shared/textSize';
import { cleanPaste, HtmlTooDeepError, listImportableFiles, noteMessage, readArticleFile, readExportFile, refusalMessage } from '../import';
import type { RecordChange } from '../store/port';
import { newAuditEntries, storeFailure, workspaceChanges, type ServiceContext } from './context';
import { AppError } from './errors';
import { analyzeUnlessClosed, findingsNotice, reanalysisNotice, withFindingsNotice, type Saved } from './findings';
import { analysisProgressOf, type JobControl } from './jobs';

/** Outlet and publication date an editor gives with pasted text (ISO date). */
export interface PastedMeta {
  outlet?: string | undefined;
  publishedAt?: string | undefined;
}

/** One key per record offered: a claim kept apart may share its id with a live claim (see mergeWorkspace). */
export function conflictKey(c: MergeConflict): string {
  if (c.kind === 'finding') return `finding:${c.findingId}`;
  return c.apart ? `review-apart:${c.claimId}` : `review:${c.claimId}`;
}

/** Hashes of the foreign audit events earlier merges kept inside their own audit entries. */
function recordedForeignEvents(log: readonly AuditEvent[]): Set<string> {
  const hashes = new Set<string>();
  for (const e of log) {
    if (e.action !== 'workspace.merge') continue;
    const kept = (e.after as { foreignAuditEvents?: unknown } | null)?.foreignAuditEvents;
    if (!Array.isArray(kept)) continue;
    for (const k of kept) {
      const hash = (k as { hash?: unknown } | null)?.hash;
      if (typeof hash === 'string') hashes.add(hash);
    }
  }
  return hashes;
}

/**
 * The foreign events a merge entry keeps, flat (REVIEW-hostile H1). A kept event that is itself a
 * merge entry keeping events (the other desk merged our export, or a third desk's) would nest them
 * inside this entry, +3 levels per merge: two desks exchanging exports daily passed the import's
 * audit depth bound after ~44 round trips. Its inner events go into the flat list instead (each once,
 * by hash, and not those this workspace already has or keeps), and the merge entry is kept with their
 * hashes in place of the array. The kept copy's `hash` still names the original event (it is a record
 * of the other trail, not part of this workspace's chain). Walked with its own queue, so an older
 * export's deep nesting is flattened too.
 */
export function flattenForeignEvents(events: readonly AuditEvent[], known: ReadonlySet<string>): AuditEvent[] {
  const seen = new Set(known);
  const flat: AuditEvent[] = [];
  const queue: unknown[] = [...events];
  for (let i = 0; i < queue.length; i++) {
    const e = queue[i] as AuditEvent | null;
    if (typeof e !== 'object' || e === null || typeof e.hash !== 'string' || seen.has(e.hash)) continue;
    seen.add(e.hash);
    const after = e.after as { foreignAuditEvents?: unknown } | null;
    if (e.action === 'workspace.merge' && typeof after === 'object' && after !== null && Array.isArray(after.foreignAuditEvents)) {
      const { foreignAuditEvents: inner, ...rest } = after as { foreignAuditEvents: unknown[] };
      const hashes = inner.map((k) => (k as { hash?: unknown } | null)?.hash).filter((h): h is string => typeof h === 'string');
      flat.push({ ...e, after: { ...rest, foreignAuditEventHashes: hashes } });
      queue.push(...inner);
    } else {
      flat.push(e);
    }
  }
  return flat;
}

/**
 * A failure of reading, parsing or merging one file's own content (not of the workspace): that file
 * is refused alone and the import goes on. Anything else thrown during an import (the store, the
 * workspace's own records) stops it as before (REVIEW-hostile H4).
 */
class FileContentError extends Error {
  constructor(
    readonly code: 'read_failed' | 'export_merge_failed',
    readonly original: unknown,
  ) {
    super(original instanceof Error ? original.message : String(original));
    this.name = 'FileContentError';
  }
}

/** Runs the part of an import that only reads the file's own content, marking what it throws. */
function ofFile<T>(code: FileContentError['code'], work: () => T): T {
  try {
    return work();
  } catch (e) {
    throw new FileContentError(code, e);
  }
}

const emptyReport = (): ImportReport => ({ imported: [], duplicates: [], refused: [], merged: null, cancelled: false });

function refuse(report: ImportReport, source: string, code: string, reason: string): void {
  report.refused.push({ source, code, reason });
}

/**
 * Above this much text an article is kept but said to be very long (QA31 bug 2). A long news story
 * or a government report's summary runs to 30–100 KB; 200 KB (about 60 pages) and thousands of
 * claims are a document to split: the desk copes (it opens, lists and moves through it), but an
 * editor reviews it claim by claim and the findings analysis over it takes longer. Refused outright
 * only above the import limit (MAX_TEXT_BYTES, 5 MB), with its own message.
 */
export const LONG_ARTICLE_BYTES = 200 * 1024;

/** The summary's note for a very long article, with its size and its claims in the UI's number format. */
export function longArticleNote(bytes: number, claims: number, lang: 'vi' | 'en'): string {
  const size = bytes >= 1024 * 1024 ? `${formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10, lang)} MB` : `${formatNumber(Math.round(bytes / 1024), lang)} KB`;
  return lang === 'vi'
    ? `Bài quá dài (${size}, ${formatNumber(claims, lang)} nhận định): bài đã được nhập, nhưng việc duyệt và phân tích phát hiện sẽ chậm; hãy tách thành nhiều bài.`
    : `A very long article (${size}, ${formatNumber(claims, lang)} claims): it was imported, but reviewing it and analysing its findings will be slow; split it into several articles.`;
}

/** Stores one article with its claims: one durable commit, so a cancelled import keeps what it did. */
async function addDocument(ctx: ServiceContext, doc: BuiltDocument, report: ImportReport, read: { format: string; encoding: string; notes: string[] }): Promise<void> {
  if ((await ctx.store.articles([doc.article.id])).length > 0) {
    report.duplicates.push({ source: doc.article.source, articleId: doc.article.id });
    return;
  }
  const who = await ctx.reviewer();
  const changes: RecordChange[] = [
    { table: 'articles', id: doc.article.id, before: null, after: doc.article },
    ...doc.claims.map((c): RecordChange => ({ table: 'claims', id: c.id, before: null, after: c })),
  ];
  const saved = await ctx
    .commit({
      action: 'article.import',
      who,
      at: doc.article.importedAt,
      changes,
      audit: [
        {
          who,
          when: doc.article.importedAt,
          action: 'article.import',
          target: doc.article.id,
          before: null,
          after: { source: doc.article.source, title: doc.article.title, claims: doc.claims.length, encoding: read.encoding },
        },
      ],
    })
    // Another editor of a shared desk imported the same article meanwhile: it is a duplicate.
    .then(
      () => true,
      (e: unknown) => {
        if (e instanceof AppError && e.code === 'conflict') return false;
        throw e;
      },
    );
  if (!saved) {
    report.duplicates.push({ source: doc.article.source, articleId: doc.article.id });
    return;
  }
  const bytes = utf8Length(doc.article.text);
  const notes = bytes > LONG_ARTICLE_BYTES ? [...read.notes, longArticleNote(bytes, doc.claims.length, ctx.language)] : read.notes;
  report.imported.push({ articleId: doc.article.id, source: doc.article.source, title: doc.article.title, claimCount: doc.claims.length, ...read, notes });
}

/** Expands folders (recursively) into the files to import; a missing input is refused, not fatal. */
async function expand(ctx: ServiceContext, inputs: readonly string[], report: ImportReport): Promise<string[]> {
  const vi = ctx.language === 'vi';
  const files: string[] = [];
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      refuse(report, input, 'not_found', vi ? `Không tìm thấy tệp hoặc thư mục: ${input}` : `No such file or folder: ${input}`);
      continue;
    }
    if (!info.isDirectory()) files.push(input);
    else {
      try {
        const skipped: string[] = [];
        files.push(...(await listImportableFiles(input, { onSkippedFile: (path) => skipped.push(path) })));
        if (skipped.length > 0) report.skipped = [...(report.skipped ?? []), ...skipped];
      } catch {
        refuse(report, input, 'unreadable', vi ? `Không đọc được thư mục: ${input}` : `Cannot read the folder: ${input}`);
      }
    }
  }
  return files;
}

/** Import-session state: conflicts of merged exports waiting for the editor (not stored). */
export class ImportFeature {
  private pendingConflicts: MergeConflict[] = [];

  constructor(private readonly ctx: ServiceContext) {}

  /**
   * Imports files and folders (.txt, .md, .html, .docx; a Crosscheck .json export is merged).
   * One bad file never stops the rest, and a cancelled import keeps what it already imported.
   */
  async importPaths(inputs: readonly string[], control?: JobControl, names?: ReadonlyMap<string, string>): Promise<ImportReport> {
    const ctx = this.ctx;
    await ctx.settings();
    const report = emptyReport();
    const files = await expand(ctx, inputs, report);
    control?.report({ total: files.length, done: 0 });
    for (const [index, file] of files.entries()) {
      if (control?.cancelled) {
        report.cancelled = true;
        break;
      }
      const source = names?.get(file) ?? file;
      control?.report({ current: basename(source), done: index });
      await control?.pace?.();
      try {
        await this.importOne(file, source, report);
      } catch (e) {
        // A save failed partway (a full disk, the shared desk gone): the files before it are saved, one
        // commit each, and the report says so with this file and the rest named — not only an error
        // that hides what came in. With nothing saved yet, the error itself is the whole answer.
        if (e instanceof FileContentError) {
          // Reading or merging this one file's content failed. Nothing of it was saved (each file is
          // one commit), so it is refused alone and the import goes on.
          refuse(report, source, e.code, refusalMessage(e.code, ctx.language, { fileName: basename(source) }));
          continue;
        }
        const stopped = e instanceof AppError ? e : storeFailure(e);
        if ((stopped?.details as { deskRefusedText?: boolean } | undefined)?.deskRefusedText) {
          // The shared desk refused a character of this file's text: this file only, the desk is fine.
          refuse(report, source, 'desk_refused_text', stopped?.messageIn(ctx.language) ?? '');
          continue;
        }
        // Not a save that failed (a workspace that cannot be read, a bug): the error itself, as before.
        if (stopped === null || (report.imported.length === 0 && report.merged === null)) throw e;
        report.interrupted = { source, reason: stopped.messageIn(ctx.language), notImported: files.slice(index).map((f) => names?.get(f) ?? f) };
        break;
      }
    }
    if (report.imported.length > 0 || report.merged) {
      const progress = analysisProgressOf(control, ctx.language, files.length);
      // What was imported is saved article by article: a failed analysis after it is said, not thrown.
      const notice = await findingsNotice(ctx, () => analyzeUnlessClosed(ctx, progress ? { progress } : {}));
      if (notice !== undefined) report.findingsNotUpdated = notice;
    }
    control?.report({ done: files.length, current: null, analysis: null });
    return report;
  }

  /** One file: a Crosscheck export merged, an article added, or a refusal noted in the report. */
  private async importOne(file: string, source: string, report: ImportReport): Promise<void> {
    const ctx = this.ctx;
    if (extname(file).toLowerCase() === '.json') {
      await this.mergeExportFile(file, source, report);
      return;
    }
    const read = await readArticleFile(file, { lang: ctx.language });
    if (!read.ok) {
      refuse(report, source, read.reason, refusalMessage(read.reason, ctx.language, { ...read.details, fileName: basename(source) }));
      return;
    }
    const doc = ofFile('read_failed', () => buildDocument(read.text, source, ctx.now().toISOString(), read));
    await addDocument(ctx, doc, report, { format: read.format, encoding: read.encoding, notes: read.notes });
  }

  /**
   * Pasted text with a title, as if it were a file. Outlet and date are what the editor gave, else
   * what the story's dateline says ("Hà Nội, ngày 12/6/2023 –", "(TTXVN) –").
   */
  async importText(title: string, text: string, meta: PastedMeta = {}): Promise<ImportReport> {
    const ctx = this.ctx;
    await ctx.settings();
    const report = emptyReport();
    // HTML source is cleaned as an .html file is (never run); prose passes unchanged.
    let pasted: Awaited<ReturnType<typeof cleanPaste>>;
    try {
      pasted = await cleanPaste(title, text);
    } catch (e) {
      // Pasted HTML nested too deep (built to hang the reader) or that trips the parser: said plainly.
      const code = e instanceof HtmlTooDeepError ? 'html_too_deep' : 'paste_failed';
      refuse(report, title.trim() || text.slice(0, 60), code, refusalMessage(code, ctx.language));
      return report;
    }
    const body = normalizeText(pasted.text).trim();
    const heading = pasted.title.trim() || title.trim();
    // The same limit as a file's, measured the same way: UTF-8 bytes of the text as pasted.
    const sizeBytes = utf8Length(text);
    if (sizeBytes > MAX_TEXT_BYTES) {
      refuse(report, heading, 'too_large', textTooLongMessage(null, sizeBytes, MAX_TEXT_BYTES, ctx.language));
      return report;
    }
    if (body === '') {
      refuse(report, heading, 'empty', ctx.language === 'vi' ? 'Văn bản dán vào đang trống.' : 'The pasted text is empty.');
      return report;
    }
    const dateline = readDateline(body);
    // A title pasted again as the text's first line is kept once.
    const firstLine = body.split('\n', 1)[0]?.trim() ?? '';
    const withTitle = firstLine === heading ? body : `${heading}\n\n${body}`;
    let doc: BuiltDocument;
    try {
      doc = buildDocument(withTitle, `dán: ${heading}`, ctx.now().toISOString(), {
        title: heading,
        outlet: meta.outlet?.trim() || dateline?.outlet || pasted.outlet || null,
        publishedAt: meta.publishedAt || dateline?.publishedAt || pasted.publishedAt || null,
      });
    } catch {
      // Reading the pasted text itself failed (nothing was saved): said as a paste, not as a file.
      refuse(report, heading || text.slice(0, 60), 'paste_failed', refusalMessage('paste_failed', ctx.language));
      return report;
    }
    const notes = pasted.html ? [noteMessage({ kind: 'html_pasted', removed: pasted.html.removed }, ctx.language)] : [];
    await addDocument(ctx, doc, report, { format: pasted.html ? 'html' : 'txt', encoding: 'UTF-8', notes });
    if (report.imported.length > 0) {
      const notice = await findingsNotice(ctx, () => analyzeUnlessClosed(ctx));
      if (notice !== undefined) report.findingsNotUpdated = notice;
    }
    return report;
  }

  private async mergeExportFile(file: string, source: string, report: ImportReport): Promise<void> {
    const ctx = this.ctx;
    const read = await readExportFile(file).catch((e: unknown) => {
      throw new FileContentError('export_merge_failed', e);
    });
    if (!read.ok) {
      refuse(report, source, read.reason, refusalMessage(read.reason, ctx.language, { ...read.details, fileName: basename(source) }));
      return;
    }
    const parsed = ofFile('export_merge_failed', () => parseExportJson(read.text));
    if (!parsed.ok) {
      refuse(report, source, parsed.error.code, exportParseErrorMessage(parsed.error, ctx.language));
      return;
    }
    const current = await ctx.snapshot();
    const result = ofFile('export_merge_failed', () => mergeWorkspace(current, parsed.value));
    // An offer the editor already refused ("Giữ bản hiện tại") is not asked again.
    const conflicts = unsettledConflicts(result.conflicts, current.auditLog);
    const at = ctx.now().toISOString();
    const who = await ctx.reviewer();
    const meta = await ctx.store.meta();
    const changes = ofFile('export_merge_failed', () => workspaceChanges(current, result.workspace, meta));
    const chained = ofFile('export_merge_failed', () => newAuditEntries(current.auditLog, result.workspace.auditLog));
    // Foreign events an earlier merge entry already keeps are not copied again (a colleague's growing
    // export merged every day would otherwise grow the trail by all its history each time).
    const recorded = recordedForeignEvents(current.auditLog);
    const keptBefore = result.foreignAuditEvents.filter((e) => recorded.has(e.hash)).length;
    for (const e of current.auditLog) recorded.add(e.hash);
    const foreign = ofFile('export_merge_failed', () => flattenForeignEvents(result.foreignAuditEvents, recorded));
    const summary = {
      added: result.added,
      conflicts: conflicts.length,
      foreignAuditEvents: foreign,
      ...(keptBefore > 0 ? { foreignAuditEventsKeptBefore: keptBefore } : {}),
      // What the trail must keep of a colleague's decisions this merge could not apply (see mergeWorkspace).
      ...(result.decisionsNotCarried > 0 ? { decisionsNotCarried: result.decisionsNotCarried } : {}),
      // Which undecided findings took the file's decision (counted in added.findings): named in the trail.
      ...(result.findingsFilled.length > 0 ? { findingsFilled: result.findingsFilled } : {}),
    };
    // The same export merged again brings nothing: no commit and no second merge entry in the audit
    // trail; its conflicts stay listed once while they wait.
    const nothingNew = changes.length === 0 && chained.length === 0 && foreign.length === 0;
    if (!nothingNew) {
      await ctx.commit({
        action: 'workspace.merge',
        who,
        at,
        changes,
        audit: [...chained, { who, when: at, action: 'workspace.merge', target: source, before: null, after: summary }],
      });
      ctx.folded.clear();
    }
    // An offer the editor already refused replaces a waiting one too: the file's latest decision is
    // settled, so the older offer for the same record no longer waits.
    if (conflicts.length < result.conflicts.length) {
      const unsettled = new Set(conflicts);
      const settled = new Set(result.conflicts.filter((c) => !unsettled.has(c)).map(conflictKey));
      this.pendingConflicts = this.pendingConflicts.filter((c) => !settled.has(conflictKey(c)));
    }
    // One entry per key: a later file's decision replaces the one waiting from an earlier file (in its place).
    const waiting = new Map(this.pendingConflicts.map((c, i) => [conflictKey(c), i]));
    for (const conflict of conflicts) {
      const key = conflictKey(conflict);
      const slot = waiting.get(key);
      if (slot !== undefined) this.pendingConflicts[slot] = conflict;
      else waiting.set(key, this.pendingConflicts.push(conflict) - 1);
    }
    report.merged = {
      source,
      articles: result.added.articles,
      claims: result.added.claims,
      reviews: result.added.reviews,
      findings: result.added.findings,
      auditEvents: result.added.auditEvents,
      conflicts: conflicts.length,
      ...(result.decisionsNotCarried > 0 ? { decisionsNotCarried: result.decisionsNotCarried } : {}),
      // How many undecided findings took the file's decision: said to the editor (the trail names them).
      ...(result.findingsFilled.length > 0 ? { findingsFilled: result.findingsFilled.length } : {}),
    };
  }

  /** Reviews and findings that differ between the workspace and an imported export, for the user to decide. */
  listImportConflicts(): MergeConflict[] {
    return this.pendingConflicts;
  }

  /** Settles one conflict; answers how many are left (and the notice when the findings could not follow). */
  async resolveImportConflict(key: string, choice: 'current' | 'incoming'): Promise<Saved<{ remaining: number }>> {
    const ctx = this.ctx;
    const index = this.pendingConflicts.findIndex((c) => conflictKey(c) === key);
    const conflict = this.pendingConflicts[index];
    if (!conflict) throw ctx.notFound('Xung đột này đã được xử lý.', 'This conflict has already been settled.');
    const changes: RecordChange[] = [];
    let taken: unknown;
    if (choice === 'incoming') {
      const current = await ctx.snapshot();
      const resolved = resolveMergeConflict(current, conflict, choice);
      changes.push(...workspaceChanges(current, resolved, await ctx.store.meta()));
      // What is saved: a finding takes the decision only, a claim kept apart holds its review beside it.
      taken =
        conflict.kind === 'finding'
          ? resolved.findings.find((f) => f.id === conflict.findingId)
          : conflict.apart
            ? resolved.detached?.[apartEntryIndex(resolved.detached, conflict)]?.review
            : resolved.reviews[conflict.claimId];
    }
    // before: the version that lost; after: the one that stands — for "keep current", the record as
    // stored now (the editor may have changed it while the conflict waited), so the same offer merged
    // again is seen as settled against what actually stands.
    const standing =
      choice === 'incoming'
        ? (taken ?? conflict.incoming)
        : ((conflict.kind === 'finding'
            ? (await ctx.store.getFindings([conflict.findingId]))[0]
            : conflict.apart
              ? (await apartReview(ctx, conflict))
              : (await ctx.store.reviews([conflict.claimId]))[0]) ?? conflict.current);
    await ctx.commitEvent(
      {
        action: `merge.keep_${choice}`,
        target: conflict.kind === 'review' ? conflict.claimId : conflict.findingId,
        before: choice === 'incoming' ? conflict.current : conflict.incoming,
        after: standing,
      },
      changes,
    );
    this.pendingConflicts.splice(index, 1);
    // Keeping the incoming review can change what the analysis sees (a correction, a rejection).
    const notice = changes.length > 0 ? await reanalysisNotice(ctx, changes) : undefined;
    return withFindingsNotice({ remaining: this.pendingConflicts.length }, notice);
  }

  async importSamples(): Promise<ImportReport> {
    if (!this.ctx.options.seedsDir) return emptyReport();
    return this.importPaths([this.ctx.options.seedsDir]);
  }
}

/** The review kept beside the claim kept apart that a conflict speaks of, as stored now (undefined when gone). */
async function apartReview(ctx: ServiceContext, conflict: Extract<MergeConflict, { kind: 'review' }>) {
  const detached = await ctx.store.detached();
  return detached[apartEntryIndex(detached, conflict)]?.review ?? undefined;
}
