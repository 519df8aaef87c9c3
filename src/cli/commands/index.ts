// Every `gongkai` sub-command, registered in one place. Add one line per command file.
import type { Command } from 'commander';
import { registerDeadlineCommand } from './deadline.ts';
import { registerReportCommand } from './report.ts';

export type SetExitCode = (code: number) => void;
export type RegisterCommand = (program: Command, setExitCode: SetExitCode) => void;

const registrations: RegisterCommand[] = [
  registerDeadlineCommand,
  registerReportCommand,
];

export function registerCommands(program: Command, setExitCode: SetExitCode): void {
  for (const register of registrations) register(program, setExitCode);
}
