// Commander prints its help headings and usage errors in English; users of `gongkai` read Chinese.
// These two hooks translate what commander itself says; each command's own texts are already Chinese.

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
