import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// WCAG 2.1 contrast of the theme's colour pairs, computed from the CSS variables in styles.css as
// the browser resolves them (later :root blocks override earlier ones; dark inherits what it does
// not set). AA: 4.5:1 for text, 3:1 for UI components and the focus ring (SC 1.4.3, 1.4.11).
const css = readFileSync(join(import.meta.dirname, '../../../renderer/src/styles.css'), 'utf8');

function themeVariables(theme: 'light' | 'dark'): Record<string, string> {
  const vars: Record<string, string> = {};
  const blocks = /(:root(?:\[data-theme='dark'\])?)\s*\{([^}]*)\}/g;
  for (const [, selector, body] of css.matchAll(blocks)) {
    if (selector !== ':root' && theme === 'light') continue;
    // Two passes would be needed if dark came first; in the file it always follows its light block.
    for (const [, name, value] of (body ?? '').matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)) vars[name as string] = (value as string).trim();
  }
  return vars;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = Number.parseInt(m[1] as string, 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** [foreground, background, minimum ratio, where it is used]; names are variables, #… literals. */
const TEXT = 4.5;
const UI = 3;
const pairs: Array<[string, string, number, string]> = [
  ['text', 'bg', TEXT, 'body text, reader'],
  ['text', 'panel', TEXT, 'panes, dialogs'],
  ['muted', 'bg', TEXT, 'reader meta line'],
  ['muted', 'panel', TEXT, 'secondary text, labels, counts'],
  ['muted', 'unreviewed', TEXT, 'secondary text of the selected row'],
  ['accent', 'panel', TEXT, 'links'],
  ['accent', 'bg', TEXT, 'links in the reader'],
  ['panel', 'accent', TEXT, 'primary buttons, pressed segments'],
  ['text', 'unreviewed', TEXT, 'unreviewed highlight, selected row'],
  ['text', 'verified', TEXT, 'verified highlight'],
  ['text', 'corrected', TEXT, 'corrected highlight'],
  ['text', 'flagged', TEXT, 'flagged highlight, banner'],
  ['text', 'rejected', TEXT, 'rejected highlight'],
  ['verified-ink', 'panel', TEXT, 'verified icon'],
  ['corrected-ink', 'panel', TEXT, 'corrected icon, update finding type'],
  ['flagged-ink', 'panel', TEXT, 'flagged icon, finding badge'],
  ['rejected-ink', 'panel', TEXT, 'rejected quote'],
  ['corrected-ink', 'corrected', TEXT, 'correction box, selection bar'],
  ['flagged-ink', 'flagged', TEXT, 'notice banner'],
  ['danger', 'panel', TEXT, 'form errors, failed save'],
  ['focus', 'panel', UI, 'focus ring on panes'],
  ['focus', 'bg', UI, 'focus ring in the reader'],
  ['focus', 'unreviewed', UI, 'focus ring on the selected row'],
  ['selected', 'panel', UI, 'selected row marker'],
  ['selected', 'unreviewed', UI, 'selected outline on a highlight'],
  ['muted', 'unreviewed', UI, 'underline of an unreviewed highlight'],
  ['control-border', 'panel', UI, 'boundary of inputs and selects'],
  ['control-border', 'bg', UI, 'boundary of inputs on the page background'],
];
const literal: Record<'light' | 'dark', Array<[string, string, number, string]>> = {
  light: [
    ['#a3320b', 'panel', TEXT, 'conflict finding type'],
    ['#c2410c', 'flagged', UI, 'spotlight outline'],
    ['#7a1010', '#f9d6d6', TEXT, 'error banner'],
  ],
  dark: [
    ['#ffab8f', 'panel', TEXT, 'conflict finding type'],
    ['#ffd0cb', '#4a1c1c', TEXT, 'error banner'],
  ],
};

for (const theme of ['light', 'dark'] as const) {
  describe(`${theme} theme contrast (WCAG 2.1 AA)`, () => {
    const vars = themeVariables(theme);
    const colour = (name: string) => (name.startsWith('#') ? name : (vars[name] ?? `missing --${name}`));
    for (const [fg, bg, min, where] of [...pairs, ...literal[theme]]) {
      it(`${fg} on ${bg} ≥ ${min}:1 (${where})`, () => {
        expect(contrast(colour(fg), colour(bg))).toBeGreaterThanOrEqual(min);
      });
    }
  });
}

describe('contrast()', () => {
  it('gives the WCAG figures for known pairs', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });
});
