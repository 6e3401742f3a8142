// @vitest-environment happy-dom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PassageSide } from '../../../shared/analysis/model';
import { PassageDiff } from '../../../renderer/src/features/findings/PassageDiff';

function side(articleId: string, sentence: string, figure: string): PassageSide {
  const start = sentence.indexOf(figure);
  return {
    claimId: null,
    articleId,
    date: '2024-09-07',
    outlet: articleId,
    sentence: { start: 0, end: sentence.length, text: sentence },
    figure: { start, end: start + figure.length, quote: figure, value: Number(figure) },
  } as PassageSide;
}

const A = side('Báo A', 'Cơn bão đã làm 14 người chết tại hai tỉnh.', '14');
const B = side('Báo B', 'Theo thống kê, số người chết vì bão lên 17.', '17');

describe('the passages of a finding', () => {
  it('underlines the words one aligned passage has and the other lacks', () => {
    const { container } = render(<PassageDiff a={A} b={B} lang="vi" />);
    expect(container.querySelectorAll('[data-testid="diff-figure"]')).toHaveLength(2);
    expect(container.querySelectorAll('.diff-word').length).toBeGreaterThan(5);
    expect(container.querySelector('[data-testid="passage-diff"]')?.getAttribute('aria-label')).toBe('Hai đoạn tương ứng');
  });

  it('marks only the shared context words of a same-event finding (two re-wordings are no diff), under its own label', () => {
    const { container } = render(<PassageDiff a={A} b={B} lang="en" context={['bao', 'chet']} />);
    expect(container.querySelectorAll('[data-testid="diff-figure"]')).toHaveLength(2);
    expect(container.querySelectorAll('.diff-word')).toHaveLength(0);
    expect([...container.querySelectorAll('[data-testid="diff-context"]')].map((e) => e.textContent)).toEqual(['bão', 'chết', 'chết', 'bão']);
    expect(container.querySelector('[data-testid="passage-diff"]')?.getAttribute('aria-label')).toBe('Two sentences about one figure');
  });
});
