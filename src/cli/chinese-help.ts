// Commander prints its help headings, usage line, option notes and usage errors in English; users of
// `gongkai` read Chinese. These hooks translate what commander itself says (`[options] [command]`,
// `(default: …)`, `(choices: …)`, the headings, the errors); each command's own texts are already Chinese.
import { Help, type Argument, type Command, type HelpConfiguration, type Option } from 'commander';

const titles: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

export function chineseTitle(title: string): string {
  return titles[title] ?? title;
}

const errors: Array<[RegExp, (...groups: string[]) => string]> = [
  [/^error: required option '(.+)' not specified/, (o) => `错误：缺少必需的选项 ${o}`],
  [/^error: unknown option '(.+?)'(?:\s*\(Did you mean (.+)\?\))?/, (o, s) => `错误：未知选项 ${o}${s ? `（是否想用 ${s}？）` : ''}`],
  [/^error: missing required argument '(.+)'/, (a) => `错误：缺少必需的参数 ${a}`],
  [/^error: unknown command '(.+?)'(?:\s*\(Did you mean (.+)\?\))?/, (c, s) => `错误：未知命令 ${c}${s ? `（是否想用 ${s}？）` : ''}`],
  [/^error: option '(.+)' argument missing/, (o) => `错误：选项 ${o} 缺少取值`],
  [/^error: too many arguments(?: for '(.+)')?/, (c) => `错误：参数过多${c ? `（命令 ${c}）` : ''}`],
  [/^error: option '(.+)' argument '(.+)' is invalid\.?\s*(.*)/, (o, v, why) => `错误：选项 ${o} 的取值 ${v} 无效。${why}`],
];

/** Translates commander's own usage errors; anything else (already Chinese) passes through unchanged. */
export function chineseError(message: string): string {
  for (const [pattern, render] of errors) {
    const match = pattern.exec(message);
    if (match) return `${render(...match.slice(1).map((g) => g ?? ''))}\n用 --help 查看用法。\n`;
  }
  return message;
}

/** `[options]` / `[command]` / `[arguments]` in a usage line or a subcommand term. */
export function chineseUsage(text: string): string {
  return text.replace(/\[options\]/g, '[选项]').replace(/\[command\]/g, '[命令]').replace(/\[arguments\]/g, '[参数]');
}

/** A default, a choice or a preset as the help shows it: strings bare, booleans 是/否. */
function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === true) return '是';
  if (value === false) return '否';
  return JSON.stringify(value);
}

function notes(parts: string[], description: string): string {
  if (parts.length === 0) return description;
  const extra = `（${parts.join('；')}）`;
  return description ? `${description}${extra}` : extra;
}

/** An option's description with commander's notes in Chinese (mirrors Help.optionDescription). */
export function chineseOptionDescription(option: Option): string {
  const parts: string[] = [];
  if (option.argChoices) parts.push(`可选：${option.argChoices.map(shown).join('、')}`);
  if (option.defaultValue !== undefined) {
    const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
    if (showDefault) parts.push(`默认：${option.defaultValueDescription ?? shown(option.defaultValue)}`);
  }
  if (option.presetArg !== undefined && option.optional) parts.push(`不带取值时为 ${shown(option.presetArg)}`);
  if (option.envVar !== undefined) parts.push(`环境变量 ${option.envVar}`);
  return notes(parts, option.description);
}

/** An argument's description with commander's notes in Chinese (mirrors Help.argumentDescription). */
export function chineseArgumentDescription(argument: Argument): string {
  const parts: string[] = [];
  if (argument.argChoices) parts.push(`可选：${argument.argChoices.map(shown).join('、')}`);
  if (argument.defaultValue !== undefined) parts.push(`默认：${argument.defaultValueDescription ?? shown(argument.defaultValue)}`);
  return notes(parts, argument.description);
}

const english = new Help();

/** The help configuration of the `gongkai` program; subcommands inherit it. */
export const chineseHelp: HelpConfiguration = {
  styleTitle: chineseTitle,
  commandUsage: (cmd: Command) => chineseUsage(english.commandUsage(cmd)),
  subcommandTerm: (cmd: Command) => chineseUsage(english.subcommandTerm(cmd)),
  optionDescription: chineseOptionDescription,
  argumentDescription: chineseArgumentDescription,
};
