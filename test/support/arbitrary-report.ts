// fast-check arbitraries for random VALID annual reports of both formats: every HARD rule of
// annual-report-format.md §5 holds by construction (table 三 is built from leaf outcome counts per
// applicant column, totals and the balance are derived; table 四 totals are sums; table 二 counts
// are integers and the 2021 fee is a 万元 decimal with 4 fractional digits).
import fc from 'fast-check';
import { buildReport, canonicalSections } from '../../src/report/build.ts';
import { applicationColumns, applicationLeafRows, formats } from '../../src/report/formats/index.ts';
import type { AnnualReport, FormatId, SectionId } from '../../src/report/model.ts';

const agencies = [
  '土门关乡人民政府',
  '草坝镇人民政府',
  '白土岗乡人民政府',
  '段店乡人民政府',
  '曹镇乡人民政府',
  '城关街道办事处',
  '某县交通运输局',
] as const;

// Short sentences without numbers or headings, so that they neither trip the narrative checks nor
// look like a heading or a table row to a reader.
const sentences = [
  '我单位坚持以公开为常态、不公开为例外，扎实推进政府信息公开工作。',
  '进一步健全信息发布审核机制，确保公开内容准确规范。',
  '依托政府门户网站政府信息公开专栏及时发布政策文件。',
  '加强工作人员业务培训，提升依法公开的意识和能力。',
  '公开栏、便民服务中心等线下渠道同步更新。',
  '主动接受社会监督，认真回应群众关切。',
  '信息公开的及时性和解读质量仍需提高。',
  '下一步将拓宽公开渠道，优化公开内容。',
  '严格执行保密审查制度，确保不发生泄密问题。',
] as const;

const textArb = fc
  .array(fc.constantFrom(...sentences), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join(''));

const countArb = (max: number) => fc.integer({ min: 0, max });

export interface ArbitraryReportOptions {
  format?: FormatId;
  /** Largest count in one leaf cell of table 三 (default 30). */
  maxCount?: number;
}

function applicationValuesArb(format: FormatId, maxCount: number): fc.Arbitrary<Record<string, number>> {
  const columns = applicationColumns(format).filter((c) => c !== 'total');
  const outcomeLeaves = applicationLeafRows(format)
    .map((r) => r.id)
    .filter((id) => id.startsWith('outcomes.') && id !== 'outcomes.total');
  // Most real tables are sparse: zero-heavy counts keep generated reports realistic.
  const leafCount = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: countArb(maxCount) });
  const perColumn = fc.record({
    outcomes: fc.array(leafCount, { minLength: outcomeLeaves.length, maxLength: outcomeLeaves.length }),
    carriedToNext: leafCount,
    carriedOverShare: fc.double({ min: 0, max: 1, noNaN: true }),
  });
  return fc.array(perColumn, { minLength: columns.length, maxLength: columns.length }).map((perCol) => {
    const values: Record<string, number> = {};
    const add = (row: string, column: string, n: number) => {
      const key = `applications.${row}.${column}`;
      values[key] = (values[key] ?? 0) + n;
    };
    perCol.forEach((col, i) => {
      const column = columns[i]!;
      let handled = 0;
      col.outcomes.forEach((n, j) => {
        add(outcomeLeaves[j]!, column, n);
        add(outcomeLeaves[j]!, 'total', n);
        handled += n;
      });
      // 表三角注：第一项加第二项之和，等于第三项加第四项之和 — split the right side into 新收 and 上年结转.
      const rightSide = handled + col.carriedToNext;
      const carriedOver = Math.floor(rightSide * col.carriedOverShare);
      const pairs: [string, number][] = [
        ['outcomes.total', handled],
        ['carried_to_next_year', col.carriedToNext],
        ['carried_over_from_last_year', carriedOver],
        ['new_received', rightSide - carriedOver],
      ];
      for (const [row, n] of pairs) {
        add(row, column, n);
        add(row, 'total', n);
      }
    });
    return values;
  });
}

function reviewValuesArb(maxCount: number): fc.Arbitrary<Record<string, number>> {
  const blocks = formats.gov_2021.tables.review_litigation.column_blocks.map((b) => b.id);
  const outcomes = ['upheld', 'corrected', 'other_result', 'pending'] as const;
  const small = fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: countArb(maxCount) });
  return fc.array(fc.array(small, { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }).map((byBlock) => {
    const values: Record<string, number> = {};
    byBlock.forEach((counts, i) => {
      counts.forEach((n, j) => (values[`review_litigation.${blocks[i]}.${outcomes[j]}`] = n));
      values[`review_litigation.${blocks[i]}.total`] = counts.reduce((a, b) => a + b, 0);
    });
    return values;
  });
}

