// Settings → "Bàn biên tập chung" / "Shared desk", the main-process side: connects the service host
// to a shared desk in PostgreSQL and back to the local workspace, and keeps the app's own record
// of the desk (in userData, never in the workspace). The password is used to connect and nothing
// else: the config file holds the URL WITHOUT it, and a password is remembered only encrypted by
// the operating system (Electron safeStorage) when the editor asks for it and the OS can.
// No Electron import here: main.ts passes safeStorage in, the e2e bridge and the tests pass none.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DeskLive, DeskStatus } from '../../shared/ipc/contract';
import type { MethodName } from '../../shared/ipc/methods';
import { err, ok, type Result } from '../../shared/result';
import type { Lang } from '../services/errors';
import { checkDeskUrl, DeskUrlError, redactDeskUrl, scrubSecret } from '../store/postgres/connection';
import type { HostOptions } from './protocol';

/** The methods the main process answers itself (everything else goes to the service host). */
export const DESK_METHODS: ReadonlySet<MethodName> = new Set<MethodName>(['getDeskStatus', 'connectDesk', 'disconnectDesk', 'abandonDeskActions']);

/** Encryption by the operating system (Electron's safeStorage): never a home-made cipher. */
export interface SecretBox {
  available(): boolean;
  encrypt(text: string): Buffer;
  decrypt(data: Buffer): string;
}

/** What the app keeps about the desk (userData/desk.json). */
export interface DeskConfig {
  /** The desk's URL without its password. */
  url: string;
  /** The editor name used on the desk (from the local workspace's settings when connecting). */
  reviewerName: string;
  /** Reconnect at the next start (set by a connect, cleared by a disconnect). */
  autoConnect: boolean;
  /** The password encrypted by the OS (base64), only when the editor asked to remember it. */
  sealedPassword?: string;
}

/** The part of ServiceHostClient the connector drives (a fake in unit tests). */
export interface SwitchableHost {
  readonly current: HostOptions;
  switchTo(host: HostOptions): Promise<void>;
  reopen(host: HostOptions): Promise<void>;
  call(method: MethodName, input: unknown): Promise<Result<unknown>>;
  /** Gives up on the desk actions still waiting (also while the desk is being closed). */
  abandonDesk(): Promise<{ notSent: number; unconfirmed: number }>;
}

export interface DeskConnectorOptions {
  host: SwitchableHost;
  /** Where the config lives (userData/desk.json in the app). */
  configPath: string;
  /** What the worker opens when not on a desk. */
  local: HostOptions;
  secrets?: SecretBox | null;
  language: () => Lang;
}

export type ConnectInput = { url: string; password?: string; remember?: boolean };

const say = (lang: Lang, vi: string, en: string) => (lang === 'vi' ? vi : en);

/** A failure's reason in the editor's language when it carries both (vi/en), else its message. */
function localizedReason(e: unknown, lang: Lang): string {
  const both = e as { vi?: unknown; en?: unknown } | null;
  if (both && typeof both.vi === 'string' && typeof both.en === 'string') return say(lang, both.vi, both.en);
  return e instanceof Error ? e.message : String(e);
}

export async function readDeskConfig(path: string): Promise<DeskConfig | null> {
  try {
    const raw = JSON.parse(await readFile(path, 'utf8')) as Partial<DeskConfig>;
    if (typeof raw.url !== 'string') return null;
    // A file edited by hand with a password in the URL: the password is dropped, never used.
    return {
      url: redactDeskUrl(raw.url),
      reviewerName: typeof raw.reviewerName === 'string' ? raw.reviewerName : '',
      autoConnect: raw.autoConnect === true,
      ...(typeof raw.sealedPassword === 'string' ? { sealedPassword: raw.sealedPassword } : {}),
    };
  } catch {
    return null;
  }
}

async function writeDeskConfig(path: string, config: DeskConfig): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  await writeFile(tmp, JSON.stringify({ ...config, url: redactDeskUrl(config.url) }, null, 2) + '\n', { mode: 0o600 });
  await rename(tmp, path);
}

/**
 * The connection URL with the password put in (the user may type it in the URL or apart); the
 * password is percent-encoded so any character works. Returns the URL to connect with and the
 * one to show.
 */
export function deskConnection(url: string, password: string | undefined): { connect: string; shown: string; password: string } {
  const parsed = checkDeskUrl(url.trim());
  const inUrl = parsed.password ? decodeURIComponent(parsed.password) : '';
  const secret = password !== undefined && password !== '' ? password : inUrl;
  parsed.password = secret ? encodeURIComponent(secret) : '';
  const connect = parsed.toString();
  return { connect, shown: redactDeskUrl(connect), password: secret };
}

export class DeskConnector {
  private config: DeskConfig | null | undefined;

  constructor(private readonly options: DeskConnectorOptions) {}

  handles(method: MethodName): boolean {
    return DESK_METHODS.has(method);
  }

  /** Answers a desk method; the input was already checked against the contract. */
  async call(method: MethodName, input: unknown): Promise<Result<unknown>> {
    if (method === 'connectDesk') return this.connect(input as ConnectInput);
    if (method === 'disconnectDesk') return this.disconnect(input as { forget?: boolean });
    if (method === 'abandonDeskActions') return ok(await this.options.host.abandonDesk());
    return ok(await this.status());
  }

