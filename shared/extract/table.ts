/**
 * Tables flattened into text: a copy of a results or price table loses its cell borders and reads
 * as one long "sentence" of labels and bare numbers:
 *
 *   "Đơn vị tính: VNĐ/lít,kg Mặt hàng Giá bán hiện hành (1) Giá cơ sở (2) Mức chênh lệch (3)= (2)- (1)
 *    Xăng RON 92 23.880 24.084 - 204 Dầu Diêzen 22.310 22.902 - 592 …"
 *   "Chỉ tiêu 9T/2013 9T/2012 Q3/2013 Q3/2012 Doanh thu thuần 382.17 416.32 -8% 131.4 153.24 -14% Lãi gộp …"
 *
 * Every cell is a claim (../shared/CLAIMS.md: "tables flattened into text"). A table is two or more
 * rows in a row, each a short label of words followed by two or more numeric cells, with nothing
 * else between them. What the header says is read once: the periods of the columns ("9T/2013",
 * "Q3/2013", "2012"), the names of the columns before their markers ("Giá cơ sở (2)"), and the unit
 * the table declares ("Đơn vị tính: …", "ĐVT: …"). One pass over the sentence's tokens: linear.
 */
import type { Span } from './sentences';

export interface TableCell {
  /** The number's own span (a sign written apart, "- 204", is not part of it). */
  start: number;
  end: number;
  /** "-8%", "36%": read by the ordinary expression reader; bare cells are read from the table. */
  percent: boolean;
  /** Column of a bare cell among the row's bare cells (0-based); percent cells: -1. */
  column: number;
  /** The period of the cell's column as a phrase the period reader knows ("9 tháng năm 2013"), if any. */
  period: string | null;
  /** A percent cell right after a pair of period columns: the change between them ("382.17 416.32 -8%"). */
  change: boolean;
  row: TableRow;
}

export interface TableRow {
  label: string;
  labelStart: number;
  cells: TableCell[];
}

export interface FlatTable {
  /** Where the header starts (after a unit declaration, or the sentence start) and the last cell ends. */
  start: number;
  end: number;
  rows: TableRow[];
  /** Cells by the start of their number. */
  cells: Map<number, TableCell>;
  /** Numbers of the header and of row labels ("(1)", "9T/2013", "RON 92"), start → end: never claims. */
  ignored: Map<number, number>;
  /** The unit the table declares ("VNĐ/lít,kg", "tỷ đồng"), as written. */
  unit: string | null;
  /** Column periods ("9T/2013" …), when the header names one per bare column. */
  periods: string[] | null;
  /** Column names before their markers ("Giá cơ sở (2)"), when the header has them. */
  columns: string[] | null;
  /** Rows name what the figures are about (goods, places) rather than metrics over periods. */
  rowsAreSubjects: boolean;
}

type TokenKind = 'num' | 'pct' | 'sign' | 'word' | 'other';
interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** For num/pct: where the digits start (after a glued sign). */
  numberStart: number;
  text: string;
}

const NUM = /^[-+]?\d{1,3}(?:[.,]\d+)*$|^[-+]?\d+(?:[.,]\d+)?$/u;
const PCT = /^[-+]?\d+(?:[.,]\d+)?%$/u;
/** A word of a label; a code of letters and digits ("A95", "E5") is one too. */
const WORD = /^\(?\p{L}[\p{L}\p{M}\d]*\)?$/u;
const SIGN = /^[-+–]$/u;
/** "9T/2013", "6t2013", "Q3/2013", "Quý3/2013": a column period. */
const PERIOD_TOKEN = /^(?:(\d{1,2})t\/?((?:19|20)\d\d)|q([1-4])\/?((?:19|20)\d\d)|((?:19|20)\d\d))$/iu;
const MARKER = /^\((\d{1,2})\)/u;
const UNIT_DECLARATION = /(?:đơn vị tính|đơn vị|đvt)[ \t\u00a0]*:[ \t\u00a0]*/u;
const SCALE_WORD = /^(?:nghìn|ngàn|triệu|tỷ|tỉ)$/u;
/** Header words that name the row column, not a value column ("Mặt hàng Giá bán …"). */
const ROW_HEADERS = /^(?:mặt hàng|chỉ tiêu|tên|tỉnh|địa phương|đơn vị|doanh nghiệp|ngân hàng|mã|mã ck|stt|hạng mục|sản phẩm|loại)[ \t\u00a0]+/u;
/** A row label is a few words: longer runs of words are prose, not a table. */
const MAX_LABEL_WORDS = 8;
const MIN_ROWS = 2;

