// @vitest-environment happy-dom
// Screen readers announce controls by their accessible names: they come from the UI language's
// table, never from internal ids ("sort", "show", "scope", "findings-show", "✕").
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bootDesk } from './helpers/desk';

const names = {
  vi: { sort: 'Sắp xếp', show: 'Hiển thị', scope: 'Phạm vi', findings: 'Phát hiện đang hiển thị' },
  en: { sort: 'Sort', show: 'Show', scope: 'Scope', findings: 'Findings shown' },
} as const;

describe('accessible names follow the UI language', () => {
  it('library selects, claim scope and findings filter are named in Vietnamese, then in English', async () => {
    const { r, data } = await bootDesk();
    render(<r.App />);
    await screen.findByRole('button', { name: /Kinh tế số Bắc Giang tăng tốc/ });
    await act(() => r.useDesk.getState().openArticle(data.bacGiang.article.id));
    for (const lang of ['vi', 'en'] as const) {
      act(() => r.useDesk.setState({ lang }));
      expect(screen.getByRole('combobox', { name: names[lang].sort })).toBeTruthy();
      expect(screen.getByRole('combobox', { name: names[lang].show })).toBeTruthy();
      expect(screen.getByRole('group', { name: names[lang].scope })).toBeTruthy();
      expect(screen.getByRole('group', { name: names[lang].findings })).toBeTruthy();
    }
    for (const id of ['sort', 'show', 'scope', 'findings-show']) {
      expect(screen.queryByRole('combobox', { name: id })).toBeNull();
      expect(screen.queryByRole('group', { name: id })).toBeNull();
    }
  });
});
