// Table 二 (主动公开政府信息情况) rules T2_* of annual-report-format.md §5.3.
import { formats } from '../formats/index.ts';
import type { AnnualReport, Finding, FormatId } from '../model.ts';
import { cellName } from '../render/labels.ts';
import type { AgencyLevel, CheckOptions } from './check-options.ts';
import { effectiveTableFormat, finding, isMissing, showCell, showNumber, tablePresent, valueOf } from './cells.ts';

const item1 = 'active_disclosure.art20_item1';

// 立法法第九十一、九十三条: only 国务院部门 and the governments of provinces, 设区的市 and 自治州 make
// 规章, so a county-level or township organ has none to count.
const levelsWithoutRegulations: readonly AgencyLevel[] = ['township', 'township_government', 'subdistrict', 'subdistrict_office', 'county_government', 'county_department'];

interface ColumnDef {
  readonly id: string;
  readonly value_type: string;
}

function tableCells(format: FormatId): { key: string; column: ColumnDef }[] {
  return formats[format].tables.active_disclosure.blocks.flatMap((b) =>
    b.rows.flatMap((r) => (b.columns as readonly ColumnDef[]).map((c) => ({ key: `active_disclosure.${b.id}.${r.id}.${c.id}`, column: c }))),
  );
}

export function checkActiveDisclosure(report: AnnualReport, options: CheckOptions = {}): Finding[] {
  if (!tablePresent(report, 'active_disclosure')) return [];
  const format = effectiveTableFormat(report, 'active_disclosure');
  const findings: Finding[] = [];
  const name = (k: string) => cellName(format, k);

  for (const { key, column } of tableCells(format)) {
    const cell = report.cells[key];
    if (cell?.kind !== 'number') continue;
    const v = cell.value;
    const finite = v !== null && Number.isFinite(v);
    if (column.value_type === 'non_negative_decimal') {
      // T2_FEE_DECIMAL (gov_2021 收费金额, 万元) and the gov_2019 采购总金额: a non-negative amount.
      if (!finite || v < 0) {
        const rule = format === 'gov_2021' ? 'T2_FEE_DECIMAL' : 'T2_INTEGER';
        findings.push(finding(rule, 'error', `${name(key)}应为不小于 0 的金额${format === 'gov_2021' ? '（单位：万元，最多保留四位小数）' : ''}，现为 ${showCell(report, key)}。`, [key]));
      }
    } else if (column.value_type === 'signed_integer') {
      // 本年增/减 is signed: a list can shrink (gov_2019 only).
      if (!finite || !Number.isInteger(v)) findings.push(finding('T2_INTEGER', 'error', `${name(key)}应为整数（可为负数），现为 ${showCell(report, key)}。`, [key]));
    } else if (!finite || !Number.isInteger(v) || v < 0) {
      findings.push(finding('T2_INTEGER', 'error', `${name(key)}应为不小于 0 的整数，现为 ${showCell(report, key)}。`, [key]));
    }
  }

  // T2_REGULATIONS_ZERO_FOR_LOCAL.
  if (options.agencyLevel && levelsWithoutRegulations.includes(options.agencyLevel)) {
    const regulationKeys = tableCells(format)
      .map((c) => c.key)
      .filter((k) => k.startsWith(`${item1}.regulations.`) && valueOf(report, k) !== 0);
    if (regulationKeys.length > 0) {
      findings.push(
        finding('T2_REGULATIONS_ZERO_FOR_LOCAL', 'warning', `县级、乡镇机关和街道办事处无权制定规章（立法法），表二"规章"行应全部为 0，现有：${regulationKeys.map((k) => `${name(k)} ${showCell(report, k)}`).join('；')}。规范性文件请填入下一行。`, regulationKeys),
      );
    }
  }

  const rows = ['regulations', 'normative_documents'] as const;
  if (format === 'gov_2021') {
    for (const row of rows) {
      const issued = `${item1}.${row}.issued_this_year`;
      const abolished = `${item1}.${row}.abolished_this_year`;
      const valid = `${item1}.${row}.currently_valid`;
      if ([issued, abolished, valid].some((k) => isMissing(report, k))) continue;
      // T2_VALID_GE_NET_ISSUED: what was issued and not abolished this year is still in force.
      const net = valueOf(report, issued) - valueOf(report, abolished);
      if (valueOf(report, valid) < net) {
        findings.push(finding('T2_VALID_GE_NET_ISSUED', 'warning', `${name(valid)} ${showCell(report, valid)} 小于本年制发 ${showCell(report, issued)} − 本年废止 ${showCell(report, abolished)} = ${showNumber(net)}，请核对。`, [valid, issued, abolished]));
      }
      // T2_VALID_CONTINUITY: 现行有效(Y) = 现行有效(Y−1) + 制发(Y) − 废止(Y); skipped when Y−1 used gov_2019.
      const prior = options.prior;
      if (prior && tablePresent(prior, 'active_disclosure') && effectiveTableFormat(prior, 'active_disclosure') === 'gov_2021' && !isMissing(prior, valid)) {
        const expected = valueOf(prior, valid) + net;
        if (valueOf(report, valid) !== expected) {
          findings.push(
            finding('T2_VALID_CONTINUITY', 'warning', `${name(valid)} ${showCell(report, valid)} ≠ 上年现行有效 ${showCell(prior, valid)} + 本年制发 ${showCell(report, issued)} − 本年废止 ${showCell(report, abolished)} = ${showNumber(expected)}。如有文件因有效期届满自动失效而未计入"本年废止件数"，差额是正常的，请在说明中注明。`, [valid, issued, abolished]),
          );
        }
      }
    }
  } else {
    for (const row of rows) {
      // T2_2019_TOTAL_GE_NEW: what was newly published is part of what is published in total.
      const published = `${item1}.${row}.newly_published`;
      const total = `${item1}.${row}.total_published`;
      if (!isMissing(report, published) && !isMissing(report, total) && valueOf(report, total) < valueOf(report, published)) {
        findings.push(finding('T2_2019_TOTAL_GE_NEW', 'warning', `${name(total)} ${showCell(report, total)} 小于${name(published)} ${showCell(report, published)}，对外公开总数量应包括本年新公开的文件。`, [total, published]));
      }
    }
    const itemRows = formats.gov_2019.tables.active_disclosure.blocks.filter((b) => b.columns.some((c) => c.id === 'change_this_year'));
    for (const block of itemRows) {
      for (const row of block.rows) {
        const last = `active_disclosure.${block.id}.${row.id}.items_last_year`;
        const change = `active_disclosure.${block.id}.${row.id}.change_this_year`;
        if (isMissing(report, last) || isMissing(report, change)) continue;
        // T2_2019_ITEMS_NONNEG: a list cannot shrink below zero items.
        if (valueOf(report, last) + valueOf(report, change) < 0) {
          findings.push(finding('T2_2019_ITEMS_NONNEG', 'warning', `${name(last)} ${showCell(report, last)} 加本年增/减 ${showCell(report, change)} 小于 0，事项数量不可能为负，请核对。`, [last, change]));
        }
        // T2_2019_ITEMS_CONTINUITY (2020 vs 2019): 上一年项目数量(Y) = 上一年项目数量(Y−1) + 本年增/减(Y−1).
        const prior = options.prior;
        if (prior && effectiveTableFormat(prior, 'active_disclosure') === 'gov_2019' && !isMissing(prior, last) && !isMissing(prior, change)) {
          const expected = valueOf(prior, last) + valueOf(prior, change);
          if (valueOf(report, last) !== expected) {
            findings.push(finding('T2_2019_ITEMS_CONTINUITY', 'warning', `${name(last)} ${showCell(report, last)} ≠ 上年度报告的上一年项目数量 ${showCell(prior, last)} + 本年增/减 ${showCell(prior, change)} = ${showNumber(expected)}，请核对。`, [last]));
          }
        }
      }
    }
  }

  // T2_CATALOGUE_MATCH: item 1 numbers equal what the normative-document register computes.
  for (const [k, expected] of Object.entries(options.catalogueCounts ?? {})) {
    if (!k.startsWith('active_disclosure.') || isMissing(report, k)) continue;
    if (valueOf(report, k) !== expected) {
      findings.push(finding('T2_CATALOGUE_MATCH', 'warning', `${name(k)} 填报 ${showCell(report, k)}，与规范性文件目录统计的 ${showNumber(expected)} 不一致，请核对目录或报表。`, [k]));
    }
  }

  return findings;
}
