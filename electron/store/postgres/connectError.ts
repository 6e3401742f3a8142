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
  }
  if (/timeout/i.test(message)) return timeout(where.host);
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
    return { user: decode(u.username) || '?', database: decode(u.pathname.replace(/^\//, '')) || '?', host: u.hostname || 'localhost', port: u.port || '5432' };
  } catch {
    return { user: '?', database: '?', host: '?', port: '5432' };
  }
}
