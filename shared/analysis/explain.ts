import type { Finding } from '../schema';
import { findingRules, type ClaimRef, type FindingDraft, type FindingFacts } from './model';
import { formatDate, formatList, formatMonth, formatNumber, type Language } from './format';
import { foldWord } from './normalize';
import { MAX_YEAR, MIN_YEAR } from './period';
import { scaleOf } from './values';

/**
 * Explanations an editor can act on without opening both articles: the verdict word (Mâu thuẫn,
 * Cập nhật, Nhất quán, Bất nhất nội bộ), both quotes and both publication dates, and the arithmetic.
 */

const TYPE_WORD: Record<Language, Record<FindingDraft['type'], string>> = {
  vi: { conflict: 'Mâu thuẫn', update: 'Cập nhật', consistent: 'Nhất quán', internal: 'Bất nhất nội bộ' },
  en: { conflict: 'Conflict', update: 'Update', consistent: 'Consistent', internal: 'Internal inconsistency' },
};

function ref(r: ClaimRef, lang: Language): string {
  const when = r.date
    ? lang === 'vi' ? `bài ngày ${formatDate(r.date, lang)}` : `article of ${formatDate(r.date, lang)}`
    : lang === 'vi' ? 'bài không rõ ngày' : 'undated article';
  return `“${r.quote}” (${r.outlet ? `${r.outlet}, ` : ''}${when})`;
}

function inArticle(r: ClaimRef, lang: Language): string {
  if (!r.date) return lang === 'vi' ? 'Bài không rõ ngày: ' : 'Undated article: ';
  return lang === 'vi' ? `Bài ngày ${formatDate(r.date, lang)}: ` : `Article of ${formatDate(r.date, lang)}: `;
}

const n = formatNumber;
const pct = (v: number, lang: Language): string => `${n(v, lang)}%`;

/** Years a mistyped year most likely was: drop one digit of "20220" → 2020, 2022. */
export function likelyYears(raw: string): number[] {
  const out = new Set<number>();
  for (let i = 0; i < raw.length; i++) {
    const y = Number(raw.slice(0, i) + raw.slice(i + 1));
    if (y >= MIN_YEAR && y <= MAX_YEAR) out.add(y);
  }
  return [...out].sort();
}

function crossVi(f: Extract<FindingFacts, { rule: 'cross-source' }>): string {
  const a = ref(f.a, 'vi');
  const b = ref(f.b, 'vi');
  switch (f.reason) {
    case 'same-value':
      return `${a} và ${b} đưa cùng một giá trị cho cùng một chỉ tiêu.`;
    case 'within-qualifiers':
      return `${a} và ${b} khớp nhau trong phạm vi mức độ (hơn, gần, khoảng…) và làm tròn.`;
    case 'sum-of-parts':
      return `${a} khớp với tổng các phần ${formatList((f.parts ?? []).map((p) => `“${p.quote}”`), 'vi')} = ${n(f.sum ?? 0, 'vi')} (bài ngày ${formatDate(f.b.date, 'vi')}).`;
    case 'streak-extended': {
      const added = f.addedYears && f.addedYears.length > 0 ? ` Bài sau thêm năm ${formatList(f.addedYears.map(String), 'vi')}` : ' Bài sau nêu chuỗi dài hơn';
      const when =
        f.announcedMonth !== undefined ? `; kết quả đó được công bố ${formatMonth(f.announcedMonth, 'vi')}, sau khi bài trước đăng` : '';
      return `${a} và ${b} nói về cùng một chuỗi thành tích nhưng số năm khác nhau.${added}${when}. Nhiều khả năng đây là cập nhật khi có kết quả mới chứ không phải sai sót; nên xác minh với nguồn công bố.`;
    }
    case 'streak-differs':
      return `${a} và ${b} nói về cùng một chuỗi thành tích nhưng số năm hoặc các năm liệt kê không khớp, và thời điểm đăng không giải thích được chênh lệch.`;
    case 'cumulative-later':
      return `${a} và ${b} là số lũy kế của cùng một chỉ tiêu đến các mốc khác nhau; bài sau có mốc muộn hơn.`;
    case 'estimate-revised':
      return `${a} là số ước tính; ${b}, đăng sau, có thể là số chính thức thay thế.`;
    case 'undated-later':
      return `${a} và ${b} cho giá trị khác nhau nhưng không nêu thời kỳ; hai bài đăng cách nhau, nên có thể là số liệu ở thời điểm khác nhau. Nên kiểm tra mốc thời gian.`;
    case 'values-differ':
      return `${a} và ${b} nói về cùng một chỉ tiêu, cùng thời kỳ nhưng đưa ra giá trị khác nhau; không thể cùng đúng.`;
  }
}

