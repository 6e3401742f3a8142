// How the desk connects: the URL as the user gave it (TLS options such as sslmode, sslrootcert
// pass through to `pg`), timeouts so a dead server or network never hangs the app, and the URL
// with its password removed for anything that is shown, logged or stored.
import type { PoolConfig } from 'pg';

export class DeskUrlError extends Error {}

/** Accepts postgres:// and postgresql:// URLs; anything else is refused with a clear message. */
export function checkDeskUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DeskUrlError('The shared desk address is not a URL: expected postgres://user@host:5432/database');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new DeskUrlError(`The shared desk address must start with postgres:// (got ${parsed.protocol}//)`);
  }
  return parsed;
}

/**
 * The URL without its password (and without a `password` query parameter): the only form that
 * is ever displayed, logged, written to a workspace, an audit event or a settings file.
 */
export function redactDeskUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = checkDeskUrl(url);
  } catch {
    return '(invalid database URL)';
  }
  parsed.password = '';
  for (const key of [...parsed.searchParams.keys()]) {
    if (/pass/i.test(key)) parsed.searchParams.delete(key);
  }
  return parsed.toString();
}

/** Removes every occurrence of the URL's password from a text (error messages from drivers quote URLs). */
export function scrubSecret(text: string, url: string): string {
  let secret = '';
  try {
    secret = decodeURIComponent(new URL(url).password);
  } catch {
    secret = '';
  }
  let out = text.split(url).join(redactDeskUrl(url));
  if (secret.length > 0) out = out.split(secret).join('***').split(encodeURIComponent(secret)).join('***');
  return out;
}

export interface DeskTimeouts {
  /** Giving up on opening a connection. */
  connectMs: number;
  /** Giving up on one statement (client side: also covers a silent dead peer). */
  queryMs: number;
}

export const DEFAULT_TIMEOUTS: DeskTimeouts = { connectMs: 5_000, queryMs: 20_000 };

/** The sslmode values pg 8 reads as verify-full (pg-connection-string 2.x), to be read as libpq does by a later pg. */
const VERIFIED_ALIASES = new Set(['prefer', 'require', 'verify-ca']);

/**
 * The address as the driver is given it: sslmode `prefer`, `require` or `verify-ca` written as `verify-full`, the
 * meaning pg gives them today — which it announces in a "SECURITY WARNING" of its own, in English, on stderr (nine
 * lines under the CLI's one) — and the meaning the README promises: the server's certificate is verified. Written
 * out, that meaning stays when a later pg reads those modes as libpq does (encrypted, not verified). With
 * `uselibpqcompat=true` the editor asked for libpq's meaning: the address is left as written.
 */
export function driverUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const mode = parsed.searchParams.get('sslmode');
  if (mode === null || !VERIFIED_ALIASES.has(mode) || parsed.searchParams.get('uselibpqcompat') === 'true') return url;
  parsed.searchParams.set('sslmode', 'verify-full');
  return parsed.toString();
}

export function deskPoolConfig(url: string, timeouts: DeskTimeouts = DEFAULT_TIMEOUTS, max = 4): PoolConfig {
  checkDeskUrl(url);
  return {
    connectionString: driverUrl(url),
    max,
    connectionTimeoutMillis: timeouts.connectMs,
    query_timeout: timeouts.queryMs,
    statement_timeout: Math.max(1_000, timeouts.queryMs - 1_000),
    lock_timeout: 10_000,
    // A client that dies inside a transaction must not keep the chain head locked.
    idle_in_transaction_session_timeout: 30_000,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    keepAliveInitialDelayMillis: 5_000,
    application_name: 'crosscheck',
  };
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up / shutting down)
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

/**
 * True when the error means "the database could not be reached or the connection broke" (retry
 * later), as opposed to an error in what we asked (never retried).
 */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Connection refused|not queryable|the database system is (starting up|shutting down|in recovery)|terminating connection/i.test(
    error.message,
  );
}

/** Refusals that a moment later may succeed: a lock held by a stuck editor, a serialization clash. */
const TRANSIENT_CODES = new Set(['55P03', '40001', '40P01']);

/** Worth retrying: the connection broke, or the server asked us to try again. */
export function isRetryable(error: unknown): boolean {
  if (isConnectionError(error)) return true;
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && TRANSIENT_CODES.has(code);
}
