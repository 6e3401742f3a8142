// Every SQL statement of the PostgreSQL desk adapter lives in this module: the versioned
// migrations and the queries. Table names are never taken from input: they come from the fixed
// DESK_TABLES map below.
import type { PoolClient } from 'pg';

/** The port's tables as stored in PostgreSQL. Each holds records as jsonb with a record version. */
export const DESK_TABLES = {
  articles: 'articles',
  claims: 'claims',
  reviews: 'reviews',
  findings: 'findings',
  detached: 'detached',
  settings: 'settings',
  meta: 'meta',
} as const;
export type DeskTable = keyof typeof DESK_TABLES;

/** Notification channel; the payload names the schema, so several desks can share one database. */
export const NOTIFY_CHANNEL = 'crosscheck_desk';

/** One advisory-lock key for migrations (any constant unique to this app). */
const MIGRATION_LOCK_KEY = 0x43524f53; // "CROS"
/** The advisory lock a sealer (and publish) holds while it extends the audit chain. */
export const SEAL_LOCK_KEY = 0x5345414c; // "SEAL"

/** What a client of an older version gets when it tries to commit on a version-3 desk (English, then Vietnamese). */
const OLD_CLIENT_MESSAGE =
  'This shared desk was upgraded by a newer Crosscheck: update Crosscheck to keep working here (this action was not saved). ' +
  'Bàn biên tập chung đã được nâng cấp bởi phiên bản Crosscheck mới hơn: hãy cập nhật Crosscheck để tiếp tục (thao tác này chưa được lưu).';

const recordTable = (name: string, extra = '') => `
  CREATE TABLE ${name} (
    id text PRIMARY KEY,
    -- insertion order (articles in import order, findings as the analysis listed them); kept on update
    ord bigint NOT NULL DEFAULT nextval('record_ord'),
    data jsonb NOT NULL,
    -- record version: bumped by every change, the optimistic-concurrency witness shown in conflicts
    version bigint NOT NULL DEFAULT 1,
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()${extra}
  );`;

/**
 * Versioned migrations, applied in order inside one transaction by `migrate()`. Never edit a
 * shipped migration: add the next one. A migration that changes what a client must do refuses
 * older clients' writes (desk_commit checks the payload's deskSchema: CX426); older clients also
 * notice the new version by themselves (the 'upgraded' notification, a regular version read) and
 * show "update Crosscheck".
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'desk tables, audit chain, undo per editor, presence',
    sql: `
      CREATE SEQUENCE record_ord;
      ${recordTable('articles')}
      ${recordTable('claims', `,
    article_id text GENERATED ALWAYS AS (data->>'articleId') STORED,
    start_pos integer GENERATED ALWAYS AS ((data->>'start')::integer) STORED`)}
      CREATE INDEX claims_by_article ON claims (article_id, start_pos);
      ${recordTable('reviews', `,
    status text GENERATED ALWAYS AS (data->>'status') STORED`)}
      CREATE INDEX reviews_by_status ON reviews (status);
      ${recordTable('findings', `,
    status text GENERATED ALWAYS AS (data->>'status') STORED`)}
      CREATE INDEX findings_by_order ON findings (ord);
      CREATE INDEX findings_by_article ON findings USING gin ((data->'articleIds'));
      ${recordTable('detached')}
      ${recordTable('settings')}
      ${recordTable('meta')}

      -- One row per commit (every editor action is one): who, what, and the client's commit id,
      -- so a commit retried after a lost connection is recognised instead of applied twice.
      CREATE TABLE commits (
        seq bigint PRIMARY KEY,
        commit_id uuid NOT NULL UNIQUE,
        action text NOT NULL,
        who text NOT NULL,
        editor text NOT NULL,
        session_id text NOT NULL,
        at text NOT NULL,
        committed_at timestamptz NOT NULL DEFAULT now()
      );
      -- Which records each commit touched: what another editor's desk re-reads on a notification
      -- (and catches up on after a reconnect).
      CREATE TABLE change_log (
        seq bigint NOT NULL REFERENCES commits (seq),
        tbl text NOT NULL,
        id text NOT NULL,
        PRIMARY KEY (seq, tbl, id)
      );

      -- The head of the workspace's single audit hash chain. Every commit locks this row first
      -- (SELECT … FOR UPDATE), so commits are serialized and the chain can never fork.
      CREATE TABLE chain_head (
        id integer PRIMARY KEY CHECK (id = 1),
        commit_seq bigint NOT NULL,
        audit_seq bigint NOT NULL,
        audit_hash text NOT NULL
      );
      INSERT INTO chain_head VALUES (1, 0, -1, repeat('0', 64));
      -- before/after are json (not jsonb): the text is kept byte for byte, so the hash that covers
      -- JSON.stringify of them can be recomputed when the chain is verified.
      CREATE TABLE audit_events (
        seq bigint PRIMARY KEY,
        who text NOT NULL,
        at text NOT NULL,
        action text NOT NULL,
        target text NOT NULL,
        before json,
        after json,
        prev_hash text NOT NULL,
        hash text NOT NULL UNIQUE,
        commit_seq bigint REFERENCES commits (seq)
      );
      CREATE INDEX audit_by_target ON audit_events (target, seq);

      -- Undo and redo stacks, one pair per editor: an editor only ever undoes their own actions.
      CREATE SEQUENCE undo_pos;
      CREATE TABLE undo_entries (
        id bigserial PRIMARY KEY,
        editor text NOT NULL,
        stack text NOT NULL CHECK (stack IN ('undo', 'redo')),
        pos bigint NOT NULL DEFAULT nextval('undo_pos'),
        action text NOT NULL,
        at text NOT NULL,
        changes jsonb NOT NULL
      );
      CREATE INDEX undo_by_editor ON undo_entries (editor, stack, pos);

      -- Who is on the desk and on which article (refreshed by each client, expired when stale).
      CREATE TABLE presence (
        session_id text PRIMARY KEY,
        editor text NOT NULL,
        os_user text NOT NULL,
        host text NOT NULL,
        article_id text,
        seen_at timestamptz NOT NULL DEFAULT now()
      );
      ${commitFunctionSql()}
    `,
  },
  {
    version: 2,
    name: 'desk_commit: an action locks its records, writes them, and takes the chain head last',
    sql: commitFunctionSqlV2(),
  },
  {
    version: 3,
    name: 'audit chain sealed after commit: actions take no exclusive lock; readers follow the sealed order',
    sql: sealedChainSqlV3(),
  },
];


/**
 * One function does a commit's work on the server, so an editor's action is ONE statement (one
 * round trip, its own transaction) however many tables it touches, and the chain head is locked
 * for as short a time as possible. Phases, so that very large commits (imports) can send their
 * records in chunks within one explicit transaction:
 *   start  — locks the head, the commit row (or, when this commit id is already there,
 *            {"done": seq}: a retry whose first attempt did commit)
 *   check  — the optimistic check of p.changes: raises CX409 with the stored record as detail
 *   write  — upserts/deletes of p.changes, and the change log
 *   finish — audit events chained under the head lock, undo step, notify
 *   all    — the four in one call
 * p.tables lists the tables p.changes touches: the statements of the others are skipped.
 */