function crossEn(f: Extract<FindingFacts, { rule: 'cross-source' }>): string {
  const a = ref(f.a, 'en');
  const b = ref(f.b, 'en');
  switch (f.reason) {
    case 'same-value':
      return `${a} and ${b} give the same value for the same metric.`;
    case 'within-qualifiers':
      return `${a} and ${b} agree within their qualifiers (more than, nearly, about…) and rounding.`;
    case 'sum-of-parts':
      return `${a} agrees with the sum of the parts ${formatList((f.parts ?? []).map((p) => `“${p.quote}”`), 'en')} = ${n(f.sum ?? 0, 'en')} (article of ${formatDate(f.b.date, 'en')}).`;
    case 'streak-extended': {
      const added = f.addedYears && f.addedYears.length > 0 ? ` The later article adds ${formatList(f.addedYears.map(String), 'en')}` : ' The later article gives a longer streak';
      const when = f.announcedMonth !== undefined ? `; that result was announced in ${formatMonth(f.announcedMonth, 'en')}, after the earlier article` : '';
      return `${a} and ${b} describe the same streak with different lengths.${added}${when}. Most likely an update after new results, not an error; verify with the publishing source.`;
    }
    case 'streak-differs':
      return `${a} and ${b} describe the same streak but the number of years or the listed years disagree, and the publication dates do not explain it.`;
    case 'cumulative-later':
      return `${a} and ${b} are running totals of the same metric at different cut-off dates; the later article has the later cut-off.`;
    case 'estimate-revised':
      return `${a} is an estimate; ${b}, published later, may be the official figure replacing it.`;
    case 'undated-later':
      return `${a} and ${b} differ but state no period; the articles were published apart, so the figures may describe different moments. Check the dates.`;
    case 'values-differ':
      return `${a} and ${b} are about the same metric and period but give different values; they cannot both be true.`;
  }
}

/**
 * What makes two re-worded sentences one figure, as an editor reads it: the words they share as the
 * sentences write them ("dung lượng, pin", not the folded keys "dung, luong, pin" the engine compares;
 * a word spelled out from an abbreviation stays as the engine has it), and apart from them the other
 * figures both give ("21-19, 21-18": agreed set scores are figures, not context words).
 */
function sharedContext(f: Extract<FindingFacts, { rule: 'aligned-passage' }>, vi: boolean): string {
  // Each key's spelling, best first: written in both sentences ("lượng" in both beats a "lương" of
  // one); lower case, else a name mid-sentence, else a sentence's first word as written; nearest its
  // sentence's figure.
  type Spelling = { word: string; sides: Set<number>; rank: number; distance: number };
  const spellings = new Map<string, Map<string, Spelling>>();
  [f.a, f.b].forEach((side, i) => {
    const figureAt = side.figure.start - side.sentence.start;
    for (const m of side.sentence.text.matchAll(/[\p{L}\p{M}]+/gu)) {
      const word = m[0];
      const key = foldWord(word);
      const forms = spellings.get(key) ?? new Map<string, Spelling>();
      spellings.set(key, forms);
      const seen = forms.get(word) ?? { word, sides: new Set<number>(), rank: 2, distance: Infinity };
      forms.set(word, seen);
      seen.sides.add(i);
      seen.rank = Math.min(seen.rank, word === word.toLowerCase() ? 0 : m.index > 0 ? 1 : 2);
      seen.distance = Math.min(seen.distance, Math.abs(m.index - figureAt));
    }
  });
  const spelled = (key: string): string => {
    const forms = [...(spellings.get(key)?.values() ?? [])];
    forms.sort((x, y) => y.sides.size - x.sides.size || x.rank - y.rank || x.distance - y.distance);
    return forms[0]?.word ?? key;
  };
  const bothWrite = (figure: string) => f.a.sentence.text.includes(figure) && f.b.sentence.text.includes(figure);
  const words: string[] = [];
  const figures: string[] = [];
  let from: string | null = null;
  for (const w of f.context ?? []) {
    const step = /^tu (\d.*)$/u.exec(w);
    if (step) from = step[1] as string;
    // A figure both sentences write agrees; one read from the words ("mở tỷ số" as 1-0) is context.
    else if (/^\d/.test(w) && bothWrite(w)) figures.push(w);
    else words.push(/^\d/.test(w) ? w : spelled(w));
  }
  const unit = vi ? 'cùng đơn vị' : 'same unit';
  const context = words.length > 0 ? (vi ? `, cùng ngữ cảnh: ${words.join(', ')}` : `, same context: ${words.join(', ')}`) : '';
  const start = from !== null ? (vi ? `, cùng mức ban đầu: từ ${from}` : `, the same starting level: from ${from}`) : '';
  const agreed = figures.length > 0 ? (vi ? `; các số liệu khác trong câu khớp nhau: ${figures.join(', ')}` : `; the other figures of the sentences agree: ${figures.join(', ')}`) : '';
  return unit + context + start + agreed;
}

