import { describe, expect, it } from 'vitest';
import { messages } from '../../../renderer/src/i18n';
import { fieldLabels, findingStatusLabels, findingTypeLabels, statusLabels } from '../../../shared/i18n';
import { actionLabels } from '../../../shared/i18n/labels';

type Words = { vi: string; en: string };

// UI.md: "The same words everywhere: the desk, the history, the CLI and every export". The nouns the
// exports and the history use (shared/i18n) are the reference; a desk label that says the same thing in
// one language must say it with the same word in the other (QA-ui note h: outlet named three ways,
// "Ngày đăng" = "Date" in the CSV but "Published" in the paste dialog, "Đang mở" beside "Mở").
const nouns: Array<[string, Words]> = [
  ...Object.entries(fieldLabels).map(([k, w]) => [`fieldLabels.${k}`, w] as [string, Words]),
  ...Object.entries(findingStatusLabels).map(([k, w]) => [`findingStatusLabels.${k}`, w] as [string, Words]),
  ...Object.entries(findingTypeLabels).map(([k, w]) => [`findingTypeLabels.${k}`, w] as [string, Words]),
  ...Object.entries(statusLabels).map(([k, w]) => [`statusLabels.${k}`, w] as [string, Words]),
  // The history, the status line and the CLI name an action by these words: the desk's button for it
  // says the same (QA62: "Chỉnh thông tin" was "Edit the facts" on the button, "Edit the claim" in the history).
  ...Object.entries(actionLabels).map(([k, w]) => [`actionLabels.${k}`, w] as [string, Words]),
];
// Buttons that name the action whose result is the status ("Bỏ qua" / Dismiss → "Bỏ qua" / Dismissed).
const actions = new Set(['markResolved', 'dismissFinding', 'flag', 'reject']);
const same = (a: string, b: string) => a.trim().toLocaleLowerCase('vi') === b.trim().toLocaleLowerCase('vi');
// Lower-case words in running text ("3 bài viết", "2 mở") are counts, plural in English.
const isLabel = (w: Words) => w.vi[0] === w.vi[0]?.toLocaleUpperCase('vi');

describe('one set of terms', () => {
  it('a desk label equal to a shared term in one language is the same term in the other', () => {
    const mismatched: string[] = [];
    for (const [id, words] of Object.entries(messages) as Array<[string, Words]>) {
      if (actions.has(id) || !isLabel(words)) continue;
      for (const [name, noun] of nouns) {
        if (same(words.vi, noun.vi) !== same(words.en, noun.en)) mismatched.push(`${id} ${JSON.stringify(words)} ≠ ${name} ${JSON.stringify(noun)}`);
      }
    }
    expect(mismatched).toEqual([]);
  });

  it('two desk labels never give one English word two Vietnamese ones, or the reverse', () => {
    const labels = (Object.entries(messages) as Array<[string, Words]>).filter(([id, w]) => !actions.has(id) && isLabel(w));
    const clashes: string[] = [];
    for (const [a, wa] of labels) for (const [b, wb] of labels) if (a < b && same(wa.vi, wb.vi) !== same(wa.en, wb.en)) clashes.push(`${a} ${JSON.stringify(wa)} / ${b} ${JSON.stringify(wb)}`);
    expect(clashes).toEqual([]);
  });
});
