/** Small helpers shared by the bench scripts (no side effects on import). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** JSON with object keys sorted, so a digest does not depend on property order. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Every .txt file under `dir`, sorted, folders walked. */
export function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...textFiles(path));
    else if (name.endsWith('.txt')) out.push(path);
  }
  return out;
}