/** The characters `/\s/u` matches, by code (a regex call per character costs more than the table). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function tokenize(folded: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    while (i < to && isSpace(folded.charCodeAt(i))) i++;
    const start = i;
    while (i < to && !isSpace(folded.charCodeAt(i))) i++;
    if (i === start) break;
    const text = folded.slice(start, i);
    let kind: TokenKind;
    if (PCT.test(text)) kind = 'pct';
    else if (NUM.test(text)) kind = 'num';
    else if (SIGN.test(text)) kind = 'sign';
    else if (WORD.test(text)) kind = 'word';
    else kind = 'other';
    const numberStart = (kind === 'num' || kind === 'pct') && /^[-+]/u.test(text) ? start + 1 : start;
    tokens.push({ start, end: i, kind, numberStart, text });
  }
  return tokens;
}

const isYear = (t: Token): boolean => t.kind === 'num' && /^(?:19|20)\d\d$/u.test(t.text);

/** The period a header token names, as a phrase the period reader understands. */
function periodPhrase(token: string): string | null {
  const m = PERIOD_TOKEN.exec(token);
  if (!m) return null;
  if (m[1] !== undefined) return Number(m[1]) === 12 ? `năm ${m[2]}` : `${Number(m[1])} tháng năm ${m[2]}`;
  if (m[3] !== undefined) return `quý ${m[3]}/${m[4]}`;
  return `năm ${m[5]}`;
}

interface RawRow {
  labelFrom: number; // token index of the label's first word
  cellsFrom: number; // token index of the first cell (or its sign)
  cellsTo: number; // token index after the last cell
  labelTo: number; // token index after the label (a number it names included: "RON 92")
}

/**
 * The flattened table of this sentence, or null. `folded` is the lower-cased text (same offsets).
 */
