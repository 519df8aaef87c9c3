// 主动公开 settings of an agency (/admin/catalogue/settings), kept in the `setting` table:
//   catalogue                  the agency's own: 统一社会信用代码, 组织机构代码, 地区代码, its own columns
//   catalogue.index_pattern    索引号 template and counter reset   ┐ inherited down the agency tree
//   catalogue.approval_chain   1–3 sign-off levels (条例第十七条)    │ (agencies/settings.service.ts):
//   catalogue.sensitive_words  words the pre-release scan flags   ┘ a county's values are its townships' defaults
// Every command: the agency's 管理员 ('agency.manage') first, one transaction, an audit event.
import { z } from 'zod';
import { localDateOfInstant } from '../../law/local-date.ts';
import { ConflictError, NotFoundError, ValidationError, validationErrorFromIssues } from '../../platform/errors.ts';
import { bumpPublicationGeneration } from '../../platform/page-cache/publication-generation.ts';
import type { Executor, ServiceContext } from '../../platform/service-context.ts';
import { actorAccountId, type Actor } from '../accounts/domain/policy.ts';
import { listAgenciesByIds } from '../agencies/agencies.repository.ts';
import { authorizeOnAgency } from '../agencies/agencies.service.ts';
import type { Agency } from '../agencies/domain/agency.ts';
import { deleteSetting, findSettingValue, upsertSetting } from '../agencies/settings.repository.ts';
import { findEffectiveSettings } from '../agencies/settings.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { countItemsByCategory, lastIndexSeq } from './catalogue-settings.repository.ts';
import { approvalChainFormSchema, columnChangeSchema, indexSettingsFormSchema, sensitiveWordsFormSchema, type ColumnChange } from './catalogue-settings.schemas.ts';
import { catalogueSettingsSchema, type CatalogueSettings } from './catalogue.schemas.ts';
import { categoriesFor, CATEGORY_ID_PATTERN, type AgencyColumn } from './domain/categories.ts';
import { DEFAULT_INDEX_PATTERN, formatIndexNumber, IndexPatternError, sequenceScope, validateIndexPattern, type SeqReset } from './domain/index-number.ts';
import { validateChain, type ApprovalLevel } from './domain/workflow.ts';

export const OWN_KEY = 'catalogue';
export const INDEX_KEY = 'catalogue.index_pattern';
export const CHAIN_KEY = 'catalogue.approval_chain';
export const WORDS_KEY = 'catalogue.sensitive_words';
const INHERITED_KEYS = [INDEX_KEY, CHAIN_KEY, WORDS_KEY] as const;
type InheritedKey = (typeof INHERITED_KEYS)[number];

const indexValueSchema = z.object({ pattern: z.string().refine((p) => validateIndexPattern(p) === null), seqReset: z.enum(['yearly', 'never']) });
const chainValueSchema = z.array(z.object({ title: z.string().min(1).max(20), role: z.enum(['reviewer', 'leader']) })).refine((c) => validateChain(c) === null);
const wordsValueSchema = z.array(z.string().min(1).max(30)).max(500);

/** The agency's effective settings: its own values, the inherited ones, then the built-in defaults. */
export async function loadSettings(executor: Executor, agencyId: string): Promise<CatalogueSettings> {
  return (await loadWithSources(executor, agencyId)).settings;
}

/** Where each inherited setting came from: the agency itself, an ancestor (agency id), or the built-in default. */
export type SettingSource = { kind: 'own' } | { kind: 'inherited'; agencyId: string } | { kind: 'default' };

