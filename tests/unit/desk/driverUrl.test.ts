import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
// The parser pg itself gives the address to (a dependency of pg, read here to compare its readings).
import { parse as parseConnectionString } from 'pg-connection-string';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deskPoolConfig, driverUrl } from '../../../electron/store/postgres/connection';
import { tempDir } from '../helpers';

afterEach(() => vi.restoreAllMocks());

const base = 'postgres://lan:mat%40khau%3A1@desk.toasoan.vn:6543/crosscheck';

describe("the shared desk's address as the pg driver is given it", () => {
  it('writes sslmode require / prefer / verify-ca as verify-full: the same TLS options, without the driver\'s English warning', async () => {
    // (pg reads the authority's file as it parses the address.)
    const ca = join(await tempDir(), 'toasoan-ca.crt');
    writeFileSync(ca, '-----BEGIN CERTIFICATE-----\nnot checked here\n-----END CERTIFICATE-----\n');
    const warned = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const urls = ['require', 'prefer', 'verify-ca'].map((mode) => `${base}?sslmode=${mode}&sslrootcert=${encodeURIComponent(ca)}`);
    const pinned = urls.map((url) => {
      const given = deskPoolConfig(url).connectionString as string;
      expect(new URL(given).searchParams.get('sslmode')).toBe('verify-full');
      return parseConnectionString(given);
    });
    expect(warned).not.toHaveBeenCalled();
    // What pg makes of it is what it makes of the address as written (pg 8: those modes are verify-full), with the
    // same user, password, host, port and database.
    urls.forEach((url, i) => {
      const asWritten = parseConnectionString(url);
      const mine = pinned[i] as ReturnType<typeof parseConnectionString>;
      expect(mine.ssl).toEqual(asWritten.ssl);
      expect({ ...mine, ssl: undefined, sslmode: undefined }).toEqual({ ...asWritten, ssl: undefined, sslmode: undefined });
      expect(mine.password).toBe('mat@khau:1');
    });
    // The address as written does warn (once per process: so the pinned ones above were parsed before any warning).
    expect(warned).toHaveBeenCalledTimes(1);
    expect(String(warned.mock.calls[0]?.[0])).toMatch(/SECURITY WARNING/);
  });

  it("leaves every other address as written: no sslmode, disable, verify-full, no-verify, and libpq's meaning asked for", () => {
    for (const url of [base, `${base}?sslmode=disable`, `${base}?sslmode=verify-full&sslrootcert=/ca.crt`, `${base}?sslmode=no-verify`, `${base}?uselibpqcompat=true&sslmode=require`, 'not a url']) {
      expect(driverUrl(url)).toBe(url);
    }
  });
});
