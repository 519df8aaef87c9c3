import { z } from 'zod';
import { MAX_QUERY_LENGTH } from './domain/query.ts';

const blankToNull = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v.trim());

export const searchInputSchema = z.object({
  q: z.string().max(MAX_QUERY_LENGTH * 2, { message: `检索词不能超过 ${MAX_QUERY_LENGTH} 个字。` }).optional().default(''),
  agency: z.string().max(60).optional().transform(blankToNull),
  category: z.string().max(41).optional().transform(blankToNull),
  year: z
    .string()
    .optional()
    .transform((v) => (v && /^\d{4}$/.test(v.trim()) ? Number(v.trim()) : null)),
  documentNo: z.string().max(60).optional().transform(blankToNull),
  page: z.coerce.number().int().min(1).max(500).catch(1).default(1),
});
export type SearchInput = z.input<typeof searchInputSchema>;
