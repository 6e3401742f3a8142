// The CLI's commands, one entry each: name, arguments, options, help in both languages, handler.
import { stat } from 'node:fs/promises';
import { basename, relative, resolve, sep } from 'node:path';
import { detectFindings, explainStoredFinding } from '../../shared/analysis';
import { buildDocument } from '../../shared/document';
import { englishNoun, exportCount, formatNumber, parseTypedDay, parseTypedNumber, parseTypedValue } from '../../shared/i18n/format';
import { flagReasonLabels, statusLabels } from '../../shared/i18n/labels';
import { isRecordId } from '../../shared/ids';
import { correctionMissing, nextReview } from '../../shared/review';
import { contract, HistoryQuery, ReviewInput } from '../../shared/ipc/contract';
import { describeHistory } from '../../shared/i18n/history';
import { flagReasons, reviewStatuses, type Evidence, type FlagReason, type ExtractOutput, type Finding, type ReviewStatus, type Settings, type Verdict } from '../../shared/schema';
import { claimReviewUrlPatternOf, findVerdict, newsroomOf, settingsPatchProblems, verdictLabel, verdictScaleOf } from '../../shared/settings';
import { isWebUrl } from '../../shared/webLink';
import { listImportableFiles, readArticleFile, refusalMessage } from '../import';
import { analysisFailed, computeFindings, findingsNotUpdated, findingsUpToDate } from '../services/findings';
import { ReextractStopped } from '../services/reextract';
import { describeClaimReviewProblems, type ClaimReviewProblem } from '../../shared/export/claimReview';
import { exportFormats, renderExport, writeExportFile, type ExportFormat } from '../services/exporting';
import { AppError } from '../services/errors';
import { issueText } from '../ipc/issueText';
import type { JobProgress } from '../services/jobs';
import type { WorkspaceService } from '../services/workspaceService';
import { CliError, EXIT, failure, usageError, type Lang, type Text } from './errors';
import type { z } from 'zod';

/** The most events `history --limit` reads (the contract's bound on a history page). */
const HISTORY_LIMIT = 10_000;

/** Every option any command takes (node:util parseArgs); each command lists the ones it accepts. */
export const optionSpecs = {
  workspace: { type: 'string' },
  database: { type: 'string' },
  lang: { type: 'string' },
  silent: { type: 'boolean' },
  help: { type: 'boolean' },
  status: { type: 'string' },
  value: { type: 'string' },
  text: { type: 'string' },
  note: { type: 'string' },
  verdict: { type: 'string' },
  'flag-reason': { type: 'string' },
  evidence: { type: 'string', multiple: true },
  'evidence-note': { type: 'string', multiple: true },
  format: { type: 'string' },
  out: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  backup: { type: 'string' },
  claim: { type: 'string' },
  article: { type: 'string' },
  who: { type: 'string' },
  limit: { type: 'string' },
} as const;
export type OptionName = keyof typeof optionSpecs;
export const globalOptions: readonly OptionName[] = ['workspace', 'database', 'lang', 'silent', 'help'];

export interface OptionValues {
  workspace?: string;
  database?: string;
  lang?: string;
  silent?: boolean;
  help?: boolean;
  status?: string;
  value?: string;
  text?: string;
  note?: string;
  verdict?: string;
  'flag-reason'?: string;
  evidence?: string[];
  'evidence-note'?: string[];
  format?: string;
  out?: string;
  from?: string;
  to?: string;
  backup?: string;
  claim?: string;
  article?: string;
  who?: string;
  limit?: string;
}

/** The workspace a command works on, opened on first use and closed by the runner. */
export interface WorkspaceAccess {
  /** The path given by --workspace or CROSSCHECK_WORKSPACE; a usage error when there is none. */
  location(): string;
  /** True when a workspace location was given. */
  named(): boolean;
  /** Read-only (no lock: works while the app has it open). The workspace must exist. */
  read(): Promise<WorkspaceService>;
  /** With the writer lock. The workspace must exist unless `create`. */
  write(options?: { create?: boolean }): Promise<WorkspaceService>;
  /** Removes a workspace this run created (a command that then did nothing must not leave one behind). */
  discardCreated(): Promise<void>;
}

export interface CommandContext {
  lang: Lang;
  /** Positional arguments after the command's name. */
  args: string[];
  values: OptionValues;
  /** A progress line on stderr (not with --silent). */
  info(text: Text): void;
  /** What to do at the user's Ctrl-C while the command runs (see CliIo.onInterrupt); returns its removal. */
  onInterrupt(stop: () => void): () => void;
  workspace: WorkspaceAccess;
}

/** How often (ms) a long import or re-extraction says on stderr where it is (CROSSCHECK_CLI_PROGRESS_MS; default 5 s). */
function progressEveryMs(): number {
  const set = process.env.CROSSCHECK_CLI_PROGRESS_MS?.trim();
  const every = Number(set);
  return set && Number.isFinite(every) && every >= 0 ? every : 5000;
}

/**
 * A job's progress as lines on stderr (not with --silent), at most one every few seconds and none in
 * the first ones, so a short run says nothing more: a 10,000-file import would otherwise be minutes of
 * silence, the files and then the contradiction analysis ("phân tích mâu thuẫn 42%…").
 */
export function progressLines(info: (text: Text) => void, kind: 'import' | 'reextract'): (progress: Partial<JobProgress>) => void {
  const every = progressEveryMs();
  const state: JobProgress = { done: 0, total: 0, current: null, analysis: null };
  let told = Date.now();
  let analysed = false;
  let last = '';
  return (progress) => {
    for (const [key, value] of Object.entries(progress)) if (value !== undefined) (state as unknown as Record<string, unknown>)[key] = value;
    if (state.analysis !== null) analysed = true;
    if (Date.now() - told < every) return;
    let line: Text | null = null;
    if (state.analysis !== null) {
      const percent = Math.floor(state.analysis * 100);
      line = { vi: `phân tích mâu thuẫn ${percent}%…`, en: `analysing contradictions ${percent}%…` };
    } else if (state.total > 0 && !analysed) {
      // (Not after the analysis: its end resets the share, with every file long done.)
      const [done, total] = [state.done, state.total];
      line =
        kind === 'import'
          ? { vi: `đang nhập ${formatNumber(done, 'vi')}/${formatNumber(total, 'vi')} tệp…`, en: `importing ${formatNumber(done, 'en')}/${formatNumber(total, 'en')} files…` }
          : { vi: `đang trích xuất lại ${formatNumber(done, 'vi')}/${formatNumber(total, 'vi')} bài…`, en: `re-extracting ${formatNumber(done, 'en')}/${formatNumber(total, 'en')} articles…` };
    }
    // (A line only when it says something new: the same count reported twice is said once.)
    if (line === null || line.en === last) return;
    last = line.en;
    told = Date.now();
    info(line);
  };
}

