import { describe, expect, it } from 'vitest';
import type { ReportLine } from './lines.ts';
import { buildSections, findHeadings, headingOf } from './sections.ts';

const lines = (...texts: string[]): ReportLine[] => texts.map((text, i) => ({ text, source: { line: i + 1 } }));

describe('section headings', () => {
  it('recognises the canonical headings', () => {
    expect(headingOf('一、总体情况')).toBe('general_situation');
    expect(headingOf('二、主动公开政府信息情况')).toBe('active_disclosure');
    expect(headingOf('三、收到和处理政府信息公开申请情况')).toBe('applications');
    expect(headingOf('四、政府信息公开行政复议、行政诉讼情况')).toBe('review_litigation');
    expect(headingOf('五、存在的主要问题及改进情况')).toBe('problems_and_improvements');
    expect(headingOf('六、其他需要报告的事项')).toBe('other_matters');
  });

  it('recognises the deviant headings of real reports', () => {
    expect(headingOf('存在的主要问题及改进情况')).toBe('problems_and_improvements');
    expect(headingOf('6、 其他需要报告的事项')).toBe('other_matters');
    expect(headingOf('## 五、政府信息公开工作存在的主要问题及改进情况')).toBe('problems_and_improvements');
    expect(headingOf('     四、政府信息公开行政复议、行政诉讼情况')).toBe('review_litigation');
  });

  it('prefers the numbered heading of the section to a sub-heading with the same words', () => {
    const found = findHeadings(lines('一、总体情况', '（一）主动公开政府信息情况', '全年发布信息249条。', '二、主动公开政府信息情况', '五、存在的主要问题及整改措施'));
    expect(found.map((h) => [h.id, h.heading])).toEqual([
      ['general_situation', '一、总体情况'],
      ['active_disclosure', '二、主动公开政府信息情况'],
      ['problems_and_improvements', '五、存在的主要问题及整改措施'],
    ]);
  });

  it('reads a numbered heading with its text run into the same line', () => {
    const ls = lines('一、总体情况。2023年，我局认真贯彻落实《条例》，全年主动公开政府信息249条，依申请公开办理26件，均按期答复。', '五、存在的主要问题及改进情况：一是公开意识有待加强。');
    const sections = buildSections(ls, findHeadings(ls));
    expect(sections.map((s) => [s.id, s.heading, s.text])).toEqual([
      ['general_situation', '一、总体情况', '2023年，我局认真贯彻落实《条例》，全年主动公开政府信息249条，依申请公开办理26件，均按期答复。'],
      ['problems_and_improvements', '五、存在的主要问题及改进情况', '一是公开意识有待加强。'],
    ]);
  });

  it('does not take table rows or prose for headings', () => {
    expect(headingOf('三、本年度办理结果')).toBeNull();
    expect(headingOf('四、结转下年度继续办理')).toBeNull();
    expect(headingOf('### 一、本年新收政府信息公开申请数量')).toBeNull();
    expect(headingOf('（二）依申请公开情况。进一步规范依申请公开流程，畅通依申请公开受理渠道，全年受理申请21件。')).toBeNull();
  });

  it('keeps the order of the headings found and reports a missing one by its absence', () => {
    const found = findHeadings(lines('一、总体情况', 'x', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'));
    expect(found.map((h) => h.id)).toEqual(['general_situation', 'active_disclosure', 'applications', 'problems_and_improvements', 'other_matters']);
  });

  it('gives each narrative section its text and leaves the signature out of the last one', () => {
    const ls = lines('一、总体情况', '我乡认真落实条例。', '', '六、其他需要报告的事项', '无', '', '段店乡人民政府', '2019年12月31日');
    const sections = buildSections(ls, findHeadings(ls));
    expect(sections.map((s) => [s.id, s.text, s.order])).toEqual([
      ['general_situation', '我乡认真落实条例。', 0],
      ['other_matters', '无', 1],
    ]);
    expect(sections[1]!.source?.line).toBe(4);
  });
});
