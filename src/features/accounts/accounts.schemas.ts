// zod schemas of account commands. Messages are Chinese: they reach users.
import { z } from 'zod';
import { ROLES } from './accounts.tables.ts';

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9._-]{2,31}$/, {
    message: '用户名须为 3–32 位小写字母、数字、点、下划线或连字符，并以字母开头',
  });

export const roleSchema = z.enum(ROLES, { message: '请选择角色：经办、审核、领导、管理员或监督' });

export const createAccountSchema = z.object({
  agencyId: z.string().trim().min(1, { message: '请选择所属单位' }),
  username: usernameSchema,
  displayName: z.string().trim().min(2, { message: '姓名至少 2 个字' }).max(40, { message: '姓名不能超过 40 个字' }),
  /** Roles granted on the home agency at once (supervisor grants go on a government: use grantRole). */
  roles: z.array(roleSchema).max(5).default([]),
});
export type CreateAccountInput = z.input<typeof createAccountSchema>;

export const grantRoleSchema = z.object({
  accountId: z.string().trim().min(1),
  agencyId: z.string().trim().min(1, { message: '请选择授权单位' }),
  role: roleSchema,
});
export type GrantRoleInput = z.input<typeof grantRoleSchema>;

export const loginSchema = z.object({
  username: z.string().trim().min(1, { message: '请输入用户名' }).max(64),
  password: z.string().min(1, { message: '请输入密码' }).max(256),
});
export type LoginInput = z.input<typeof loginSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { message: '请输入当前密码' }).max(256),
    newPassword: z.string().max(256),
    confirmPassword: z.string().max(256),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: '两次输入的新密码不一致', path: ['confirmPassword'] });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