function commitFunctionSql(): string {
  const tables = Object.keys(DESK_TABLES);
  const checks = tables
    .map(
      (t) => `
      IF p->'tables' ? '${t}' THEN
      SELECT x.id, r.data, r.version, r.updated_by, r.updated_at INTO hit
        FROM jsonb_to_recordset(p->'changes') AS x(tbl text, id text, before jsonb, has_before boolean)
        LEFT JOIN ${t} r ON r.id = x.id
        WHERE x.tbl = '${t}'
          AND ((x.has_before AND (r.data IS NULL OR r.data <> x.before)) OR (NOT x.has_before AND r.data IS NOT NULL))
        LIMIT 1;
      IF FOUND THEN
        RAISE EXCEPTION 'desk_conflict' USING ERRCODE = 'CX409',
          DETAIL = jsonb_build_object('table', '${t}', 'id', hit.id, 'data', hit.data, 'version', hit.version,
                                      'by', hit.updated_by, 'at', hit.updated_at)::text;
      END IF;
      END IF;`,
    )
    .join('\n');
  const writes = tables
    .map(
      (t) => `
      IF p->'tables' ? '${t}' THEN
      INSERT INTO ${t} (id, data, updated_by)
        SELECT x.elem->>'id', x.elem->'after', p->>'editor'
        FROM jsonb_array_elements(p->'changes') WITH ORDINALITY AS x(elem, n)
        WHERE x.elem->>'tbl' = '${t}' AND jsonb_typeof(x.elem->'after') = 'object'
        ORDER BY x.n
        ON CONFLICT (id) DO UPDATE
          SET data = EXCLUDED.data, version = ${t}.version + 1, updated_by = EXCLUDED.updated_by, updated_at = now();
      DELETE FROM ${t} WHERE id IN (
        SELECT x.elem->>'id' FROM jsonb_array_elements(p->'changes') AS x(elem)
        WHERE x.elem->>'tbl' = '${t}' AND coalesce(jsonb_typeof(x.elem->'after'), 'null') = 'null');
      END IF;`,
    )
    .join('\n');
  return `
    CREATE FUNCTION desk_commit(p jsonb, phase text) RETURNS jsonb LANGUAGE plpgsql AS $fn$
    DECLARE
      head record;
      hit record;
      ev record;
      existing bigint;
      v_seq bigint;
      v_editor text := p->>'editor';
      top_id bigint;
      step jsonb := p->'undo';
      prev text;
      aseq bigint;
      h text;
      chained jsonb := '[]'::jsonb;
    BEGIN
      -- The chain head, locked until the transaction ends: commits are serialized here, so the
      -- commit sequence and the audit chain can never fork. (Re-locking in later phases of the
      -- same transaction is free.)
      SELECT * INTO head FROM chain_head WHERE id = 1 FOR UPDATE;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'desk_no_head' USING ERRCODE = 'CX500';
      END IF;

      IF phase IN ('start', 'all') THEN
        SELECT seq INTO existing FROM commits WHERE commit_id = (p->>'commitId')::uuid;
        IF existing IS NOT NULL THEN
          RETURN jsonb_build_object('done', existing);
        END IF;
        v_seq := head.commit_seq + 1;
        INSERT INTO commits (seq, commit_id, action, who, editor, session_id, at)
          VALUES (v_seq, (p->>'commitId')::uuid, p->>'action', p->>'who', v_editor, p->>'session', p->>'at');
        UPDATE chain_head SET commit_seq = v_seq WHERE id = 1;
      ELSE
        v_seq := head.commit_seq;
      END IF;

      IF phase IN ('check', 'all') THEN
        ${checks}
      END IF;

      IF phase IN ('write', 'all') THEN
        ${writes}
        INSERT INTO change_log (seq, tbl, id)
          SELECT v_seq, x.tbl, x.id FROM jsonb_to_recordset(p->'changes') AS x(tbl text, id text)
          ON CONFLICT DO NOTHING;
      END IF;

      IF phase IN ('finish', 'all') THEN
        -- The audit events, chained here under the lock. The hash is sha256 of the JSON text
        -- [prevHash, seq, who, when, action, target, before, after] exactly as
        -- electron/store/auditChain.ts computes it: the client sends that array's text after
        -- its second element ("tail"), already serialized by JSON.stringify.
        prev := head.audit_hash;
        aseq := head.audit_seq;
        FOR ev IN
          SELECT x.elem, x.n FROM jsonb_array_elements(p->'audit') WITH ORDINALITY AS x(elem, n) ORDER BY x.n
        LOOP
          aseq := aseq + 1;
          h := encode(sha256(convert_to('["' || prev || '",' || aseq::text || ',' || (ev.elem->>'tail'), 'UTF8')), 'hex');
          INSERT INTO audit_events (seq, who, at, action, target, before, after, prev_hash, hash, commit_seq)
            VALUES (aseq, ev.elem->>'who', ev.elem->>'at', ev.elem->>'action', ev.elem->>'target',
                    (ev.elem->>'before_text')::json, (ev.elem->>'after_text')::json, prev, h, v_seq);
          chained := chained || jsonb_build_array(jsonb_build_object('seq', aseq, 'prevHash', prev, 'hash', h));
          prev := h;
        END LOOP;
        UPDATE chain_head SET audit_seq = aseq, audit_hash = prev WHERE id = 1;
        IF step IS NOT NULL AND jsonb_typeof(step) = 'object' THEN
          IF step->>'kind' = 'push' THEN
            INSERT INTO undo_entries (editor, stack, action, at, changes)
              VALUES (v_editor, 'undo', p->>'action', p->>'at', p->'undoChanges');
            DELETE FROM undo_entries WHERE undo_entries.editor = v_editor AND stack = 'redo';
            DELETE FROM undo_entries WHERE id IN (
              SELECT u.id FROM undo_entries u WHERE u.editor = v_editor AND u.stack = 'undo'
              ORDER BY u.pos DESC OFFSET (step->>'limit')::int);
          ELSIF step->>'kind' IN ('undo', 'redo') THEN
            SELECT u.id INTO top_id FROM undo_entries u
              WHERE u.editor = v_editor AND u.stack = step->>'kind' ORDER BY u.pos DESC LIMIT 1;
            IF top_id IS NULL OR top_id <> (step->>'entryId')::bigint THEN
              RAISE EXCEPTION 'desk_undo_not_top' USING ERRCODE = 'CX410', DETAIL = step->>'entryName';
            END IF;
            UPDATE undo_entries SET stack = CASE step->>'kind' WHEN 'undo' THEN 'redo' ELSE 'undo' END,
                                    pos = nextval('undo_pos')
              WHERE id = top_id;
          ELSIF step->>'kind' = 'clear' THEN
            -- Re-extraction replaced the claims every editor's entries name: all stacks go.
            DELETE FROM undo_entries;
          END IF;
        END IF;
        PERFORM pg_notify('${NOTIFY_CHANNEL}',
          jsonb_build_object('schema', current_schema(), 'kind', 'commit', 'seq', v_seq, 'session', p->>'session')::text);
      END IF;
      RETURN jsonb_build_object('seq', v_seq, 'audit', chained);
    END
    $fn$;`;
}

/**
 * Version 2 of desk_commit. An editor's action ('all', one statement) no longer locks the chain
 * head first: it locks only the records it changes (FOR UPDATE, in table then id order — every
 * action locks in the same order, so two never deadlock), checks them (optimistic concurrency),
 * writes them (a record new to this commit is inserted only if still absent: another editor's
 * concurrent insert is a conflict, never overwritten), and only then, as the last step before
 * COMMIT, locks the head: commit seq, change log, audit chain, undo step, notify. Actions on
 * different records run side by side; only that last short part is serialized, so the single
 * chain can still never fork. A retry of a commit that did land (its acknowledgement lost) is
 * refused with CX208 and the commit's seq, and nothing of the retry is applied.
 * The chunked phases (imports of more than one chunk) keep version 1's order: head first.
 */