/**
 * An action saved whose findings could not be updated after it (see FindingsNotUpdated in the IPC
 * contract): the notice goes to stderr too, in this run's language (--lang; the JSON on stdout
 * carries the service's text, in the workspace's language), and the exit status stays 0: the action
 * is saved and must not be run again.
 */
function noteFindingsNotUpdated(ctx: CommandContext, service: WorkspaceService, outcome: { findingsNotUpdated?: string | undefined }): void {
  if (outcome.findingsNotUpdated === undefined) return;
  // The same notice as the service gave (an analysis failure, or a store one), in this run's language.
  const failed = analysisFailed();
  ctx.info(Object.values(failed.messages).includes(outcome.findingsNotUpdated) ? failed.messages : findingsNotUpdated(service.ctx.store.editor !== undefined).messages);
}

export interface CommandResult {
  /** Printed as JSON on stdout. */
  output: unknown;
  /** Inputs the command left out (each printed on stderr); any of them makes the exit status 4. */
  leftOut?: string[];
}

export interface Command {
  /** One or two words ("settings set"). */
  name: string;
  /** Arguments after the name, as the help shows them. */
  args: string;
  options: readonly OptionName[];
  help: Text;
  run(ctx: CommandContext): Promise<CommandResult>;
}

const t = (lang: Lang, text: Text): string => text[lang];
const list = (items: readonly string[]): string => items.join(', ');

/** At most three named, then how many more: an error is one line however many inputs failed. */
function summarize(lines: readonly string[]): string {
  return lines.length <= 3 ? lines.join('; ') : `${lines.slice(0, 3).join('; ')}; … (+${lines.length - 3})`;
}

/** The versioned JSON formats printed on stdout (docs/schemas/cli-*.schema.json). */
export const OUTPUT_VERSION = 1;
const versioned = (format: 'extract' | 'check' | 'list' | 'history', body: object) => ({ format: `crosscheck.${format}`, version: OUTPUT_VERSION, ...body });

// ------------------------------------------------------------------ reading article files

interface ReadInputs {
  output: ExtractOutput;
  leftOut: string[];
}

/** Files and folders to articles (extract, check); a missing or unreadable input is left out and named. */
async function readInputs(ctx: CommandContext, paths: string[]): Promise<ReadInputs> {
  const { lang } = ctx;
  if (paths.length === 0) throw usageError({ vi: 'cần ít nhất một tệp hoặc thư mục', en: 'needs at least one file or folder' });
  const leftOut: string[] = [];
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      leftOut.push(t(lang, { vi: `${path}: không có tệp hoặc thư mục này`, en: `${path}: no such file or folder` }));
      continue;
    }
    if (!info.isDirectory()) files.push(path);
    else {
      const inFolder = await listImportableFiles(path);
      if (inFolder.length === 0) leftOut.push(t(lang, { vi: `${path}: thư mục không có tệp bài viết (.txt, .md, .html, .docx)`, en: `${path}: no article files (.txt, .md, .html, .docx) in this folder` }));
      files.push(...inFolder);
    }
  }
  const output: ExtractOutput = { articles: [] };
  for (const file of files) {
    const read = await readArticleFile(file, { lang });
    if (!read.ok) {
      leftOut.push(`${file}: ${refusalMessage(read.reason, lang, { ...read.details, fileName: basename(file) })}`);
      continue;
    }
    const { article, claims } = buildDocument(read.text, file, new Date().toISOString(), read);
    const { importedAt: _importedAt, ...rest } = article;
    output.articles.push({ ...rest, claims });
    ctx.info({ vi: `${basename(file)}: ${claims.length} nhận định (${read.encoding})`, en: `${basename(file)}: ${countEn(claims.length, 'claim')} (${read.encoding})` });
  }
  if (output.articles.length === 0) throw failure({ vi: `không đọc được bài nào: ${summarize(leftOut)}`, en: `no article could be read: ${summarize(leftOut)}` });
  return { output, leftOut };
}

function findingsOutput(findings: Finding[]) {
  return findings.map((f) => ({ id: f.id, type: f.type, claims: f.claimIds, explanation: f.explanation, status: f.status, rule: f.rule ?? null }));
}

/** A workspace's findings explained in the run's language (they are stored in the workspace's). */
function inLanguage(findings: Finding[], lang: Lang): Finding[] {
  return findings.map((f) => ({ ...f, explanation: explainStoredFinding(f, lang) }));
}

// ------------------------------------------------------------------ review

/** A verdict by id, label (either language, any case) or rating on the newsroom's scale. */
export function resolveVerdict(settings: Settings, raw: string, lang: Lang): string {
  const scale = verdictScaleOf(settings);
  const fold = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');
  const key = fold(raw);
  const byName = scale.find((v) => [v.id, v.label_vi, v.label_en].some((name) => fold(name) === key));
  if (byName) return byName.id;
  if (/^\d+$/.test(key)) {
    const rated = scale.filter((v) => v.rating === Number(key));
    if (rated.length === 1 && rated[0]) return rated[0].id;
  }
  const describe = (v: Verdict) => `${v.id} (${lang === 'vi' ? v.label_vi : v.label_en}${v.rating !== null ? `, ${v.rating}` : ''})`;
  throw usageError({
    vi: `không có kết luận "${raw}" trong thang của tòa soạn: ${list(scale.map(describe))}`,
    en: `no verdict "${raw}" on the newsroom's scale: ${list(scale.map(describe))}`,
  });
}

/** Evidence given on the command line is added to the review's list; a URL already there gets the new note. */
function withEvidence(existing: readonly Evidence[], urls: readonly string[], notes: readonly string[]): Evidence[] {
  const out = existing.map((e) => ({ ...e }));
  urls.forEach((url, i) => {
    if (!isWebUrl(url)) throw usageError({ vi: `--evidence phải là địa chỉ http(s), không phải "${url}"`, en: `--evidence must be an http(s) address, got "${url}"` });
    const note = notes[i];
    const known = out.find((e) => e.url === url);
    if (known) {
      if (note !== undefined) known.note = note;
    } else out.push({ url, note: note ?? '' });
  });
  return out;
}

/** A flag reason by code or label in either language (any case): "needs_source", "Cần nguồn", "needs a source". */
function resolveFlagReason(raw: string, lang: Lang): FlagReason {
  const wanted = raw.trim().toLocaleLowerCase('vi');
  const hit = flagReasons.find(
    (r) => r === wanted || flagReasonLabels[r].vi.toLocaleLowerCase('vi') === wanted || flagReasonLabels[r].en.toLocaleLowerCase('en') === wanted,
  );
  if (hit) return hit;
  const choices = flagReasons.map((r) => `${r} (${flagReasonLabels[r][lang]})`);
  throw usageError({ vi: `không có lý do gắn cờ "${raw}": ${list(choices)}`, en: `no flag reason "${raw}": ${list(choices)}` });
}

