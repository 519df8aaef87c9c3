// Numbers and statements in the prose against the tables: R_NARRATIVE_COUNTS and T4_NARRATIVE
// (annual-report-format.md §5.2, §5.4). A report whose text says "共受理依申请公开4件" must show 4
// in 表三"一、本年新收"总计; "全年无依申请" means rows 一 and 二 are all 0; "无…行政复议和行政诉讼"
// means all 15 cells of 表四 are 0, and the other way round.
import { applicationColumns } from '../formats/index.ts';
import type { AnnualReport, Finding } from '../model.ts';
import { effectiveTableFormat, finding, isMissing, showNumber, tablePresent, valueOf } from './cells.ts';
import { numberPattern, parseNumber } from './chinese-numerals.ts';
import { clauses, proseOf, quote, sentences } from './prose.ts';
import { allReviewKeys, reviewKey } from './review-litigation.ts';

const verbs = '受理|收到|接收|接到|新收|办理|处理|答复';
const targets = '依申请公开|政府信息公开申请|信息公开申请|公开申请';
const noNumber = '[^。；，,;0-9０-９零〇一二两三四五六七八九十百千万亿]';
// "共受理依申请公开 4 件", "收到政府信息公开申请共计12件"
const countAfter = new RegExp(`(未|没有)?(${verbs})[^。；，,;]{0,12}?(?:${targets})${noNumber}{0,8}?(${numberPattern})\\s*(?:件|个|份|宗)`, 'g');
// "受理4件政府信息公开申请"
const countBefore = new RegExp(`(未|没有)?(${verbs})${noNumber}{0,4}?(${numberPattern})\\s*(?:件|个|份|宗)${noNumber}{0,6}?(?:${targets})`, 'g');
// "全年无依申请", "未收到政府信息公开申请"
const noApplications = new RegExp(`(无|没有|未收到|未接到|未受理|未发生|未产生)${'[^。；，,;]'}{0,8}?(依申请|${targets})`);

const reviewWord = '行政复议|行政诉讼|复议|诉讼';
const denial = new RegExp(`(无|没有|未发生|未出现|未有|未被|未收到|不存在)[^。；]{0,30}?(${reviewWord})`);
const reviewCount = new RegExp(`(${reviewWord})[^。；0-9０-９]{0,16}?(${numberPattern})\\s*(件|起|宗|条|次|个)`, 'g');

function applicationRowsKeys(report: AnnualReport, rows: string[]): string[] {
  const columns = applicationColumns(effectiveTableFormat(report, 'applications'));
  return rows.flatMap((row) => columns.map((c) => `applications.${row}.${c}`));
}

function checkApplicationCounts(report: AnnualReport, prose: string): Finding[] {
  if (!tablePresent(report, 'applications')) return [];
  const findings: Finding[] = [];
  const fresh = 'applications.new_received.total';
  const carried = 'applications.carried_over_from_last_year.total';
  const handled = 'applications.outcomes.total.total';
  const freshN = valueOf(report, fresh);
  const carriedN = valueOf(report, carried);
  const seen = new Set<string>();
  for (const sentence of sentences(prose)) {
    for (const re of [countAfter, countBefore]) {
      for (const m of sentence.matchAll(re)) {
        if (m[1]) continue; // "未受理…" is a denial, read below
        const verb = m[2]!;
        const n = parseNumber(m[3]!);
        if (n === null || seen.has(`${m.index}:${sentence}`)) continue;
        seen.add(`${m.index}:${sentence}`);
        if (/办理|处理|答复/.test(verb)) {
          // "办理" may count everything on hand (新收 + 上年结转) or what was answered (（七）总计).
          const candidates = [freshN + carriedN, valueOf(report, handled), freshN];
          if (isMissing(report, fresh) || candidates.includes(n)) continue;
          findings.push(
            finding('R_NARRATIVE_COUNTS', 'warning', `正文${quote(m[0])}称办理 ${showNumber(n)} 件，但表三新收 ${showNumber(freshN)} 件、上年结转 ${showNumber(carriedN)} 件、办理结果总计 ${showNumber(valueOf(report, handled))} 件，均不相符。请核对正文或表格。`, [fresh, carried, handled]),
          );
        } else {
          // "收到/新收" is this year's intake. "受理" is used both ways in practice: 沭阳县 2025 writes
          // "共受理政府信息公开申请 749 件" for 713 new + 36 carried over.
          const accepted = /受理|接收/.test(verb) ? [freshN, freshN + carriedN] : [freshN];
          if (isMissing(report, fresh) || accepted.includes(n)) continue;
          findings.push(
            finding('R_NARRATIVE_COUNTS', 'warning', `正文${quote(m[0])}称${verb} ${showNumber(n)} 件，但表三"一、本年新收政府信息公开申请数量"总计为 ${showNumber(freshN)} 件。请核对正文或表格。`, [fresh]),
          );
        }
      }
    }
  }
  for (const clause of clauses(prose)) {
    if (/复议|诉讼/.test(clause) || !noApplications.test(clause)) continue;
    const keys = applicationRowsKeys(report, ['new_received', 'carried_over_from_last_year']).filter((k) => valueOf(report, k) > 0);
    if (keys.length > 0) {
      findings.push(
        finding('R_NARRATIVE_COUNTS', 'warning', `正文${quote(clause)}表示本年没有政府信息公开申请，但表三"一、本年新收"总计为 ${showNumber(freshN)} 件、"二、上年结转"总计为 ${showNumber(carriedN)} 件。请核对正文或表格。`, keys),
      );
    }
  }
  return findings;
}