async function loadWithSources(executor: Executor, agencyId: string): Promise<{ settings: CatalogueSettings; sources: Record<InheritedKey, SettingSource> }> {
  const found = await findEffectiveSettings(executor, agencyId, [OWN_KEY, ...INHERITED_KEYS]);
  const own = found.get(OWN_KEY);
  // The own key is never inherited: codes and columns belong to one agency.
  const parsedOwn = catalogueSettingsSchema.safeParse(own && own.scope === agencyId ? own.value : {});
  const base = parsedOwn.success ? parsedOwn.data : catalogueSettingsSchema.parse({});
  const sources = {} as Record<InheritedKey, SettingSource>;
  const pick = <T,>(key: InheritedKey, schema: z.ZodType<T>): T | undefined => {
    const entry = found.get(key);
    const parsed = entry ? schema.safeParse(entry.value) : undefined;
    // A damaged stored value falls back to the defaults rather than breaking publication.
    if (!entry || !parsed?.success) {
      sources[key] = { kind: 'default' };
      return undefined;
    }
    sources[key] = entry.scope === agencyId ? { kind: 'own' } : entry.scope === 'global' ? { kind: 'default' } : { kind: 'inherited', agencyId: entry.scope };
    return parsed.data;
  };
  const index = pick(INDEX_KEY, indexValueSchema);
  const chain = pick(CHAIN_KEY, chainValueSchema);
  const words = pick(WORDS_KEY, wordsValueSchema);
  return {
    settings: {
      ...base,
      indexPattern: index?.pattern ?? base.indexPattern,
      seqReset: index?.seqReset ?? base.seqReset,
      approvalChain: chain ?? base.approvalChain,
      sensitiveWords: words ?? base.sensitiveWords,
    },
    sources,
  };
}

/** The template an agency numbers with: without a 统一社会信用代码 the default cannot be filled, so the agency code stands in. */
export function indexPatternOf(settings: Pick<CatalogueSettings, 'indexPattern' | 'creditCode'>): string {
  return settings.indexPattern || (settings.creditCode ? DEFAULT_INDEX_PATTERN : '{agencyCode}/{yyyy}-{seq:5}');
}

export interface IndexExample {
  readonly example: string | null;
  readonly problem: string | null;
}

/**
 * What the next item published today would be numbered, computed by the same function publication uses
 * (formatIndexNumber); a template that needs a code not configured yields the Chinese reason instead.
 */
export function indexExample(input: { pattern: string; seqReset: SeqReset; agencyCode: string; creditCode: string | null; orgCode: string | null; regionCode: string | null; today: string; nextSeq: number }): IndexExample {
  const problem = validateIndexPattern(input.pattern);
  if (problem) return { example: null, problem };
  try {
    const example = formatIndexNumber(input.pattern, {
      agencyCode: input.agencyCode,
      creditCode: input.creditCode,
      orgCode: input.orgCode,
      regionCode: input.regionCode,
      publishedOn: input.today,
      category: 'laws_and_documents',
      seq: input.nextSeq,
    });
    return { example, problem: null };
  } catch (error) {
    if (error instanceof IndexPatternError) return { example: null, problem: error.message };
    throw error;
  }
}

/** Everything the settings page shows; only the agency's 管理员 may open it. */
export async function settingsPage(ctx: ServiceContext, actor: Actor, agencyId: string) {
  const agency = await authorizeOnAgency(ctx.db, actor, 'agency.manage', agencyId);
  const { settings, sources } = await loadWithSources(ctx.db, agencyId);
  const counts = await countItemsByCategory(ctx.db, agencyId);
  const fromIds = Object.values(sources).flatMap((s) => (s.kind === 'inherited' ? [s.agencyId] : []));
  const names = new Map((await listAgenciesByIds(ctx.db, [...new Set(fromIds)], { includeArchived: true })).map((a) => [a.id, a.name]));
  const sourceLabel = (s: SettingSource): string => (s.kind === 'own' ? '本单位设置' : s.kind === 'inherited' ? `沿用${names.get(s.agencyId) ?? '上级单位'}的设置` : '系统默认设置');
  const today = localDateOfInstant(ctx.now());
  const example = await exampleFor(ctx.db, agency, settings, indexPatternOf(settings), settings.seqReset, today);
  return {
    agency,
    settings,
    sources: { index: sources[INDEX_KEY], chain: sources[CHAIN_KEY], words: sources[WORDS_KEY] },
    sourceLabels: { index: sourceLabel(sources[INDEX_KEY]), chain: sourceLabel(sources[CHAIN_KEY]), words: sourceLabel(sources[WORDS_KEY]) },
    hasParent: agency.parentId !== null,
    indexPattern: indexPatternOf(settings),
    example,
    columns: settings.columns.map((c) => ({ ...c, hidden: c.hidden === true, itemCount: counts[c.id] ?? 0 })),
  };
}

