// Section 六 and the 信息处理费 (annual-report-format.md §6): R_SECTION6_FEES and T3_FEE_ROW_VS_SECTION6.
// 国办函〔2020〕109号《政府信息公开信息处理费管理办法》 applies from report year 2021 (gov_2021).
import type { AnnualReport, Finding } from '../model.ts';
import { effectiveTableFormat, finding, showCell, valueOf } from './cells.ts';
import { sectionText } from './prose.ts';

const feeWords = /信息处理费|处理费|收费通知/;
// "未收取信息处理费", "没有产生政府信息公开处理费", "无收费事项"
const noFee = /(未|没有|无|不存在|不涉及)[^。；]{0,14}?(信息处理费|处理费|收费通知|收费)/;

export function checkSectionSix(report: AnnualReport): Finding[] {
  const findings: Finding[] = [];
  const text = sectionText(report, 'other_matters') ?? '';
  const stated = feeWords.test(text);

  // R_SECTION6_FEES: the fee position is stated every year, even when nothing was charged.
  if (report.format === 'gov_2021' && !stated) {
    findings.push(
      finding('R_SECTION6_FEES', 'warning', `"六、其他需要报告的事项"没有说明本年度信息处理费情况（国办函〔2020〕109号）。未收费也要写明，例如："本机关本年度未发出信息处理费收费通知，未收取信息处理费。"`, []),
    );
  }

  // T3_FEE_ROW_VS_SECTION6: applications closed for unpaid fees mean fee notices were issued.
  const feeRow = 'applications.outcomes.other_handling.fee_unpaid_overdue.total';
  if (effectiveTableFormat(report, 'applications') === 'gov_2021' && valueOf(report, feeRow) > 0 && (!stated || noFee.test(text))) {
    findings.push(
      finding(
        'T3_FEE_ROW_VS_SECTION6',
        'warning',
        `表三"（六）2.申请人逾期未按收费通知要求缴纳费用"总计为 ${showCell(report, feeRow)} 件，说明本年度发出过信息处理费收费通知，但"六、其他需要报告的事项"${stated ? '称没有收费事项' : '未说明信息处理费情况'}。请写明发出收费通知的件数、通知金额和实收金额。`,
        [feeRow],
      ),
    );
  }
  return findings;
}