function commitFunctionSqlV2(): string {
  const tables = Object.keys(DESK_TABLES);
  const doneIfLanded = `
        SELECT seq INTO existing FROM commits WHERE commit_id = (p->>'commitId')::uuid;
        IF existing IS NOT NULL THEN
          RAISE EXCEPTION 'desk_commit_done' USING ERRCODE = 'CX208', DETAIL = existing::text;
        END IF;`;
  const conflict = (t: string) => `
        RAISE EXCEPTION 'desk_conflict' USING ERRCODE = 'CX409',
          DETAIL = jsonb_build_object('table', '${t}', 'id', hit.id, 'data', hit.data, 'version', hit.version,
                                      'by', hit.updated_by, 'at', hit.updated_at)::text;`;
  const checkOf = (t: string) => `
      SELECT x.id, r.data, r.version, r.updated_by, r.updated_at INTO hit
        FROM jsonb_to_recordset(p->'changes') AS x(tbl text, id text, before jsonb, has_before boolean)
        LEFT JOIN ${t} r ON r.id = x.id
        WHERE x.tbl = '${t}'
          AND ((x.has_before AND (r.data IS NULL OR r.data <> x.before)) OR (NOT x.has_before AND r.data IS NOT NULL))
        LIMIT 1;`;
  // v1's phases, unchanged (head locked first by the caller's 'start').
  const checks = tables
    .map(
      (t) => `
      IF p->'tables' ? '${t}' THEN
      ${checkOf(t)}
      IF FOUND THEN ${conflict(t)}
      END IF;
      END IF;`,
    )
    .join('\n');
  const writes = tables
    .map(
      (t) => `
      IF p->'tables' ? '${t}' THEN
      INSERT INTO ${t} (id, data, updated_by)
        SELECT x.elem->>'id', x.elem->'after', p->>'editor'
        FROM jsonb_array_elements(p->'changes') WITH ORDINALITY AS x(elem, n)
        WHERE x.elem->>'tbl' = '${t}' AND jsonb_typeof(x.elem->'after') = 'object'
        ORDER BY x.n
        ON CONFLICT (id) DO UPDATE
          SET data = EXCLUDED.data, version = ${t}.version + 1, updated_by = EXCLUDED.updated_by, updated_at = now();
      DELETE FROM ${t} WHERE id IN (
        SELECT x.elem->>'id' FROM jsonb_array_elements(p->'changes') AS x(elem)
        WHERE x.elem->>'tbl' = '${t}' AND coalesce(jsonb_typeof(x.elem->'after'), 'null') = 'null');
      END IF;`,
    )
    .join('\n');
  // An action: lock, check, write each table's records, with no head lock held.
  const lockedWork = tables
    .map(
      (t) => `
      IF p->'tables' ? '${t}' THEN
      PERFORM 1 FROM ${t} r
        WHERE r.id IN (SELECT x.id FROM jsonb_to_recordset(p->'changes') AS x(tbl text, id text) WHERE x.tbl = '${t}')
        ORDER BY r.id FOR UPDATE;
      ${checkOf(t)}
      IF FOUND THEN
        ${doneIfLanded}
        ${conflict(t)}
      END IF;
      WITH ins AS (
        INSERT INTO ${t} (id, data, updated_by)
          SELECT x.elem->>'id', x.elem->'after', v_editor
          FROM jsonb_array_elements(p->'changes') WITH ORDINALITY AS x(elem, n)
          WHERE x.elem->>'tbl' = '${t}' AND jsonb_typeof(x.elem->'after') = 'object' AND NOT (x.elem->>'has_before')::boolean
          ORDER BY x.n
          ON CONFLICT (id) DO NOTHING
          RETURNING id)
      SELECT array_agg(id) INTO inserted FROM ins;
      -- A record this commit creates that another editor created meanwhile: theirs stays.
      SELECT x.id, r.data, r.version, r.updated_by, r.updated_at INTO hit
        FROM jsonb_to_recordset(p->'changes') AS x(tbl text, id text, after jsonb, has_before boolean)
        JOIN ${t} r ON r.id = x.id
        WHERE x.tbl = '${t}' AND NOT x.has_before AND jsonb_typeof(x.after) = 'object'
          AND NOT (x.id = ANY (coalesce(inserted, '{}'::text[])))
        LIMIT 1;
      IF FOUND THEN
        ${doneIfLanded}
        ${conflict(t)}
      END IF;
      UPDATE ${t} r SET data = x.elem->'after', version = r.version + 1, updated_by = v_editor, updated_at = now()
        FROM jsonb_array_elements(p->'changes') AS x(elem)
        WHERE x.elem->>'tbl' = '${t}' AND (x.elem->>'has_before')::boolean AND jsonb_typeof(x.elem->'after') = 'object'
          AND r.id = x.elem->>'id';
      DELETE FROM ${t} WHERE id IN (
        SELECT x.elem->>'id' FROM jsonb_array_elements(p->'changes') AS x(elem)
        WHERE x.elem->>'tbl' = '${t}' AND coalesce(jsonb_typeof(x.elem->'after'), 'null') = 'null');
      END IF;`,
    )
    .join('\n');
  // The editor's own undo/redo stacks (never another editor's rows): an action moves them before
  // it takes the head lock; clearing every stack (re-extraction) stays under it.
  const undoStep = `
        IF step IS NOT NULL AND jsonb_typeof(step) = 'object' THEN
          IF step->>'kind' = 'push' THEN
            INSERT INTO undo_entries (editor, stack, action, at, changes)
              VALUES (v_editor, 'undo', p->>'action', p->>'at', p->'undoChanges');
            DELETE FROM undo_entries WHERE undo_entries.editor = v_editor AND stack = 'redo';
            DELETE FROM undo_entries WHERE id IN (
              SELECT u.id FROM undo_entries u WHERE u.editor = v_editor AND u.stack = 'undo'
              ORDER BY u.pos DESC OFFSET (step->>'limit')::int);
          ELSIF step->>'kind' IN ('undo', 'redo') THEN
            SELECT u.id INTO top_id FROM undo_entries u
              WHERE u.editor = v_editor AND u.stack = step->>'kind' ORDER BY u.pos DESC LIMIT 1;
            IF top_id IS NULL OR top_id <> (step->>'entryId')::bigint THEN
              RAISE EXCEPTION 'desk_undo_not_top' USING ERRCODE = 'CX410', DETAIL = step->>'entryName';
            END IF;
            UPDATE undo_entries SET stack = CASE step->>'kind' WHEN 'undo' THEN 'redo' ELSE 'undo' END,
                                    pos = nextval('undo_pos')
              WHERE id = top_id;
          END IF;
        END IF;`;
  return `
    CREATE OR REPLACE FUNCTION desk_commit(p jsonb, phase text) RETURNS jsonb LANGUAGE plpgsql AS $fn$
    DECLARE
      head record;
      hit record;
      ev record;
      existing bigint;
      v_seq bigint;
      v_editor text := p->>'editor';
      top_id bigint;
      step jsonb := p->'undo';
      prev text;
      aseq bigint;
      h text;
      inserted text[];
      chained jsonb := '[]'::jsonb;
    BEGIN
      IF phase = 'all' THEN
        -- A retry whose first attempt landed (checked again wherever a conflict shows up).
        SELECT seq INTO existing FROM commits WHERE commit_id = (p->>'commitId')::uuid;
        IF existing IS NOT NULL THEN
          RETURN jsonb_build_object('done', existing);
        END IF;
        ${lockedWork}
        ${undoStep}
      END IF;

      -- The chain head, locked until the transaction ends: commits are serialized from here on,
      -- so the commit sequence and the audit chain can never fork. An action takes it as its
      -- last step; the chunked phases as their first (re-locking in later phases is free).
      SELECT * INTO head FROM chain_head WHERE id = 1 FOR UPDATE;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'desk_no_head' USING ERRCODE = 'CX500';
      END IF;

      IF phase IN ('start', 'all') THEN
        IF phase = 'start' THEN
          SELECT seq INTO existing FROM commits WHERE commit_id = (p->>'commitId')::uuid;
          IF existing IS NOT NULL THEN
            RETURN jsonb_build_object('done', existing);
          END IF;
        ELSE
          ${doneIfLanded}
        END IF;
        v_seq := head.commit_seq + 1;
        INSERT INTO commits (seq, commit_id, action, who, editor, session_id, at)
          VALUES (v_seq, (p->>'commitId')::uuid, p->>'action', p->>'who', v_editor, p->>'session', p->>'at');
        UPDATE chain_head SET commit_seq = v_seq WHERE id = 1;
      ELSE
        v_seq := head.commit_seq;
      END IF;

      IF phase = 'check' THEN
        ${checks}
      END IF;

      IF phase = 'write' THEN
        ${writes}
      END IF;

      IF phase IN ('write', 'all') THEN
        INSERT INTO change_log (seq, tbl, id)
          SELECT v_seq, x.tbl, x.id FROM jsonb_to_recordset(p->'changes') AS x(tbl text, id text)
          ON CONFLICT DO NOTHING;
      END IF;

      IF phase IN ('finish', 'all') THEN
        -- The audit events, chained under the lock (hash as electron/store/auditChain.ts computes it).
        prev := head.audit_hash;
        aseq := head.audit_seq;
        FOR ev IN
          SELECT x.elem, x.n FROM jsonb_array_elements(p->'audit') WITH ORDINALITY AS x(elem, n) ORDER BY x.n
        LOOP
          aseq := aseq + 1;
          h := encode(sha256(convert_to('["' || prev || '",' || aseq::text || ',' || (ev.elem->>'tail'), 'UTF8')), 'hex');
          INSERT INTO audit_events (seq, who, at, action, target, before, after, prev_hash, hash, commit_seq)
            VALUES (aseq, ev.elem->>'who', ev.elem->>'at', ev.elem->>'action', ev.elem->>'target',
                    (ev.elem->>'before_text')::json, (ev.elem->>'after_text')::json, prev, h, v_seq);
          chained := chained || jsonb_build_array(jsonb_build_object('seq', aseq, 'prevHash', prev, 'hash', h));
          prev := h;
        END LOOP;
        UPDATE chain_head SET audit_seq = aseq, audit_hash = prev WHERE id = 1;
        IF phase = 'finish' THEN
          ${undoStep}
        END IF;
        IF step->>'kind' = 'clear' THEN
          -- Re-extraction replaced the claims every editor's entries name: all stacks go (in
          -- commit order, under the head lock).
          DELETE FROM undo_entries;
        END IF;
        PERFORM pg_notify('${NOTIFY_CHANNEL}',
          jsonb_build_object('schema', current_schema(), 'kind', 'commit', 'seq', v_seq, 'session', p->>'session')::text);
      END IF;
      RETURN jsonb_build_object('seq', v_seq, 'audit', chained);
    END
    $fn$;`;
}

