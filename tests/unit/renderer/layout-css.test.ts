import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Layout rules happy-dom cannot lay out, read from styles.css as highlight-shapes.test.ts does
// (tests/e2e/desk.spec.ts checks the narrow desk in Chromium at 1024×700).
const css = readFileSync(join(import.meta.dirname, '../../../renderer/src/styles.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The declarations of the rules for `selector` outside any @media block. */
function topLevel(selector: string): string {
  let depth = 0;
  let flat = '';
  for (const block of css.split(/(?=@media)/)) {
    if (!block.startsWith('@media')) {
      flat += block;
      continue;
    }
    // Skip the @media block itself (balanced braces), keep what follows it.
    let i = block.indexOf('{');
    depth = 1;
    for (i += 1; i < block.length && depth > 0; i++) depth += block[i] === '{' ? 1 : block[i] === '}' ? -1 : 0;
    flat += block.slice(i);
  }
  return [...flat.matchAll(/([^{}]+)\{([^}]*)\}/g)]
    .filter((m) => (m[1] ?? '').split(',').some((s) => s.trim() === selector))
    .map((m) => m[2] ?? '')
    .join(';');
}

describe('desk layout', () => {
  it('skips laying out the paragraphs of a long article that are out of view (a 1 MB article opened in 2.6 s, 1.75 s with it)', () => {
    const rule = topLevel('.reader-text > p');
    expect(rule).toMatch(/content-visibility: auto/);
    // Each keeps its size once seen, so the scroll bar does not jump as paragraphs come into view.
    expect(rule).toMatch(/contain-intrinsic-size: auto \d/);
  });

  it('breaks a title with no space in it inside its column: reader, library, finding sides, import summary (QA59: 2,700 px wide)', () => {
    for (const selector of ['.reader-head h1', '.library-title', '.import-details li', '.pane .side h2']) {
      expect(topLevel(selector), selector).toMatch(/overflow-wrap: anywhere/);
    }
  });

  it('breaks a long link in a history line inside the panel (QA31 note b: a 3.000-character URL ran under the claims pane)', () => {
    expect(topLevel('.history-lines li')).toMatch(/overflow-wrap: anywhere/);
  });

  it('turns the library into a drawer at 1100 px and below (1024×700 is a narrow window)', () => {
    const drawer = [...css.matchAll(/@media \(max-width: (\d+)px\) \{[^@]*?\.pane-library \{[^}]*transform: translateX/g)].map((m) => Number(m[1]));
    expect(drawer).toHaveLength(1);
    expect(drawer[0]).toBeGreaterThanOrEqual(1100);
    // In that layout a correction or flag form covers the claim list rather than squeezing under it.
    expect(css).toMatch(new RegExp(`@media \\(max-width: ${drawer[0]}px\\) \\{[^@]*\\.pane-claims\\.form-open > \\.claim-list-wrap[^{]*\\{ display: none; \\}`));
    // And the kind / qualifier / modality / subject / order fields fold behind "Bộ lọc khác".
    expect(css).toMatch(new RegExp(`@media \\(max-width: ${drawer[0]}px\\) \\{[^@]*\\.filters:not\\(\\.more-open\\) > \\.filter-grid \\{ display: none; \\}`));
  });

  it('floats the import summary over the desk instead of pushing it down', () => {
    expect(topLevel('.toasts')).toMatch(/position:\s*fixed/);
    expect(topLevel('.toasts')).toMatch(/z-index:\s*30/);
  });

  it('keeps "Đang hiện 40/178 · Xem thêm phát hiện" inside the findings panel padding, in its type, without squeezing the list (QA31 note d)', () => {
    const more = topLevel('.findings-more');
    expect(more).toMatch(/margin: 0;/);
    expect(more).toMatch(/padding: \d+px 12px/);
    expect(more).toMatch(/flex: none;/);
    expect(more).toMatch(/font-size: 12px;/);
    expect(topLevel('.findings-more .link')).toMatch(/font: inherit;/);
    // Room for about three findings (each about 36 px high) whatever the panel's other lines take.
    expect(Number(/min-height: (\d+)px/.exec(topLevel('.findings-list'))?.[1])).toBeGreaterThanOrEqual(100);
  });
});
