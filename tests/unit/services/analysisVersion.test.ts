import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_VERSION, detectFindings } from '../../../shared/analysis';
import type { Article, Claim } from '../../../shared/schema';
import { generateWorkspace } from '../../bench/analysisWorkspace';
import { repoRoot } from '../helpers';

/**
 * Stored findings are trusted at open on ANALYSIS_VERSION alone (electron/services/findings.ts:
 * prepareAnalysis): a workspace whose findings were stored by the same engine version is not analysed
 * again. So any change to what the engine outputs must raise ANALYSIS_VERSION, or every workspace
 * keeps the old engine's findings for good. This guard pins the digest of the engine's complete output
 * (every finding, canonical JSON) on fixed input, per version.
 *
 * When it fails after a change of shared/analysis (or of the explanations' wording):
 *   1. raise ANALYSIS_VERSION in shared/analysis/index.ts;
 *   2. add ONE line `<new version>: '<digest printed by the failure>',` to ANALYSIS_OUTPUT_DIGESTS below
 *      (keep the older lines: they document what each version gave).
 * When the input itself was regenerated (tests/tools/analysis-guard-input.ts, only when the claim schema
 * grows a field the analysis reads), replace the digest of the current version instead.
 *
 * The input: the seeds, 10 articles generated from them (tests/bench/generate.ts) and one pair of
 * re-worded reports of one event (so that the same-event rules are watched too), extracted once and
 * frozen (tests/fixtures/analysis-guard-input.json, so that extraction changes do not move it: they
 * raise EXTRACTOR_VERSION, which re-extracts and re-analyses every workspace anyway), and a generated
 * analysis workspace (tests/bench/analysisWorkspace.ts: claims built directly, no extractor).
 */
