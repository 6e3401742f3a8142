/**
 * Why a shared desk could not be reached, in the editor's words (QA31 note e): PostgreSQL answers
 * in English ("password authentication failed for user …"); the common refusals are known by their
 * SQLSTATE (28P01, 28000, 3D000) or the network error's code, and said in Vietnamese and English
 * with the user, database or host taken from the address (never the password). Null: not one of
 * those, and the server's own text is kept.
 */
export function describeConnectError(error: unknown, url: string): { vi: string; en: string } | null {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  const where = parts(url);
  switch (code) {
    case '28P01':
      return {
        vi: `sai mật khẩu cho người dùng «${where.user}»; hãy kiểm tra lại mật khẩu`,
        en: `wrong password for user "${where.user}"; check the password`,
      };
    case '28000':
      return {
        vi: `máy chủ không cho người dùng «${where.user}» đăng nhập vào cơ sở dữ liệu «${where.database}» từ máy này; hãy nhờ người quản trị cấp quyền`,
        en: `the server does not let user "${where.user}" sign in to database "${where.database}" from this computer; ask its administrator for access`,
      };
    case '3D000':
      return {
        vi: `không có cơ sở dữ liệu «${where.database}» trên máy chủ; hãy kiểm tra tên ở cuối địa chỉ`,
        en: `there is no database "${where.database}" on the server; check the name at the end of the address`,
      };
    case 'ECONNREFUSED':
      return {
        vi: `máy chủ ${where.host}:${where.port} từ chối kết nối; PostgreSQL có thể không chạy hoặc không nghe ở cổng này`,
        en: `${where.host}:${where.port} refused the connection; PostgreSQL may not be running or listening on that port`,
      };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return {
        vi: `không tìm thấy máy chủ «${where.host}»; hãy kiểm tra tên máy chủ và kết nối mạng`,
        en: `no server named "${where.host}" was found; check the host name and the network`,
      };
    case 'ETIMEDOUT':
      return timeout(where.host);
    // The server answered: a lock held too long (another editor's upgrade of the desk) or a statement
    // cancelled after its time limit. Busy, not unreachable: no word of the network.
    case '55P03':
    case '57014':
      return {
        vi: `máy chủ «${where.host}» đang bận (một thao tác khác, có thể máy khác đang nâng cấp bàn chung, giữ dữ liệu quá lâu); hãy thử lại sau ít phút`,
        en: `the server "${where.host}" is busy (another operation, perhaps another computer upgrading the shared desk, held the data too long); try again in a few minutes`,
      };
  }
  // With no code: a server without TLS asked for it by the address (sslmode=require, verify-full…), pg's exact words.
  // The address, not the network, is what to change — or the server's TLS, which is its administrator's.
  if (code === null && message === 'The server does not support SSL connections') {
    return {
      vi: `máy chủ «${where.host}» không dùng kết nối mã hóa (TLS/SSL) mà địa chỉ yêu cầu (sslmode); hãy nhờ người quản trị bật TLS, hoặc bỏ sslmode khỏi địa chỉ nếu máy chủ nằm trong mạng tin cậy`,
      en: `the server "${where.host}" does not offer the encrypted connection (TLS/SSL) the address asks for (sslmode); ask its administrator to enable TLS, or drop sslmode from the address if the server is on a trusted network`,
    };
  }
  // With no code: the pg client's own connection timeout, by its exact words (not any text that
  // mentions a timeout: "canceling statement due to lock timeout" carries its SQLSTATE).
  // A bare pg.Client (the desk's change listener) says only "timeout expired".
  if (code === null && /^(?:Connection terminated due to connection timeout|timeout exceeded when trying to connect|Query read timeout|timeout expired$)/i.test(message)) return timeout(where.host);
  return null;
}

function timeout(host: string): { vi: string; en: string } {
  return {
    vi: `máy chủ «${host}» không trả lời kịp; hãy kiểm tra mạng, VPN hoặc tường lửa`,
    en: `the server "${host}" did not answer in time; check the network, VPN or firewall`,
  };
}

/** The code of a pg or network error; an AggregateError (every address refused) by its first. */
function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const own = (error as { code?: unknown }).code;
  if (typeof own === 'string') return own;
  const inner = (error as { errors?: unknown }).errors;
  return Array.isArray(inner) && inner.length > 0 ? errorCode(inner[0]) : null;
}

function parts(url: string): { user: string; database: string; host: string; port: string } {
  try {
    const u = new URL(url);
    const decode = (s: string) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    };
    // As pg reads it: ?port= over the address's port, then PGPORT; the user from the address, then PGUSER, then the account's name (pg's default).
    const port = u.searchParams.get('port') || u.port || process.env.PGPORT || '5432';
    return { user: decode(u.username) || process.env.PGUSER || (process.platform === 'win32' ? process.env.USERNAME : process.env.USER) || '?', database: decode(u.pathname.replace(/^\//, '')) || '?', host: u.hostname || 'localhost', port };
  } catch {
    return { user: '?', database: '?', host: '?', port: '5432' };
  }
}
