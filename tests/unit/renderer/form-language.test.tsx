// @vitest-environment happy-dom
// QA62: "Chỉnh thông tin" on 1.891 doanh nghiệp, then English mid-edit, then Save: the field still read
// "1.891", now read the English way — the claim's value was saved as 1.891 instead of 1891.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { bootDesk, claimByQuote, openInStore } from './helpers/desk';

describe('a claim form open when the language changes', () => {
  it('writes its typed numbers the new way and saves the same value', async () => {
    const { r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id);
    const claim = claimByQuote(data.bacGiang, 'khoảng 1.891');
    const editClaim = vi.fn(async () => true);
    r.useDesk.setState({ editClaim } as never);
    const { ClaimFieldsForm } = await import('../../../renderer/src/features/claims/forms');
    const view = render(<ClaimFieldsForm claim={claim} mode="edit" />);
    const value = () => view.container.querySelector<HTMLInputElement>('input[name="value"]')?.value;
    expect(value()).toBe('1.891');

    act(() => r.useDesk.setState({ lang: 'en' }));
    expect(value()).toBe('1,891');
    fireEvent.submit(view.container.querySelector('form') as HTMLFormElement);
    expect(editClaim).toHaveBeenCalledWith(claim.id, { fields: expect.objectContaining({ value: 1891 }) });

    act(() => r.useDesk.setState({ lang: 'vi' }));
    expect(value()).toBe('1.891');
    // Every digit typed stays (the desk's display keeps four decimals); text not yet a number stays as typed.
    fireEvent.change(view.container.querySelector('input[name="value"]') as HTMLInputElement, { target: { value: '1.891,123456' } });
    fireEvent.change(view.container.querySelector('input[name="total"]') as HTMLInputElement, { target: { value: '2.0x' } });
    act(() => r.useDesk.setState({ lang: 'en' }));
    expect(value()).toBe('1,891.123456');
    expect(view.container.querySelector<HTMLInputElement>('input[name="total"]')?.value).toBe('2.0x');
  });

  it('"Sửa": a corrected value typed in Vietnamese is the same number after the switch to English', async () => {
    const { r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id);
    const claim = claimByQuote(data.bacGiang, '42,13%');
    const review = vi.fn(async () => true);
    r.useDesk.setState({ review } as never);
    const { CorrectForm } = await import('../../../renderer/src/features/claims/forms');
    const view = render(<CorrectForm claim={claim} review={undefined} />);
    const field = view.container.querySelector<HTMLInputElement>('input[name="correctedValue"]') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '42,31' } });
    act(() => r.useDesk.setState({ lang: 'en' }));
    expect(field.value).toBe('42.31');
    fireEvent.submit(view.container.querySelector('form') as HTMLFormElement);
    expect(review).toHaveBeenCalledWith(claim.id, expect.objectContaining({ status: 'corrected', correctedValue: 42.31 }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('"Sửa": a value typed in Vietnamese and left (Esc) is the same number when the form opens again in English', async () => {
    const { r, data } = await bootDesk();
    await openInStore(r, data.bacGiang.article.id);
    const claim = claimByQuote(data.bacGiang, 'khoảng 1.891');
    const review = vi.fn(async () => true);
    r.useDesk.setState({ review } as never);
    const { CorrectForm } = await import('../../../renderer/src/features/claims/forms');
    const first = render(<CorrectForm claim={claim} review={undefined} />);
    fireEvent.change(first.container.querySelector('input[name="correctedValue"]') as HTMLInputElement, { target: { value: '1.981' } });
    first.unmount();
    act(() => r.useDesk.setState({ lang: 'en' }));
    const again = render(<CorrectForm claim={claim} review={undefined} />);
    expect(again.container.querySelector<HTMLInputElement>('input[name="correctedValue"]')?.value).toBe('1,981');
    fireEvent.submit(again.container.querySelector('form') as HTMLFormElement);
    expect(review).toHaveBeenCalledWith(claim.id, expect.objectContaining({ correctedValue: 1981 }));
  });
});
