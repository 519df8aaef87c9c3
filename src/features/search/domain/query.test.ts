import { describe, expect, it } from 'vitest';
import { planQuery, toFts5Match, toTsquery, tokensForIndex, type Cut } from './query.ts';

// A tiny hand-written segmenter standing in for jieba: the words a person would cut these queries into.
const DICT: Record<string, string[]> = {
  部门预算: ['部门预算'],
  '2024年 部门预算': ['2024', '年', ' ', '部门预算'],
  '通知': ['通知'],
  '低保的公示': ['低保', '的', '公示'],
  "x' OR 1=1": ['x', "'", ' ', 'OR', ' ', '1', '=', '1'],
};
const cut: Cut = (t) => DICT[t] ?? [t];
const cutForSearch: Cut = (t) => (t === '部门预算' ? ['部门', '预算', '部门预算'] : cut(t));

describe('query planning for Chinese full text (条例第二十四条 检索)', () => {
  it('lets a long word match as itself or as all of its sub-words', () => {
    const plan = planQuery('部门预算', cut, cutForSearch);
    expect(plan.groups).toEqual([{ word: '部门预算', parts: ['部门', '预算'] }]);
    expect(toFts5Match(plan, ['title', 'body'])).toBe('{title body} : (("部门预算" OR ("部门" AND "预算")))');
    expect(toTsquery(plan)).toBe("('部门预算' | ('部门' & '预算'))");
  });

  it('keeps a two-character query such as 通知 as one word', () => {
    const plan = planQuery('通知', cut, cutForSearch);
    expect(toTsquery(plan)).toBe("'通知'");
  });

  it('requires every word, drops 的 and punctuation, and keeps numbers', () => {
    expect(planQuery('低保的公示', cut, cutForSearch).groups.map((g) => g.word)).toEqual(['低保', '公示']);
    expect(planQuery('2024年 部门预算', cut, cutForSearch).groups.map((g) => g.word)).toEqual(['2024', '年', '部门预算']);
  });

  it('turns injection attempts into plain words', () => {
    const plan = planQuery("x' OR 1=1", cut, cutForSearch);
    expect(toTsquery(plan)).toBe("'x' & 'or' & '1'");
  });

  it('keeps words that could be facet words to the text, and needs no column filter otherwise', () => {
    const plan = planQuery('部门预算', cut, cutForSearch);
    expect(toFts5Match(plan, null)).toBe('(("部门预算" OR ("部门" AND "预算")))');
    expect(toTsquery(plan, (w) => w === '预算')).toBe("('部门预算' | ('部门' & '预算':ABC))");
  });

  it('returns no query for text without words', () => {
    expect(toFts5Match(planQuery('，。！', cut, cutForSearch), ['title'])).toBeNull();
  });

  it('indexes lower-cased word tokens separated by spaces', () => {
    expect(tokensForIndex('部门预算', cutForSearch)).toBe('部门 预算 部门预算');
  });
});