/**
 * Version 3: an action no longer takes the chain head at all, so no exclusive lock is held
 * through COMMIT's WAL flush and concurrent editors' commits share their flushes.
 *
 * - An action's transaction (desk_commit) locks, checks and writes its records as in version 2,
 *   takes its commit number from a sequence (no lock), and writes its change-log rows and its
 *   audit events UNSEALED (audit_pending: the events without seq/prev hash/hash). It does NOT
 *   notify: PostgreSQL serializes the commits of every transaction that did NOTIFY under one
 *   database-wide lock held through the commit's WAL flush — the very bound this version removes.
 *   Exception: when no one holds the sealers' lock (pg_try_advisory_xact_lock: never a wait),
 *   the action seals in its own transaction — what one editor working alone does every time, so
 *   their action stays one round trip and one flush. Only sealers ever wait for that lock.
 * - desk_seal() chains them, in a short transaction of its own, under an advisory lock:
 *   every committed unsealed commit in commit-number order gets the next position (commits.pos,
 *   gapless) and its events the next audit seqs, prev hash and hash; then it notifies ('sealed').
 *   The committing client calls it right after its commit; whoever reads the trail or verifies it
 *   calls it first; a listening desk calls it every half second (a no-op read when nothing is
 *   pending), which seals what a client that died between its commit and its seal left. There is
 *   still ONE chain per workspace: only the holder of the lock extends it. The lock is an advisory
 *   one, not a row lock on the head, so a seal that finds nothing to do writes nothing (no WAL
 *   flush).
 * - Readers of the change log follow `pos`, not the commit number: commit numbers are taken
 *   before COMMIT and can become visible out of order, but a position is given by a seal, seals
 *   run one at a time, and each seal is visible before the next one can start (the lock is
 *   released after the commit is visible; each statement of the next seal reads a fresh READ
 *   COMMITTED snapshot) — so when position N is visible, every position below N is too, and a
 *   reader that has seen up to N never misses one below it.
 * Old desks keep their chain: their commits get pos = seq, and the head's sealed position is the
 * last of them.
 */
