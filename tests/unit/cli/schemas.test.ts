import { describe, expect, it } from 'vitest';
import { cli } from './helpers';
import { claimByQuote, workspaceWithArticle } from './fixture';
import { cliSchemas, schemaId } from './schemaValidator';

// The JSON that extract, check and list print is a versioned format: docs/schemas/cli-*.v1.schema.json.
describe('CLI output formats (JSON Schema, validated with ajv)', { timeout: 180_000 }, () => {
  const ajv = cliSchemas();
  const validator = (name: string) => {
    const validate = ajv.getSchema(schemaId(name));
    if (!validate) throw new Error(`schema ${name} not loaded`);
    return (data: unknown) => {
      const ok = validate(data);
      return { ok, errors: JSON.stringify(validate.errors?.slice(0, 5)) };
    };
  };

  it('extract and check of the seed articles match their schemas, and a changed shape does not', async () => {
    const extract = await cli(['extract', 'seeds/', '--silent']);
    expect(extract.code).toBe(0);
    const extracted = JSON.parse(extract.stdout) as { format: string; version: number; articles: Array<{ claims: Array<Record<string, unknown>> }> };
    expect(extracted).toMatchObject({ format: 'crosscheck.extract', version: 1 });
    const validExtract = validator('cli-extract.v1.schema.json');
    expect(validExtract(extracted)).toEqual({ ok: true, errors: undefined });
    expect(extracted.articles.flatMap((a) => a.claims).length).toBeGreaterThan(50);

    // Not vacuous: a claim with an unknown field, a missing field or a bad kind is refused.
    const claim = extracted.articles[0]?.claims[0] ?? {};
    const withClaim = (c: Record<string, unknown>) => ({ ...extracted, articles: [{ ...extracted.articles[0], claims: [c] }] });
    expect(validExtract(withClaim({ ...claim, confidence: 1 })).ok).toBe(false);
    const { quote: _quote, ...noQuote } = claim;
    expect(validExtract(withClaim(noQuote)).ok).toBe(false);
    expect(validExtract(withClaim({ ...claim, kind: 'weight' })).ok).toBe(false);
    expect(validExtract({ ...extracted, version: 2 }).ok).toBe(false);

    const check = await cli(['check', 'seeds/', '--silent']);
    expect(check.code).toBe(0);
    const checked = JSON.parse(check.stdout) as { findings: unknown[] };
    expect(validator('cli-check.v1.schema.json')(checked)).toEqual({ ok: true, errors: undefined });
    expect(checked.findings.length).toBeGreaterThan(0);
  });

  it('check --workspace and list (with reviews and a verdict) match their schemas', async () => {
    const { ws, claims } = await workspaceWithArticle();
    const claim = claimByQuote(claims, '42,13%');
    expect((await cli(['review', claim.id, '--status', 'corrected', '--value', '42,1', '--verdict', 'Chưa chính xác', '--workspace', ws, '--silent'])).code).toBe(0);

    const list = await cli(['list', '--workspace', ws, '--silent']);
    expect(list.code).toBe(0);
    const listed = JSON.parse(list.stdout) as { format: string; articles: Array<{ claims: Array<{ id: string; status: string; verdict: string | null }> }> };
    expect(listed.format).toBe('crosscheck.list');
    expect(validator('cli-list.v1.schema.json')(listed)).toEqual({ ok: true, errors: undefined });
    expect(listed.articles[0]?.claims.find((c) => c.id === claim.id)).toMatchObject({ status: 'corrected', verdict: 'inaccurate' });
    expect(validator('cli-list.v1.schema.json')({ ...listed, articles: [{ ...listed.articles[0], claims: [{ id: claim.id }] }] }).ok).toBe(false);

    const check = await cli(['check', '--workspace', ws, '--silent']);
    expect(check.code).toBe(0);
    const checked = JSON.parse(check.stdout) as { format: string };
    expect(checked.format).toBe('crosscheck.check');
    expect(validator('cli-check.v1.schema.json')(checked)).toEqual({ ok: true, errors: undefined });
  });
});
