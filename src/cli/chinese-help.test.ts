import { describe, expect, it } from 'vitest';
import { Command, Option } from 'commander';
import { chineseError, chineseHelp, chineseTitle } from './chinese-help.ts';

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

describe('the whole `gongkai` help in Chinese (issue 11 item 11)', () => {
  const everyCommand = (cmd: Command): Command[] => [cmd, ...cmd.commands.flatMap(everyCommand)];

  it('no command’s help keeps commander’s English', async () => {
    const { buildProgram } = await import('./main.ts');
    const commands = everyCommand(buildProgram(() => {}));
    expect(commands.length).toBeGreaterThan(10);
    for (const cmd of commands) {
      const help = cmd.helpInformation();
      expect(help, cmd.name()).not.toMatch(/Usage:|Options:|Commands:|Arguments:|\[options\]|\[command\]|\(default:|default:|choices:|preset:|env:|display help/u);
      expect(help, cmd.name()).toMatch(/^用法： /u);
    }
  });

  it('says defaults, choices and the usage line in Chinese', () => {
    const cmd = new Command('x')
      .configureHelp(chineseHelp)
      .option('--channel <方式>', '提交方式', 'in_person')
      .option('--json', '以 JSON 输出', false)
      .addOption(new Option('--level <级别>', '机关层级').choices(['township', 'county']))
      .argument('[file]', '文件', 'report.txt');
    cmd.command('sub').option('-a', 'a');
    const help = cmd.helpInformation();
    expect(help).toContain('用法： x [选项] [命令] [file]');
    expect(help).toContain('提交方式（默认：in_person）');
    expect(help).toContain('以 JSON 输出（默认：否）');
    expect(help).toContain('机关层级（可选：township、county）');
    expect(help).toContain('文件（默认：report.txt）');
    expect(help).toContain('sub [选项]');
  });
});
