/**
 * A wire story and its copies (session 37, issue 10 (b)): four sentences another outlet copies word for
 * word, the wire's last sentence, and a copy that ends with a sentence of its own (re-worded or new).
 */
export const COPIED =
  'Chương trình 30a sau năm năm thực hiện đã đầu tư cho 62 huyện nghèo trên cả nước với hơn 2.500 công trình. ' +
  'Nhiều huyện đã có đường nhựa đến trung tâm xã, 97% số xã có trường học kiên cố. ' +
  'Tỷ lệ hộ nghèo ở các huyện này giảm bình quân mỗi năm khoảng 5%, từ 58,3% xuống còn 38,2%. ' +
  'Bộ trưởng Phạm Thị Hải Chuyền cho biết 1,2 triệu người dân ở Hà Giang, Lào Cai và Điện Biên đã được hỗ trợ học nghề trong 5 năm qua. ';

export const WIRE = `Nguồn lực cho giảm nghèo tăng mạnh
${COPIED}Nếu năm 2008 bình quân chỉ có 90.000 tỷ đồng/năm thì ba năm sau, từ năm 2011 đến 2013, nguồn lực dành cho hộ nghèo đã là 364.000 tỷ đồng, tương đương 120.000 tỷ đồng/năm.`;

/** The copy: the copied sentences under its own title, then `sentence`. */
export const copyOf = (sentence: string): string => `Giảm nghèo bền vững\n${COPIED}${sentence}`;

/**
 * The wire's last sentence re-worded with its total changed ("ba năm sau" / "3 năm sau", "2011 đến 2013" /
 * "2011-2013": the word line-up does not put 364.000 beside 464.000, so only the same-event rule compares them).
 */
export const REWORDED_TOTAL =
  'Nếu năm 2008 bình quân chỉ 90.000 tỷ/năm thì chỉ 3 năm sau Đại hội, tức là từ năm 2011-2013, nguồn lực dành cho hộ nghèo đã là 464.000 tỷ, tương đương 120.000 tỷ/năm.';