const ANALYSIS_OUTPUT_DIGESTS: Record<number, string> = {
  1: '1896e8040e109ccd',
  // Version 2 changed same-event and passage rules that this input does not reach (match minutes and
  // scores, "tháng 9" / "9 tháng", a percentage against a count): same digest, version raised all the same.
  2: '1896e8040e109ccd',
  // Version 3: same-event rules (a figure one report gives twice, once changed; bounds near their
  // value; "tỷ lệ" no telling word; names the other report also gives; a currency code as the unit)
  // and sum-of-parts findings in text order. The input before gave the same digest as versions 1–2 (no
  // same-event pair in it): it now holds one (two re-worded reports of one launch, see
  // tests/tools/analysis-guard-input.ts), so this line is the digest of the input regenerated, and
  // versions 1–2 are on the older input.
  3: '9351cf6142f31957',
  // Version 4: a name opening the sentence right before a same-event figure ("Riêng Nghệ An có …") is
  // kept as the figure's own (it was dropped with the sentence's first capital); this input has no
  // such sentence: same digest, version raised all the same.
  4: '9351cf6142f31957',
  // Version 5: cross-source findings grow linearly with the workspace (value classes compared with the
  // earliest, the most-reported and the previous class, every member of a class, not against a report
  // from an article that also gives its value; aligned passages by groups of one shape). On this input:
  // generated workspace 191 → 290 findings (aligned-passage conflicts 16 → 162: every misreporting copy
  // of a template sentence flagged, where a bucket of more than 40 copies was dropped before;
  // cross-source conflicts 58 → 9, their pairs now the passages'; same-fact-values 3 → 5); frozen input
  // 313 → 279 (aligned-passage 259 → 220, cross-source 4 → 9).
  5: 'c65ac2b18db9e041',
  // Version 6: version 5 and same-event figures one digit apart at three digits or more ("752.370" /
  // "852.370", read on the digits at the coarser precision) taken as one another's likeliest counterparts
  // and compared on one shared telling word, also for a figure a report gives twice, once one digit off
  // (planted bench (b): tuned 15 → 16 of 47, held-out 5 → 7 of 36). On this input the pairs that rule
  // would add are template sentences already grouped by version 5's aligned passages: same digest,
  // version raised all the same.
  6: 'c65ac2b18db9e041',
  // Version 7: a line too short to count as copied on its own ("Số người chết: 12."), worded the same in
  // two articles that copy each other, is compared as copied (no identifier of five digits or more);
  // this input has no such line: same digest, version raised all the same.
  7: 'c65ac2b18db9e041',
  // Version 8: a sentence pair the passage rule refuses as one template about two things no longer keeps
  // both sentences from the same-event comparison with the other article's other sentences; an exact
  // money amount with tỷ/triệu cut off at the other's precision ("752.300 tỷ" / "752.370 tỷ") agrees in
  // re-worded reports, never in copies; two reports of the same calendar day that share five names rare
  // in the workspace (no province, no all-caps word, no one-syllable word, given by at most 20 articles)
  // are compared without figures in common unless both give scores and none alike (planted bench (b):
  // tuned 16 → 17 of 47, held-out 7 → 7 of 36). This input has no such pair or figure: same digest,
  // version raised all the same.
  8: 'c65ac2b18db9e041',
  // Version 9: a rate ("120.000 tỷ đồng/năm", a unit per year, month, head…) is not the same fact as a
  // figure without one ("364.000 tỷ" over 2011-2013). This input has no such pair: same digest.
  9: 'c65ac2b18db9e041',
  // Version 10: a forecast beside a reported figure of another report ("dự báo 180.000 việc làm" /
  // "148.000 việc làm") is no cross-source conflict outside a copy of one sentence (planted bench (c):
  // tuned 11 → 9 raised, gold 4/7 kept). Same-event: a forecast word ("sẽ", "dự kiến") in one sentence
  // only no longer keeps two re-worded sentences apart unless either article gives the other's figure
  // elsewhere; a ceiling ("trần", "không vượt quá") does, as goals do (planted bench (b): tuned 17 → 19
  // of 47). Two new levels of a step from the same earlier level ("từ 4,8 lên 5,3%" / "từ 4,8% lên 6,3%")
  // are one figure's counterparts, whatever names or ceiling words stand around them (tuned 19 → 20).
  // This input has no such pair: same digest.
  10: 'c65ac2b18db9e041',
  // Version 11: a sentence repeated by more than 8 reports (a group, or two aligned groups pooled) is
  // compared as a star: each report whose figures differ from the earliest report's or the most
  // reported ones, against those two references only, once for all its figures — no longer position by
  // position against the earliest, the most-reported and the previous value (1,000 generated articles:
  // aligned-passage findings 57,481 → 21,401, at most 2,615 → 537 at one place). The cross-source rule
  // no longer raises a pair of claims of two articles at one position of one star (the star decided
  // about it): this generated input repeats template sentences in more than 8 articles, hence a new digest.
  11: '71dd3c5dbfdf0287',
  // Version 12: in a star, a later report that moves some of a passage's figures but keeps at least one
  // has every moved figure named in its "template update" (version 11 named the first only, and the
  // cross-source rule no longer raised the others); a decision on a pair carries over when another rule
  // starts raising that pair. This input has no such report: same digest, version raised all the same.
  12: '71dd3c5dbfdf0287',
  // Version 13: "Sở/Bộ Kế hoạch và Đầu tư" (a department cited as a source) is no plan word keeping a
  // sentence from the comparison. This input has no such sentence pair: same digest.
  13: '71dd3c5dbfdf0287',
  // Version 14: in a list of specifications, a unit in capitals after a number ("500 GB", "7200 RPM") is
  // no name near the figure, and a code the two sentences share ("SSD") tells which figure it is. This
  // input has no such pair: same digest. Also: a name that both sentences price right before "trị giá" /
  // "giá" is the thing valued, not a name keeping two figures apart (no such pair here either); a
  // minute whose sentence says the goal "mở tỷ số" has the score 1-0 among its words (no match report here);
  // an amount in "tỷ" followed by a function word ("364.000 tỷ, tương đương") lines up with "364.000 tỉ
  // đồng" as its counterpart (the currency left unsaid); two re-worded sentences that line up and give one
  // figure each, the swapped words away from it, are compared by the same-event words around it when the
  // passage rule has no figure to hold them; a sentence the passage alignment never compared with any
  // other is no longer taken as decided by it (the same-event rule compares it). This input has none of
  // these: same digest.
  14: '71dd3c5dbfdf0287',
  // Version 15 (review of 14): a sentence counts as compared by the passage rule only for the article it
  // was paired with, so a third report's copy no longer decides it for another pair. This input changes:
  // one more conflict (a_143 / a_105, the same "tỷ lệ … đạt 44,37%" sentence with 45,37%). The other
  // mends of 14 ("mở tỷ số" only for a goal scored, unit codes and part codes from closed lists, a priced
  // name as a whole, scopes and periods of lone re-worded figures, "tỷ" read as đồng only with no other
  // currency near) change nothing here.
  15: 'a0ee43550abe3264',
  // Version 16: sentences pair one to one across articles — a group of sentences that both articles give
  // stands beside itself, so a sentence pairs with its best aligned group the other article gives alone
  // (a body given twice, one repeat edited in a copy). The frozen input is unchanged; the generated
  // workspace gets 6 more aligned-passage conflicts (163 -> 169).
  16: 'fc4bf85823f28785',
  // Version 17: numbers joined by a slash that no date can be ("150/50 Mbps", "32/64GB", "xếp thứ 14/63
  // tỉnh") are figures; dates ("31/10", "10/2013", "1/11/2013") and document numbers ("123/QĐ-UBND") stay
  // out. The frozen input's generated copies redraw such figures ("xếp thứ 14/63" / "xếp thứ 12/84", "đã
  // có 2/84 chỉ tiêu" / "9/14"): 6 conflicts and 14 updates on them added, and 8 template updates that
  // named another figure of those sentences first removed (279 -> 291 findings). The generated workspace
  // is unchanged.
  17: 'bda25007c88d0792',
  // Version 18: two sentences give "the same figures" (the passage rule's cheap refusal) only when their
  // sorted values are equal within the finer one's rounding: a coarse "1" no longer bridges "0,5%" and
  // "1,5%". Neither input has such a sentence: same digest.
  18: 'bda25007c88d0792',
  // Version 19: "X/Y" after a qualifier or "chiếm" with X < Y ("không quá 1/3", "hơn 2/3 số xã") is a
  // share of a whole, read as figures, not a date. Neither input has one: same digest.
  19: 'bda25007c88d0792',
  // Version 20 (after review): one-to-one pairing takes a next-best sentence only when it is a near-copy; a
  // season written '2013/2014' is years; 'trên' right after a number is 'out of', no qualifier. This input
  // reaches none of them: same digest, version raised all the same.
  20: 'bda25007c88d0792',
  // Version 21 (second review): a season is '2013/2014' only when the second year follows the first ('2013/2020
  // hồ sơ' is two counts); 'trên' is 'out of' only between two counts, the second larger (not after a year).
  // This input reaches neither: same digest.
  21: 'bda25007c88d0792',
  // Version 22 (third review): 'out of' read for counts with thousands separators or decimals ('1.000 trên
  // 2.000 hồ sơ', '0,5 trên 1'). This input reaches none: same digest.
  22: 'bda25007c88d0792',
  // Version 23 (issue 10, proof b): same-event figure contexts read '2.000 người' as a figure (not a year),
  // 'mức 5,3%' in percent, the bare X of 'từ 4,8 lên 5,3%' in Y's unit, '3 triệu người' as a count (not
  // đồng). The corpus analysed together loses 3 conflicts between articles of different clusters; this
  // input reaches none: same digest, version raised all the same.
  23: 'bda25007c88d0792',
  // Version 24 (session 33, issue 10 point 2): same-event candidates tied on shared words told apart by
  // the rarer words near both figures (when every name near them is in the other report too); one
  // abbreviation table (NSNN, DN, TP.HCM …) for metrics and same-event contexts; a budget side (revenue,
  // spending, deficit) read from the words closest to the figure, never revenue against spending. This
  // input reaches none: same digest, version raised all the same.
  24: 'bda25007c88d0792',
  // Version 25 (session 34): issue 10 (b) — same-event reports paired by a few rare names when published
  // less than 18 hours apart (figures with a strong context only; five names on other days checked the
  // same way; publication times in one zone, a date-only article as its whole day); a set score taken
  // for a slip only when it cannot end a set ("31-19" vs "21-19"). Precision — an upper bound ("dưới
  // 65%", "không quá …") no longer meets every value (its -Infinity made the float tolerance infinite:
  // "dưới 65%" and "70%" were "consistent" and never at odds); no "consistent" between an open bound and a
  // figure far from it (a quarter away and beyond the rounding); two sentences of one article naming
  // different numbered parts ("tầng B1" / "Tầng 1", "giai đoạn 1" / "giai đoạn 2") are not one figure said
  // twice. This input reaches none: same digest, version raised all the same.
  25: 'bda25007c88d0792',
  // Version 26 (session 35): issue 10 (b) — the agreeing figures of two re-worded sentences count as
  // shared context (and an amount cut off in a re-worded sentence is no figure moved for the passage
  // rule); a changed figure is not excused by the other outlet's value given elsewhere in poorer words
  // when it is the one figure of its kind left unconfirmed; a classifier's count ("12 chiếc FA-50")
  // compared with a noun's ("22 chiến đấu cơ FA-50"). This input reaches none of these.
  // Also (lead): a same-event finding's explanation in the words the sentences write (not
  // folded keys), agreed figures told apart from context words. Only explanations change here (same findings).
  26: '60309d0ce60e34ce',
  // Version 27 (session 36): the elapsed-years rule's bare start year only where the text writes "năm"
  // (not "Việt Nam 2015"), quoted as written. This input reaches none: same digest, version raised all the same.
  27: '60309d0ce60e34ce',
  // Version 28 (session 37): issue 10 (b) — same-event pairing by names in either order and slash set
  // scores, anchorless figure pairs compared as their names pair them, copies compared on re-worded
  // sentences with a strong context, a match the line-up leaves apart decided by the same-event rule,
  // "top N" bounds never at odds. This input reaches none: same digest, version raised all the same.
  28: '60309d0ce60e34ce',
  // Version 29 (session 38): issue 10 (b) — a lexicon of news wordings in the same-event context, two
  // parts of a year named right at two figures never one period, "thua X/Y" a score only among sets,
  // games or points. This input reaches none: same digest, version raised all the same.
  29: '60309d0ce60e34ce',
  // Version 30 (session 39): a total and the closed list of its parts after "gồm" must add up; a
  // parts finding whose total is only the whole no longer lists the total among the parts it adds up.
  30: 'd548e00ccb8a12a3',
  // Version 31 (session 40): that list behind a label with digits ("học sinh lớp 10, gồm …"), after "gồm:"
  // with one item per ";", completed by a figure right after a ";". This input reaches none: same digest,
  // version raised all the same.
  31: 'd548e00ccb8a12a3',
  // Version 32 (session 42): same-event "số X … là N" counted as X, and a figure that the extractor reads
  // as a fact, with the sentence's forecast word in another clause after it ("là 148.000, thấp hơn dự báo
  // trước đó là 180.000"), no longer set apart as a forecast. This input reaches none: same digest,
  // version raised all the same.
  32: 'd548e00ccb8a12a3',
  // Version 33 (session 43): a slash pair that could be a day and a month is a figure where the
  // extractor reads the sentence as a set score or a share ("dẫn trước 13/10", "thắng lợi 6/3", "dự 7/8
  // giải"), and a changed figure joined to another by a slash or a dash in both sentences is quoted as the
  // pair ("xếp thứ 6/14" thành "6/28", where each number was quoted alone and a changed pair gave two
  // findings): frozen input 3 findings fewer. Also: overlapping ranges whose both ends moved are no conflict
  // where they are estimates ("2 - 3 người" / "3 - 4 người"); a month or day after "tháng" / "ngày" and the number of an article, clause, chapter, section or
  // grade ("Điều 5 - 7", "lớp 10 - 12") are calendar numbers; the legs of a tie ("lượt đi" / "lượt về") are
  // two matches (this input reaches none of those).
  33: '930fec364f8a003d',
  // Version 34 (session 44): same-event names around a figure leave out a word the window's start cuts ("CM"
  // of "TP.HCM"), units spelled out in words ("đô la", "phần trăm", "cây số", "héc-ta") read as their code or
  // sign (not "cây số vuông"; "đô la Úc" is AUD) — this input reaches neither; a whole number under a hundred is
  // no rounding of another ("10" / "11"), which this input's generated passages do reach: a new digest.
  34: 'd1041193a3ee67fe',
  // Version 35 (session 49): a figure one digit from the other report's that shares no telling word with it no
  // longer makes a restated, changed figure a guess — this input reaches none: same digest, version raised all the same.
  35: 'd1041193a3ee67fe',
  // Version 36 (session 50): two minutes further apart than a slip are one goal when both give the score it made —
  // this input has no match report: same digest, version raised all the same.
  36: 'd1041193a3ee67fe',
  // Version 37 (session 51): the step-arithmetic internal rule, copies' headlines, copies' unaligned sentences left to
  // the same-event rule, "muốn" as target wording, earlier-period words dating only the figure they stand by, "doanh
  // thu khác" — this input's steps add up and it has none of the rest: same digest, version raised all the same.
  37: 'd1041193a3ee67fe',
  // Version 38 (session 57): the draw-score internal rule, minutes one goal by their words alone — this input has no
  // match report: same digest, version raised all the same.
  38: 'd1041193a3ee67fe',
  // Version 39 (session 59): a round figure within 1% of a finer one of four digits or more is that one rounded
  // (cross-source) — this input has no such pair: same digest, version raised all the same.
  39: 'd1041193a3ee67fe',
  // Version 40 (session 62): a results table flattened into one sentence gives its "N - M" pairs as scores, one
  // match compared across two reports' tables by the teams around it; a figure of a sentence its article repeats
  // word for word compared with the other outlet's value its twin gives — this input has neither: same digest,
  // version raised all the same.
  40: 'd1041193a3ee67fe',
  // Version 41 (session 64): a goal or forecast word no longer dates a figure after the sentence turns to what has
  // been done ("…, thì đến nay …"); a match's one length in each report compared ("sau 58 phút thi đấu") — this
  // input has neither: same digest, version raised all the same.
  41: 'd1041193a3ee67fe',
  // Version 42 (session 65): two reports' only measure of a kind ("pin lên đến 4.000 mAh" / "pin dung lượng 3.000
  // mAh") compared on one telling word in common; a file's name ("Nguồn: 12278559.epi") no figure for the
  // same-event rule — this input has neither: same digest, version raised all the same.
  42: 'd1041193a3ee67fe',
  // Version 43 (session 66): a person's age written right after the person's name in two reports of one event one
  // figure; two headlines' one figure of a class one figure — this input has neither: same digest, version raised
  // all the same.
  43: 'd1041193a3ee67fe',
  // Version 44 (session 67): "ở mức N điểm" read in points; "cầu thủ 23 tuổi" an age; a shared name with another
  // telling figure alike more than a name; a repeated sentence says which figure the changed mention is; scores of
  // reports days apart two matches — this input has none of them: same digest, version raised all the same.
  44: 'd1041193a3ee67fe',
  // Version 45 (session 68): the moment of the day read in the sentence before a figure of one article; a board and
  // a sub-index's basket told apart; no list after "đó là"; sentences that name three things alike compared though
  // their lead-ins differ — this input has none of them: same digest, version raised all the same.
  45: 'd1041193a3ee67fe',
  // Version 46 (session 70): an amount in nghìn with no noun after it read in đồng; a word of a name that a sentence
  // also writes in lower case a shared word, not a name; the figure after "lên" following a word of change a level;
  // "chiếm N% GDP" a level — this input has none of them: same digest, version raised all the same.
  46: 'd1041193a3ee67fe',
  47: 'd1041193a3ee67fe',
  // Version 48 (sessions 72-74): the ends of a range ("6.000 - 9.000 đ/kg", "từ 15 đến 20%") compared, end with end,
  // across re-worded reports of one event (ends of two orders of magnitude when their other ends are the same; a range
  // the other report gives whole confirmed; another item's range never paired); two rough ranges that share values let
  // pass; a unit of money or measure glued to both ends a range ("27.000đ-29.000đ/kg"), not a code; a step "tăng trở
  // lại từ X đến Y", a score between two names ("Long An 0-1 Đồng Tháp") and a model's number no range; two minutes
  // that make the same score one goal (session 75) — this input has no range two reports give: same digest, version
  // raised all the same.
  48: 'd1041193a3ee67fe',
  // Version 49 (session 75, review of s74-a): "từ X đến Y" after "phục hồi", "leo", "tụt", "rớt", "quay đầu", "lao dốc" a
  // step, no range; after a noun that folds as a verb of change does ("mặt hàng", "giám đốc", "thu hút", "hạ tầng") a
  // range; a long list's best at the pool's bound checked against the whole list — this input has none of them: same
  // digest, version raised all the same.
  49: 'd1041193a3ee67fe',
  // Version 50 (session 75): a name after a figure's item in a list of specifications is the next item's — this input
  // has no such list: same digest, version raised all the same.
  50: 'd1041193a3ee67fe',
  // Version 51 (session 76): a long list's bests at the pool's bound read against the whole list up to WHOLE_AT_BOUND
  // candidates, then taken as ties; `restated` pools only the figures it may pick — this input has no long list: same
  // digest, version raised all the same.
  51: 'd1041193a3ee67fe',
  // Version 52 (session 76): a day and a month written with a dot after a word of the day ("ngày 19.10") a date, no
  // figure; a year four digits as written with no unit after them ("pin 2000mAh" none) — this input has neither:
  // same digest, version raised all the same.
  52: 'd1041193a3ee67fe',
  // Version 53 (session 77): a bare lower end of a range read in its upper end's scale ("2" of "từ 2 đến 4 triệu");
  // an upper end and a lower end never agree; "doanh thu thuần" a qualifier of its figure — this input has none of them:
  // same digest, version raised all the same.
  53: 'd1041193a3ee67fe',
  // (54: used by two reverted attempts, skipped.) Version 55 (session 80): a sentence given twice, word for word but
  // for one figure, is an internal 'repeated-passage' finding; the generated workspace repeats template sentences
  // with redrawn figures, so the digest moves.
  // (Review s80 mends inside version 55, before it landed: claims required on both mentions, moments, running counts,
  // subjects, rounding; the digest of the version as it lands.)
  55: 'f38b748c25a34c91',
  // Version 56 (session 81): the headline-body internal rule; neither input has an article whose first line is its
  // title with a figure the body gives otherwise, so the digest stays.
  56: 'f38b748c25a34c91',
};

