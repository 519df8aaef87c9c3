// Chinese names of the roles (DESIGN §5), for pages, letters and the CLI.
import type { Role } from '../accounts.tables.ts';

export const ROLE_LABELS: Record<Role, string> = {
  clerk: '经办',
  reviewer: '审核',
  leader: '领导',
  admin: '管理员',
  supervisor: '监督（政务公开办）',
};