async function review(ctx: CommandContext): Promise<CommandResult> {
  const { lang, values: v } = ctx;
  const [claimId, ...extra] = ctx.args;
  if (!claimId) throw usageError({ vi: 'review cần mã nhận định (xem list)', en: 'review needs a claim id (see list)' });
  if (extra.length > 0) throw usageError({ vi: `thừa đối số: ${list(extra)}`, en: `unexpected arguments: ${list(extra)}` });
  if (!isRecordId(claimId)) throw usageError({ vi: `"${claimId}" không phải mã nhận định`, en: `"${claimId}" is not a claim id` });
  const notes = v['evidence-note'] ?? [];
  if (notes.length > (v.evidence?.length ?? 0)) {
    throw usageError({ vi: 'mỗi --evidence-note đi sau một --evidence', en: 'each --evidence-note goes with an --evidence before it' });
  }
  const given = ['status', 'value', 'text', 'note', 'verdict', 'evidence', 'flag-reason'].filter((k) => v[k as keyof OptionValues] !== undefined);
  if (given.length === 0) {
    throw usageError({ vi: 'không có gì để ghi: dùng --status, --verdict, --note, --evidence, --value hoặc --text', en: 'nothing to record: give --status, --verdict, --note, --evidence, --value or --text' });
  }
  if (v.status !== undefined && !(reviewStatuses as readonly string[]).includes(v.status)) {
    throw usageError({ vi: `--status phải là một trong ${list(reviewStatuses)}`, en: `--status must be one of ${list(reviewStatuses)}` });
  }
  const service = await ctx.workspace.write();
  const claim = await service.findClaim(claimId);
  const before = await service.ctx.review(claimId);
  const settings = await service.ctx.settings();
  const status = (v.status ?? before?.status) as ReviewStatus | undefined;
  if (!status) throw usageError({ vi: `cần --status: ${claimId} chưa được xét`, en: `--status is needed: ${claimId} has no review yet` });
  if (v['flag-reason'] !== undefined && status !== 'flagged') {
    throw usageError({ vi: '--flag-reason là lý do gắn cờ: dùng cùng --status flagged', en: '--flag-reason is the reason for a flag: use it with --status flagged' });
  }
  if ((v.value !== undefined || v.text !== undefined) && status !== 'corrected') {
    throw usageError({ vi: '--value và --text ghi một đính chính: dùng cùng --status corrected', en: '--value and --text record a correction: use them with --status corrected' });
  }
  if (v.verdict !== undefined && v.verdict !== '' && status === 'unreviewed') {
    throw usageError({ vi: 'kết luận cần một trạng thái khác unreviewed (--status verified, corrected…)', en: 'a verdict needs a status other than unreviewed (--status verified, corrected…)' });
  }
  const input: ReviewInput = { claimId, status };
  if (v.value !== undefined) {
    const value = parseTypedValue(v.value, claim.kind, lang);
    if (value === null || Number.isNaN(value)) {
      throw usageError(
        claim.kind === 'date'
          ? { vi: `--value: "${v.value}" không phải ngày (12/6/2021, 6/2021, 2021)`, en: `--value: "${v.value}" is not a date (12/6/2021, 6/2021, 2021)` }
          : { vi: `--value: "${v.value}" không phải số (tiếng Việt: 1.891 là một nghìn tám trăm chín mươi mốt, 42,13 có phần thập phân)`, en: `--value: "${v.value}" is not a number (English: 1,891 is one thousand eight hundred ninety-one, 42.13 has decimals)` },
      );
    }
    input.correctedValue = value;
  }
  if (v.text !== undefined) input.correctedText = v.text === '' ? null : v.text;
  // A correction needs the right value or wording, given now or kept from the review before (the review the
  // service would make of it): said in the command's own terms (the service's sentence speaks of the desk's
  // form) and refused as wrong use.
  if (correctionMissing(nextReview(before, input, '', ''))) {
    throw usageError({ vi: '--status corrected cần giá trị hoặc nội dung đúng: thêm --value V hoặc --text T', en: '--status corrected needs the right value or wording: add --value V or --text T' });
  }
  if (v.note !== undefined) input.note = v.note === '' ? null : v.note;
  if (v.verdict !== undefined) input.verdict = v.verdict === '' ? null : resolveVerdict(settings, v.verdict, lang);
  if (v['flag-reason'] !== undefined) input.flagReason = resolveFlagReason(v['flag-reason'], lang);
  if (v.evidence) input.evidence = withEvidence(before?.evidence ?? [], v.evidence, notes);
  const parsed = ReviewInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    const why = issueWords(issue);
    throw usageError({ vi: `giá trị không hợp lệ (${where}): ${why.vi}`, en: `invalid value (${where}): ${why.en}` });
  }
  const result = await service.reviewClaim(parsed.data);
  // The status in the desk's words (UI.md: the same words in the CLI), not its code (QA59: "c_…: verified").
  ctx.info({ vi: `${claimId}: ${statusLabels[result.status].vi}`, en: `${claimId}: ${statusLabels[result.status].en}` });
  noteFindingsNotUpdated(ctx, service, result);
  return { output: result };
}

// ------------------------------------------------------------------ settings

/** The settings with every default filled in, as `settings get` prints them and `settings set` addresses them. */
function fullSettings(settings: Settings): Settings {
  return {
    ...settings,
    verdicts: verdictScaleOf(settings),
    newsroom: newsroomOf(settings),
    claimReviewUrlPattern: claimReviewUrlPatternOf(settings),
    autoAdvance: settings.autoAdvance ?? false,
  };
}

const settableKeys = ['reviewerName', 'language', 'theme', 'autoAdvance', 'newsroom', 'claimReviewUrlPattern', 'verdicts'] as const;
type SettableKey = (typeof settableKeys)[number];
const settableHelp = 'reviewerName, language, theme, autoAdvance, newsroom.name, newsroom.url, claimReviewUrlPattern, verdicts, verdicts.N.label_vi…';

/** The typed value of `raw` for a setting whose current value is `current`. */
function coerce(lang: Lang, key: string, current: unknown, raw: string): unknown {
  const bad = (what: Text) => usageError({ vi: `${key}: ${what.vi}`, en: `${key}: ${what.en}` });
  if (typeof current === 'boolean') {
    if (raw === 'true' || raw === 'false') return raw === 'true';
    throw bad({ vi: `cần true hoặc false, không phải "${raw}"`, en: `expects true or false, got "${raw}"` });
  }
  if (typeof current === 'number' || (current === null && /^\s*[-\d]/.test(raw)) || (current === null && raw === 'null')) {
    if (raw === 'null' && current === null) return null;
    const n = parseTypedNumber(raw, lang);
    if (n === null || Number.isNaN(n)) throw bad({ vi: `cần một số, không phải "${raw}"`, en: `expects a number, got "${raw}"` });
    return n;
  }
  if (typeof current === 'object' && current !== null) {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      throw bad({ vi: 'cần giá trị JSON', en: 'expects a JSON value' });
    }
  }
  return raw;
}

