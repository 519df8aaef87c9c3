// 救济途径设置 (spec §8.1): the 行政复议机关, the court and the two periods every reply letter prints. Pure.
//
// Each agency may set values for its own letters ("本单位") and defaults for the agencies below it
// ("下级单位默认"). The two differ at a county: the 县政府's own acts go to the 市 government for
// reconsideration, its departments' and townships' acts to the 县政府 itself (行政复议法（2023）第二十四条).
// An agency's value for a field is its own, else the nearest ancestor's default, else the installation's
// default, else the statute's period (names have no statutory default: the letter shows a blank).
import { z } from 'zod';
import { LITIGATION_MONTHS, RECONSIDERATION_DAYS } from '../../../law/replies.ts';

export const REMEDY_SETTING_KEY = 'applications.remedy';

export const remedyFieldNames = ['reconsiderationBody', 'court', 'reconsiderationDays', 'litigationMonths'] as const;
export type RemedyFieldName = (typeof remedyFieldNames)[number];

export interface RemedyFields {
  reconsiderationBody?: string | undefined;
  court?: string | undefined;
  reconsiderationDays?: number | undefined;
  litigationMonths?: number | undefined;
}

/** What one scope (an agency, or the installation) stores under REMEDY_SETTING_KEY. */
export interface RemedySettingValue {
  /** For this agency's own letters. */
  self?: RemedyFields | undefined;
  /** Inherited by every agency below, unless it or a nearer ancestor sets the field. */
  below?: RemedyFields | undefined;
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const name = (label: string) =>
  z.preprocess(blankToUndefined, z.string().trim().max(100, `${label}最多 100 个字`).optional());
// 行政复议法（2023）第二十条第一款：六十日，法律规定的申请期限超过六十日的除外 — never shorter.
const days = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: '行政复议申请期限应为天数' })
    .int('行政复议申请期限应为整数天')
    .min(RECONSIDERATION_DAYS, '行政复议申请期限不得少于六十日（行政复议法第二十条）')
    .max(365, '行政复议申请期限最多填写 365 日')
    .optional(),
);
// 行政诉讼法第四十六条第一款：六个月，法律另有规定的除外.
const months = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: '起诉期限应为月数' })
    .int('起诉期限应为整数月')
    .min(1, '起诉期限至少 1 个月')
    .max(24, '起诉期限最多填写 24 个月')
    .optional(),
);

const fieldsSchema = z.object({
  reconsiderationBody: name('行政复议机关'),
  court: name('人民法院'),
  reconsiderationDays: days,
  litigationMonths: months,
});

/** A stored value; anything damaged reads as "not set" rather than breaking every letter. */
export function readRemedySetting(raw: unknown): RemedySettingValue {
  if (raw === null || typeof raw !== 'object') return {};
  const value = raw as Record<string, unknown>;
  const part = (x: unknown) => {
    const parsed = fieldsSchema.safeParse(x ?? {});
    return parsed.success ? parsed.data : {};
  };
  return { self: part(value.self), below: part(value.below) };
}

/** The settings form: `self.<field>` and `below.<field>`, blank meaning "inherit". */
export const remedyFormSchema = z
  .object(
    Object.fromEntries(
      remedyFieldNames.flatMap((f) => [
        [`self.${f}`, fieldsSchema.shape[f]],
        [`below.${f}`, fieldsSchema.shape[f]],
      ]),
    ) as Record<`${'self' | 'below'}.${RemedyFieldName}`, (typeof fieldsSchema.shape)[RemedyFieldName]>,
  )
  .transform((form): RemedySettingValue => {
    const pick = (scope: 'self' | 'below'): RemedyFields => {
      const out: RemedyFields = {};
      for (const f of remedyFieldNames) {
        const v = form[`${scope}.${f}`];
        if (v !== undefined) (out as Record<string, unknown>)[f] = v;
      }
      return out;
    };
    return { self: pick('self'), below: pick('below') };
  });

export type RemedySource =
  | { kind: 'own' }
  | { kind: 'inherited'; agencyName: string }
  | { kind: 'installation' }
  | { kind: 'statute' }
  | { kind: 'unset' };

export interface ResolvedField<T> {
  value: T;
  source: RemedySource;
}

export interface EffectiveRemedy {
  reconsiderationBody: ResolvedField<string | null>;
  court: ResolvedField<string | null>;
  reconsiderationDays: ResolvedField<number>;
  litigationMonths: ResolvedField<number>;
}

export interface AncestorSetting {
  agencyName: string;
  value: RemedySettingValue;
}

/**
 * The values an agency's letters use. `ancestors` nearest first; `installation` is the global setting,
 * whose `below` part is the default of every agency.
 */
export function resolveRemedy(own: RemedySettingValue, ancestors: readonly AncestorSetting[], installation: RemedySettingValue): EffectiveRemedy {
  function find<T>(field: RemedyFieldName): { value: T; source: RemedySource } | null {
    const mine = own.self?.[field];
    if (mine !== undefined) return { value: mine as T, source: { kind: 'own' } };
    for (const a of ancestors) {
      const v = a.value.below?.[field];
      if (v !== undefined) return { value: v as T, source: { kind: 'inherited', agencyName: a.agencyName } };
    }
    const g = installation.below?.[field];
    if (g !== undefined) return { value: g as T, source: { kind: 'installation' } };
    return null;
  }
  return {
    reconsiderationBody: find<string>('reconsiderationBody') ?? { value: null, source: { kind: 'unset' } },
    court: find<string>('court') ?? { value: null, source: { kind: 'unset' } },
    reconsiderationDays: find<number>('reconsiderationDays') ?? { value: RECONSIDERATION_DAYS, source: { kind: 'statute' } },
    litigationMonths: find<number>('litigationMonths') ?? { value: LITIGATION_MONTHS, source: { kind: 'statute' } },
  };
}

export function remedySourceText(source: RemedySource): string {
  switch (source.kind) {
    case 'own':
      return '本单位设置';
    case 'inherited':
      return `沿用${source.agencyName}为下级单位设置的默认值`;
    case 'installation':
      return '沿用全系统默认值';
    case 'statute':
      return '法定期限';
    case 'unset':
      return '尚未设置，告知书中将留空待填';
  }
}
