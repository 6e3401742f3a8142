// Runs one CLI invocation: arguments, language, the workspace, exit status. Commands are in ./commands.
import { access, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { AppError } from '../services/errors';
import { DATABASE_URL_ENV, openDeskForCommand } from '../services/desk';
import { localIdentity } from '../store/postgres/pgStore';
import { describeNotices, openForWriting, openReadOnly } from '../services/open';
import { findingsUpToDate } from '../services/findings';
import type { WorkspaceService } from '../services/workspaceService';
import { WorkspaceLockedError, WorkspaceOpenError } from '../store/open';
import { commands, findCommand, globalOptions, optionSpecs, progressLines, type CommandContext, type OptionName, type OptionValues, type WorkspaceAccess } from './commands';
import { CliError, EXIT, usageError, type ExitCode, type Lang, type Text } from './errors';
import { writeJson } from './json';
import { englishNoun, formatNumber } from '../../shared/i18n/format';

export interface CliIo {
  /** The result (JSON) on stdout. */
  out(text: string): void;
  /** Progress, left-out inputs and the error line, on stderr. */
  err(text: string): void;
  /**
   * Registers what a command does when the user interrupts it (Ctrl-C) while it runs, and returns its removal. The
   * entry (electron/cli.ts) calls it at the first Ctrl-C; with none registered, or at a second one, it exits at once.
   */
  onInterrupt?(stop: () => void): () => void;
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

export function helpText(lang: Lang, only?: string): string {
  const vi = lang === 'vi';
  const shown = commands.filter((c) => !only || c.name === only);
  const lines = [vi ? 'Cách dùng: npm run cli -- <lệnh> [tùy chọn]' : 'Usage: npm run cli -- <command> [options]', '', vi ? 'Lệnh:' : 'Commands:'];
  for (const c of shown) {
    lines.push(`  ${c.name} ${c.args}`);
    lines.push(`      ${c.help[lang]}`);
  }
  if (only) return lines.join('\n');
  lines.push(
    '',
    vi ? 'Tùy chọn chung:' : 'Options of every command:',
    vi ? '  --workspace F   không gian làm việc (mặc định: $CROSSCHECK_WORKSPACE)' : '  --workspace F   workspace (default: $CROSSCHECK_WORKSPACE)',
    vi
      ? '  --database URL  bàn biên tập chung trên PostgreSQL thay cho --workspace (mặc định: $CROSSCHECK_DATABASE_URL; biên tập viên: $CROSSCHECK_REVIEWER)'
      : '  --database URL  a shared desk on PostgreSQL instead of --workspace (default: $CROSSCHECK_DATABASE_URL; editor: $CROSSCHECK_REVIEWER)',
    vi
      ? '  --lang vi|en    ngôn ngữ của mọi thông báo, tiêu đề xuất và số nhập vào (mặc định: cài đặt ngôn ngữ của không gian làm việc, nếu không có thì vi)'
      : "  --lang vi|en    language of every message, export headers and typed numbers (default: the workspace's language setting, else vi)",
    vi ? '  --silent        chỉ in kết quả' : '  --silent        print only the result',
    vi ? '  --help          in trợ giúp này (hoặc của một lệnh: <lệnh> --help)' : '  --help          show this help (or a command\'s: <command> --help)',
    '',
    vi ? 'Số nhập vào (--value, settings set) theo ngôn ngữ:' : 'Numbers typed in (--value, settings set) follow the language:',
    vi ? '  vi: 1.891 = 1891, 42,13 = 42.13, 1.891,5 = 1891.5' : '  vi: 1.891 = 1891, 42,13 = 42.13, 1.891,5 = 1891.5',
    vi ? '  en: 1,891 = 1891, 42.13 = 42.13, 1,891.5 = 1891.5' : '  en: 1,891 = 1891, 42.13 = 42.13, 1,891.5 = 1891.5',
    '',
    vi ? 'Mã thoát:' : 'Exit status:',
    vi ? '  0  đã làm xong' : '  0  done',
    vi ? '  1  không làm được gì (không đọc được đầu vào nào, không có gì trong phạm vi, không có nhận định…)' : '  1  nothing done (no input could be used, nothing in scope, unknown claim, change refused…)',
    vi ? '  2  dùng sai (lệnh, tùy chọn hoặc giá trị không hợp lệ); không làm gì' : '  2  wrong use (unknown command or option, bad value); nothing done',
    vi ? '  3  không dùng được không gian làm việc (không có, đang mở ghi ở nơi khác, không đọc được, bản mới hơn)' : '  3  workspace unavailable (missing, open in another writer, unreadable, newer version)',
    vi ? '  4  làm được một phần: kết quả được in, mỗi đầu vào không làm được có một dòng trên stderr' : '  4  partly done: the result is printed, each input left out has a line on stderr',
    vi ? 'Lỗi: một dòng trên stderr, bắt đầu bằng "crosscheck: ".' : 'Errors: one line on stderr, starting with "crosscheck: ".',
  );
  return lines.join('\n');
}

/** The language of this run, before anything is printed: --lang, else the workspace's setting, else vi. */
function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--lang') return argv[i + 1];
    if (a.startsWith('--lang=')) return a.slice('--lang='.length);
  }
  return undefined;
}