function setAt(lang: Lang, key: string, target: unknown, path: readonly string[], raw: string): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return coerce(lang, key, target, raw);
  const unknownKey = () => usageError({ vi: `không có cài đặt "${key}"; có thể đặt: ${settableHelp}`, en: `no setting "${key}"; settable: ${settableHelp}` });
  if (Array.isArray(target)) {
    const index = /^\d+$/.test(head) ? Number(head) : -1;
    if (index < 0 || index >= target.length) throw unknownKey();
    const copy = [...target] as unknown[];
    copy[index] = setAt(lang, key, copy[index], rest, raw);
    return copy;
  }
  if (typeof target === 'object' && target !== null && Object.hasOwn(target, head)) {
    return { ...target, [head]: setAt(lang, key, (target as Record<string, unknown>)[head], rest, raw) };
  }
  throw unknownKey();
}

/** What a schema refused, in the run's language where the kind of problem is a common one; else the schema's own words. */
function issueWords(issue: z.core.$ZodIssue | undefined): Text {
  return issueText(issue) ?? { vi: issue?.message ?? '', en: issue?.message ?? '' };
}

async function settingsSet(ctx: CommandContext): Promise<CommandResult> {
  const { lang } = ctx;
  const [key, raw, ...extra] = ctx.args;
  if (key === undefined || raw === undefined) throw usageError({ vi: 'settings set cần <khóa> <giá trị>', en: 'settings set needs <key> <value>' });
  if (extra.length > 0) throw usageError({ vi: `thừa đối số: ${list(extra)} (đặt giá trị có dấu cách trong ngoặc kép)`, en: `unexpected arguments: ${list(extra)} (quote a value with spaces)` });
  const [top, ...rest] = key.split('.');
  if (!top || !(settableKeys as readonly string[]).includes(top)) {
    throw usageError({ vi: `không có cài đặt "${key}"; có thể đặt: ${settableHelp}`, en: `no setting "${key}"; settable: ${settableHelp}` });
  }
  const service = await ctx.workspace.write();
  const current = fullSettings(await service.ctx.settings());
  const value = setAt(lang, key, current[top as SettableKey], rest, raw);
  // The form's own sentence where it has one (what to type, with an example), in the run's language.
  const problem = settingsPatchProblems({ [top]: value })[0];
  if (problem) throw usageError({ vi: `${key}: giá trị không hợp lệ: ${problem.message.vi}`, en: `${key}: invalid value: ${problem.message.en}` });
  const parsed = contract.updateSettings.input.safeParse({ [top]: value });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = [top, ...(issue?.path.slice(1) ?? []).map(String)].join('.');
    const why = issueWords(issue);
    throw usageError({ vi: `${where}: giá trị không hợp lệ (${why.vi})`, en: `${where}: invalid value (${why.en})` });
  }
  const after = await service.updateSettings(parsed.data);
  ctx.info({ vi: `đã đặt ${key}`, en: `${key} set` });
  return { output: fullSettings(after) };
}

// ------------------------------------------------------------------ import / export