function activeDisclosureValuesArb(format: FormatId, maxCount: number): fc.Arbitrary<Record<string, number>> {
  if (format === 'gov_2021') {
    return fc
      .record({
        normative: fc.tuple(countArb(maxCount), countArb(maxCount), countArb(maxCount * 10)),
        licensing: countArb(maxCount * 100),
        penalty: countArb(maxCount * 10),
        coercion: countArb(maxCount),
        // 万元 with 4 fractional digits (0.0001 万元 = 1 元): drawn in 元 and divided, never a float sum.
        feeYuan: fc.integer({ min: 0, max: 99_999_999 }),
      })
      .map((v) => {
        const [issued, abolished, extra] = v.normative;
        const p = 'active_disclosure.art20_item1';
        return {
          [`${p}.regulations.issued_this_year`]: 0,
          [`${p}.regulations.abolished_this_year`]: 0,
          [`${p}.regulations.currently_valid`]: 0,
          [`${p}.normative_documents.issued_this_year`]: issued,
          [`${p}.normative_documents.abolished_this_year`]: abolished,
          // SOFT T2_VALID_GE_NET_ISSUED: 现行有效 ≥ 制发 − 废止.
          [`${p}.normative_documents.currently_valid`]: Math.max(0, issued - abolished) + extra,
          'active_disclosure.art20_item5.administrative_licensing.decisions_this_year': v.licensing,
          'active_disclosure.art20_item6.administrative_penalty.decisions_this_year': v.penalty,
          'active_disclosure.art20_item6.administrative_coercion.decisions_this_year': v.coercion,
          'active_disclosure.art20_item8.administrative_fees.fee_amount_this_year': v.feeYuan / 10_000,
        };
      });
  }
  const itemRow = fc
    .record({ last: countArb(maxCount), change: fc.integer({ min: -maxCount, max: maxCount }), decisions: countArb(maxCount * 10) })
    // SOFT T2_2019_ITEMS_NONNEG: 上一年项目数量 + 本年增/减 ≥ 0.
    // `0 - last`, not `-last`: a -0 would not survive a JSON or text round trip.
    .map((r) => ({ ...r, change: Math.max(r.change, 0 - r.last) }));
  return fc
    .record({
      normative: fc.tuple(countArb(maxCount), countArb(maxCount), countArb(maxCount * 10)),
      licensing: itemRow,
      otherServices: itemRow,
      penalty: itemRow,
      coercion: itemRow,
      fees: itemRow,
      procurementCount: countArb(maxCount),
      procurementAmount: fc.integer({ min: 0, max: 99_999_999 }),
    })
    .map((v) => {
      const p = 'active_disclosure.art20_item1';
      const [made, published, extra] = v.normative;
      const values: Record<string, number> = {
        [`${p}.regulations.newly_made`]: 0,
        [`${p}.regulations.newly_published`]: 0,
        [`${p}.regulations.total_published`]: 0,
        [`${p}.normative_documents.newly_made`]: made,
        [`${p}.normative_documents.newly_published`]: published,
        // SOFT T2_2019_TOTAL_GE_NEW: 对外公开总数量 ≥ 本年新公开数量.
        [`${p}.normative_documents.total_published`]: published + extra,
        'active_disclosure.art20_item9.centralized_government_procurement.procurement_project_count': v.procurementCount,
        'active_disclosure.art20_item9.centralized_government_procurement.procurement_total_amount': v.procurementAmount / 10_000,
      };
      const rows: [string, string, typeof v.fees][] = [
        ['art20_item5', 'administrative_licensing', v.licensing],
        ['art20_item5', 'other_external_management_services', v.otherServices],
        ['art20_item6', 'administrative_penalty', v.penalty],
        ['art20_item6', 'administrative_coercion', v.coercion],
        ['art20_item8', 'administrative_fees', v.fees],
      ];
      for (const [block, row, r] of rows) {
        values[`active_disclosure.${block}.${row}.items_last_year`] = r.last;
        values[`active_disclosure.${block}.${row}.change_this_year`] = r.change;
        if (block !== 'art20_item8') values[`active_disclosure.${block}.${row}.decisions_count`] = r.decisions;
      }
      return values;
    });
}

function feeStatement(format: FormatId, feeUnpaid: number): string {
  if (format === 'gov_2019') return '无。';
  // 国办函〔2020〕109号：section 六 states the 信息处理费 position even when zero.
  return feeUnpaid > 0
    ? '本机关本年度依照《政府信息公开信息处理费管理办法》发出信息处理费收费通知，申请人逾期未缴纳的不再处理。'
    : '本机关本年度未发出信息处理费收费通知，未收取信息处理费。';
}

