/**
 * Two reports of one dialogue on poverty (sentences written for the tests): A gives a poverty line (850 nghìn) and the
 * income assigned to a household (750 nghìn); B gives that income twice. Used by povertyLine78 and povertyLine79.
 */
export const REPORT_A =
  'Hộ nghèo bị áp mức thu nhập sai\n' +
  'Tại buổi đối thoại ở huyện Minh Hòa có 120 hộ dân tham dự. Huyện đã rà soát 3.450 hộ nghèo trong năm. ' +
  'Theo quy định, chuẩn nghèo ở nông thôn là mức bình quân thu nhập 850 nghìn đồng/người/tháng. ' +
  'Tự nhiên ấn mức 750 nghìn đồng cho gia đình bà Lan là không đúng hướng dẫn về rà soát hộ nghèo, cần được kiểm tra lại.\n';
export const REPORT_B =
  'Đối thoại về giảm nghèo ở Minh Hòa\n' +
  'Buổi đối thoại ở huyện Minh Hòa có 120 hộ dân tham dự. Cả huyện đã rà soát 3.450 hộ nghèo trong năm. ' +
  'Theo phản ánh của bà Lan, cán bộ chính sách xã đã áp cho gia đình bà thu nhập bình quân 750.000 đồng/tháng, dù bà chỉ bán rau. ' +
  'Bà cho rằng tự nhiên ấn mức 750.000 đồng như vậy là không đúng hướng dẫn.\n';
