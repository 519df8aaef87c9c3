// Table 二's first block from the register, in the format the law prescribes for the report year:
// 2019–2020 the 2019 format (国办公开办函〔2019〕60号: 本年新制作 / 本年新公开 / 对外公开总数量), from 2021 the
// 2021 format (国办公开办函〔2021〕30号: 本年制发 / 本年废止 / 现行有效). Spec active-disclosure.md §7.3.
import { expect, it } from 'vitest';
import { importPublishedItems, normativeDocumentCells } from '../../src/features/catalogue/catalogue.service.ts';
import { describeEachDatabase } from '../support/db.ts';
import { catalogueWorld, lowIncomeNotice } from './support.ts';

const normative = (title: string, writtenOn: string, publishedOn: string, extra: Record<string, unknown> = {}) => ({
  ...lowIncomeNotice({ title, writtenOn, category: 'laws_and_documents', genre: '办法', topicCategory: '综合政务-政务公开' }),
  isNormativeDocument: true,
  publishedOn,
  ...extra,
});

describeEachDatabase('normative-document cells by report format', (under) => {
  it('2019 and 2020 use the 2019 format’s columns, 2021 the 2021 format’s; another agency may not read them', async () => {
    const ctx = under.context();
    const w = await catalogueWorld(ctx, under.database().dataDir, 'NR');
    // 甲镇's register (worked by hand below):
    //   A 成文 2019-11-20, published 2020-01-06
    //   B 成文 2020-03-02, published 2020-03-10
    //   C 成文 2020-12-28, published 2021-01-08
    //   D 成文 2018-05-04, published 2018-05-10, abolished 2021-06-30
    await importPublishedItems(ctx, w.deps, w.clerk, w.tree.townA.id, [
      normative('甲镇村级公益事业建设一事一议筹资筹劳管理办法', '2019-11-20', '2020-01-06'),
      normative('甲镇农村宅基地审批管理办法', '2020-03-02', '2020-03-10'),
      normative('甲镇临时救助实施细则', '2020-12-28', '2021-01-08'),
      normative('甲镇集镇环境卫生管理办法', '2018-05-04', '2018-05-10', { abolishedOn: '2021-06-30' }),
    ]);

    // 2020: made B, C = 2; published A, B = 2; public on 31 Dec 2020: D, A, B = 3.
    expect(await normativeDocumentCells(ctx, w.clerk, w.tree.townA.id, 2020)).toEqual({
      'active_disclosure.art20_item1.regulations.newly_made': 0,
      'active_disclosure.art20_item1.regulations.newly_published': 0,
      'active_disclosure.art20_item1.regulations.total_published': 0,
      'active_disclosure.art20_item1.normative_documents.newly_made': 2,
      'active_disclosure.art20_item1.normative_documents.newly_published': 2,
      'active_disclosure.art20_item1.normative_documents.total_published': 3,
    });
    // 2019: made A = 1; published none; public on 31 Dec 2019: D = 1.
    expect(await normativeDocumentCells(ctx, w.clerk, w.tree.townA.id, 2019)).toMatchObject({
      'active_disclosure.art20_item1.normative_documents.newly_made': 1,
      'active_disclosure.art20_item1.normative_documents.newly_published': 0,
      'active_disclosure.art20_item1.normative_documents.total_published': 1,
    });
    // 2021: issued C = 1; abolished D = 1; valid on 31 Dec 2021: A, B, C = 3.
    expect(await normativeDocumentCells(ctx, w.clerk, w.tree.townA.id, 2021)).toEqual({
      'active_disclosure.art20_item1.regulations.issued_this_year': 0,
      'active_disclosure.art20_item1.regulations.abolished_this_year': 0,
      'active_disclosure.art20_item1.regulations.currently_valid': 0,
      'active_disclosure.art20_item1.normative_documents.issued_this_year': 1,
      'active_disclosure.art20_item1.normative_documents.abolished_this_year': 1,
      'active_disclosure.art20_item1.normative_documents.currently_valid': 3,
    });
    // Before the 2019 条例's reports there is no format: nothing is computed.
    expect(await normativeDocumentCells(ctx, w.clerk, w.tree.townA.id, 2018)).toEqual({});
    // 乙镇's leader may not read 甲镇's register.
    await expect(normativeDocumentCells(ctx, w.otherLeader, w.tree.townA.id, 2020)).rejects.toThrow(/找不到该单位/);
  });
});