function passageText(f: Extract<FindingFacts, { rule: 'aligned-passage' }>, lang: Language): string {
  const a = ref(f.a, lang);
  const b = ref(f.b, lang);
  const vi = lang === 'vi';
  const pct = Math.round(f.similarity * 100);
  const anchors =
    f.anchors > 0
      ? vi
        ? `; ${f.anchors} số liệu khác trong đoạn vẫn giống nhau`
        : `; ${f.anchors} other figure${f.anchors > 1 ? 's' : ''} of the passage still agree`
      : '';
  const same =
    f.basis === 'same-event'
      ? `${vi ? 'Hai bài đưa tin cùng một sự kiện; hai câu nói về cùng một số liệu' : 'The two articles report the same event; both sentences speak of one figure'} (${sharedContext(f, vi)})`
      : vi
        ? `Hai bài có cùng một đoạn (giống ${pct}% khi bỏ qua số liệu${anchors})`
        : `The two articles share a passage (${pct}% alike with figures masked${anchors})`;
  if (f.relation === 'update') {
    const cue = f.cue ? (vi ? ` (“${f.cue}”)` : ` (“${f.cue}”)`) : '';
    return vi
      ? `${same}, nhưng ${a} thành ${b}. Bài sau mô tả thời điểm muộn hơn${cue}: nhiều khả năng là số liệu cập nhật.`
      : `${same}, but ${a} became ${b}. The later article speaks of a later moment${cue}: most likely an updated figure.`;
  }
  switch (f.change) {
    case 'qualifier':
      return vi ? `${same}, nhưng mức độ của số liệu khác nhau: ${a} và ${b}.` : `${same}, but the figure is qualified differently: ${a} and ${b}.`;
    case 'rounding':
      return vi ? `${same}; ${a} và ${b} chỉ khác nhau do làm tròn.` : `${same}; ${a} and ${b} differ only by rounding.`;
    case 'value':
      if (f.growing)
        return vi
          ? `${same}; bài sau đưa ra ${b}, cao hơn ${a}, nhưng không nói đó là số liệu mới hơn: có thể là số đã cập nhật, có thể là sai — nên kiểm tra.`
          : `${same}; the later article gives ${b}, higher than ${a}, without saying it is newer: possibly an updated count, possibly a mistake — worth checking.`;
      return f.severity === 'low'
        ? vi
          ? `${same}; ${a} và ${b} là hai mức khác nhau cho cùng một số liệu — nên kiểm tra.`
          : `${same}; ${a} and ${b} are different bounds for the same figure — worth checking.`
        : vi
          ? `${same}, nhưng ${a} khác ${b}: cùng một số liệu không thể có hai giá trị.`
          : `${same}, but ${a} differs from ${b}: one figure cannot have both values.`;
  }
}