function scopeOf(text: string): string[] {
  const blocks: string[] = [];
  if (/复议/.test(text)) blocks.push('administrative_reconsideration');
  if (/诉讼/.test(text)) blocks.push('litigation_direct', 'litigation_after_reconsideration');
  return blocks;
}

const blockNames: Record<string, string> = {
  administrative_reconsideration: '行政复议',
  litigation_direct: '行政诉讼（未经复议直接起诉）',
  litigation_after_reconsideration: '行政诉讼（复议后起诉）',
};

function checkReviewStatements(report: AnnualReport, prose: string): Finding[] {
  if (!tablePresent(report, 'review_litigation')) return [];
  const findings: Finding[] = [];
  const blockTotal = (b: string) => ['upheld', 'corrected', 'other_result', 'pending', 'total'].reduce((s, c) => Math.max(s, valueOf(report, reviewKey(b, c))), 0);
  for (const sentence of sentences(prose)) {
    const denied = denial.exec(sentence);
    const counts = [...sentence.matchAll(reviewCount)].map((m) => ({ text: m[0], n: parseNumber(m[2]!) }));
    const saysZero = denied !== null || (counts.length > 0 && counts.every((c) => c.n === 0));
    if (saysZero) {
      const scope = scopeOf(denied ? sentence.slice(denied.index) : sentence);
      const nonZero = scope.filter((b) => blockTotal(b) > 0);
      if (nonZero.length > 0) {
        findings.push(
          finding('T4_NARRATIVE', 'warning', `正文${quote(sentence)}表示没有行政复议或行政诉讼，但表四${nonZero.map((b) => `"${blockNames[b]}"`).join('、')}有案件。请核对正文或表格。`, allReviewKeys.filter((k) => nonZero.includes(k.split('.')[1]!) && valueOf(report, k) > 0)),
        );
      }
      continue;
    }
    // The other way round: the text reports cases while the table shows none.
    for (const c of counts) {
      if (c.n === null || c.n === 0) continue;
      const scope = scopeOf(c.text);
      if (scope.length > 0 && scope.every((b) => blockTotal(b) === 0)) {
        findings.push(
          finding('T4_NARRATIVE', 'warning', `正文${quote(c.text)}提到 ${showNumber(c.n)} 件行政复议或行政诉讼，但表四${scope.map((b) => `"${blockNames[b]}"`).join('、')}全部为 0。请核对正文或表格。`, scope.map((b) => reviewKey(b, 'total'))),
        );
      }
    }
  }
  return findings;
}

// "依申请公开按时办结率100%", "均在法定期限内答复": every reply within the 条例第三十三条 period.
const allOnTime = [/(按时|按期)(办结|答复)率\s*(?:达到?|为)?\s*100(?:\.0+)?\s*[%％]/, /(均|全部)(?:在|于)?法定(?:期限|期间|时限)内/];

function checkOnTimeClaims(prose: string, overdueReplies: number | undefined): Finding[] {
  if (!overdueReplies) return [];
  for (const sentence of sentences(prose)) {
    const m = allOnTime.map((re) => re.exec(sentence)).find((x) => x !== null);
    if (!m) continue;
    return [
      finding('R_NARRATIVE_COUNTS', 'warning', `正文${quote(m[0])}表示全部申请都按时答复，但本系统记录本年度有 ${showNumber(overdueReplies)} 件申请逾期答复（条例第三十三条）。请如实填写。`, []),
    ];
  }
  return [];
}

export function checkNarrative(report: AnnualReport, options: { overdueReplies?: number | undefined } = {}): Finding[] {
  const prose = proseOf(report);
  return [...checkApplicationCounts(report, prose), ...checkReviewStatements(report, prose), ...checkOnTimeClaims(prose, options.overdueReplies)];
}
