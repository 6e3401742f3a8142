import { describe, expect, it } from 'vitest';
import { ReviewInput } from '../../../shared/ipc/contract';
import { readWebLink } from '../../../shared/webLink';

describe('an evidence link as an editor types it (QA31 note c)', () => {
  it('spaces in the path are encoded as a browser does, and the contract takes the result', () => {
    const read = readWebLink('https://sở-tttt.bacgiang.gov.vn/báo cáo 2023');
    expect(read).toEqual({ ok: true, url: 'https://sở-tttt.bacgiang.gov.vn/báo%20cáo%202023' });
    const url = read.ok ? read.url : '';
    expect(ReviewInput.safeParse({ claimId: 'c_1', status: 'verified', evidence: [{ url, note: '' }] }).success).toBe(true);
    expect(readWebLink('  gso.gov.vn/nien giam?nam=2023 ')).toEqual({ ok: true, url: 'https://gso.gov.vn/nien%20giam?nam=2023' });
  });

  it('says what is wrong: a space in the host name, two links at once, not a web address', () => {
    expect(readWebLink('https://sở tttt.bacgiang.gov.vn/bao-cao')).toEqual({ ok: false, problem: 'space_in_host' });
    expect(readWebLink('gso. gov.vn/bao-cao')).toEqual({ ok: false, problem: 'space_in_host' });
    expect(readWebLink('https://a.vn/x https://b.vn/y')).toEqual({ ok: false, problem: 'several_links' });
    expect(readWebLink('niên giám')).toEqual({ ok: false, problem: 'not_web' });
    expect(readWebLink('javascript:alert(1)')).toEqual({ ok: false, problem: 'not_web' });
    expect(readWebLink('ftp://gso.gov.vn/a.pdf')).toEqual({ ok: false, problem: 'not_web' });
  });
});

describe('a link holding another address is one link (review of s32-desk, BUG 2)', () => {
  it.each([
    'https://web.archive.org/web/2023/https://gso.gov.vn/bao-cao',
    'https://archive.ph/https://vnexpress.net/a',
    'https://a.vn/x?u=http://b.vn',
  ])('%s is taken as typed', (link) => {
    expect(readWebLink(link)).toEqual({ ok: true, url: link });
  });

  it('two links separated by whitespace are still two', () => {
    expect(readWebLink('https://web.archive.org/web/2023/https://gso.gov.vn/a\thttps://b.vn/y')).toEqual({ ok: false, problem: 'several_links' });
    expect(readWebLink('gso.gov.vn/a www.b.vn/y')).toEqual({ ok: false, problem: 'several_links' });
  });
});