async function importCommand(ctx: CommandContext): Promise<CommandResult> {
  const { lang, args } = ctx;
  if (args.length === 0) throw usageError({ vi: 'import cần ít nhất một tệp hoặc thư mục', en: 'import needs at least one file or folder' });
  ctx.workspace.location();
  // Inputs are checked before the workspace is opened: a run that can import nothing creates nothing.
  const missing: string[] = [];
  const empty: string[] = [];
  for (const path of args) {
    let info;
    try {
      info = await stat(path);
    } catch {
      missing.push(path);
      continue;
    }
    if (info.isDirectory() && (await listImportableFiles(path).catch(() => [])).length === 0) empty.push(path);
  }
  if (missing.length + empty.length === args.length) {
    const parts = [
      ...missing.map((p) => t(lang, { vi: `${p}: không có tệp hoặc thư mục này`, en: `${p}: no such file or folder` })),
      ...empty.map((p) => t(lang, { vi: `${p}: thư mục không có tệp bài viết (.txt, .md, .html, .docx)`, en: `${p}: no article files (.txt, .md, .html, .docx) in this folder` })),
    ];
    throw failure({ vi: `không nhập được gì: ${summarize(parts)}`, en: `nothing imported: ${summarize(parts)}` });
  }
  const service = await ctx.workspace.write({ create: true });
  // Ctrl-C stops the import between two files: every file imported so far is kept (one durable commit each), and
  // the workspace is closed as after any run — its lock let go.
  let stopRequested = false;
  const removeStop = ctx.onInterrupt(() => {
    stopRequested = true;
    ctx.info({ vi: 'đang dừng: các tệp còn lại sẽ không được nhập (Ctrl-C lần nữa để thoát ngay)', en: 'stopping: the remaining files will not be imported (Ctrl-C again to quit at once)' });
  });
  const report = await service
    .importPaths(args, {
      report: progressLines(ctx.info, 'import'),
      get cancelled() {
        return stopRequested;
      },
    })
    .finally(removeStop);
  const leftOut = [
    ...report.refused.map((r) => t(lang, { vi: `bị từ chối ${r.source}: ${r.reason}`, en: `refused ${r.source}: ${r.reason}` })),
    ...empty.map((p) => t(lang, { vi: `${p}: thư mục không có tệp bài viết (.txt, .md, .html, .docx)`, en: `${p}: no article files (.txt, .md, .html, .docx) in this folder` })),
    ...(report.cancelled ? [t(lang, { vi: 'đã dừng theo yêu cầu (Ctrl-C): các tệp còn lại chưa được nhập', en: 'stopped on request (Ctrl-C): the remaining files were not imported' })] : []),
    // A save failed partway: what came in before it is saved; this file and the rest are named.
    ...(report.interrupted
      ? [
          t(lang, { vi: `dừng nhập ở ${report.interrupted.source}: ${report.interrupted.reason}`, en: `import stopped at ${report.interrupted.source}: ${report.interrupted.reason}` }),
          ...report.interrupted.notImported.map((p) => t(lang, { vi: `chưa nhập ${p}`, en: `not imported ${p}` })),
        ]
      : []),
  ];
  if (report.imported.length === 0 && !report.merged && report.duplicates.length === 0) {
    await ctx.workspace.discardCreated();
    throw failure({ vi: `không nhập được gì: ${summarize(leftOut)}`, en: `nothing imported: ${summarize(leftOut)}` });
  }
  // The desk's words (review BUG 8): refused files are refused; files that are not articles are skipped, and named.
  const n = (count: number) => ({ vi: formatNumber(count, 'vi'), en: formatNumber(count, 'en') });
  const [imported, duplicates, refused] = [n(report.imported.length), n(report.duplicates.length), n(report.refused.length)];
  ctx.info({
    vi: `đã nhập ${imported.vi}, trùng ${duplicates.vi}, bị từ chối ${refused.vi}`,
    en: `imported ${imported.en}, duplicates ${duplicates.en}, refused ${refused.en}`,
  });
  const skipped = report.skipped ?? [];
  if (skipped.length > 0) {
    // Named from the folder given, so that two "anh.jpg" in two subfolders can be told apart.
    const roots = args.map((a) => resolve(a));
    const shown = skipped.map((p) => {
      const root = roots.find((r) => resolve(p).startsWith(r + sep));
      return root ? relative(root, resolve(p)) : basename(p);
    });
    const count = n(skipped.length);
    ctx.info({
      vi: `${count.vi} tệp không phải bài viết được bỏ qua: ${shown.join(', ')}`,
      en: `${count.en} ${skipped.length === 1 ? 'file that is not an article was' : 'files that are not articles were'} skipped: ${shown.join(', ')}`,
    });
  }
  for (const i of report.imported) {
    if (i.encoding !== 'UTF-8') ctx.info({ vi: `${i.source}: đọc theo bảng mã ${i.encoding}`, en: `${i.source}: read as ${i.encoding}` });
    // What the desk notes on an article (a very long one, HTML read as its main text): a line each.
    for (const note of i.notes) ctx.info({ vi: `${i.source}: ${note}`, en: `${i.source}: ${note}` });
  }
  if (report.merged) {
    const m = report.merged;
    ctx.info({
      vi: `đã gộp ${m.source}: ${m.reviews} kết quả xét, ${m.conflicts} xung đột chờ xử lý trong ứng dụng`,
      en: `merged ${m.source}: ${countEn(m.reviews, 'review')}, ${countEn(m.conflicts, 'conflict')} kept for review in the app`,
    });
    if (m.decisionsNotCarried) {
      ctx.info({
        vi: `${m.decisionsNotCarried} quyết định về phát hiện trong tệp không áp dụng được (văn bản bài viết hoặc nhận định ở đây khác): các phát hiện đó trở lại trạng thái Mở`,
        en: `${m.decisionsNotCarried} finding decision${m.decisionsNotCarried === 1 ? '' : 's'} in the file could not be applied (the article's text or claims differ here): those findings are Open again`,
      });
    }
    if (m.findingsFilled) {
      ctx.info({
        vi: `${m.findingsFilled} phát hiện chưa ai xét ở đây nhận quyết định trong tệp (nhật ký ghi rõ từng phát hiện)`,
        en: `${m.findingsFilled} finding${m.findingsFilled === 1 ? '' : 's'} nobody here had decided took the file's decision (the audit trail names each)`,
      });
    }
  }
  noteFindingsNotUpdated(ctx, service, report);
  return { output: report, leftOut };
}

/**
 * A ClaimReview export's problems in the user's words, as the desk says them (describeClaimReviewProblems:
 * what Settings lacks once, then each claim by its quote), with what a CLI user types: the claim's id
 * beside its quote (for `review <id> --verdict …`) and the `settings set` keys of the fields named.
 */
function claimReviewProblemLines(problems: readonly ClaimReviewProblem[], lang: Lang): string[] {
  // Joined by "; " in one message: a line's own full stop is left out.
  const lines = describeClaimReviewProblems(problems, lang, (p) => `«${p.quote}» (${p.claimId})`).map((l) => l.replace(/\.$/u, ''));
  const codes = problems.flatMap((p) => [...p.missing, ...p.invalid]);
  const keys = [
    ...(codes.some((c) => c.startsWith('status (')) ? ['review <id> --status verified|corrected'] : []),
    ...(codes.some((c) => c.startsWith('author.name')) ? ['settings set newsroom.name "…"'] : []),
    ...(codes.includes('author.url') ? ['settings set newsroom.url https://…'] : []),
    ...(codes.some((c) => c === 'url' || c.startsWith('url (')) ? ['settings set claimReviewUrlPattern "https://…/{claimId}"'] : []),
    ...(codes.some((c) => c.startsWith('reviewRating.')) ? ['settings set verdicts.N.rating <1…>'] : []),
    ...(codes.some((c) => c.startsWith('reviewRating (')) ? ['review <id> --verdict <…>'] : []),
  ];
  if (keys.length === 0) return lines;
  // Right after what Settings lacks, before the claims: a message that shows only its first lines keeps it.
  const claimsFrom = lines.findIndex((l) => l.startsWith('«'));
  const at = claimsFrom < 0 ? lines.length : claimsFrom;
  const hint = t(lang, { vi: `cách sửa: ${keys.join(', ')}`, en: `to fix: ${keys.join(', ')}` });
  return [...lines.slice(0, at), hint, ...lines.slice(at)];
}

/** An English count with its noun: "1 claim", "2 claims" (Vietnamese nouns do not change with the number). */
function countEn(n: number, one: string, many?: string): string {
  return `${n} ${englishNoun(n, one, many)}`;
}

