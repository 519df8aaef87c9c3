// Every `gongkai` sub-command, registered in one place. Add one line per command file.
import type { Command } from 'commander';
import { registerMigrateCommand } from './migrate.ts';
import { registerDemoCommand } from './demo.ts';
import { registerAgenciesCommand } from './agencies.ts';
import { registerAccountsCommand } from './accounts.ts';
import { registerBackupCommand } from './backup.ts';
import { registerRestoreCommand } from './restore.ts';
import { registerDeadlineCommand } from './deadline.ts';
import { registerReportCommand } from './report.ts';
import { registerCalendarCommand } from './calendar.ts';

export type SetExitCode = (code: number) => void;
export type RegisterCommand = (program: Command, setExitCode: SetExitCode) => void;

const registrations: RegisterCommand[] = [
  registerMigrateCommand,
  registerDemoCommand,
  registerAgenciesCommand,
  registerAccountsCommand,
  registerBackupCommand,
  registerRestoreCommand,
  registerDeadlineCommand,
  registerReportCommand,
  registerCalendarCommand,
];

export function registerCommands(program: Command, setExitCode: SetExitCode): void {
  for (const register of registrations) register(program, setExitCode);
}
