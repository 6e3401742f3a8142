import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { repoRoot } from '../helpers';

/** ajv (strict) with every checked-in CLI output schema (docs/schemas/cli-*.schema.json) loaded. */
export function cliSchemas(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const dir = join(repoRoot, 'docs/schemas');
  for (const file of readdirSync(dir).filter((f) => /^cli-.*\.schema\.json$/.test(f))) ajv.addSchema(JSON.parse(readFileSync(join(dir, file), 'utf8')) as object);
  return ajv;
}

export const schemaId = (name: string): string => `https://crosscheck.invalid/schemas/${name}`;