function sealedChainSqlV3(): string {
  const tables = Object.keys(DESK_TABLES);
  // Only an action ('all') asks whether its commit landed meanwhile: in a chunked commit's
  // 'write' phase the commits row found is this very transaction's (inserted by 'start', which
  // already answered that question), and the conflict must surface as a conflict.
  const doneIfLanded = `
        IF phase = 'all' THEN
          SELECT seq INTO existing FROM commits WHERE commit_id = (p->>'commitId')::uuid;
          IF existing IS NOT NULL THEN
            RAISE EXCEPTION 'desk_commit_done' USING ERRCODE = 'CX208', DETAIL = existing::text;
          END IF;
        END IF;`;
  const conflict = (t: string) => `
        RAISE EXCEPTION 'desk_conflict' USING ERRCODE = 'CX409',
          DETAIL = jsonb_build_object('table', '${t}', 'id', hit.id, 'data', hit.data, 'version', hit.version,
                                      'by', hit.updated_by, 'at', hit.updated_at)::text;`;
  // Lock (in id order: every action locks in the same order, so two never deadlock), check,
  // write — per table, for the changes of this call (an action's, or one chunk of an import's).
  const lockedWork = tables
    .map(
      (t) => `
      IF p->'tables' ? '${t}' THEN
      PERFORM 1 FROM ${t} r
        WHERE r.id IN (SELECT x.id FROM jsonb_to_recordset(p->'changes') AS x(tbl text, id text) WHERE x.tbl = '${t}')
        ORDER BY r.id FOR UPDATE;
      SELECT x.id, r.data, r.version, r.updated_by, r.updated_at INTO hit
        FROM jsonb_to_recordset(p->'changes') AS x(tbl text, id text, before jsonb, has_before boolean)
        LEFT JOIN ${t} r ON r.id = x.id
        WHERE x.tbl = '${t}'
          AND ((x.has_before AND (r.data IS NULL OR r.data <> x.before)) OR (NOT x.has_before AND r.data IS NOT NULL))
        LIMIT 1;
      IF FOUND THEN
        ${doneIfLanded}
        ${conflict(t)}
      END IF;
      WITH ins AS (
        INSERT INTO ${t} (id, data, updated_by)
          SELECT x.elem->>'id', x.elem->'after', v_editor
          FROM jsonb_array_elements(p->'changes') WITH ORDINALITY AS x(elem, n)
          WHERE x.elem->>'tbl' = '${t}' AND jsonb_typeof(x.elem->'after') = 'object' AND NOT (x.elem->>'has_before')::boolean
          ORDER BY x.n
          ON CONFLICT (id) DO NOTHING
          RETURNING id)
      SELECT array_agg(id) INTO inserted FROM ins;
      -- A record this commit creates that another editor created meanwhile: theirs stays.
      SELECT x.id, r.data, r.version, r.updated_by, r.updated_at INTO hit
        FROM jsonb_to_recordset(p->'changes') AS x(tbl text, id text, after jsonb, has_before boolean)
        JOIN ${t} r ON r.id = x.id
        WHERE x.tbl = '${t}' AND NOT x.has_before AND jsonb_typeof(x.after) = 'object'
          AND NOT (x.id = ANY (coalesce(inserted, '{}'::text[])))
        LIMIT 1;
      IF FOUND THEN
        ${doneIfLanded}
        ${conflict(t)}
      END IF;
      UPDATE ${t} r SET data = x.elem->'after', version = r.version + 1, updated_by = v_editor, updated_at = now()
        FROM jsonb_array_elements(p->'changes') AS x(elem)
        WHERE x.elem->>'tbl' = '${t}' AND (x.elem->>'has_before')::boolean AND jsonb_typeof(x.elem->'after') = 'object'
          AND r.id = x.elem->>'id';
      DELETE FROM ${t} WHERE id IN (
        SELECT x.elem->>'id' FROM jsonb_array_elements(p->'changes') AS x(elem)
        WHERE x.elem->>'tbl' = '${t}' AND coalesce(jsonb_typeof(x.elem->'after'), 'null') = 'null');
      END IF;`,
    )
    .join('\n');
  return `
    -- No version-2 client may commit while the numbers are carried over: its transaction in
    -- flight (holding the head, or a commits row) finishes first, and later ones wait for this
    -- migration — so the sequence below starts after every number a version-2 commit took.
    LOCK TABLE chain_head, commits IN ACCESS EXCLUSIVE MODE;
    -- Commit numbers from a sequence: no lock. Continues after the numbers already used.
    CREATE SEQUENCE commit_seq_gen;
    SELECT setval('commit_seq_gen', greatest(h.commit_seq, coalesce(m.seq, 0), 1), greatest(h.commit_seq, coalesce(m.seq, 0)) > 0)
      FROM chain_head h, (SELECT max(seq) AS seq FROM commits) m WHERE h.id = 1;

    -- The sealed (reading) order of commits: given by desk_seal, gapless, visible in order.
    ALTER TABLE commits ADD COLUMN pos bigint UNIQUE;
    UPDATE commits SET pos = seq;
    CREATE INDEX commits_unsealed ON commits (seq) WHERE pos IS NULL;
    ALTER TABLE chain_head ADD COLUMN sealed_pos bigint NOT NULL DEFAULT 0;
    UPDATE chain_head SET sealed_pos = coalesce((SELECT max(pos) FROM commits), 0) WHERE id = 1;
    COMMENT ON COLUMN chain_head.commit_seq IS 'unused since desk schema 3 (commit numbers come from commit_seq_gen)';
    -- A client of an older version still open on this desk takes its commit number from the head
    -- (versions 1 and 2 bump commit_seq): refused loudly, nothing of its action applied, instead
    -- of a number the sequence hands out again or a fork of the chain.
    CREATE FUNCTION desk_refuse_old_client() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
      IF NEW.commit_seq IS DISTINCT FROM OLD.commit_seq THEN
        RAISE EXCEPTION '${OLD_CLIENT_MESSAGE}' USING ERRCODE = 'CX426';
      END IF;
      RETURN NEW;
    END
    $fn$;
    CREATE TRIGGER chain_head_no_old_clients BEFORE UPDATE ON chain_head
      FOR EACH ROW EXECUTE FUNCTION desk_refuse_old_client();

    -- Audit events of committed actions not chained yet. tail: the JSON text the hash covers
    -- after [prevHash, seq, (as electron/store/auditChain.ts computes it).
    CREATE TABLE audit_pending (
      commit_seq bigint NOT NULL REFERENCES commits (seq),
      n integer NOT NULL,
      who text NOT NULL,
      at text NOT NULL,
      action text NOT NULL,
      target text NOT NULL,
      before json,
      after json,
      tail text NOT NULL,
      PRIMARY KEY (commit_seq, n)
    );

    CREATE OR REPLACE FUNCTION desk_commit(p jsonb, phase text) RETURNS jsonb LANGUAGE plpgsql AS $fn$
    DECLARE
      hit record;
      existing bigint;
      v_seq bigint;
      v_editor text := p->>'editor';
      top_id bigint;
      step jsonb := p->'undo';
      inserted text[];
    BEGIN
      -- An older client's call (its payload does not name this schema): refused, nothing applied.
      IF coalesce((p->>'deskSchema')::int, 0) < 3 THEN
        RAISE EXCEPTION '${OLD_CLIENT_MESSAGE}' USING ERRCODE = 'CX426';
      END IF;
      IF phase NOT IN ('all', 'start', 'write', 'finish') THEN
        RAISE EXCEPTION 'desk_commit: unknown phase %', phase USING ERRCODE = 'CX500';
      END IF;
      -- A retry whose first attempt landed (checked again wherever a conflict shows up).
      IF phase IN ('all', 'start') THEN
        SELECT seq INTO existing FROM commits WHERE commit_id = (p->>'commitId')::uuid;
        IF existing IS NOT NULL THEN
          RETURN jsonb_build_object('done', existing);
        END IF;
      END IF;

      IF phase IN ('all', 'write') THEN
        ${lockedWork}
      END IF;

      IF phase IN ('all', 'start') THEN
        v_seq := nextval('commit_seq_gen');
        INSERT INTO commits (seq, commit_id, action, who, editor, session_id, at)
          VALUES (v_seq, (p->>'commitId')::uuid, p->>'action', p->>'who', v_editor, p->>'session', p->>'at')
          ON CONFLICT (commit_id) DO NOTHING;
        IF NOT FOUND THEN
          -- A retry whose first attempt was still running when it started (it waited for it here)
          -- and has landed: nothing of the retry is applied (its number stays unused).
          SELECT seq INTO existing FROM commits WHERE commit_id = (p->>'commitId')::uuid;
          IF phase = 'start' THEN
            RETURN jsonb_build_object('done', existing);
          END IF;
          RAISE EXCEPTION 'desk_commit_done' USING ERRCODE = 'CX208', DETAIL = existing::text;
        END IF;
        -- The chunked phases of this transaction find their commit number here.
        PERFORM set_config('crosscheck.commit_seq', v_seq::text, true);
      ELSE
        v_seq := nullif(current_setting('crosscheck.commit_seq', true), '')::bigint;
        IF v_seq IS NULL THEN
          RAISE EXCEPTION 'desk_commit: phase % without start', phase USING ERRCODE = 'CX500';
        END IF;
      END IF;

      IF phase IN ('all', 'write') THEN
        INSERT INTO change_log (seq, tbl, id)
          SELECT v_seq, x.tbl, x.id FROM jsonb_to_recordset(p->'changes') AS x(tbl text, id text)
          ON CONFLICT DO NOTHING;
      END IF;

      IF phase IN ('all', 'finish') THEN
        -- The editor's own undo/redo stacks (never another editor's rows).
        IF step IS NOT NULL AND jsonb_typeof(step) = 'object' THEN
          IF step->>'kind' = 'push' THEN
            INSERT INTO undo_entries (editor, stack, action, at, changes)
              VALUES (v_editor, 'undo', p->>'action', p->>'at', p->'undoChanges');
            DELETE FROM undo_entries WHERE undo_entries.editor = v_editor AND stack = 'redo';
            DELETE FROM undo_entries WHERE id IN (
              SELECT u.id FROM undo_entries u WHERE u.editor = v_editor AND u.stack = 'undo'
              ORDER BY u.pos DESC OFFSET (step->>'limit')::int);
          ELSIF step->>'kind' IN ('undo', 'redo') THEN
            SELECT u.id INTO top_id FROM undo_entries u
              WHERE u.editor = v_editor AND u.stack = step->>'kind' ORDER BY u.pos DESC LIMIT 1;
            IF top_id IS NULL OR top_id <> (step->>'entryId')::bigint THEN
              RAISE EXCEPTION 'desk_undo_not_top' USING ERRCODE = 'CX410', DETAIL = step->>'entryName';
            END IF;
            UPDATE undo_entries SET stack = CASE step->>'kind' WHEN 'undo' THEN 'redo' ELSE 'undo' END,
                                    pos = nextval('undo_pos')
              WHERE id = top_id;
          ELSIF step->>'kind' = 'clear' THEN
            -- Re-extraction replaced the claims every editor's entries name: all stacks go (an
            -- entry pushed meanwhile by another editor names records its undo will find changed:
            -- refused as a conflict, never applied blindly).
            DELETE FROM undo_entries;
          END IF;
        END IF;
        -- The audit events, unsealed: desk_seal chains them.
        INSERT INTO audit_pending (commit_seq, n, who, at, action, target, before, after, tail)
          SELECT v_seq, x.n, x.elem->>'who', x.elem->>'at', x.elem->>'action', x.elem->>'target',
                 (x.elem->>'before_text')::json, (x.elem->>'after_text')::json, x.elem->>'tail'
          FROM jsonb_array_elements(p->'audit') WITH ORDINALITY AS x(elem, n);
        -- Nobody sealing right now: this commit seals itself (and whatever else is pending) in
        -- its own transaction — one round trip, one flush, as when one editor works alone. When
        -- another transaction holds the sealers' lock, it does not wait: it commits unsealed and
        -- its client seals right after (p.seal = false: never here; tests of a dying client).
        IF coalesce((p->>'seal')::boolean, true) AND pg_try_advisory_xact_lock(${SEAL_LOCK_KEY}) THEN
          PERFORM desk_seal();
          RETURN jsonb_build_object('seq', v_seq, 'sealed', true);
        END IF;
        -- No NOTIFY here (see above): the seal announces the commit.
      END IF;
      RETURN jsonb_build_object('seq', v_seq, 'sealed', false);
    END
    $fn$;

    -- Chains every committed, unsealed commit (see above). Returns how many it sealed and the
    -- last sealed position. Nothing pending: returns at once, without taking the lock.
    CREATE FUNCTION desk_seal() RETURNS jsonb LANGUAGE plpgsql AS $fn$
    DECLARE
      head record;
      c record;
      ev record;
      v_pos bigint;
      prev text;
      aseq bigint;
      h text;
      sealed integer := 0;
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM commits WHERE pos IS NULL) THEN
        RETURN jsonb_build_object('sealed', 0, 'pos', (SELECT sealed_pos FROM chain_head WHERE id = 1));
      END IF;
      -- One sealer at a time: the chain can never fork. Each statement below reads the commits
      -- visible once the lock is held (READ COMMITTED), the previous sealer's work included.
      PERFORM pg_advisory_xact_lock(${SEAL_LOCK_KEY});
      SELECT * INTO head FROM chain_head WHERE id = 1;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'desk_no_head' USING ERRCODE = 'CX500';
      END IF;
      v_pos := head.sealed_pos;
      prev := head.audit_hash;
      aseq := head.audit_seq;
      FOR c IN SELECT seq FROM commits WHERE pos IS NULL ORDER BY seq LOOP
        v_pos := v_pos + 1;
        UPDATE commits SET pos = v_pos WHERE seq = c.seq;
        FOR ev IN SELECT * FROM audit_pending WHERE commit_seq = c.seq ORDER BY n LOOP
          aseq := aseq + 1;
          h := encode(sha256(convert_to('["' || prev || '",' || aseq::text || ',' || ev.tail, 'UTF8')), 'hex');
          INSERT INTO audit_events (seq, who, at, action, target, before, after, prev_hash, hash, commit_seq)
            VALUES (aseq, ev.who, ev.at, ev.action, ev.target, ev.before, ev.after, prev, h, c.seq);
          prev := h;
        END LOOP;
        DELETE FROM audit_pending WHERE commit_seq = c.seq;
        sealed := sealed + 1;
      END LOOP;
      IF sealed > 0 THEN
        UPDATE chain_head SET sealed_pos = v_pos, audit_seq = aseq, audit_hash = prev WHERE id = 1;
        PERFORM pg_notify('${NOTIFY_CHANNEL}',
          jsonb_build_object('schema', current_schema(), 'kind', 'sealed', 'pos', v_pos)::text);
      END IF;
      RETURN jsonb_build_object('sealed', sealed, 'pos', v_pos);
    END
    $fn$;`;
}

