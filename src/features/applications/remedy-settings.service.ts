// 救济途径设置 (spec §8.1) as agency settings inherited down the tree (agencies/settings.service.ts): read
// for the settings page and for every reply letter, saved by the agency's administrator (agency.manage —
// a county administrator also for the townships and departments below).
import { remedyStatement, type RemedyAuthorities } from '../../law/replies.ts';
import { blankFor, letterProblems, REMEDY_BLANK_LABELS, type LetterProblem } from './domain/letter-check.ts';
import { validationErrorFromIssues } from '../../platform/errors.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { can, type Actor } from '../accounts/domain/policy.ts';
import { findAncestryIds, findSubtreeIds, listAgenciesByIds } from '../agencies/agencies.repository.ts';
import type { Agency } from '../agencies/domain/agency.ts';
import { getSetting, setSetting } from '../agencies/settings.service.ts';
import {
  readRemedySetting,
  remedyFormSchema,
  resolveRemedy,
  REMEDY_SETTING_KEY,
  type EffectiveRemedy,
  type RemedySettingValue,
} from './domain/remedy-settings.ts';
import { authorizeOn } from './service-support.ts';

/** The effective remedy values of an agency; no permission check (letters are made inside other commands). */
export async function effectiveRemedy(ctx: ServiceContext, agencyId: string): Promise<EffectiveRemedy> {
  const ancestry = await findAncestryIds(ctx.db, agencyId);
  const [own, installation, ancestors] = await Promise.all([
    getSetting(ctx, agencyId, REMEDY_SETTING_KEY),
    getSetting(ctx, null, REMEDY_SETTING_KEY),
    Promise.all(ancestry.map((id) => getSetting(ctx, id, REMEDY_SETTING_KEY))),
  ]);
  const names = new Map((await listAgenciesByIds(ctx.db, ancestry, { includeArchived: true })).map((a) => [a.id, a.name]));
  return resolveRemedy(
    readRemedySetting(own),
    ancestry.map((id, i) => ({ agencyName: names.get(id) ?? '上级单位', value: readRemedySetting(ancestors[i]) })),
    readRemedySetting(installation),
  );
}

/**
 * What the letters print: a visible blank where a name is not set yet, so nothing is silently left out —
 * and letterProblems refuses such a letter (it is seen only in the staff's preview).
 */
export function authoritiesFrom(remedy: EffectiveRemedy): RemedyAuthorities {
  return {
    reconsiderationBody: remedy.reconsiderationBody.value ?? blankFor(`${REMEDY_BLANK_LABELS.reconsiderationBody}，请在“救济途径设置”中填写`),
    court: remedy.court.value ?? blankFor(`${REMEDY_BLANK_LABELS.court}，请在“救济途径设置”中填写`),
    reconsiderationDays: remedy.reconsiderationDays.value,
    litigationMonths: remedy.litigationMonths.value,
  };
}

export interface RemedySettingsView {
  agency: Agency;
  stored: RemedySettingValue;
  effective: EffectiveRemedy;
  /** Agencies below exist, so the "下级单位默认" part means something. */
  hasChildren: boolean;
  canManage: boolean;
}

export async function remedySettingsView(ctx: ServiceContext, actor: Actor, agencyId: string): Promise<RemedySettingsView> {
  const agency = await authorizeOn(ctx, actor, 'agency.read', agencyId);
  const [stored, effective, subtree, ancestry] = await Promise.all([
    getSetting(ctx, agencyId, REMEDY_SETTING_KEY),
    effectiveRemedy(ctx, agencyId),
    findSubtreeIds(ctx.db, agencyId),
    findAncestryIds(ctx.db, agencyId),
  ]);
  return {
    agency,
    stored: readRemedySetting(stored),
    effective,
    hasChildren: subtree.length > 1,
    canManage: can(actor, 'agency.manage', agencyId, ancestry),
  };
}

/** Saves both parts in one setting (one transaction, one audit event — setSetting checks agency.manage). */
export async function saveRemedySettings(ctx: ServiceContext, actor: Actor, agencyId: string, input: unknown): Promise<void> {
  await authorizeOn(ctx, actor, 'agency.manage', agencyId);
  const parsed = remedyFormSchema.safeParse(input ?? {});
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  await setSetting(ctx, actor, agencyId, REMEDY_SETTING_KEY, parsed.data);
}

/**
 * What every reply letter of the agency would miss from 救济途径设置 today (both remedy wordings name the
 * 行政复议机关 and the court): known before anything is typed, so the reply button says it up front.
 */
export async function remedyProblems(ctx: ServiceContext, agencyId: string): Promise<LetterProblem[]> {
  const statement = remedyStatement('disclosed', authoritiesFrom(await effectiveRemedy(ctx, agencyId)));
  return letterProblems({ title: '答复书', paragraphs: [statement], agencyName: '' });
}