async function exampleFor(executor: Executor, agency: Agency, settings: CatalogueSettings, pattern: string, seqReset: SeqReset, today: string): Promise<IndexExample> {
  const nextSeq = (await lastIndexSeq(executor, agency.id, sequenceScope({ publishedOn: today }, seqReset))) + 1;
  return indexExample({ pattern, seqReset, agencyCode: agency.code, creditCode: settings.creditCode, orgCode: settings.orgCode, regionCode: settings.regionCode, today, nextSeq });
}

/** The live example for a template being typed (the settings page asks as the 管理员 types). */
export async function previewIndexNumber(ctx: ServiceContext, actor: Actor, agencyId: string, input: unknown): Promise<IndexExample> {
  const agency = await authorizeOnAgency(ctx.db, actor, 'agency.manage', agencyId);
  const parsed = indexSettingsFormSchema.safeParse(input);
  const settings = await loadSettings(ctx.db, agencyId);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { example: null, problem: first?.message ?? '索引号模板有误。' };
  }
  const f = parsed.data;
  // Ticking “沿用上级” previews what the agency would number with once its own template is gone.
  const pattern = f.inherit ? await inheritedIndexPattern(ctx.db, agency, f.creditCode) : f.indexPattern;
  return exampleFor(ctx.db, agency, { ...settings, creditCode: f.creditCode, orgCode: f.orgCode, regionCode: f.regionCode }, pattern, f.inherit ? settings.seqReset : f.seqReset, localDateOfInstant(ctx.now()));
}

async function readOwn(executor: Executor, agencyId: string): Promise<Record<string, unknown>> {
  const { found, value } = await findSettingValue(executor, agencyId, OWN_KEY);
  return found && value !== null && typeof value === 'object' ? { ...(value as Record<string, unknown>) } : {};
}

async function writeKey(trx: Executor, ctx: ServiceContext, actor: Actor, agencyId: string, key: string, value: unknown | undefined): Promise<unknown> {
  const before = await findSettingValue(trx, agencyId, key);
  if (value === undefined) await deleteSetting(trx, agencyId, key);
  else await upsertSetting(trx, { id: ctx.newId(), scope: agencyId, key, value, updatedAt: ctx.now().toISOString(), updatedBy: actorAccountId(actor) });
  return before.found ? before.value : null;
}

/**
 * 索引号 template and the agency's codes. Numbers already issued never change (§5.1): a new template
 * applies to items published from now on; the counter is shared, so no number is ever handed out twice.
 */
export async function saveIndexSettings(ctx: ServiceContext, actor: Actor, agencyId: string, input: unknown): Promise<void> {
  const agency = await authorizeOnAgency(ctx.db, actor, 'agency.manage', agencyId);
  const parsed = indexSettingsFormSchema.safeParse(input);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  const f = parsed.data;
  await ctx.db.transaction().execute(async (trx) => {
    const own = await readOwn(trx, agencyId);
    const nextOwn = { ...own, creditCode: f.creditCode, orgCode: f.orgCode, regionCode: f.regionCode };
    const effectivePattern = f.inherit ? await inheritedIndexPattern(trx, agency, f.creditCode) : f.indexPattern;
    // Refuse a template this agency cannot fill: its first publication would fail.
    const check = indexExample({ pattern: effectivePattern, seqReset: f.seqReset, agencyCode: agency.code, creditCode: f.creditCode, orgCode: f.orgCode, regionCode: f.regionCode, today: localDateOfInstant(ctx.now()), nextSeq: 1 });
    if (check.problem) throw new ValidationError({ [f.inherit ? 'inherit' : 'indexPattern']: check.problem });
    const beforeOwn = await writeKey(trx, ctx, actor, agencyId, OWN_KEY, nextOwn);
    const beforeIndex = await writeKey(trx, ctx, actor, agencyId, INDEX_KEY, f.inherit ? undefined : { pattern: f.indexPattern, seqReset: f.seqReset });
    await recordAudit(trx, ctx, actor, {
      action: 'catalogue.settings_update',
      objectType: 'setting',
      objectId: INDEX_KEY,
      agencyId,
      summary: f.inherit ? '索引号模板改为沿用上级单位的设置' : `索引号模板设为“${f.indexPattern}”（流水号${f.seqReset === 'yearly' ? '每年重新计数' : '连续计数'}）`,
      before: { index: beforeIndex, codes: pickCodes(beforeOwn) },
      after: { index: f.inherit ? null : { pattern: f.indexPattern, seqReset: f.seqReset }, codes: pickCodes(nextOwn) },
    });
  });
}

