import { describe, expect, it } from 'vitest';
import { chineseError, chineseTitle } from './chinese-help.ts';

describe('commander messages in Chinese', () => {
  it('translates the help headings and leaves other titles alone', () => {
    expect(chineseTitle('Usage:')).toBe('用法：');
    expect(chineseTitle('Options:')).toBe('选项：');
    expect(chineseTitle('报告')).toBe('报告');
  });

  it('translates a missing required option and points to --help', () => {
    expect(chineseError("error: required option '--received <date>' not specified\n")).toBe(
      '错误：缺少必需的选项 --received <date>\n用 --help 查看用法。\n',
    );
  });

  it('keeps the suggestion of an unknown option', () => {
    expect(chineseError("error: unknown option '--jsn'\n(Did you mean --json?)\n")).toBe(
      '错误：未知选项 --jsn（是否想用 --json？）\n用 --help 查看用法。\n',
    );
  });

  it('passes a message that is already Chinese through unchanged', () => {
    expect(chineseError('收到日期格式应为 YYYY-MM-DD\n')).toBe('收到日期格式应为 YYYY-MM-DD\n');
  });
});
