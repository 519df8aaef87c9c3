import { describe, expect, it } from 'vitest';
import { auditResultsCsv, auditResultsJson, type AuditFileResult } from './audit-results.ts';

const checked: AuditFileResult = {
  id: 'f1',
  seq: 1,
  fileName: '曹镇乡2024.txt',
  sizeBytes: 100,
  status: 'checked',
  error: null,
  format: 'gov_2021',
  year: 2024,
  agencyName: '湛河区曹镇乡人民政府',
  errorCount: 1,
  warningCount: 0,
  findings: [{ rule: 'T3_BALANCE', severity: 'error', message: '表三"总计"列：新收 4 + 上年结转 0 ≠ 办理结果总计 3 + 结转下年度 0（合计 4 ≠ 3）。', cells: ['applications.new_received.total'] }],
  context: {
    agencyName: '湛河区曹镇乡人民政府',
    agencyNameCorrected: false,
    year: 2024,
    yearCorrected: false,
    agencyLevel: { value: 'township', source: 'name', basis: '按名称“湛河区曹镇乡人民政府”推定' },
    publishedOn: { value: '2025-01-20', source: 'batch' },
    matchedAgency: null,
    prior: null,
    unchecked: ['未检查：缺少上年度报告（T3_PRIOR_CARRYOVER）'],
  },
  corrections: {},
};
const failed: AuditFileResult = { ...checked, id: 'f2', seq: 2, fileName: 'x.doc', status: 'failed', error: '这是旧版 Word（.doc）文件，无法直接读取。', format: null, year: null, agencyName: null, errorCount: 0, warningCount: 0, findings: [], context: null };

describe('bulk audit downloads', () => {
  it('writes one CSV line per finding, naming the cell in the format’s labels, quoting fields with commas or quotes', () => {
    const lines = auditResultsCsv([checked, failed]).split('\r\n');
    expect(lines[0]).toBe(
      '\ufeff序号,文件,核查状态,机关（读取）,年度（读取）,格式,错误数,警告数,机关（核查所用）,年度（核查所用）,机关层级,发布日期,比对的上年度报告,未检查的规则,严重程度,规则,规则名称,单元格,问题说明',
    );
    expect(lines[1]).toBe(
      '1,曹镇乡2024.txt,已核查,湛河区曹镇乡人民政府,2024,2021年格式,1,0,湛河区曹镇乡人民政府,2024,乡镇人民政府（按名称推定）,2025-01-20（本批默认值）,无,未检查：缺少上年度报告（T3_PRIOR_CARRYOVER）,错误,T3_BALANCE,表三新收与结转、办结不平衡,"表三""一、本年新收政府信息公开申请数量""行""总计""列","表三""总计""列：新收 4 + 上年结转 0 ≠ 办理结果总计 3 + 结转下年度 0（合计 4 ≠ 3）。"',
    );
    expect(lines[2]).toBe('2,x.doc,无法核查,,,,0,0,,,,,,,,,,,这是旧版 Word（.doc）文件，无法直接读取。');
  });

  it('keeps the reader’s error for an unreadable file in the JSON and lists cell keys with their names', () => {
    const json = JSON.parse(auditResultsJson({ id: 'b1', createdAt: '2026-11-26T04:00:00.000Z', finishedAt: null }, [checked, failed]));
    expect(json.files[0].findings[0]).toMatchObject({ rule: 'T3_BALANCE', ruleName: '表三新收与结转、办结不平衡' });
    expect(json.files[0].findings[0].cellNames).toEqual(['表三"一、本年新收政府信息公开申请数量"行"总计"列']);
    expect(json.files[1]).toMatchObject({ status: 'failed', error: '这是旧版 Word（.doc）文件，无法直接读取。', findings: [], context: null, unchecked: [] });
    expect(json.files[0].context).toEqual({
      agency: '湛河区曹镇乡人民政府',
      year: 2024,
      agencyLevel: 'township',
      agencyLevelSource: 'name',
      publishedOn: '2025-01-20',
      publishedOnSource: 'batch',
      matchedAgency: null,
      comparedWith: null,
    });
    expect(json.files[0].unchecked).toEqual(['未检查：缺少上年度报告（T3_PRIOR_CARRYOVER）']);
  });
});
