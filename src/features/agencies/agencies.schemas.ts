// zod schemas of agency commands (forms, CLI, demo data). Messages are Chinese: they reach users.
import { z } from 'zod';
import { AGENCY_LEVELS } from './agencies.tables.ts';

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { message: `${label}不能超过 ${max} 个字符` })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const agencyCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/, {
    message: '单位代码须为 2–40 位字母、数字或连字符（用于索引号，例如统一社会信用代码或组织机构代码）',
  });

const contactFields = {
  shortName: optionalText(20, '简称'),
  address: optionalText(200, '地址'),
  postalCode: z
    .string()
    .trim()
    .regex(/^(\d{6})?$/, { message: '邮政编码须为 6 位数字' })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\-() 、，,转]{0,40}$/, { message: '联系电话只能包含数字、空格、括号、加号和连字符' })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  email: z
    .union([z.literal(''), z.email({ message: '电子邮箱格式不正确' })])
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  officeHours: optionalText(100, '办公时间'),
  sortOrder: z.coerce.number({ message: '排序须为整数' }).int({ message: '排序须为整数' }).min(0).max(100000).optional(),
};

export const createAgencySchema = z.object({
  parentId: z.string().trim().min(1).nullable(),
  code: agencyCodeSchema,
  name: z.string().trim().min(2, { message: '单位名称至少 2 个字' }).max(60, { message: '单位名称不能超过 60 个字' }),
  level: z.enum(AGENCY_LEVELS, { message: '请选择单位层级' }),
  ...contactFields,
  settings: z.record(z.string(), z.unknown()).optional(),
});
export type CreateAgencyInput = z.input<typeof createAgencySchema>;

export const updateAgencySchema = z.object({
  code: agencyCodeSchema.optional(),
  name: z.string().trim().min(2, { message: '单位名称至少 2 个字' }).max(60, { message: '单位名称不能超过 60 个字' }).optional(),
  ...contactFields,
  settings: z.record(z.string(), z.unknown()).optional(),
});
export type UpdateAgencyInput = z.input<typeof updateAgencySchema>;