export const DESK_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** The oldest PostgreSQL server the desk is made for (server_version_num): 14. */
export const MIN_SERVER_VERSION_NUM = 140_000;

/** The server is older than the desk needs: refused before anything is created, in both languages. */
export class DeskServerVersionError extends Error {
  readonly vi: string;
  readonly en: string;
  constructor(
    readonly found: string,
    readonly needed: number,
  ) {
    const major = Math.floor(needed / 10_000);
    const en = `The shared desk needs PostgreSQL ${major} or newer; this server runs PostgreSQL ${found}. Nothing was changed.`;
    super(en);
    this.en = en;
    this.vi = `Bàn biên tập chung cần PostgreSQL ${major} trở lên; máy chủ này chạy PostgreSQL ${found}. Không có gì bị thay đổi.`;
    this.name = 'DeskServerVersionError';
  }
}

export class DeskVersionError extends Error {
  /** The same sentence for a Vietnamese editor (the message is the English one). */
  readonly vi: string;
  readonly en: string;
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    const en =
      `This shared desk was created by a newer Crosscheck (desk schema version ${found}; this version of Crosscheck ` +
      `knows up to ${supported}). Update Crosscheck to open it; nothing was changed.`;
    super(en);
    this.en = en;
    this.vi =
      `Bàn biên tập chung này được tạo bởi phiên bản Crosscheck mới hơn (lược đồ bàn ${found}; bản Crosscheck này chỉ biết ` +
      `đến ${supported}): hãy cập nhật Crosscheck để mở nó; không có gì bị thay đổi.`;
    this.name = 'DeskVersionError';
  }
}