class Workspaces implements WorkspaceAccess {
  private reader: WorkspaceService | null = null;
  private writer: WorkspaceService | null = null;
  private created = false;

  /**
   * The read-only opening that told the language, its notices not said yet (a broken audit chain, a torn journal
   * line): they are said in the run's language, known only once that opening is over, when a command reads with it.
   */
  private unreported: WorkspaceService | null = null;

  /** Why the shared desk could not be opened when the language was looked up (not waited for twice). */
  private deskFailure: unknown = null;

  constructor(
    private readonly path: string | undefined,
    private readonly desk: string | undefined,
    private readonly lang: () => Lang,
    private readonly notice: (line: string) => void,
    /** What the run does at the user's Ctrl-C (see CliIo.onInterrupt); returns its removal. */
    private readonly interrupt: (stop: () => void) => () => void = () => () => undefined,
    /** A progress line on stderr (not with --silent), as a command's (CommandContext.info). */
    private readonly info: (text: Text) => void = () => undefined,
  ) {}

  named(): boolean {
    return Boolean(this.path ?? this.desk);
  }

  /** A shared desk (--database): opened through the desk service; it is never created here. */
  private async openDesk(mode: 'read' | 'write'): Promise<WorkspaceService> {
    // A read-only opening that failed is not waited for twice; a writer opens (and may create) on its own.
    if (mode === 'read' && this.deskFailure) throw this.deskFailure;
    try {
      // A writer builds messages (an import's refusals and notes) in the run's language; the reader may
      // be the one that tells that language (peekLanguage).
      return await openDeskForCommand(this.desk ?? '', mode, mode === 'write' ? this.lang() : undefined);
    } catch (e) {
      // An unreachable desk, or a database without one, is a workspace that cannot be used (exit 3).
      const failure = e instanceof AppError ? new CliError(EXIT.workspace, e.messages) : e;
      if (mode === 'read') this.deskFailure = failure;
      throw failure;
    }
  }

  location(): string {
    if (this.desk) return this.desk;
    if (!this.path) throw usageError({ vi: 'cần --workspace <tệp> (hoặc đặt CROSSCHECK_WORKSPACE)', en: '--workspace <file> is required (or set CROSSCHECK_WORKSPACE)' });
    return this.path;
  }

  private notFound(location: string): CliError {
    return new CliError(EXIT.workspace, { vi: `không tìm thấy không gian làm việc: ${location}`, en: `workspace not found: ${location}` });
  }

  /** The workspace's language setting, read without the lock; null when it cannot be read. */
  async peekLanguage(): Promise<Lang | null> {
    if (this.desk) {
      try {
        this.reader = await this.openDesk('read');
        return (await this.reader.ctx.settings()).language;
      } catch {
        return null;
      }
    }
    if (!this.path || !(await exists(this.path))) return null;
    try {
      this.reader = this.unreported = await openReadOnly(this.path);
      return (await this.reader.ctx.settings()).language;
    } catch {
      return null;
    }
  }

  async read(): Promise<WorkspaceService> {
    if (this.writer) return this.writer;
    if (this.reader) {
      if (this.unreported === this.reader) {
        this.unreported = null;
        this.report(this.reader);
      }
      return this.reader;
    }
    if (this.desk) return (this.reader = await this.openDesk('read'));
    const location = this.location();
    if (!(await exists(location))) throw this.notFound(location);
    this.reader = await openReadOnly(location);
    this.report(this.reader);
    return this.reader;
  }

  async write(options: { create?: boolean } = {}): Promise<WorkspaceService> {
    if (this.writer) return this.writer;
    if (this.desk) {
      await this.reader?.close();
      this.reader = null;
      return (this.writer = await this.openDesk('write'));
    }
    const location = this.location();
    const existed = await exists(location);
    if (!existed && !options.create) throw this.notFound(location);
    // The read-only opening that told the language is closed first: the writer takes its place (and says the
    // workspace's notices itself).
    await this.reader?.close();
    this.reader = this.unreported = null;
    // $CROSSCHECK_REVIEWER names who acts in this run (its reviews and audit events), as on a shared
    // desk; without it, the workspace's reviewer name from its settings.
    const acting = process.env.CROSSCHECK_REVIEWER?.trim() || undefined;
    // Messages the service builds (an import's refusals and notes) in the run's language.
    // (A workspace of an older engine is extracted again before the command runs: see `upgrade`.)
    this.writer = await openForWriting(location, { seedsDir: null, defaultReviewer: acting ?? localIdentity('').osUser, actingReviewer: acting, language: this.lang(), keepUnreadable: true, upgradeInBackground: true });
    this.created = !existed;
    this.report(this.writer);
    await this.upgrade(this.writer);
    return this.writer;
  }

