// The demonstration county: fictional, modelled on the townships of the seed reports (土门关乡,
// 草坝镇, 曹镇乡). Codes are 9-character organisation codes beginning 999 (no real agency has one),
// used as the prefix of 索引号 (e.g. 999000021/2026-00001). Phone numbers use area code 0123, which
// does not exist in China, and e-mail addresses the reserved .example domain.
import type { CreateAgencyInput } from '../agencies/agencies.schemas.ts';
import type { Role } from '../accounts/accounts.tables.ts';

export type DemoAgencyKey = 'county' | 'office' | 'tumenguan' | 'caoba' | 'caozhen' | 'development' | 'naturalResources';

export interface DemoAgencySpec extends Omit<CreateAgencyInput, 'parentId'> {
  readonly key: DemoAgencyKey;
  readonly parent: DemoAgencyKey | null;
}

const HOURS = '工作日 上午 8:30–12:00，下午 14:30–18:00（法定节假日除外）';

export const DEMO_AGENCIES: readonly DemoAgencySpec[] = [
  {
    key: 'county', parent: null, code: '999000010', name: '示范县人民政府', shortName: '示范县政府', level: 'county_government',
    address: '示范县城关镇人民路 1 号', postalCode: '999100', phone: '0123-6100001', email: 'zfb@shifanxian.example', officeHours: HOURS, sortOrder: 0,
  },
  {
    key: 'office', parent: 'county', code: '999000011', name: '示范县人民政府办公室（政务公开办）', shortName: '县政务公开办', level: 'disclosure_office',
    address: '示范县城关镇人民路 1 号 3 楼', postalCode: '999100', phone: '0123-6100011', email: 'zwgk@shifanxian.example', officeHours: HOURS, sortOrder: 1,
  },
  {
    key: 'tumenguan', parent: 'county', code: '999000021', name: '土门关乡人民政府', shortName: '土门关乡', level: 'township',
    address: '示范县土门关乡关前街 8 号', postalCode: '999121', phone: '0123-6210021', email: 'tmgx@shifanxian.example', officeHours: HOURS, sortOrder: 10,
  },
  {
    key: 'caoba', parent: 'county', code: '999000022', name: '草坝镇人民政府', shortName: '草坝镇', level: 'township',
    address: '示范县草坝镇迎宾路 16 号', postalCode: '999122', phone: '0123-6220022', email: 'cbz@shifanxian.example', officeHours: HOURS, sortOrder: 11,
  },
  {
    key: 'caozhen', parent: 'county', code: '999000023', name: '曹镇乡人民政府', shortName: '曹镇乡', level: 'township',
    address: '示范县曹镇乡政府街 2 号', postalCode: '999123', phone: '0123-6230023', email: 'czx@shifanxian.example', officeHours: HOURS, sortOrder: 12,
  },
  {
    key: 'development', parent: 'county', code: '999000031', name: '示范县发展和改革局', shortName: '县发展改革局', level: 'county_department',
    address: '示范县城关镇建设路 20 号', postalCode: '999100', phone: '0123-6100031', email: 'fgj@shifanxian.example', officeHours: HOURS, sortOrder: 20,
  },
  {
    key: 'naturalResources', parent: 'county', code: '999000032', name: '示范县自然资源局', shortName: '县自然资源局', level: 'county_department',
    address: '示范县城关镇建设路 36 号', postalCode: '999100', phone: '0123-6100032', email: 'zrj@shifanxian.example', officeHours: HOURS, sortOrder: 21,
  },
];

export type DemoAccountKey = 'clerk' | 'reviewer' | 'leader' | 'admin' | 'supervisor' | 'countyAdmin';

export interface DemoAccountSpec {
  readonly key: DemoAccountKey;
  readonly username: string;
  readonly displayName: string;
  /** Where the account belongs (account.agency_id). */
  readonly home: DemoAgencyKey;
  /** The role and the agency it is granted on. */
  readonly role: Role;
  readonly grantedOn: DemoAgencyKey;
}

// One account per role at 土门关乡; supervision is granted on the county government (its subtree is
// what the 政务公开办 oversees), and the county administrator manages every agency of the county.
export const DEMO_ACCOUNTS: readonly DemoAccountSpec[] = [
  { key: 'clerk', username: 'tmg-clerk', displayName: '李明', home: 'tumenguan', role: 'clerk', grantedOn: 'tumenguan' },
  { key: 'reviewer', username: 'tmg-reviewer', displayName: '张华', home: 'tumenguan', role: 'reviewer', grantedOn: 'tumenguan' },
  { key: 'leader', username: 'tmg-leader', displayName: '刘强', home: 'tumenguan', role: 'leader', grantedOn: 'tumenguan' },
  { key: 'admin', username: 'tmg-admin', displayName: '陈静', home: 'tumenguan', role: 'admin', grantedOn: 'tumenguan' },
  { key: 'supervisor', username: 'gkb-supervisor', displayName: '赵敏', home: 'office', role: 'supervisor', grantedOn: 'county' },
  { key: 'countyAdmin', username: 'county-admin', displayName: '周涛', home: 'county', role: 'admin', grantedOn: 'county' },
];