/**
 * Brings the desk's schema to DESK_SCHEMA_VERSION: the missing migrations in one transaction,
 * under an advisory lock so two apps opening a new desk at once do not both create it.
 * Refuses a desk from a newer version without touching it. `upTo`: stop at that version (tests
 * build an old desk with it); `migrations`: tests play a newer Crosscheck's upgrade with it.
 */
export async function migrate(
  client: PoolClient,
  appVersion: string,
  upTo = DESK_SCHEMA_VERSION,
  migrations: readonly { version: number; name: string; sql: string }[] = MIGRATIONS,
): Promise<{ from: number; to: number }> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(`
      CREATE TABLE IF NOT EXISTS schema_version (
        version integer PRIMARY KEY,
        name text NOT NULL,
        app_version text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_version');
    const from = rows[0]?.v ?? 0;
    if (from > DESK_SCHEMA_VERSION) throw new DeskVersionError(from, DESK_SCHEMA_VERSION);
    let to = from;
    for (const m of migrations) {
      if (m.version <= from || m.version > upTo) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_version (version, name, app_version) VALUES ($1, $2, $3)', [m.version, m.name, appVersion]);
      to = m.version;
    }
    // Clients of an older version still open on this desk learn of the upgrade at once (delivered
    // at COMMIT): they show "update Crosscheck" instead of going quiet. They also read the version
    // every few seconds, and whenever the server refuses them.
    if (from > 0 && to > from) await client.query(q.notifyUpgraded, [to]);
    await client.query('COMMIT');
    return { from, to: Math.max(from, to) };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

export const q = {
  currentSchema: 'SELECT current_schema() AS schema',
  serverVersion: "SELECT current_setting('server_version_num')::int AS num, current_setting('server_version') AS name",
  hasDesk: "SELECT to_regclass('schema_version') IS NOT NULL AS ok",
  deskVersion: 'SELECT max(version) AS v FROM schema_version',
  beginSnapshot: 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',

  // ---- commit ---------------------------------------------------------------------------------
  begin: 'BEGIN',
  commit: 'COMMIT',
  rollback: 'ROLLBACK',
  // The sealers' lock, then the head (publish extends the chain like a seal).
  lockSeal: `SELECT pg_advisory_xact_lock(${SEAL_LOCK_KEY})`,
  lockHead: 'SELECT sealed_pos, audit_seq, audit_hash FROM chain_head WHERE id = 1 FOR UPDATE',
  deskCommit: 'SELECT desk_commit($1::jsonb, $2) AS r',
  // Chains the committed, unsealed commits (a no-op round trip when there are none).
  seal: 'SELECT desk_seal() AS r',
  pendingAudit: 'SELECT count(*)::int AS n FROM audit_pending',
  // A commit that is its own position at once (publish, under the head lock).
  insertSealedCommit: `
    INSERT INTO commits (seq, pos, commit_id, action, who, editor, session_id, at)
    VALUES (nextval('commit_seq_gen'), $1, $2, $3, $4, $5, $6, $7) RETURNING seq`,
  updateHead: 'UPDATE chain_head SET sealed_pos = $1, audit_seq = $2, audit_hash = $3 WHERE id = 1',
  insertAudit: `
    INSERT INTO audit_events (seq, who, at, action, target, before, after, prev_hash, hash, commit_seq)
    SELECT x.seq, x.who, x.at, x.action, x.target, x.before_text::json, x.after_text::json, x.prev_hash, x.hash, $2
    FROM jsonb_to_recordset($1::jsonb)
      AS x(seq bigint, who text, at text, action text, target text, before_text text, after_text text, prev_hash text, hash text)`,
  notify: `SELECT pg_notify('${NOTIFY_CHANNEL}', $1)`,
  notifyUpgraded: `SELECT pg_notify('${NOTIFY_CHANNEL}', json_build_object('schema', current_schema(), 'kind', 'upgraded', 'version', $1::int)::text)`,

  upsert: (t: DeskTable) => `
    INSERT INTO ${DESK_TABLES[t]} (id, data, updated_by)
    SELECT x.elem->>'id', x.elem->'after', $2 FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(elem, n)
    ORDER BY x.n
    ON CONFLICT (id) DO UPDATE
      SET data = EXCLUDED.data, version = ${DESK_TABLES[t]}.version + 1, updated_by = EXCLUDED.updated_by, updated_at = now()`,
  // ---- undo (per editor) ------------------------------------------------------------------------
  undoTopFor: 'SELECT id, action, at, changes FROM undo_entries WHERE editor = $1 AND stack = $2 ORDER BY pos DESC LIMIT 1',
  undoStack: 'SELECT id, action, at, changes FROM undo_entries WHERE editor = $1 AND stack = $2 ORDER BY pos',
  undoInsert: 'INSERT INTO undo_entries (editor, stack, action, at, changes) VALUES ($1, $2, $3, $4, $5::jsonb)',
  undoDepth: `
    SELECT count(*) FILTER (WHERE stack = 'undo')::int AS undo, count(*) FILTER (WHERE stack = 'redo')::int AS redo
    FROM undo_entries WHERE editor = $1`,

  // ---- reads ------------------------------------------------------------------------------------
  one: (t: DeskTable) => `SELECT data FROM ${DESK_TABLES[t]} WHERE id = $1`,
  byIds: (t: DeskTable) => `SELECT data FROM ${DESK_TABLES[t]} WHERE id = ANY($1::text[]) ORDER BY ord`,
  all: (t: DeskTable) => `SELECT data FROM ${DESK_TABLES[t]} ORDER BY ord`,
  recordsWithVersion: (t: DeskTable) =>
    `SELECT id, data, version, updated_by, updated_at FROM ${DESK_TABLES[t]} WHERE id = ANY($1::text[])`,
  counts: `
    SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM claims)::int AS claims,
           (SELECT count(*) FROM reviews)::int AS reviews, (SELECT count(*) FROM findings)::int AS findings,
           ((SELECT audit_seq + 1 FROM chain_head) + (SELECT count(*) FROM audit_pending))::int AS audit_events`,
  articleSummaries: `
    SELECT a.id, a.data->>'title' AS title, a.data->>'outlet' AS outlet, a.data->>'publishedAt' AS published_at,
           a.data->>'source' AS source,
           coalesce(c.claims, 0)::int AS claim_count, coalesce(c.reviewed, 0)::int AS reviewed_count,
           coalesce(c.flagged, 0)::int AS flagged_count
    FROM articles a
    LEFT JOIN (
      SELECT cl.article_id, count(*) AS claims,
             count(*) FILTER (WHERE r.status IS NOT NULL AND r.status <> 'unreviewed') AS reviewed,
             count(*) FILTER (WHERE r.status = 'flagged') AS flagged
      FROM claims cl LEFT JOIN reviews r ON r.id = cl.id
      GROUP BY cl.article_id
    ) c ON c.article_id = a.id
    ORDER BY a.ord`,
  articleCount: 'SELECT count(*)::int AS n FROM articles',
  /** The same for a run of articles in that order ($1 offset, $2 limit): counts only for those. */
  articleSummaryRange: `
    SELECT a.id, a.data->>'title' AS title, a.data->>'outlet' AS outlet, a.data->>'publishedAt' AS published_at,
           a.data->>'source' AS source,
           (SELECT count(*) FROM claims cl WHERE cl.article_id = a.id)::int AS claim_count,
           (SELECT count(*) FROM claims cl JOIN reviews r ON r.id = cl.id WHERE cl.article_id = a.id AND r.status <> 'unreviewed')::int AS reviewed_count,
           (SELECT count(*) FROM claims cl JOIN reviews r ON r.id = cl.id WHERE cl.article_id = a.id AND r.status = 'flagged')::int AS flagged_count
    FROM (SELECT id, data, ord FROM articles ORDER BY ord OFFSET $1 LIMIT $2) a
    ORDER BY a.ord`,
  claimsOfArticle: 'SELECT data FROM claims WHERE article_id = $1 ORDER BY start_pos, id',
  reviewsOfArticle: 'SELECT r.data FROM reviews r JOIN claims c ON c.id = r.id WHERE c.article_id = $1 ORDER BY c.start_pos, c.id',
  claimsInOrder: `
    SELECT c.data FROM claims c JOIN articles a ON a.id = c.article_id
    ORDER BY a.ord, c.start_pos, c.id`,
  claimPage: `
    SELECT c.data AS claim, r.data AS review, a.ord AS k_ord, c.start_pos AS k_start, count(*) OVER () AS total
    FROM claims c
    JOIN articles a ON a.id = c.article_id
    LEFT JOIN reviews r ON r.id = c.id
    WHERE ($1::text IS NULL OR c.article_id = $1)
      AND ($2::text[] IS NULL OR coalesce(r.status, 'unreviewed') = ANY($2::text[]))
    ORDER BY a.ord, c.start_pos, c.id
    OFFSET $3 LIMIT $4`,
  // The same order, continuing after a row's key (keyset): what reading every row page after page
  // costs per page stays flat instead of growing with the offset. NULL key: from the start.
  claimPageAfter: `
    SELECT c.data AS claim, r.data AS review, a.ord AS k_ord, c.start_pos AS k_start
    FROM claims c
    JOIN articles a ON a.id = c.article_id
    LEFT JOIN reviews r ON r.id = c.id
    WHERE ($1::text IS NULL OR c.article_id = $1)
      AND ($2::text[] IS NULL OR coalesce(r.status, 'unreviewed') = ANY($2::text[]))
      AND ($3::bigint IS NULL OR (a.ord >= $3 AND (a.ord, c.start_pos, c.id) > ($3::bigint, $4::integer, $5::text)))
    ORDER BY a.ord, c.start_pos, c.id
    LIMIT $6`,
  claimPageCount: `
    SELECT count(*)::int AS total FROM claims c LEFT JOIN reviews r ON r.id = c.id
    WHERE ($1::text IS NULL OR c.article_id = $1)
      AND ($2::text[] IS NULL OR coalesce(r.status, 'unreviewed') = ANY($2::text[]))`,
  findingPage: `
    SELECT data, ord AS k_ord, count(*) OVER () AS total FROM findings
    WHERE ($1::text IS NULL OR data->'articleIds' ? $1)
      AND ($2::text[] IS NULL OR status = ANY($2::text[]))
      AND ($3::text IS NULL OR data->'claimIds' ? $3)
      AND ($4::text[] IS NULL OR data->>'type' = ANY($4::text[]))
    ORDER BY ord OFFSET $5 LIMIT $6`,
  // The same order, continuing after a finding's `ord` (unique: keyset like claimPageAfter).
  findingPageAfter: `
    SELECT data, ord AS k_ord FROM findings
    WHERE ($1::text IS NULL OR data->'articleIds' ? $1)
      AND ($2::text[] IS NULL OR status = ANY($2::text[]))
      AND ($3::text IS NULL OR data->'claimIds' ? $3)
      AND ($4::text[] IS NULL OR data->>'type' = ANY($4::text[]))
      AND ord > $5
    ORDER BY ord LIMIT $6`,
  findingCount: `
    SELECT count(*)::int AS total FROM findings
    WHERE ($1::text IS NULL OR data->'articleIds' ? $1)
      AND ($2::text[] IS NULL OR status = ANY($2::text[]))
      AND ($3::text IS NULL OR data->'claimIds' ? $3)
      AND ($4::text[] IS NULL OR data->>'type' = ANY($4::text[]))`,
  // The claims standing in a finding that needs the editor (open, not "consistent"): a page in id
  // order, and their number.
  attentionClaimPage: `
    SELECT DISTINCT c.id FROM findings f CROSS JOIN LATERAL jsonb_array_elements_text(f.data->'claimIds') AS c(id)
    WHERE f.status = 'open' AND f.data->>'type' <> 'consistent'
    ORDER BY c.id OFFSET $1 LIMIT $2`,
  attentionClaimCount: `
    SELECT count(DISTINCT c.id)::int AS total FROM findings f CROSS JOIN LATERAL jsonb_array_elements_text(f.data->'claimIds') AS c(id)
    WHERE f.status = 'open' AND f.data->>'type' <> 'consistent'`,
  auditColumns: 'seq, who, at, action, target, before::text AS before_text, after::text AS after_text, prev_hash, hash',
  auditOfCommit: () => `SELECT ${q.auditColumns} FROM audit_events WHERE commit_seq = $1 ORDER BY seq`,
  history: () => `SELECT ${q.auditColumns} FROM audit_events WHERE target = ANY($1::text[]) ORDER BY seq`,
  auditLog: () => `SELECT ${q.auditColumns} FROM audit_events WHERE seq >= $1 ORDER BY seq LIMIT $2`,
  // Everything a review action reads, in one round trip.
  reviewContext: `
    SELECT (SELECT data FROM claims WHERE id = $1) AS claim, (SELECT data FROM reviews WHERE id = $1) AS review,
           (SELECT data FROM settings WHERE id = $2) AS settings`,
  // Targets of events whose record names the article (claims added and undone since included).
  articleAuditTargets: `
    SELECT DISTINCT target FROM audit_events
    WHERE json_typeof(after) = 'object' AND after->>'articleId' = $1`,
  auditEditors: "SELECT DISTINCT who FROM audit_events WHERE who <> ''",

  // ---- live changes -----------------------------------------------------------------------------
  listen: `LISTEN ${NOTIFY_CHANNEL}`,
  // Readers follow the sealed position (see sealedChainSqlV3: never skips a late commit).
  headPos: 'SELECT sealed_pos FROM chain_head WHERE id = 1',
  changesOf: 'SELECT seq, tbl, id FROM change_log WHERE seq = ANY($1::bigint[]) ORDER BY seq',
  commitsSince: 'SELECT seq, pos, action, who, editor, session_id FROM commits WHERE pos > $1 ORDER BY pos LIMIT $2',

  // ---- presence ---------------------------------------------------------------------------------
  presenceUpsert: `
    INSERT INTO presence (session_id, editor, os_user, host, article_id) VALUES ($1, $2, $3, $4, $5)
    ON CONFLICT (session_id) DO UPDATE SET article_id = EXCLUDED.article_id, seen_at = now()`,
  presenceTouch: 'UPDATE presence SET seen_at = now() WHERE session_id = $1',
  presenceLeave: 'DELETE FROM presence WHERE session_id = $1',
  presenceList: `
    SELECT session_id, editor, os_user, host, article_id, seen_at FROM presence
    WHERE seen_at > now() - make_interval(secs => $1) ORDER BY editor, session_id`,
  presenceExpire: 'DELETE FROM presence WHERE seen_at < now() - make_interval(secs => $1)',

  // ---- publish / export -------------------------------------------------------------------------
  isEmpty: `
    SELECT NOT EXISTS (SELECT 1 FROM articles) AND NOT EXISTS (SELECT 1 FROM claims)
       AND NOT EXISTS (SELECT 1 FROM audit_events) AND NOT EXISTS (SELECT 1 FROM audit_pending) AS empty`,
};
