/** A saved news page with everything an editor's "Save as" brings along besides the article. */
export const NEWS_PAGE = `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>Kinh tế tăng 6,5% - Báo Mẫu</title>
  <meta property="og:title" content="Kinh tế Việt Nam tăng trưởng 6,5% năm 2023">
  <meta property="og:site_name" content="Báo Mẫu">
  <meta property="article:published_time" content="2024-01-06T08:30:00+07:00">
  <link rel="canonical" href="https://baomau.example.vn/kinh-te/tang-truong-65-2023.html">
  <link rel="stylesheet" href="https://cdn.example.vn/site.css">
  <style>body { color: red } .secret-style-text { content: "CSS_TEXT" }</style>
  <script>globalThis.__crosscheckPwned = true; document.write("SCRIPT_TEXT");</script>
  <script src="https://tracker.example.vn/t.js"></script>
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"JSONLD_TEXT"}</script>
</head>
<body onload="globalThis.__crosscheckPwned = true">
  <header class="site-header"><a href="/">Báo Mẫu</a> <span>MENU_HEADER_TEXT</span></header>
  <nav class="main-menu"><ul><li><a href="/thoi-su">Thời sự</a></li><li><a href="/kinh-te">NAV_TEXT Kinh tế</a></li></ul></nav>
  <main>
    <article class="detail">
      <h1>Kinh tế Việt Nam tăng trưởng 6,5% năm 2023</h1>
      <p class="sapo">Tổng cục Thống kê cho biết GDP năm 2023 tăng 6,5%, thấp hơn mục tiêu 6,8% mà Quốc hội đề ra.</p>
      <p>Theo báo cáo công bố sáng 6/1, khu vực công nghiệp và xây dựng tăng 3,74%, đóng góp 28,87% vào mức tăng chung.
      Khu vực dịch vụ tăng 6,82%, cao hơn cùng kỳ các năm 2020–2022.</p>
      <img src="https://cdn.example.vn/chart.png" alt="Biểu đồ">
      <p>Ông Nguyễn Văn Đức, chuyên gia kinh tế, nhận định:<br>“Tốc độ này vẫn thuộc nhóm cao nhất khu vực.”</p>
      <iframe src="https://ads.example.vn/banner"></iframe>
      <div class="box-tinlienquan"><h4>Tin liên quan</h4><ul><li><a href="/a">RELATED_TEXT Lạm phát năm 2023 được kiểm soát dưới 4%</a></li></ul></div>
      <p>Tỷ lệ thất nghiệp của lao động trong độ tuổi là 2,28%, giảm 0,06 điểm phần trăm so với năm trước.
      Có 45/63 tỉnh, thành phố hoàn thành kế hoạch thu ngân sách.</p>
    </article>
    <div id="box_comment" class="box-comment">
      <h3>Bình luận (12)</h3>
      <div class="comment-item"><p>COMMENT_TEXT Bài viết hay quá, cảm ơn tác giả đã tổng hợp số liệu rất chi tiết và đầy đủ.</p></div>
      <div class="comment-item"><p>COMMENT_TEXT Tôi không đồng ý với con số 6,5% vì thực tế đời sống còn nhiều khó khăn.</p></div>
    </div>
  </main>
  <aside class="sidebar"><h3>Đọc nhiều</h3><p>ASIDE_TEXT Giá vàng hôm nay tăng mạnh, vượt mốc 80 triệu đồng một lượng.</p></aside>
  <footer><p>FOOTER_TEXT © Báo Mẫu. Giấy phép số 123/GP-BTTTT.</p></footer>
</body>
</html>`;

/** A page that is all chrome: menus, a login form, a cookie note, scripts. */
export const CHROME_ONLY_PAGE = `<!doctype html>
<html><head><title>Đăng nhập - Báo Mẫu</title><script>var x = "SCRIPT_TEXT ".repeat(100);</script></head>
<body>
  <nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/the-gioi">Thế giới</a></li></ul></nav>
  <form action="/login"><input name="u"><input type="password" name="p"><button>Đăng nhập</button></form>
  <footer>© Báo Mẫu</footer>
</body></html>`;