function internalText(f: Exclude<FindingFacts, { rule: 'cross-source' } | { rule: 'aligned-passage' }>, lang: Language): string {
  const vi = lang === 'vi';
  switch (f.rule) {
    case 'same-fact-values':
      return vi
        ? `${inArticle(f.a, lang)}cùng một bài đưa hai giá trị khác nhau cho cùng một chỉ tiêu: “${f.a.quote}” và “${f.b.quote}”.`
        : `${inArticle(f.a, lang)}the same article gives two values for one metric: “${f.a.quote}” and “${f.b.quote}”.`;
    case 'streak-count': {
      const listed = f.listed.join(', ');
      const count = f.stated !== f.listed.length;
      const gap = !f.consecutive;
      if (vi) {
        const parts = [
          count ? `nêu ${n(f.stated, lang)} năm nhưng liệt kê ${f.listed.length} năm (${listed})` : '',
          gap ? `các năm liệt kê (${listed}) không liên tiếp` : '',
        ].filter((s) => s.length > 0);
        return `${inArticle(f.claim, lang)}“${f.claim.quote}” ${parts.join('; ')}.`;
      }
      const parts = [
        count ? `states ${n(f.stated, lang)} years but lists ${f.listed.length} (${listed})` : '',
        gap ? `the listed years (${listed}) are not consecutive` : '',
      ].filter((s) => s.length > 0);
      return `${inArticle(f.claim, lang)}“${f.claim.quote}” ${parts.join('; ')}.`;
    }
    case 'list-count':
      return vi
        ? `${inArticle(f.claim, lang)}“${f.claim.quote}” nêu ${n(f.stated, lang)} mục nhưng liệt kê ${f.items.length}: ${f.items.join('; ')}.`
        : `${inArticle(f.claim, lang)}“${f.claim.quote}” states ${n(f.stated, lang)} items but lists ${f.items.length}: ${f.items.join('; ')}.`;
    case 'parts-exceed-total': {
      const parts = f.parts.map((p) => `“${p.quote}”`).join(' + ');
      const more = f.sum > f.totalValue;
      if (f.whole) {
        // In the total's own scale word ("23.000 tỷ", not 23.000.000.000.000) when it is written with one.
        const scale = scaleOf(f.total.quote);
        const sum = scale === null ? n(f.sum, lang) : `${n(Number((f.sum / scale.factor).toPrecision(12)), lang)} ${scale.word}`;
        return vi
          ? `${inArticle(f.total, lang)}các phần ${parts} cộng lại được ${sum}, ${more ? 'vượt' : 'không bằng'} tổng “${f.total.quote}”.`
          : `${inArticle(f.total, lang)}the parts ${parts} add up to ${sum}, ${more ? 'more than' : 'not'} the total “${f.total.quote}”.`;
      }
      return vi
        ? `${inArticle(f.total, lang)}các phần (“${f.total.quote}”, ${parts}) cộng lại được ${n(f.sum, lang)}, ${more ? 'vượt' : 'không bằng'} tổng ${n(f.totalValue, lang)}.`
        : `${inArticle(f.total, lang)}the parts (“${f.total.quote}”, ${parts}) add up to ${n(f.sum, lang)}, ${more ? 'more than' : 'not'} the total of ${n(f.totalValue, lang)}.`;
    }
    case 'percent-from-counts': {
      const checks = f.checks
        .map((c) => `${n(c.numerator, lang)}/${c.parts.length > 1 ? `(${c.parts.map((p) => p).join(' + ')})` : n(c.denominator, lang)} = ${pct(Number(c.percent.toFixed(3)), lang)}`)
        .join('; ');
      return vi
        ? `${inArticle(f.claim, lang)}tỷ lệ “${f.claim.quote}” không suy ra được từ các số trong câu: ${checks}.`
        : `${inArticle(f.claim, lang)}the share “${f.claim.quote}” does not follow from the counts in the sentence: ${checks}.`;
    }
    case 'impossible-year': {
      const guesses = likelyYears(f.year.replace(/\D/g, ''));
      const hint = guesses.length > 0 ? (vi ? ` (có lẽ gõ nhầm từ ${formatList(guesses.map(String), lang, 'or')})` : ` (probably a typo for ${formatList(guesses.map(String), 'en', 'or')})`) : '';
      return vi
        ? `${inArticle(f.claim, lang)}“${f.claim.quote}” chứa năm ${f.year} không thể có${hint}.`
        : `${inArticle(f.claim, lang)}“${f.claim.quote}” contains the impossible year ${f.year}${hint}.`;
    }
    case 'impossible-date':
      return vi
        ? `${inArticle(f.claim, lang)}“${f.claim.quote}” không phải là một ngày hợp lệ.`
        : `${inArticle(f.claim, lang)}“${f.claim.quote}” is not a valid date.`;
    case 'share-over-100':
      return vi
        ? `${inArticle(f.claim, lang)}“${f.claim.quote}” là tỷ lệ trên một tổng thể nhưng vượt 100% (${pct(f.value, lang)}).`
        : `${inArticle(f.claim, lang)}“${f.claim.quote}” is a share of a whole but exceeds 100% (${pct(f.value, lang)}).`;
    case 'part-over-total':
      return vi
        ? `${inArticle(f.claim, lang)}trong “${f.claim.quote}”, phần (${n(f.value, lang)}) lớn hơn tổng (${n(f.total, lang)}).`
        : `${inArticle(f.claim, lang)}in “${f.claim.quote}” the part (${n(f.value, lang)}) exceeds the total (${n(f.total, lang)}).`;
    case 'rank-beyond-total':
      return vi
        ? `${inArticle(f.claim, lang)}thứ hạng trong “${f.claim.quote}” (${n(f.value, lang)}) nằm ngoài số đơn vị được xếp hạng (${n(f.total, lang)}).`
        : `${inArticle(f.claim, lang)}the rank in “${f.claim.quote}” (${n(f.value, lang)}) is outside the number ranked (${n(f.total, lang)}).`;
    case 'draw-score':
      return vi
        ? `${inArticle(f.claim, lang)}“${f.claim.quote}” là một trận hòa nhưng tỷ số ${f.home}-${f.away} không cân bằng: một trong hai con số bị sai.`
        : `${inArticle(f.claim, lang)}“${f.claim.quote}” is a draw, but the score ${f.home}-${f.away} is not level: one of the two numbers is wrong.`;
    case 'repeated-passage': {
      const times = f.mentions > 2 ? (vi ? `${n(f.mentions, lang)} lần` : `${n(f.mentions, lang)} times`) : vi ? 'hai lần' : 'twice';
      return vi
        ? `${inArticle(f.a, lang)}bài đưa cùng một câu ${times}, từng chữ như nhau, nhưng với hai con số khác nhau: “${f.a.quote}” và “${f.b.quote}”. Một trong hai có thể sai, hoặc đã được sửa (cập nhật) ở chỗ này mà chưa sửa ở chỗ kia — nên kiểm tra.`
        : `${inArticle(f.a, lang)}the article gives the same sentence ${times}, word for word, but with two different figures: “${f.a.quote}” and “${f.b.quote}”. One of them may be wrong, or was corrected (updated) in one place and not in the other — worth checking.`;
    }
    case 'headline-body': {
      const shared = f.context.length > 0 ? (vi ? ` (cùng ngữ cảnh: ${f.context.join(', ')})` : ` (same context: ${f.context.join(', ')})`) : '';
      return vi
        ? `${inArticle(f.a, lang)}tiêu đề đưa “${f.a.quote}”, nhưng thân bài không nhắc lại con số này mà đưa “${f.b.quote}” cho cùng một số liệu${shared}. Một trong hai có thể sai, hoặc thân bài đã được sửa mà tiêu đề thì chưa — nên kiểm tra.`
        : `${inArticle(f.a, lang)}the headline gives “${f.a.quote}”, but the body never repeats it and gives “${f.b.quote}” for the same fact${shared}. One of them may be wrong, or the body was corrected and the headline was not — worth checking.`;
    }
    case 'rank-vs-list':
      return vi
        ? `${inArticle(f.claim, lang)}“${f.claim.quote}” (thứ ${n(f.stated, lang)}), nhưng bảng xếp hạng trong bài ghi ${f.name} ở vị trí ${n(f.listed, lang)} (“${f.item.quote}”).`
        : `${inArticle(f.claim, lang)}“${f.claim.quote}” (rank ${n(f.stated, lang)}), but the article's own ranking lists ${f.name} at ${n(f.listed, lang)} (“${f.item.quote}”).`;
    case 'step-arithmetic': {
      const way = f.direction === 'up' ? (vi ? 'lên' : 'up') : vi ? 'xuống' : 'down';
      const step = vi ? `từ “${f.from.quote}” ${way} “${f.to.quote}”` : `from “${f.from.quote}” ${way} to “${f.to.quote}”`;
      if (f.problem === 'no-move') {
        return vi
          ? `${inArticle(f.from, lang)}bước ${step} có mức đầu và mức cuối bằng nhau: không có thay đổi nào như câu nói.`
          : `${inArticle(f.from, lang)}the step ${step} ends where it starts: there is no change, though the sentence says there is.`;
      }
      if (f.problem === 'direction') {
        return vi
          ? `${inArticle(f.from, lang)}bước ${step}: mức cuối ${f.toValue > f.fromValue ? 'cao hơn' : 'thấp hơn'} mức đầu, ngược với chữ “${way}”.`
          : `${inArticle(f.from, lang)}the step ${step}: the end is ${f.toValue > f.fromValue ? 'higher' : 'lower'} than the start, the opposite of “${way}”.`;
      }
      const diff = Math.abs(f.toValue - f.fromValue);
      const share = f.fromValue !== 0 ? Number(((diff / Math.abs(f.fromValue)) * 100).toFixed(1)) : null;
      const actual = f.relative && share !== null ? pct(share, lang) : n(Number(diff.toPrecision(12)), lang);
      return vi
        ? `${inArticle(f.from, lang)}mức thay đổi “${f.change?.quote ?? ''}” không khớp với bước ${step}: chênh lệch giữa hai mức là ${actual}.`
        : `${inArticle(f.from, lang)}the change “${f.change?.quote ?? ''}” does not match the step ${step}: the two levels differ by ${actual}.`;
    }
    case 'elapsed-years': {
      const years = (f.toDay - f.fromDay) / 365.25;
      const from = formatDate(new Date(f.fromDay * 86_400_000).toISOString(), lang);
      const to = formatDate(new Date(f.toDay * 86_400_000).toISOString(), lang);
      const toWhat = vi ? (f.toLabel === 'published' ? `ngày đăng bài ${to}` : to) : f.toLabel === 'published' ? `publication on ${to}` : to;
      return vi
        ? `${inArticle(f.claim, lang)}“${f.claim.quote}” không khớp với mốc thời gian: từ “${f.fromQuote}” (${from}) đến ${toWhat} là khoảng ${n(Number(years.toFixed(1)), lang)} năm (nếu đếm cả năm đầu và năm cuối theo lịch thì là ${f.calendarYears} năm).`
        : `${inArticle(f.claim, lang)}“${f.claim.quote}” does not match the dates: from “${f.fromQuote}” (${from}) to ${toWhat} is about ${n(Number(years.toFixed(1)), lang)} years (${f.calendarYears} calendar years counting both ends).`;
    }
  }
}

/** The explanation of a finding in the UI language: verdict word, both quotes with their dates, why. */
export function explainFinding(draft: Pick<FindingDraft, 'type' | 'facts'>, lang: Language = 'vi'): string {
  const head = `${TYPE_WORD[lang][draft.type]}: `;
  const f = draft.facts;
  if (f.rule === 'cross-source') return head + (lang === 'vi' ? crossVi(f) : crossEn(f));
  if (f.rule === 'aligned-passage') return head + passageText(f, lang);
  return head + internalText(f, lang);
}

/**
 * A stored finding's explanation in `lang`, rendered from its facts (the stored text for older
 * findings). (Here, not in index.ts: the renderer reads it without the analysis and extraction engines.)
 */
export function explainStoredFinding(finding: Pick<Finding, 'type' | 'facts' | 'explanation'>, lang: Language): string {
  if (!finding.facts || !(findingRules as readonly string[]).includes(finding.facts.rule)) return finding.explanation;
  try {
    return explainFinding({ type: finding.type, facts: finding.facts as unknown as FindingDraft['facts'] }, lang);
  } catch {
    return finding.explanation;
  }
}
