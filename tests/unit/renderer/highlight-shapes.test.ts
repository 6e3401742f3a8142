import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewStatuses } from '../../../shared/enums';
import { statusIcons } from '../../../shared/i18n/labels';

// UI.md: "Status, never by colour alone". The reader marks a claim with `.hl.status-<status>`
// (Reader.tsx); what tells the statuses apart in the text, besides the background colour, is the
// underline / strike-through and the icon after the quote, set in styles.css for both themes (the
// rules use the theme's variables, so the dark theme has the same shapes).
const css = readFileSync(join(import.meta.dirname, '../../../renderer/src/styles.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The declarations of every rule whose selector list contains exactly `selector`, in file order. */
function declarations(selector: string): string {
  return [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)]
    .filter((m) => (m[1] ?? '').split(',').some((s) => s.trim() === selector))
    .map((m) => m[2] ?? '')
    .join(';');
}

function last(decls: string, property: string): string {
  const found = [...decls.matchAll(new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`, 'g'))].map((m) => (m[1] ?? '').trim());
  return found[found.length - 1] ?? '';
}

function shape(status: string) {
  const own = declarations(`.hl.status-${status}`);
  const border = last(own, 'border-bottom');
  const style = /\b(solid|dotted|dashed|double|none)\b/.exec(border)?.[1] ?? 'none';
  const icon = /['"]([^'"]+)['"]/.exec(last(declarations(`.hl.status-${status}::after`), 'content'))?.[1] ?? '';
  return { underline: style, strike: /line-through/.test(last(own, 'text-decoration')), icon };
}

describe('status highlights in the article text differ in shape, not only in colour', () => {
  const shapes = Object.fromEntries(reviewStatuses.map((s) => [s, shape(s)]));

  it('an unreviewed claim is underlined, a rejected one struck through', () => {
    expect(shapes.unreviewed?.underline).not.toBe('none');
    expect(shapes.rejected?.strike).toBe(true);
  });

  it('no two statuses share the same underline and strike-through', () => {
    const keys = reviewStatuses.map((s) => `${shapes[s]?.underline}|${shapes[s]?.strike}`);
    expect(new Set(keys).size).toBe(reviewStatuses.length);
  });

  it('a reviewed claim carries its status icon after the quote, the icon the list and detail use', () => {
    for (const s of reviewStatuses.filter((x) => x !== 'unreviewed')) expect(shapes[s]?.icon).toBe(statusIcons[s]);
  });
});
