import { describe, expect, it } from 'vitest';
import { buildReport } from '../build.ts';
import type { AnnualReport } from '../model.ts';
import { checkCitedDocument, checkFormatMatchesYear, checkSixSections, normalizeDocumentNumber } from './report-format.ts';

const r2021 = (year = 2023) => buildReport({ format: 'gov_2021', year, agency: '某镇人民政府' });
const r2019 = (year = 2020) => buildReport({ format: 'gov_2019', year, agency: '某镇人民政府' });

describe('R_FORMAT_MATCHES_YEAR and MIXED_FORMAT', () => {
  it('a 2023 report in the gov_2021 format and a 2020 report in gov_2019 pass', () => {
    expect(checkFormatMatchesYear(r2021())).toEqual([]);
    expect(checkFormatMatchesYear(r2019())).toEqual([]);
  });

  it('a 2021 report filled in the gov_2019 format is warned', () => {
    const found = checkFormatMatchesYear(r2019(2021));
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['R_FORMAT_MATCHES_YEAR', 'warning']]);
    expect(found[0]!.message).toContain('2021年度报告应使用2021年版格式（国办公开办函〔2021〕30号）');
  });

  it('a 2021 report with a gov_2019 table 三 is a MIXED_FORMAT and names the table', () => {
    const old = r2019(2021);
    const mixed: AnnualReport = {
      ...r2021(2021),
      tableFormats: { applications: 'gov_2019' },
      cells: { ...Object.fromEntries(Object.entries(r2021(2021).cells).filter(([k]) => !k.startsWith('applications.'))), ...Object.fromEntries(Object.entries(old.cells).filter(([k]) => k.startsWith('applications.'))) },
    };
    const found = checkFormatMatchesYear(mixed);
    expect(found.map((f) => f.rule)).toEqual(['MIXED_FORMAT', 'R_FORMAT_MATCHES_YEAR']);
    expect(found[0]!.message).toContain('表三用2019年版格式');
    expect(found[1]!.message).toContain('表三');
  });

  it('recognises a gov_2019 table 二 by its cells even without tableFormats', () => {
    const old = r2019(2021);
    const mixed: AnnualReport = { ...r2021(2021), cells: { ...Object.fromEntries(Object.entries(r2021(2021).cells).filter(([k]) => !k.startsWith('active_disclosure.'))), ...Object.fromEntries(Object.entries(old.cells).filter(([k]) => k.startsWith('active_disclosure.'))) } };
    expect(checkFormatMatchesYear(mixed).map((f) => f.rule)).toEqual(['MIXED_FORMAT', 'R_FORMAT_MATCHES_YEAR']);
  });
});

describe('R_CITED_DOCUMENT', () => {
  it('normalises spaces and brackets in document numbers', () => {
    expect(normalizeDocumentNumber('国办公开办函〔2020〕60 号')).toBe('国办公开办函〔2020〕60号');
    expect(normalizeDocumentNumber('国办公开办函[2021]30号')).toBe('国办公开办函〔2021〕30号');
  });

  it('a gov_2021 report citing 国办公开办函〔2021〕30号 passes', () => {
    expect(checkCitedDocument({ ...r2021(), citedDocuments: ['国办公开办函〔2021〕30号'] })).toEqual([]);
  });

  it('seed 004\'s "国办公开办函〔2020〕60 号" as the format document is warned', () => {
    const found = checkCitedDocument({ ...r2021(2024), citedDocuments: ['国办公开办函〔2020〕60 号'] });
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['R_CITED_DOCUMENT', 'warning']]);
    expect(found[0]!.message).toContain('2024年度报告的格式文件是国办公开办函〔2021〕30号');
  });

  it('a 2022 report citing the 2019 format document in its text is warned', () => {
    const report = r2021(2022);
    report.sections[0] = { ...report.sections[0]!, text: '根据国办公开办函〔2019〕60号要求，编制本报告。' };
    expect(checkCitedDocument(report).map((f) => f.rule)).toEqual(['R_CITED_DOCUMENT']);
  });

  it('other documents (国办函〔2020〕109号) are not format documents', () => {
    expect(checkCitedDocument({ ...r2021(), citedDocuments: ['国办公开办函〔2021〕30号', '国办函〔2020〕109号'] })).toEqual([]);
  });
});

describe('R_SIX_SECTIONS', () => {
  it('the six canonical headings in order pass', () => {
    expect(checkSixSections(r2021())).toEqual([]);
  });

  it('"6、" instead of "六、" is warned with the expected heading (seed 003)', () => {
    const report = r2019(2019);
    report.sections[5] = { ...report.sections[5]!, heading: '6、 其他需要报告的事项' };
    const found = checkSixSections(report);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['R_SIX_SECTIONS', 'warning']]);
    expect(found[0]!.message).toContain('标题"6、 其他需要报告的事项"应为"六、其他需要报告的事项"');
  });

  it('a missing section and sections out of order are warned', () => {
    const report = r2021();
    const [one, two, three, , five, six] = report.sections;
    report.sections = [one!, three!, two!, five!, six!].map((s, order) => ({ ...s, order }));
    const message = checkSixSections(report)[0]!.message;
    expect(message).toContain('缺少"四、政府信息公开行政复议、行政诉讼情况"');
    expect(message).toContain('顺序');
  });

  it('spaces inside a heading do not count as a deviation', () => {
    const report = r2021();
    report.sections[0] = { ...report.sections[0]!, heading: '一、 总体情况' };
    expect(checkSixSections(report)).toEqual([]);
  });
});