function pickCodes(value: unknown): Record<string, unknown> | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  return { creditCode: v.creditCode ?? null, orgCode: v.orgCode ?? null, regionCode: v.regionCode ?? null };
}

/** The template the agency would use without its own: the nearest ancestor's, else the built-in default. */
async function inheritedIndexPattern(executor: Executor, agency: Agency, creditCode: string | null): Promise<string> {
  const fromAbove = agency.parentId ? (await findEffectiveSettings(executor, agency.parentId, [INDEX_KEY])).get(INDEX_KEY) : undefined;
  const parsed = fromAbove ? indexValueSchema.safeParse(fromAbove.value) : undefined;
  return parsed?.success ? parsed.data.pattern : indexPatternOf({ indexPattern: '', creditCode });
}

/** The approval chain (条例第十七条): one to three levels, each signed by a reviewer or a leader. */
export async function saveApprovalChain(ctx: ServiceContext, actor: Actor, agencyId: string, input: unknown): Promise<void> {
  await authorizeOnAgency(ctx.db, actor, 'agency.manage', agencyId);
  const parsed = approvalChainFormSchema.safeParse(input);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  const { inherit, chain } = parsed.data;
  await ctx.db.transaction().execute(async (trx) => {
    const before = await writeKey(trx, ctx, actor, agencyId, CHAIN_KEY, inherit ? undefined : chain);
    await recordAudit(trx, ctx, actor, {
      action: 'catalogue.settings_update',
      objectType: 'setting',
      objectId: CHAIN_KEY,
      agencyId,
      summary: inherit ? '审批链改为沿用上级单位的设置' : `审批链设为 经办人 → ${chain.map((l: ApprovalLevel) => l.title).join(' → ')}`,
      before: { chain: before },
      after: { chain: inherit ? null : chain },
    });
  });
}

/** Words the scanner flags before approval (the pre-check is not a substitute for the review, spec §3.2). */
export async function saveSensitiveWords(ctx: ServiceContext, actor: Actor, agencyId: string, input: unknown): Promise<number> {
  await authorizeOnAgency(ctx.db, actor, 'agency.manage', agencyId);
  const parsed = sensitiveWordsFormSchema.safeParse(input);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  const { inherit, words } = parsed.data;
  await ctx.db.transaction().execute(async (trx) => {
    const before = await writeKey(trx, ctx, actor, agencyId, WORDS_KEY, inherit ? undefined : words);
    await recordAudit(trx, ctx, actor, {
      action: 'catalogue.settings_update',
      objectType: 'setting',
      objectId: WORDS_KEY,
      agencyId,
      summary: inherit ? '敏感词清单改为沿用上级单位的设置' : `敏感词清单保存为 ${words.length} 个词`,
      before: { words: before },
      after: { words: inherit ? null : words },
    });
  });
  return words.length;
}

/** The next own-column number: ids are generated (never typed), ASCII for URLs, and never reused so an old link cannot point at a new column. */
function nextColumnSeq(columns: readonly AgencyColumn[], lastSeq: unknown): number {
  const used = columns.map((c) => /^own_(\d+)$/.exec(c.id)).map((m) => (m ? Number(m[1]) : 0));
  return Math.max(0, typeof lastSeq === 'number' ? lastSeq : 0, ...used) + 1;
}

/**
 * Adds, renames, moves, hides, shows or deletes one of the agency's own columns (条例第二十二条). A column
 * that holds any item is never deleted: its items would lose their place in the 公开目录 (条例第十二条),
 * so it can only be hidden.
 */
