// The letter check (issue 11 item 1), on letters written by hand: the one the applicant actually received,
// each kind of leftover, and a clean letter.
import { describe, expect, it } from 'vitest';
import { letterProblems, letterProblemsText } from './letter-check.ts';
import { fillTemplate, type RenderedLetter } from './notice-letters.ts';

const letter = (...paragraphs: string[]): RenderedLetter => ({ title: '某某镇人民政府政府信息公开申请答复书', paragraphs, agencyName: '某某镇人民政府', letterNumber: '〔2026〕第3号', date: '2026年12月7日' });

describe('letter check', () => {
  it('finds the three faults of the letter in issue 11, each with where it is filled in', () => {
    const problems = letterProblems(letter(
      '张三：',
      '经审查，本机关决定予以公开。见附件。。',
      '申请人如对本答复不服，可以自收到本答复之日起六十日内向＿＿＿＿（行政复议机关，请在“救济途径设置”中填写）申请行政复议，或者自收到本答复之日起六个月内向＿＿＿＿（人民法院，请在“救济途径设置”中填写）提起行政诉讼。',
    ));
    // In the order they appear in the letter.
    expect(problems.map((p) => p.fixAt.kind)).toEqual(['letter_text', 'remedy_settings', 'remedy_settings']);
    expect(problems[0]!.message).toContain('标点重复（…予以公开。见附件。。）');
    expect(problems[1]!.message).toMatch(/^“行政复议机关”尚未填写/);
    expect(problems[2]!.message).toMatch(/^“人民法院”尚未填写/);
    expect(letterProblemsText(problems)).toMatch(/^告知书还有未完成的内容，不能发出：1\. 标点重复.*请在“告知书正文”中修改；2\. “行政复议机关”尚未填写.*请在“救济途径设置”中修改；3\. .*。$/);
  });

  it('names a missing value of the reply form by its field, a record value by the case records', () => {
    const problems = letterProblems(letter('理由：＿＿＿＿（理由）。', '请于＿＿＿＿（补正期限）前补正。'));
    expect(problems.map((p) => p.fixAt)).toEqual([{ kind: 'reply_form', field: 'reasons' }, { kind: 'case_record' }]);
  });

  it('finds blanks without a label, leftover placeholders, bracketed and written instructions', () => {
    const cases: Array<[string, string]> = [
      ['请于____前缴纳。', '有未填写的空格'],
      ['请于＿＿前缴纳。', '有未填写的空格'],
      ['您好{{applicantName}}。', '有未替换的占位内容“{{applicantName}}”'],
      ['本机关决定【请填写处理结果】。', '有未替换的占位内容“【请填写处理结果】”'],
      ['向某某（请填写复议机关）申请。', '有写给工作人员的提示“（请填写复议机关）”'],
      ['名称请在“设置”中填写。', '有写给工作人员的提示“请在“设置”中填写”'],
      ['向××人民政府申请行政复议。', '有写给工作人员的提示“××”'],
      ['理由如下：；无。', '标点重复'],
      ['决定予以公开，。', '标点重复'],
    ];
    for (const [text, expected] of cases) {
      const found = letterProblems(letter('张三：', text));
      expect(found.map((p) => p.message).join('|'), text).toContain(expected);
    }
  });

  it('passes a complete letter, title and signature included', () => {
    expect(letterProblems(letter(
      '张三：',
      '本机关于2026年11月2日收到您提出的政府信息公开申请（申请编号：999000021-2026-0007），您申请获取“本乡2025年高标准农田建设项目实施方案”。',
      '经审查，您申请获取的信息属于可以公开的政府信息，本机关决定予以公开。见附件。',
      '依据：《中华人民共和国政府信息公开条例》第三十六条第（二）项。',
      '申请人如对本答复不服，可以自收到本答复之日起六十日内向示范县人民政府申请行政复议，或者自收到本答复之日起六个月内向示范县人民法院提起行政诉讼。',
      '特此告知。',
      '附件：实施方案.pdf',
    ))).toEqual([]);
    expect(letterProblems({ ...letter('张三：'), agencyName: '＿＿＿＿（机关名称）' }).map((p) => p.fixAt.kind)).toEqual(['case_record']);
    expect(letterProblems({ ...letter(), paragraphs: [] }).map((p) => p.message)).toEqual(['正文为空']);
  });
});

describe('filling a template: the value meets the template’s punctuation once (the source of “见附件。。”)', () => {
  const base = { agencyName: '某某镇人民政府', applicantName: '张三', applicationNumber: 'X-2026-0001', receivedOn: '2026年11月2日', description: '征地补偿标准。' };
  it('drops the value’s own closing mark before the template’s', () => {
    expect(fillTemplate('本机关向您提供可以公开的部分：{{provided}}。不予公开的部分', { ...base, provided: '见附件。' })).toBe('本机关向您提供可以公开的部分：见附件。不予公开的部分');
    expect(fillTemplate('您申请获取“{{description}}”。', base)).toBe('您申请获取“征地补偿标准”。');
    expect(fillTemplate('理由：{{reasons}}。', { ...base, reasons: '属于商业秘密；' })).toBe('理由：属于商业秘密。');
  });
  it('ends a value that is its own closing sentence with “。”, once', () => {
    expect(fillTemplate('本机关决定予以公开。{{provided}}', { ...base, provided: '分配方案（附件共 3 页）' })).toBe('本机关决定予以公开。分配方案（附件共 3 页）。');
    expect(fillTemplate('本机关决定予以公开。{{provided}}', { ...base, provided: '见附件。' })).toBe('本机关决定予以公开。见附件。');
  });
  it('leaves out an empty optional sentence, but shows a blank for a value missing inside a sentence', () => {
    expect(fillTemplate('本机关未制作该信息。{{reasons}}', { ...base, reasons: '' })).toBe('本机关未制作该信息。');
    expect(fillTemplate('理由：{{reasons}}。', { ...base, reasons: '' })).toBe('理由：＿＿＿＿（理由）。');
    expect(fillTemplate('本机关未制作该信息。{{reasons}}', base)).toBe('本机关未制作该信息。＿＿＿＿（理由）');
  });
});
