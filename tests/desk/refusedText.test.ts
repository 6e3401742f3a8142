import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskRefusedTextError, refusedCharacters, type PostgresWorkspaceStore } from '../../electron/store/postgres/pgStore';
import { StoreWriteError } from '../../electron/store/port';
import { freshDatabase, importArticle, makeArticle, openDesk, withClient } from './helpers';

/**
 * Which of PostgreSQL's refusals are the text's characters (the file is refused, saying so) and which
 * are not (a bug's bad value must not be blamed on the editor's file): the real server's own errors.
 */
describe('a shared desk tells a refused character from another invalid value', () => {
  let url: string;
  let store: PostgresWorkspaceStore;
  beforeAll(async () => {
    url = await freshDatabase('refused');
    store = await openDesk(url, 'Lan');
  });
  afterAll(async () => {
    await store.close();
  });

  const errorOf = (sql: string, params: unknown[]): Promise<{ code?: string; message: string; detail?: string }> =>
    withClient(url, (c) => c.query(sql, params).then(
      () => {
        throw new Error(`${sql} was accepted`);
      },
      (e: unknown) => e as { code?: string; message: string; detail?: string },
    ));

  it('a NUL and a lone surrogate in JSON text are the text; a bad integer, uuid or boolean is not, in any language', async () => {
    const nul = await errorOf('select $1::jsonb', [JSON.stringify({ text: 'Hà Nội\u0000' })]);
    const surrogate = await errorOf('select $1::jsonb', [JSON.stringify({ text: 'Hà Nội \ud800 tăng 5%' })]);
    expect([nul.code, surrogate.code]).toEqual(['22P05', '22P02']);
    expect(refusedCharacters(nul.code, nul)).toBe(true);
    expect(refusedCharacters(surrogate.code, surrogate)).toBe(true);
    for (const [sql, value] of [
      ['select $1::int', 'mười'],
      ['select $1::uuid', 'c_065bb990'],
      ['select $1::boolean', 'có'],
    ] as const) {
      const other = await errorOf(sql, [value]);
      expect(other.code).toBe('22P02');
      expect(refusedCharacters(other.code, other)).toBe(false);
    }
    // A server speaking another language words the message its own way: the routine decides.
    expect(refusedCharacters('22P02', { ...surrogate, message: 'ungültige Eingabesyntax für Typ json', detail: 'Unicode-Low-Surrogate muss auf ein High-Surrogate folgen.' })).toBe(true);
    expect(refusedCharacters('22P02', { message: 'ungültige Eingabesyntax für Typ integer: »mười«', routine: 'pg_strtoint32' })).toBe(false);
  });

  it('through the store: an article holding a lone surrogate is refused as text; nothing of it is stored', async () => {
    await importArticle(store, 1, 2);
    const article = { ...makeArticle(2), text: 'Hà Nội \ud800 tăng 5%' };
    const at = new Date().toISOString();
    const refused = await store
      .commit({ action: 'article.import', who: 'Lan', at, changes: [{ table: 'articles', id: article.id, before: null, after: article }], audit: [] })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DeskRefusedTextError);
    expect(refused).toBeInstanceOf(StoreWriteError);
    expect((await store.articles()).map((a) => a.id)).toEqual([makeArticle(1).id]);
  });
});