  /**
   * A workspace written by an older extraction engine is extracted again (every review kept on its words) before
   * the command runs, as the open did it before: said on stderr, since at newsroom scale it takes minutes. The
   * first Ctrl-C stops it between two articles, before it writes anything — or, once it is saved, its analysis
   * before that stores its findings (the next open analyses them) — and the command does not run (exit 4); the
   * workspace is then closed and its lock let go as after any run. A second Ctrl-C ends the run at once.
   */
  private async upgrade(service: WorkspaceService): Promise<void> {
    if (!service.upgradePending) return;
    const lang = this.lang();
    const articles = (await service.store.counts()).articles;
    this.notice(
      `crosscheck: ${
        lang === 'vi'
          ? `không gian làm việc được trích xuất bằng phiên bản cũ: đang trích xuất lại ${formatNumber(articles, 'vi')} bài trước khi chạy lệnh (Ctrl-C để dừng)`
          : `the workspace was extracted by an older version: re-extracting ${formatNumber(articles, 'en')} ${englishNoun(articles, 'article')} before the command runs (Ctrl-C to stop)`
      }`,
    );
    let stopped = false;
    const remove = this.interrupt(() => {
      stopped = true;
      this.notice(`crosscheck: ${lang === 'vi' ? 'đang dừng: không có gì được ghi dở (Ctrl-C lần nữa để thoát ngay)' : 'stopping: nothing is left half-written (Ctrl-C again to quit at once)'}`);
      service.ctx.startClosing();
    });
    let report;
    try {
      // (Where it is, every few seconds, as `reextract` says it: minutes at a newsroom's size.)
      report = await service.upgrade({ report: progressLines(this.info, 'reextract'), cancelled: false });
    } finally {
      remove();
    }
    if (!stopped) return;
    const analysed = report !== null && findingsUpToDate(await service.store.meta());
    const said: Text =
      report === null
        ? { vi: 'đã dừng theo yêu cầu (Ctrl-C): chưa trích xuất lại bài nào, không gian làm việc giữ nguyên, lệnh chưa chạy', en: 'stopped on request (Ctrl-C): nothing was re-extracted, the workspace is as it was, the command did not run' }
        : analysed
          ? { vi: 'đã dừng theo yêu cầu (Ctrl-C): việc trích xuất lại đã được lưu; lệnh chưa chạy', en: 'stopped on request (Ctrl-C): the re-extraction is saved; the command did not run' }
          : {
              vi: 'đã dừng theo yêu cầu (Ctrl-C): việc trích xuất lại đã được lưu, các phát hiện sẽ được phân tích lại ở lần mở sau; lệnh chưa chạy',
              en: 'stopped on request (Ctrl-C): the re-extraction is saved, its findings are analysed again at the next open; the command did not run',
            };
    throw new CliError(EXIT.partial, said);
  }

  async discardCreated(): Promise<void> {
    if (!this.created || !this.path) return;
    await this.writer?.close();
    this.writer = null;
    await rm(this.path, { recursive: true, force: true });
    this.created = false;
  }

  private report(service: WorkspaceService): void {
    for (const line of describeNotices(service.notices, this.lang())) this.notice(`crosscheck: ${line}`);
  }

  async close(): Promise<void> {
    await this.reader?.close();
    await this.writer?.close();
    this.reader = null;
    this.writer = null;
  }
}

function parseError(e: unknown): Text | null {
  if (!(e instanceof Error) || !('code' in e) || typeof e.code !== 'string' || !e.code.startsWith('ERR_PARSE_ARGS')) return null;
  const option = /'(-[^']*)'/.exec(e.message)?.[1] ?? '';
  const name = option.replace(/^-+/, '').split(/[ =,]/)[0] ?? '';
  const shown = name ? `--${name}` : option;
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return { vi: `không có tùy chọn ${shown} (xem --help)`, en: `unknown option ${shown} (see --help)` };
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return { vi: `tùy chọn ${shown} cần một giá trị`, en: `option ${shown} needs a value` };
    default:
      return { vi: `đối số không hợp lệ: ${e.message}`, en: `invalid arguments: ${e.message}` };
  }
}