/** JSON with object keys sorted, so the digest does not depend on property order. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .filter((k) => o[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('ANALYSIS_VERSION guard', () => {
  it('pins the analysis output on fixed input to the engine version', () => {
    const frozen = JSON.parse(readFileSync(join(repoRoot, 'tests', 'fixtures', 'analysis-guard-input.json'), 'utf8')) as { articles: Article[]; claims: Claim[] };
    const inputs: Array<[string, { articles: Article[]; claims: Claim[] }]> = [
      ['seeds + 10 generated articles + a same-event pair (frozen extraction)', frozen],
      ['generated analysis workspace, 2,000 claims, 8 per article, 3 × 3', generateWorkspace(2_000, 8, 3)],
    ];
    const parts = inputs.map(([label, { articles, claims }]) => {
      const findings = detectFindings(articles, claims);
      return { label, findings: findings.length, digest: sha(canonical(findings)) };
    });
    // Both inputs give findings of several kinds: the guard watches something.
    expect(parts.every((p) => p.findings > 0)).toBe(true);
    const digest = sha(parts.map((p) => p.digest).join('\n')).slice(0, 16);
    const pinned = ANALYSIS_OUTPUT_DIGESTS[ANALYSIS_VERSION];
    const detail = parts.map((p) => `  ${p.digest.slice(0, 16)} ${p.findings} findings  ${p.label}`).join('\n');
    const message =
      pinned === undefined
        ? `No analysis output digest is recorded for ANALYSIS_VERSION ${ANALYSIS_VERSION}: add the line \`${ANALYSIS_VERSION}: '${digest}',\` to ANALYSIS_OUTPUT_DIGESTS in tests/unit/services/analysisVersion.test.ts.\n${detail}`
        : `The analysis engine's output changed (digest ${digest}, ANALYSIS_VERSION ${ANALYSIS_VERSION} gave ${pinned}). Stored findings are trusted on ANALYSIS_VERSION alone: raise ANALYSIS_VERSION in shared/analysis/index.ts to ${ANALYSIS_VERSION + 1} and add the line \`${ANALYSIS_VERSION + 1}: '${digest}',\` to ANALYSIS_OUTPUT_DIGESTS in tests/unit/services/analysisVersion.test.ts.\n${detail}`;
    expect(digest, message).toBe(pinned);
  });
});