/** --from and --to, when given, are days that exist, written yyyy-mm-dd, and not swapped. */
function checkDays(values: OptionValues): void {
  for (const [option, d] of [['--from', values.from], ['--to', values.to]] as const) {
    if (d !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw usageError({ vi: `ngày phải có dạng yyyy-mm-dd, không phải "${d}"`, en: `dates must be yyyy-mm-dd, got "${d}"` });
    // 2024-13-01 or 2024-02-30 has the shape but no day: refused, not read as "nothing in scope" (QA59).
    if (d !== undefined && parseTypedDay(d) !== d) throw usageError({ vi: `${option}: không có ngày ${d} (tháng 1–12, ngày có trong tháng đó)`, en: `${option}: there is no day ${d} (month 1–12, a day of that month)` });
  }
  // Swapped days select nothing: said as wrong use, not answered as "nothing in scope" (the desk's History says it too).
  const { from, to } = values;
  if (from !== undefined && to !== undefined && from > to) throw usageError({ vi: `--to ${to} trước --from ${from}: hãy đổi lại hai ngày`, en: `--to ${to} is before --from ${from}: swap the two days` });
}

/**
 * The audit trail as the desk's history shows it: one entry per editor action, newest first, each naming its records
 * (a claim by its quote) and what changed, before → after, in the run's language. Read-only: a workspace the app has
 * open is read as it is on disk; a broken hash chain is said on stderr as at every opening.
 */
async function historyCommand(ctx: CommandContext): Promise<CommandResult> {
  const { values, lang } = ctx;
  for (const [option, id] of [['--claim', values.claim], ['--article', values.article]] as const) {
    if (id !== undefined && !isRecordId(id)) throw usageError({ vi: `${option}: "${id}" không phải mã bản ghi (list in các mã)`, en: `${option}: "${id}" is not a record id (list prints them)` });
  }
  checkDays(values);
  let limit: number | undefined;
  if (values.limit !== undefined) {
    limit = /^\d{1,5}$/.test(values.limit) ? Number(values.limit) : NaN;
    if (!(limit >= 1 && limit <= HISTORY_LIMIT)) throw usageError({ vi: `--limit phải là số nguyên từ 1 đến ${HISTORY_LIMIT}`, en: `--limit must be a whole number from 1 to ${HISTORY_LIMIT}` });
  }
  const query = {
    ...(values.claim !== undefined ? { claimId: values.claim } : {}),
    ...(values.article !== undefined ? { articleId: values.article } : {}),
    ...(values.who !== undefined ? { who: values.who } : {}),
    ...(values.from !== undefined ? { from: values.from } : {}),
    ...(values.to !== undefined ? { to: values.to } : {}),
    // Days as the desk reads them: of this machine's time zone (an action at 06:30 in Hà Nội is the day before in UTC).
    ...(values.from !== undefined || values.to !== undefined ? { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone } : {}),
    ...(limit !== undefined ? { limit } : {}),
  };
  const parsed = HistoryQuery.safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const why = issueWords(issue);
    throw usageError({ vi: `giá trị không hợp lệ (${issue?.path.join('.') ?? ''}): ${why.vi}`, en: `invalid value (${issue?.path.join('.') ?? ''}): ${why.en}` });
  }
  const service = await ctx.workspace.read();
  const [page, settings] = [await service.listHistory(parsed.data), await service.ctx.settings()];
  const items = describeHistory(
    page.events,
    {
      quoteOf: (id) => page.labels[id] ?? null,
      kindOf: (id) => page.kinds[id] ?? null,
      verdictLabel: (id, l) => {
        const v = findVerdict(settings, id);
        return v ? verdictLabel(v, l) : id;
      },
    },
    lang,
  );
  const actions = items.map((item) => ({
    when: item.when,
    who: item.who,
    action: item.action,
    direction: item.direction,
    targets: item.targets.map((target) => ({
      id: target.target,
      label: target.label,
      lines: target.lines.map((line) => ({ field: line.field, before: line.before, after: line.after, ...(line.change ? { change: line.change } : {}) })),
    })),
  }));
  const more = page.truncated ? { vi: ` (mới nhất; còn thêm, xem --limit)`, en: ` (the newest; there are more, see --limit)` } : { vi: '', en: '' };
  ctx.info({ vi: `${actions.length} thao tác${more.vi}`, en: `${countEn(actions.length, 'action')}${more.en}` });
  return { output: versioned('history', { actions, editors: page.editors, truncated: page.truncated }) };
}