/** Runs the CLI and returns its exit status; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<ExitCode> {
  const env = process.env.CROSSCHECK_WORKSPACE;
  let lang: Lang = 'vi';
  const flag = langFlag(argv);
  const flagValue = (name: string): string | undefined => {
    const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    if (i < 0) return undefined;
    const a = argv[i] ?? '';
    return a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1];
  };
  const workspaceFlag = flagValue('workspace');
  const databaseFlag = flagValue('database');
  // A shared desk: --database, else $CROSSCHECK_DATABASE_URL when no workspace is named by flag.
  const deskEnv = process.env[DATABASE_URL_ENV] || undefined;
  const desk = databaseFlag ?? (workspaceFlag === undefined ? deskEnv : undefined);
  const rawWorkspace = workspaceFlag ?? (desk === undefined ? env || undefined : undefined);
  let silent = false;
  const info = (text: Text): void => {
    if (!silent) io.err(text[lang]);
  };
  const workspaces = new Workspaces(rawWorkspace, desk, () => lang, io.err, (stop) => io.onInterrupt?.(stop) ?? (() => undefined), info);
  const fail = (code: ExitCode, text: Text): ExitCode => {
    io.err(`crosscheck: ${text[lang]}`);
    return code;
  };
  try {
    if (flag === 'vi' || flag === 'en') lang = flag;
    if (flag !== undefined && flag !== 'vi' && flag !== 'en') return fail(EXIT.usage, { vi: '--lang phải là vi hoặc en', en: '--lang must be vi or en' });
    if (databaseFlag !== undefined && workspaceFlag !== undefined) {
      return fail(EXIT.usage, { vi: 'chỉ dùng một trong --workspace và --database', en: 'give either --workspace or --database, not both' });
    }
    if (databaseFlag === undefined && workspaceFlag === undefined && deskEnv && env) {
      return fail(EXIT.usage, {
        vi: `cả CROSSCHECK_WORKSPACE và ${DATABASE_URL_ENV} đều được đặt: hãy dùng --workspace hoặc --database`,
        en: `both CROSSCHECK_WORKSPACE and ${DATABASE_URL_ENV} are set: give --workspace or --database`,
      });
    }
    if (flag !== 'vi' && flag !== 'en') lang = (await workspaces.peekLanguage()) ?? 'vi';

    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: optionSpecs });
    const options = values as OptionValues;
    silent = Boolean(options.silent);
    if (positionals.length === 0) {
      io.out(helpText(lang));
      return options.help ? EXIT.ok : EXIT.usage;
    }
    const found = findCommand(positionals);
    if (!found) {
      if (positionals[0] === 'settings') return fail(EXIT.usage, { vi: 'settings cần get hoặc set', en: 'settings needs get or set' });
      if (positionals[0] === 'help') {
        io.out(helpText(lang));
        return EXIT.ok;
      }
      return fail(EXIT.usage, { vi: `không có lệnh "${positionals[0]}" (xem --help)`, en: `unknown command "${positionals[0]}" (see --help)` });
    }
    const { command, args } = found;
    if (options.help) {
      io.out(helpText(lang, command.name));
      return EXIT.ok;
    }
    // A command whose arguments are all options (list, export, restore …) takes no other word: "list extra" is a
    // typo or a value without its option, not something to ignore.
    if (command.args.startsWith('--') && args.length > 0) {
      return fail(EXIT.usage, { vi: `thừa đối số: ${args.join(', ')} (xem ${command.name} --help)`, en: `unexpected arguments: ${args.join(', ')} (see ${command.name} --help)` });
    }
    const allowed = new Set<OptionName>([...globalOptions, ...command.options]);
    for (const key of Object.keys(values) as OptionName[]) {
      if (!allowed.has(key)) return fail(EXIT.usage, { vi: `${command.name} không có tùy chọn --${key} (xem ${command.name} --help)`, en: `${command.name} takes no --${key} option (see ${command.name} --help)` });
    }
    const ctx: CommandContext = {
      lang,
      args,
      values: options,
      info,
      onInterrupt: (stop) => io.onInterrupt?.(stop) ?? (() => undefined),
      workspace: workspaces,
    };
    const result = await command.run(ctx);
    writeJson((text) => io.out(text), result.output);
    for (const line of result.leftOut ?? []) io.err(`crosscheck: ${line}`);
    return (result.leftOut ?? []).length > 0 ? EXIT.partial : EXIT.ok;
  } catch (e) {
    if (e instanceof CliError) return fail(e.exitCode, e.text);
    if (e instanceof AppError) return fail(EXIT.failed, e.messages);
    if (e instanceof WorkspaceLockedError || e instanceof WorkspaceOpenError) return fail(EXIT.workspace, e.messages);
    const parse = parseError(e);
    if (parse) return fail(EXIT.usage, parse);
    const message = e instanceof Error ? e.message : String(e);
    return fail(EXIT.failed, { vi: `lỗi không mong muốn: ${message}`, en: `unexpected error: ${message}` });
  } finally {
    await workspaces.close().catch(() => undefined);
  }
}
