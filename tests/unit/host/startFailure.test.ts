import { describe, expect, it } from 'vitest';
import { startFailureText } from '../../../electron/startFailure';

describe('what the app shows when it cannot open its workspace at start', () => {
  it("gives the store's own sentence in Vietnamese, then English", () => {
    const e = Object.assign(new Error('held'), { vi: 'Không gian làm việc này đang được mở…', en: 'This workspace is open…' });
    expect(startFailureText(e).body).toBe('Không gian làm việc này đang được mở…\n\nThis workspace is open…');
  });

  it('near-miss: any other failure still gets a sentence in both languages with its reason, never a bare stack', () => {
    const { title, body } = startFailureText(new Error("EACCES: permission denied, mkdir '/x'"));
    expect(title).toContain('Crosscheck không mở được không gian làm việc');
    expect(body).toMatch(/^Không mở được không gian làm việc \(EACCES: permission denied, mkdir '\/x'\)\. Không có tệp nào bị thay đổi/u);
    expect(body).toContain('The workspace could not be opened (EACCES');
    expect(body).not.toContain('    at ');
  });

  it('never throws, whatever was thrown (REVIEW-start N2, R1: the app must still quit)', () => {
    for (const thrown of [null, undefined, 'chuỗi', 42, Object.create(null) as unknown, { vi: 1, en: 2 }]) {
      expect(startFailureText(thrown).body).toContain('Không mở được không gian làm việc');
    }
  });
});