/** A random valid report; pass `format` to fix the format, otherwise both formats are drawn. */
export function arbitraryReport(options: ArbitraryReportOptions = {}): fc.Arbitrary<AnnualReport> {
  const maxCount = options.maxCount ?? 30;
  const formatArb: fc.Arbitrary<FormatId> = options.format ? fc.constant(options.format) : fc.constantFrom('gov_2021', 'gov_2019');
  return formatArb.chain((format) =>
    fc
      .record({
        year: format === 'gov_2021' ? fc.integer({ min: 2021, max: 2030 }) : fc.integer({ min: 2019, max: 2020 }),
        agency: fc.constantFrom(...agencies),
        applications: applicationValuesArb(format, maxCount),
        review: reviewValuesArb(Math.min(maxCount, 5)),
        active: activeDisclosureValuesArb(format, maxCount),
        texts: fc.tuple(textArb, textArb),
        publishedDay: fc.integer({ min: 5, max: 28 }),
      })
      .map((r) => {
        const feeUnpaid = r.applications['applications.outcomes.other_handling.fee_unpaid_overdue.total'] ?? 0;
        const texts: Partial<Record<SectionId, string>> = {
          general_situation: r.texts[0],
          problems_and_improvements: r.texts[1],
          other_matters: feeStatement(format, feeUnpaid),
        };
        const report = buildReport({
          format,
          year: r.year,
          agency: r.agency,
          values: { ...r.active, ...r.applications, ...r.review },
          texts,
          // R_REPORT_DATE / R_DEADLINE: published in January of the following year.
          reportDate: `${r.year + 1}-01-${String(r.publishedDay).padStart(2, '0')}`,
        });
        report.sections = canonicalSections(format, texts);
        return report;
      }),
  );
}

/**
 * Two reports of consecutive years of one organ, consistent across the year boundary as the product
 * would produce them: this year's 二、上年结转 equals last year's 四、结转下年度 in every column
 * (T3_PRIOR_CARRYOVER), 现行有效件数 continues (T2_VALID_CONTINUITY, gov_2021 years) and 上一年项目数量
 * continues (T2_2019_ITEMS_CONTINUITY, 2019→2020). Crosses the 2020→2021 format change when drawn so.
 */
export function arbitraryReportPair(options: { maxCount?: number } = {}): fc.Arbitrary<{ prior: AnnualReport; current: AnnualReport }> {
  return fc.integer({ min: 2019, max: 2029 }).chain((priorYear) => {
    const priorFormat: FormatId = priorYear >= 2021 ? 'gov_2021' : 'gov_2019';
    const currentFormat: FormatId = priorYear + 1 >= 2021 ? 'gov_2021' : 'gov_2019';
    return fc
      .tuple(arbitraryReport({ format: priorFormat, ...options }), arbitraryReport({ format: currentFormat, ...options }))
      .map(([priorDrawn, currentDrawn]) => {
        const prior = { ...priorDrawn, year: priorYear, reportDate: `${priorYear + 1}-01-15` };
        const current = { ...currentDrawn, agency: prior.agency, year: priorYear + 1, reportDate: `${priorYear + 2}-01-15`, cells: { ...currentDrawn.cells } };
        const value = (r: AnnualReport, key: string) => r.cells[key]?.value ?? 0;
        const set = (key: string, n: number) => (current.cells[key] = { kind: 'number', value: n });
        const columns = applicationColumns(currentFormat).filter((c) => c !== 'total');
        for (const column of columns) {
          const carried = value(prior, `applications.carried_to_next_year.${column}`);
          const handled = value(current, `applications.outcomes.total.${column}`);
          const next = value(current, `applications.carried_to_next_year.${column}`);
          // What was carried over is answered this year at the latest: count any shortfall as 予以公开.
          const shortfall = Math.max(0, carried - handled - next);
          if (shortfall > 0) {
            for (const row of ['outcomes.granted', 'outcomes.total']) {
              set(`applications.${row}.${column}`, value(current, `applications.${row}.${column}`) + shortfall);
              set(`applications.${row}.total`, value(current, `applications.${row}.total`) + shortfall);
            }
          }
          const fresh = handled + shortfall + next - carried;
          set(`applications.new_received.total`, value(current, 'applications.new_received.total') - value(current, `applications.new_received.${column}`) + fresh);
          set(`applications.carried_over_from_last_year.total`, value(current, 'applications.carried_over_from_last_year.total') - value(current, `applications.carried_over_from_last_year.${column}`) + carried);
          set(`applications.new_received.${column}`, fresh);
          set(`applications.carried_over_from_last_year.${column}`, carried);
        }
        if (priorFormat === 'gov_2021' && currentFormat === 'gov_2021') {
          for (const row of ['regulations', 'normative_documents']) {
            const p = `active_disclosure.art20_item1.${row}`;
            const issued = value(current, `${p}.issued_this_year`);
            // Nothing can be abolished that was not in force.
            const abolished = Math.min(value(current, `${p}.abolished_this_year`), value(prior, `${p}.currently_valid`) + issued);
            set(`${p}.abolished_this_year`, abolished);
            set(`${p}.currently_valid`, value(prior, `${p}.currently_valid`) + issued - abolished);
          }
        }
        if (priorFormat === 'gov_2019' && currentFormat === 'gov_2019') {
          for (const key of Object.keys(current.cells).filter((k) => k.endsWith('.items_last_year'))) {
            const change = key.replace(/items_last_year$/, 'change_this_year');
            const last = value(prior, key) + value(prior, change);
            set(key, last);
            // SOFT T2_2019_ITEMS_NONNEG for this year too.
            if (last + value(current, change) < 0) set(change, 0 - last);
          }
        }
        return { prior, current };
      });
  });
}