  private async loadConfig(): Promise<DeskConfig | null> {
    if (this.config === undefined) this.config = await readDeskConfig(this.options.configPath);
    return this.config;
  }

  private async saveConfig(config: DeskConfig | null): Promise<void> {
    this.config = config;
    if (config) await writeDeskConfig(this.options.configPath, config);
    else await rm(this.options.configPath, { force: true });
  }

  private canRemember(): boolean {
    try {
      return this.options.secrets?.available() ?? false;
    } catch {
      return false;
    }
  }

  private unseal(config: DeskConfig | null): string | undefined {
    if (!config?.sealedPassword || !this.canRemember()) return undefined;
    try {
      return this.options.secrets?.decrypt(Buffer.from(config.sealedPassword, 'base64'));
    } catch {
      return undefined;
    }
  }

  async status(): Promise<DeskStatus> {
    const config = await this.loadConfig();
    const answer = await this.options.host.call('getDeskStatus', {});
    const live: DeskLive = answer.ok
      ? (answer.value as DeskLive)
      : { mode: this.options.host.current.desk ? 'desk' : 'local', url: null, state: null, editor: null, others: [], pending: 0 };
    return { ...live, savedUrl: config?.url ?? null, remembered: Boolean(config?.sealedPassword) && this.canRemember(), canRemember: this.canRemember() };
  }

  /** The editor's name: the local workspace's reviewer (read before leaving it), else the last one used. */
  private async reviewerName(): Promise<string> {
    if (!this.options.host.current.desk) {
      const info = await this.options.host.call('getWorkspaceInfo', {});
      const name = info.ok ? (info.value as { settings: { reviewerName: string } }).settings.reviewerName.trim() : '';
      if (name) return name;
    }
    return (await this.loadConfig())?.reviewerName || this.options.local.defaultReviewer;
  }

  async connect(input: ConnectInput): Promise<Result<DeskStatus>> {
    const lang = this.options.language();
    let target: ReturnType<typeof deskConnection>;
    const saved = await this.loadConfig();
    try {
      const typed = input.password !== undefined && input.password !== '' ? input.password : undefined;
      target = deskConnection(input.url, typed);
      // No password typed: the one remembered for this same desk, if any.
      if (!target.password && saved && saved.url === target.shown) {
        const remembered = this.unseal(saved);
        if (remembered) target = deskConnection(input.url, remembered);
      }
    } catch (e) {
      const reason = e instanceof DeskUrlError ? e.message : String(e);
      return err(
        'invalid_input',
        say(lang, `Địa chỉ bàn biên tập chung không hợp lệ: cần dạng postgres://người_dùng@máy_chủ:5432/tên_csdl (${reason}).`, `The shared desk address is not valid: expected postgres://user@host:5432/database (${reason}).`),
      );
    }
    const reviewerName = await this.reviewerName();
    try {
      await this.options.host.switchTo({ ...this.options.local, desk: { url: target.connect, reviewerName } });
    } catch (e) {
      const reason = scrubSecret(localizedReason(e, lang), target.connect);
      return err(
        'unreadable_file',
        say(lang, `Không kết nối được bàn biên tập chung ${target.shown}: ${reason}. Bạn vẫn đang ở không gian làm việc hiện tại.`, `Cannot connect to the shared desk ${target.shown}: ${reason}. You are still on the current workspace.`),
      );
    }
    let sealedPassword: string | undefined;
    if (input.remember && target.password && this.canRemember()) {
      sealedPassword = this.options.secrets?.encrypt(target.password).toString('base64');
    } else if (input.remember !== false && saved?.url === target.shown && saved.sealedPassword && !target.password) {
      sealedPassword = saved.sealedPassword;
    } else if (input.remember !== false && saved?.url === target.shown && saved.sealedPassword && this.unseal(saved) === target.password) {
      sealedPassword = saved.sealedPassword;
    }
    await this.saveConfig({ url: target.shown, reviewerName, autoConnect: true, ...(sealedPassword ? { sealedPassword } : {}) });
    return ok(await this.status());
  }

  async disconnect(input: { forget?: boolean } = {}): Promise<Result<DeskStatus>> {
    if (this.options.host.current.desk) await this.options.host.reopen({ ...this.options.local });
    const config = await this.loadConfig();
    if (config) {
      const { sealedPassword, ...rest } = config;
      await this.saveConfig({ ...rest, autoConnect: false, ...(sealedPassword && !input.forget ? { sealedPassword } : {}) });
    }
    return ok(await this.status());
  }

  /**
   * At app start: back on the desk the editor left the app on, when it needs no typing (a
   * remembered password, or none needed: ~/.pgpass, trust). A failure leaves the local workspace open.
   */
  async resume(): Promise<Result<DeskStatus> | null> {
    const config = await this.loadConfig();
    if (!config?.autoConnect) return null;
    if (config.sealedPassword && !this.unseal(config)) return null;
    return this.connect({ url: config.url });
  }
}