export async function changeColumn(ctx: ServiceContext, actor: Actor, agencyId: string, input: ColumnChange | Record<string, unknown>): Promise<string> {
  const agency = await authorizeOnAgency(ctx.db, actor, 'agency.manage', agencyId);
  const parsed = columnChangeSchema.safeParse(input);
  if (!parsed.success) throw validationErrorFromIssues(parsed.error.issues);
  const change = parsed.data;
  return ctx.db.transaction().execute(async (trx) => {
    const own = await readOwn(trx, agencyId);
    const settings = catalogueSettingsSchema.safeParse({ columns: own.columns ?? [] });
    const columns: AgencyColumn[] = settings.success ? settings.data.columns.map((c) => ({ ...c })) : [];
    const statutory = categoriesFor(agency.level === 'township' || agency.level === 'subdistrict' ? 'township' : 'county');
    const clash = (label: string, exceptId?: string) =>
      columns.some((c) => c.id !== exceptId && c.label === label) || statutory.some((c) => c.label === label);
    let id: string;
    let summary: string;
    if (change.action === 'add') {
      if (columns.length >= 50) throw new ValidationError({ label: '本单位自设栏目最多 50 个。' });
      if (clash(change.label)) throw new ValidationError({ label: `已有名为“${change.label}”的栏目，请换一个名称。` });
      const seq = nextColumnSeq(columns, own.columnSeq);
      id = `own_${seq}`;
      if (!CATEGORY_ID_PATTERN.test(id)) throw new ConflictError('栏目编号已用尽。');
      own.columnSeq = seq;
      columns.push({ id, label: change.label });
      summary = `新增自设栏目“${change.label}”`;
    } else {
      id = change.id;
      const at = columns.findIndex((c) => c.id === change.id);
      const column = columns[at];
      if (!column) throw new NotFoundError('找不到该栏目，请刷新页面。');
      if (change.action === 'rename') {
        if (clash(change.label, column.id)) throw new ValidationError({ label: `已有名为“${change.label}”的栏目，请换一个名称。` });
        summary = `栏目“${column.label}”改名为“${change.label}”`;
        column.label = change.label;
      } else if (change.action === 'up' || change.action === 'down') {
        const to = change.action === 'up' ? at - 1 : at + 1;
        if (to < 0 || to >= columns.length) throw new ConflictError(change.action === 'up' ? '该栏目已在最前。' : '该栏目已在最后。');
        [columns[at], columns[to]] = [columns[to]!, column];
        summary = `栏目“${column.label}”${change.action === 'up' ? '上移' : '下移'}`;
      } else if (change.action === 'hide' || change.action === 'show') {
        if (change.action === 'hide') column.hidden = true;
        else delete column.hidden;
        summary = `${change.action === 'hide' ? '隐藏' : '恢复显示'}栏目“${column.label}”`;
      } else {
        const held = (await countItemsByCategory(trx, agencyId))[column.id] ?? 0;
        if (held > 0) {
          throw new ConflictError(
            `栏目“${column.label}”下有 ${held} 条信息（含草稿），不能删除：删除后这些信息将失去所属栏目，公众也无法再在公开目录中按栏目找到它们。如不再使用，请改为“隐藏”——隐藏后不再接收新信息，已有信息仍可查阅。`,
          );
        }
        columns.splice(at, 1);
        summary = `删除自设栏目“${column.label}”（无信息）`;
      }
    }
    const before = await writeKey(trx, ctx, actor, agencyId, OWN_KEY, { ...own, columns });
    // The 专栏 lists the agency's columns: cached public pages end with this transaction.
    await bumpPublicationGeneration(trx, ctx.now());
    await recordAudit(trx, ctx, actor, {
      action: 'catalogue.column_change',
      objectType: 'setting',
      objectId: `${OWN_KEY}:${id}`,
      agencyId,
      summary,
      before: { columns: (before as { columns?: unknown } | null)?.columns ?? [] },
      after: { columns },
    });
    return id;
  });
}