export function readTable(text: string, folded: string, sentence: Span): FlatTable | null {
  const tokens = tokenize(folded, sentence.start, sentence.end);
  // Rows: a run of numeric cells (a lone sign joins the number after it) right after a label.
  const rows: RawRow[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !(t.kind === 'num' || t.kind === 'pct' || (t.kind === 'sign' && isCell(tokens[i + 1])))) {
      i++;
      continue;
    }
    const cellsFrom = i;
    let cells = 0;
    while (i < tokens.length) {
      const c = tokens[i];
      if (c?.kind === 'sign' && isCell(tokens[i + 1])) i += 2;
      else if (isCell(c)) i++;
      else break;
      cells++;
    }
    let labelFrom = cellsFrom;
    while (labelFrom > 0 && tokens[labelFrom - 1]?.kind === 'word' && cellsFrom - labelFrom < MAX_LABEL_WORDS) labelFrom--;
    // "Chelsea 1 - 1 Steaua": two numbers joined by a dash are a score or a range, not two cells.
    const scoreOrRange = cells === 2 && tokens[cellsFrom + 1]?.kind === 'sign';
    if (cells >= 2 && !scoreOrRange && labelFrom < cellsFrom) rows.push({ labelFrom, cellsFrom, cellsTo: i, labelTo: cellsFrom });
  }
  // The longest block of rows that follow each other with nothing but their labels between them.
  let best: RawRow[] = [];
  let block: RawRow[] = [];
  for (const row of rows) {
    const last = block[block.length - 1];
    if (last && last.cellsTo === row.labelFrom) block.push(row);
    else block = [row];
    if (block.length > best.length) best = block;
  }
  // A first "row" of years only is the header's column years ("Chỉ tiêu 2012 2013 Doanh thu …").
  let headerYears: Token[] = [];
  const first = best[0];
  if (first && best.length > MIN_ROWS && rangeAll(tokens, first.cellsFrom, first.cellsTo, isYear)) {
    headerYears = tokens.slice(first.cellsFrom, first.cellsTo);
    best = best.slice(1);
  }
  if (best.length < MIN_ROWS) return null;
  const head = best[0];
  const tail = best[best.length - 1];
  if (!head || !tail) return null;
  // Numeric cells per row: a longer row whose first cell is glued to its label's words is a name
  // with a number ("Xăng RON 92 23.880 …", "Vinh 1 …").
  const counts = best.map((r) => cellCount(tokens, r));
  const modal = mode(counts);
  const ignored = new Map<number, number>();
  for (const r of best) {
    const firstCell = tokens[r.cellsFrom];
    if (cellCount(tokens, r) === modal + 1 && firstCell?.kind === 'num' && /^\d{1,4}$/u.test(firstCell.text)) {
      ignored.set(firstCell.start, firstCell.end);
      r.cellsFrom++;
      r.labelTo = r.cellsFrom;
    }
  }

  // The header: from a unit declaration (or the sentence start) to the first row's label.
  const headerEnd = tokens[head.labelFrom]?.start ?? sentence.start;
  const declaration = UNIT_DECLARATION.exec(folded.slice(sentence.start, headerEnd));
  let headerStart = sentence.start;
  let unit: string | null = null;
  if (declaration) {
    const unitFrom = sentence.start + declaration.index + declaration[0].length;
    const unitTokens = tokens.filter((t) => t.start >= unitFrom && t.end <= headerEnd);
    const u0 = unitTokens[0];
    if (u0) {
      const u1 = unitTokens[1];
      const withScale = SCALE_WORD.test(u0.text) && u1 !== undefined;
      const end = withScale && u1 ? u1.end : u0.end;
      unit = text.slice(u0.start, end);
      headerStart = end;
    }
  }
  const header = tokens.filter((t) => t.start >= headerStart && t.end <= headerEnd);
  for (const t of header) if (t.kind !== 'word' && /\d/u.test(t.text)) ignored.set(t.start + t.text.search(/\d/u), t.end);
  for (const t of headerYears) ignored.set(t.start, t.end);

  // Column periods: one per bare column, in order.
  const bareColumns = mode(best.map((r) => bareCount(tokens, r)));
  let periods: string[] | null = headerYears.map((t) => `năm ${t.text}`);
  if (periods.length === 0) periods = lastPeriodRun(header);
  if (periods.length !== bareColumns) periods = null;
  // Column names: the words before each marker "(n)".
  let columns: string[] | null = null;
  const markers = header.filter((t) => MARKER.test(t.text));
  if (periods === null && markers.length >= bareColumns && bareColumns > 0) {
    columns = [];
    let from = headerStart;
    for (const m of markers.slice(0, bareColumns)) {
      const name = text.slice(from, m.start).trim();
      from = m.end;
      columns.push(columns.length === 0 ? name.replace(new RegExp(ROW_HEADERS.source, 'iu'), '') : name);
    }
  }

  const table: FlatTable = {
    start: headerStart,
    end: tokens[tail.cellsTo - 1]?.end ?? sentence.end,
    rows: [],
    cells: new Map(),
    ignored,
    unit,
    periods,
    columns,
    rowsAreSubjects: periods === null,
  };
  // The slots of a row that has bare cells, in order: a column's period, or the change after a pair of columns
  // ("382.17 416.32 -8% 131.4 153.24 -14%": 9T/2013, 9T/2012, change of 9T/2013, Q3/2013, Q3/2012, change of
  // Q3/2013). A row of rates only ("Biên lãi gộp 36% 35% 2% 37% 35%") fills the same slots in order.
  let slots: { period: string | null; change: boolean }[] | null = null;
  for (const r of best) {
    let bare = 0;
    const row: { period: string | null; change: boolean }[] = [];
    let pending: (string | null)[] = [];
    for (let k = r.cellsFrom; k < r.cellsTo; k++) {
      const t = tokens[k];
      if (!t || t.kind === 'sign') continue;
      if (t.kind !== 'pct') {
        const period = periods?.[bare] ?? null;
        pending.push(period);
        row.push({ period, change: false });
        bare++;
      } else if (pending.length >= 2) {
        row.push({ period: pending[pending.length - 2] ?? null, change: true });
        pending = [];
      } else row.push({ period: null, change: false });
    }
    if (periods !== null && bare === periods.length && (slots === null || row.length > slots.length)) slots = row;
  }
  for (const r of best) {
    const labelStart = tokens[r.labelFrom]?.start ?? 0;
    const labelEnd = tokens[r.labelTo - 1]?.end ?? labelStart;
    const row: TableRow = { label: text.slice(labelStart, labelEnd), labelStart, cells: [] };
    let column = 0;
    let lastBareColumn = -1;
    let barePeriods: (string | null)[] = [];
    let rates = 0;
    let bareCells = 0;
    for (let k = r.cellsFrom; k < r.cellsTo; k++) {
      const t = tokens[k];
      if (!t || t.kind === 'sign') continue;
      if (t.kind === 'pct') rates++;
      else bareCells++;
    }
    // A row of one rate per slot fills them all, or all but a last change cell left out ("Biên lãi gộp 36% 35% 2%
    // 37% 35%"); one rate per period column ("Biên lãi gộp 24% 26% 23% 28%", no change cells) fills the columns'
    // slots only; any other count is no guess.
    const periodSlots = slots?.filter((x) => !x.change) ?? null;
    const lastIsChange = slots !== null && slots.length > 0 && slots[slots.length - 1]?.change === true;
    const rateSlots =
      bareCells > 0 || slots === null
        ? null
        : rates === slots.length || (lastIsChange && rates === slots.length - 1)
          ? slots
          : periodSlots !== null && rates === periodSlots.length
            ? periodSlots
            : null;
    let slot = 0;
    for (let k = r.cellsFrom; k < r.cellsTo; k++) {
      const t = tokens[k];
      if (!t || t.kind === 'sign') continue;
      const percent = t.kind === 'pct';
      let period: string | null = null;
      let change = false;
      if (!percent) {
        period = periods?.[column] ?? null;
        barePeriods.push(period);
        lastBareColumn = column;
      } else if (periods !== null && lastBareColumn >= 1 && barePeriods.length >= 2) {
        // "382.17 416.32 -8%": the change of the first of the two columns before it.
        period = barePeriods[barePeriods.length - 2] ?? null;
        change = true;
        barePeriods = [];
      } else if (rateSlots !== null) {
        // "Biên lãi gộp 36% 35% 2% 37% 35%": the rate in the slot of its place in the row.
        const at = rateSlots[slot];
        period = at?.period ?? null;
        change = at?.change ?? false;
      }
      if (percent) slot++;
      const cell: TableCell = { start: t.numberStart, end: t.end - (percent ? 1 : 0), percent, column: percent ? -1 : column, period, change, row };
      if (!percent) column++;
      row.cells.push(cell);
      table.cells.set(cell.start, cell);
    }
    table.rows.push(row);
  }
  return table;
}

function isCell(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'num' || t.kind === 'pct');
}

function cellCount(tokens: Token[], r: RawRow): number {
  let n = 0;
  for (let k = r.cellsFrom; k < r.cellsTo; k++) if (isCell(tokens[k])) n++;
  return n;
}

function bareCount(tokens: Token[], r: RawRow): number {
  let n = 0;
  for (let k = r.cellsFrom; k < r.cellsTo; k++) if (tokens[k]?.kind === 'num') n++;
  return n;
}

function rangeAll(tokens: Token[], from: number, to: number, test: (t: Token) => boolean): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || !test(t)) return false;
  }
  return to > from;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount || (n === bestCount && v < best)) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/** The column periods: the last run of period tokens in the header ("… Chỉ tiêu 9T/2013 9T/2012 Q3/2013 Q3/2012"). */
function lastPeriodRun(header: Token[]): string[] {
  let run: string[] = [];
  let last: string[] = [];
  for (const t of header) {
    const p = periodPhrase(t.text);
    if (p === null) {
      if (run.length > 0) last = run;
      run = [];
    } else run.push(p);
  }
  return run.length > 0 ? run : last;
}
