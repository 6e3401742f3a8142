import { describe, expect, it } from 'vitest';
import { cleanPaste } from '../../../electron/import/pasted';
import { looksLikeHtml } from '../../../electron/import/html';

describe('pasted HTML source is cleaned as an .html file is (QA31 note j)', () => {
  it('a fragment: tags and handlers gone, text kept, nothing run; the title cleaned too', async () => {
    const title = '<img src=x onerror="window.__p=1"><script>window.__p2=1</script>Tin HTML dán: đạt 45%';
    const text = 'Năm 2023, tỷ lệ hồ sơ trực tuyến đạt <b>đậm</b> 45%.<script>window.__p3=1</script> Xem <a href="javascript:alert(1)">báo cáo</a>.';
    const cleaned = await cleanPaste(title, text);
    expect(cleaned.title).toBe('Tin HTML dán: đạt 45%');
    expect(cleaned.text).toBe('Năm 2023, tỷ lệ hồ sơ trực tuyến đạt đậm 45%. Xem báo cáo.');
    expect(cleaned.html).toEqual({ removed: 1 });
    expect(cleaned.text).not.toContain('__p');
  });

  it('a whole page goes through the main-text reading of an .html file, with its meta tags', async () => {
    const page = `<!doctype html><html><head><title>Hà Nội có 1.200 trạm 5G</title><meta property="og:site_name" content="Báo Hà Nội"><meta property="article:published_time" content="2023-12-30"></head>
<body><nav>Trang chủ · Thời sự · Kinh tế</nav><article><h1>Hà Nội có 1.200 trạm 5G</h1><p>Theo Sở TT&amp;TT, đến hết năm 2023 Hà Nội có <b>1.200</b> trạm 5G, tăng 35% so với năm 2022.</p>
<p>Tỷ lệ phủ sóng đạt 98,5%, theo báo cáo của Sở Thông tin và Truyền thông thành phố.</p></article></body></html>`;
    const cleaned = await cleanPaste('Bài dán', page);
    expect(cleaned.text).toContain('đến hết năm 2023 Hà Nội có 1.200 trạm 5G');
    expect(cleaned.text).not.toContain('Trang chủ');
    expect(cleaned.text).not.toContain('<');
    expect(cleaned.outlet).toBe('Báo Hà Nội');
    expect(cleaned.publishedAt).toBe('2023-12-30');
  });

  it('prose, with a "<" that is no tag, passes unchanged', async () => {
    const text = 'Tỷ lệ hộ nghèo giảm còn <5%; nợ xấu < 2 lần so với năm 2022, vùng <Hà Nội> giữ nguyên.';
    expect(looksLikeHtml(text)).toBe(false);
    expect(looksLikeHtml('đạt <b>45%</b>')).toBe(true);
    expect(await cleanPaste('Tin', text)).toEqual({ title: 'Tin', text, html: null, publishedAt: null, outlet: null });
  });
});
