import { describe, expect, it } from 'vitest';
import { describeConnectError } from '../../../electron/store/postgres/connectError';

const pgError = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});
const url = 'postgres://minh@desk.toasoan.vn:6543/crosscheck';

describe('a shared desk refusal in the editor words, by its code (review of s32-desk, note b)', () => {
  it('a lock or statement timeout on the server is no network problem', () => {
    const lock = describeConnectError(pgError('canceling statement due to lock timeout', '55P03'), url);
    const statement = describeConnectError(pgError('canceling statement due to statement timeout', '57014'), url);
    for (const said of [lock, statement]) {
      expect(said?.vi ?? '').not.toMatch(/mạng|VPN|tường lửa/);
      expect(said?.vi).toContain('đang bận');
    }
  });

  it("the pg client's own connection timeout and ETIMEDOUT are", () => {
    for (const e of [pgError('Connection terminated due to connection timeout'), pgError('timeout exceeded when trying to connect'), pgError('timeout expired'), pgError('connect ETIMEDOUT 10.0.0.1:6543', 'ETIMEDOUT')]) {
      expect(describeConnectError(e, url)?.vi).toBe('máy chủ «desk.toasoan.vn» không trả lời kịp; hãy kiểm tra mạng, VPN hoặc tường lửa');
    }
  });

  it('another error that merely mentions a timeout keeps its own text', () => {
    expect(describeConnectError(pgError('relation "timeout_log" does not exist', '42P01'), url)).toBeNull();
    expect(describeConnectError(pgError('timeout expired while waiting for the lock'), url)).toBeNull();
  });

  it('a refused port is the port the address gives, by ?port= too', () => {
    const refused = pgError('connect ECONNREFUSED 127.0.0.1:6543', 'ECONNREFUSED');
    expect(describeConnectError(refused, url)?.vi).toContain('desk.toasoan.vn:6543');
    expect(describeConnectError(refused, 'postgres://minh@localhost/crosscheck?port=6544')?.vi).toContain('localhost:6544');
  });

  it('an address with no user names the user pg signs in as (PGUSER), not «?»', () => {
    const saved = process.env.PGUSER;
    process.env.PGUSER = 'lan';
    try {
      expect(describeConnectError(pgError('password authentication failed for user "lan"', '28P01'), 'postgres://desk.toasoan.vn/crosscheck')?.vi).toBe(
        'sai mật khẩu cho người dùng «lan»; hãy kiểm tra lại mật khẩu',
      );
    } finally {
      if (saved === undefined) delete process.env.PGUSER;
      else process.env.PGUSER = saved;
    }
  });
});