async function exportCommand(ctx: CommandContext): Promise<CommandResult> {
  const { lang, values } = ctx;
  const format = values.format;
  if (!format || !(exportFormats as readonly string[]).includes(format)) {
    throw usageError({ vi: `--format phải là một trong ${list(exportFormats)}`, en: `--format must be one of ${list(exportFormats)}` });
  }
  if (!values.out) throw usageError({ vi: 'cần --out <tệp>', en: '--out <file> is required' });
  const statuses = values.status?.split(',').map((x) => x.trim());
  for (const st of statuses ?? []) {
    if (!(reviewStatuses as readonly string[]).includes(st)) throw usageError({ vi: `--status chỉ gồm ${list(reviewStatuses)}`, en: `--status must list ${list(reviewStatuses)}` });
  }
  checkDays(values);
  const scope = {
    ...(statuses ? { statuses: statuses as ReviewStatus[] } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
  };
  const service = await ctx.workspace.read();
  // Rendered here rather than through the service so the headers follow --lang; a read-only opening records nothing.
  const ws = await service.ctx.snapshotForExport(format, scope);
  const rendered = renderExport({ ...ws, findings: inLanguage(ws.findings, lang) }, format as ExportFormat, scope, lang, new Date());
  const problems = claimReviewProblemLines(rendered.problems, lang);
  if (rendered.count === 0 || rendered.content === '') {
    if (problems.length > 0) {
      throw failure({
        vi: `không ghi gì: không nhận định nào trong phạm vi đủ dữ liệu ClaimReview (${summarize(problems)})`,
        en: `nothing written: no claim in scope has complete ClaimReview data (${summarize(problems)})`,
      });
    }
    const what = format.startsWith('findings') ? { vi: 'phát hiện', en: 'finding' } : { vi: 'nhận định', en: 'claim' };
    const inScope = (statuses ?? (format === 'json' && Object.keys(scope).length === 0 ? [] : ['verified', 'corrected'])) as ReviewStatus[];
    const statusText = list(inScope);
    // In Vietnamese the desk's words, with the code --status takes (as the flag reasons are listed): UI.md, one vocabulary.
    const statusTextVi = list(inScope.map((st) => `${st} (${statusLabels[st].vi})`));
    throw failure({
      vi: `không có gì để xuất: không ${what.vi} nào trong phạm vi${statusTextVi ? ` (trạng thái ${statusTextVi})` : ''}; không ghi tệp`,
      en: `nothing to export: no ${what.en} in scope${statusText ? ` (status ${statusText})` : ''}; no file written`,
    });
  }
  const path = resolve(values.out);
  let bytes: number;
  try {
    bytes = await writeExportFile(path, rendered.content);
  } catch {
    throw failure({ vi: `không ghi được tệp ${path}`, en: `could not write ${path}` });
  }
  // What the number counts, as the desk's export summary says it (QA59: "đã ghi 1 vào …").
  const count = (l: Lang): string => exportCount(rendered.count, format as ExportFormat, l);
  ctx.info({ vi: `đã ghi ${count('vi')} vào ${path} (${bytes} byte)`, en: `wrote ${count('en')} to ${path} (${countEn(bytes, 'byte')})` });
  return { output: { path, count: rendered.count, bytes, problems: rendered.problems }, leftOut: problems };
}

// ------------------------------------------------------------------ the table

export const commands: readonly Command[] = [
  {
    name: 'extract',
    args: '<file|dir>...',
    options: [],
    help: {
      vi: 'in các bài và nhận định của chúng dưới dạng JSON (định dạng crosscheck.extract, phiên bản 1)',
      en: 'print the articles and their claims as JSON (format crosscheck.extract, version 1)',
    },
    async run(ctx) {
      const { output, leftOut } = await readInputs(ctx, ctx.args);
      return { output: versioned('extract', output), leftOut };
    },
  },
  {
    name: 'check',
    args: '<file|dir>... | --workspace F',
    options: [],
    help: {
      vi: 'như extract, thêm mâu thuẫn và điểm không nhất quán ("findings"); với --workspace và không có tệp: phát hiện của không gian làm việc (crosscheck.check, phiên bản 1)',
      en: 'extract plus contradictions and inconsistencies ("findings"); with --workspace and no files: the workspace\'s findings (crosscheck.check, version 1)',
    },
    async run(ctx) {
      if (ctx.args.length === 0) {
        if (!ctx.workspace.named()) throw usageError({ vi: 'check cần tệp, thư mục hoặc --workspace', en: 'check needs files, folders or --workspace' });
        const service = await ctx.workspace.read();
        const { after: findings } = await computeFindings(service.ctx);
        ctx.info({
          vi: `${findings.length} phát hiện, ${findings.filter((f) => f.status === 'open' && f.type !== 'consistent').length} chưa xử lý`,
          en: `${countEn(findings.length, 'finding')}, ${findings.filter((f) => f.status === 'open' && f.type !== 'consistent').length} open`,
        });
        const articles = [];
        for (const { importedAt: _i, ...a } of await service.store.articles()) articles.push({ ...a, claims: (await service.getArticle(a.id)).claims });
        return { output: versioned('check', { articles, findings: findingsOutput(inLanguage(findings, ctx.lang)) }) };
      }
      const { output, leftOut } = await readInputs(ctx, ctx.args);
      const findings = detectFindings(
        output.articles.map((a) => ({ ...a, importedAt: '' })),
        output.articles.flatMap((a) => a.claims),
        [],
        { language: ctx.lang },
      );
      ctx.info({ vi: `${findings.length} phát hiện`, en: countEn(findings.length, 'finding') });
      return { output: versioned('check', { ...output, findings: findingsOutput(findings) }), leftOut };
    },
  },
  {
    name: 'import',
    args: '<file|dir>... --workspace F',
    options: [],
    help: {
      vi: 'thêm bài vào không gian làm việc (tạo mới nếu chưa có; không tạo khi không nhập được gì); một tệp .json xuất từ Crosscheck được gộp vào',
      en: 'add articles to a workspace (created if missing, never when nothing could be imported); a Crosscheck .json export is merged',
    },
    run: importCommand,
  },
  {
    name: 'list',
    args: '--workspace F',
    options: [],
    help: {
      vi: 'in các bài, mã nhận định và trạng thái của không gian làm việc dưới dạng JSON (crosscheck.list, phiên bản 1)',
      en: "print the workspace's articles, claim ids and statuses as JSON (crosscheck.list, version 1)",
    },
    async run(ctx) {
      const service = await ctx.workspace.read();
      const articles = [];
      for (const summary of await service.listArticles()) {
        const { claims, reviews } = await service.getArticle(summary.id);
        const byClaim = new Map(reviews.map((r) => [r.claimId, r]));
        articles.push({
          ...summary,
          claims: claims.map((c) => ({ id: c.id, quote: c.quote, kind: c.kind, value: c.value, status: byClaim.get(c.id)?.status ?? 'unreviewed', verdict: byClaim.get(c.id)?.verdict ?? null })),
        });
      }
      return { output: versioned('list', { articles }) };
    },
  },
  {
    name: 'history',
    args: '--workspace F [--claim ID] [--article ID] [--who NAME] [--from yyyy-mm-dd] [--to yyyy-mm-dd] [--limit N]',
    options: ['claim', 'article', 'who', 'from', 'to', 'limit'],
    help: {
      vi: `in lịch sử thao tác (nhật ký kiểm toán) như tab Lịch sử: mỗi thao tác một mục, mới nhất trước, bằng lời theo --lang, trước → sau (crosscheck.history, phiên bản 1); lọc theo nhận định, bài, người duyệt, ngày (theo múi giờ của máy, như ứng dụng); đọc tối đa --limit sự kiện gần nhất (mặc định 1000, tối đa ${HISTORY_LIMIT}); chỉ đọc`,
      en: `print the audit trail as the History tab shows it: one entry per action, newest first, in words (--lang), before → after (crosscheck.history, version 1); filter by claim, article, reviewer, day (of this machine's time zone, as the desk); at most the --limit newest events (default 1000, at most ${HISTORY_LIMIT}); read-only`,
    },
    run: historyCommand,
  },
  {
    name: 'review',
    args: '<claimId> --workspace F [--status S] [--value V] [--text T] [--note N] [--verdict V] [--flag-reason R] [--evidence URL [--evidence-note N]]...',
    options: ['status', 'value', 'text', 'note', 'verdict', 'flag-reason', 'evidence', 'evidence-note'],
    help: {
      vi: 'ghi kết quả xét; trường không nêu được giữ nguyên (--note "" xóa ghi chú). S: verified|corrected|flagged|rejected|unreviewed (mặc định: trạng thái hiện có; corrected cần --value hoặc --text). --value theo ngôn ngữ (--lang): tiếng Việt 1.891 = 1891, 42,13 = 42.13; tiếng Anh 1,891 = 1891, 42.13. --verdict: mã, nhãn hoặc điểm trên thang kết luận (settings get). --flag-reason (với --status flagged): contradiction|unsupported|needs_source|typo|other hoặc nhãn của nó. --evidence thêm một nguồn (lặp lại được), --evidence-note là ghi chú của --evidence đứng trước',
      en: 'record a review; fields not given are kept (--note "" clears the note). S: verified|corrected|flagged|rejected|unreviewed (default: the current status; corrected needs --value or --text). --value follows the language (--lang): Vietnamese 1.891 = 1891, 42,13 = 42.13; English 1,891 = 1891, 42.13. --verdict: id, label or rating on the verdict scale (settings get). --flag-reason (with --status flagged): contradiction|unsupported|needs_source|typo|other or its label. --evidence adds a source (repeatable), --evidence-note is the note of the --evidence before it',
    },
    run: review,
  },
  {
    name: 'reextract',
    args: '--workspace F',
    options: [],
    help: {
      vi: 'trích xuất lại mọi bài bằng bộ máy hiện tại (kết quả xét được gắn lại)',
      en: 'extract every article again with the current engine (reviews re-attached)',
    },
    async run(ctx) {
      const service = await ctx.workspace.write();
      // Ctrl-C stops the re-extraction between two articles, before it writes anything; once it is saved, the
      // analysis after it, before that stores its findings (the next open analyses them). The workspace is then
      // closed as after any run, its lock let go; a second Ctrl-C ends the run at once.
      let stopRequested = false;
      const removeStop = ctx.onInterrupt(() => {
        stopRequested = true;
        ctx.info({ vi: 'đang dừng: không có gì được ghi dở (Ctrl-C lần nữa để thoát ngay)', en: 'stopping: nothing is left half-written (Ctrl-C again to quit at once)' });
        service.ctx.startClosing();
      });
      let report;
      try {
        if (!service.upgraded) {
          const articles = (await service.store.counts()).articles;
          ctx.info({ vi: `đang trích xuất lại ${formatNumber(articles, 'vi')} bài (Ctrl-C để dừng)`, en: `re-extracting ${countEn(articles, 'article')} (Ctrl-C to stop)` });
        }
        report = service.upgraded ?? (await service.reextract({ report: progressLines(ctx.info, 'reextract'), cancelled: false }));
      } catch (e) {
        if (stopRequested && e instanceof ReextractStopped) {
          throw new CliError(EXIT.partial, {
            vi: 'đã dừng theo yêu cầu (Ctrl-C): chưa trích xuất lại bài nào, không gian làm việc giữ nguyên',
            en: 'stopped on request (Ctrl-C): nothing was re-extracted, the workspace is as it was',
          });
        }
        throw e;
      } finally {
        removeStop();
      }
      // Stopped after the re-extraction was saved: its analysis did not store its findings.
      const analysisStopped = stopRequested && !findingsUpToDate(await service.store.meta());
      ctx.info({
        vi: `${report.before} → ${report.after} nhận định, gắn lại ${report.reviewsMoved} kết quả xét, giữ ${report.editsKept ?? 0} thông tin đã chỉnh, ${report.detached.length} tách rời`,
        en: `${report.before} → ${countEn(report.after, 'claim')}, ${countEn(report.reviewsMoved, 'review')} re-attached, ${countEn(report.editsKept ?? 0, 'edited fact')} kept, ${report.detached.length} detached`,
      });
      noteFindingsNotUpdated(ctx, service, report);
      const leftOut = report.detached.map((d) =>
        t(ctx.lang, { vi: `tách rời ${d.claimId} («${d.quote}», ${d.status}): chữ của nó không còn trong bài`, en: `detached ${d.claimId} («${d.quote}», ${d.status}): its words are no longer in the text` }),
      );
      if (analysisStopped) {
        leftOut.push(
          t(ctx.lang, {
            vi: 'đã dừng theo yêu cầu (Ctrl-C): việc trích xuất lại đã được lưu, các phát hiện chưa được phân tích lại (lần mở sau sẽ phân tích)',
            en: 'stopped on request (Ctrl-C): the re-extraction is saved, its findings were not analysed again (the next open analyses them)',
          }),
        );
      }
      return { output: report, leftOut };
    },
  },
  {
    name: 'restore',
    args: '--workspace F [--backup ID]',
    options: ['backup'],
    help: {
      vi: 'liệt kê các bản sao lưu, hoặc khôi phục một bản (trạng thái hiện tại được sao lưu trước)',
      en: "list the workspace's backups, or restore one (the current state is kept as a backup)",
    },
    async run(ctx) {
      const service = await ctx.workspace.write();
      if (!ctx.values.backup) {
        const backups = await service.listBackups();
        ctx.info(backups.length === 0 ? { vi: 'chưa có bản sao lưu (mỗi mốc lưu giữ một bản)', en: 'no backups yet (one is kept at each checkpoint)' } : { vi: `${backups.length} bản sao lưu, mới nhất trước`, en: `${countEn(backups.length, 'backup')}, newest first` });
        return { output: { backups } };
      }
      try {
        await service.restoreBackup(ctx.values.backup);
      } catch (e) {
        if (!(e instanceof AppError && e.code === 'not_found')) throw e;
        // An id that is not there: say which are (newest first), not only that this one is missing.
        const ids = (await service.listBackups()).map((b) => b.id);
        const shown = ids.length === 0 ? null : `${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}`;
        throw failure(
          shown === null
            ? { vi: `không có bản sao lưu ${ctx.values.backup}: không gian làm việc chưa có bản sao lưu nào`, en: `no backup ${ctx.values.backup}: the workspace has no backups yet` }
            : { vi: `không có bản sao lưu ${ctx.values.backup}; có: ${shown} (mới nhất trước; restore không có --backup liệt kê chúng)`, en: `no backup ${ctx.values.backup}; there are: ${shown} (newest first; restore without --backup lists them)` },
        );
      }
      ctx.info({ vi: `đã khôi phục ${ctx.values.backup}`, en: `restored backup ${ctx.values.backup}` });
      return { output: { restored: ctx.values.backup } };
    },
  },
  {
    name: 'export',
    args: '--workspace F --format X --out FILE [--status S,S] [--from yyyy-mm-dd] [--to yyyy-mm-dd]',
    options: ['format', 'out', 'status', 'from', 'to'],
    help: {
      vi: 'X: csv|json|jsonl|claimreview|findings|findings-html; trạng thái mặc định verified,corrected; tiêu đề cột theo --lang. Không có gì trong phạm vi: không ghi tệp, mã thoát 1',
      en: 'X: csv|json|jsonl|claimreview|findings|findings-html; default statuses verified,corrected; headers follow --lang. Nothing in scope: no file written, exit status 1',
    },
    run: exportCommand,
  },
  {
    name: 'settings get',
    args: '--workspace F',
    options: [],
    help: {
      vi: 'in cài đặt của không gian làm việc dưới dạng JSON (các giá trị mặc định được điền)',
      en: "print the workspace's settings as JSON (defaults filled in)",
    },
    async run(ctx) {
      const service = await ctx.workspace.read();
      return { output: fullSettings(await service.ctx.settings()) };
    },
  },
  {
    name: 'settings set',
    args: '<key> <value> --workspace F',
    options: [],
    help: {
      vi: `đổi một cài đặt, kiểm tra như trong ứng dụng; khóa: ${settableHelp} (đối tượng và danh sách nhận JSON; số theo --lang). Ví dụ: settings set newsroom.name "Báo Mẫu"`,
      en: `change one setting, validated as in the app; keys: ${settableHelp} (objects and lists take JSON; numbers follow --lang). Example: settings set newsroom.name "Sample News"`,
    },
    run: settingsSet,
  },
];

/** The command named by the first one or two positionals, and the positionals left for it. */
export function findCommand(positionals: readonly string[]): { command: Command; args: string[] } | null {
  for (const command of commands) {
    const words = command.name.split(' ');
    if (words.every((w, i) => positionals[i] === w)) return { command, args: positionals.slice(words.length) };
  }
  return null;
}

export { CliError, EXIT };
