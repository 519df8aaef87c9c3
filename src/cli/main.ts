// The `gongkai` command line. Each command lives in its own file under commands/ and registers
// itself on the program; commands call services or pure libraries, like routes do.
import { Command, CommanderError } from 'commander';
import { chineseError, chineseHelp } from './chinese-help.ts';
import { registerCommands } from './commands/index.ts';

/** The `gongkai` program with every command registered (help in Chinese, errors through chineseError). */
export function buildProgram(setExitCode: (code: number) => void): Command {
  const program = new Command();
  program
    .name('gongkai')
    .description('公开（Gongkai）政府信息公开平台命令行工具')
    .helpOption('-h, --help', '显示帮助')
    .addHelpCommand('help [command]', '显示某个命令的帮助')
    .configureHelp(chineseHelp)
    .configureOutput({ outputError: (message, write) => write(chineseError(message)) })
    .exitOverride();
  registerCommands(program, setExitCode);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = buildProgram((code: number) => {
    exitCode = Math.max(exitCode, code);
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors with 1 (commander already printed them).
      return error.exitCode === 0 ? 0 : 2;
    }
    process.stderr.write(`出错了：${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  return exitCode;
}
