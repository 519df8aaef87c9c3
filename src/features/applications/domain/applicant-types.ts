// 申请人类型 — exactly the applicant columns of 年报格式表三 (国办公开办函〔2021〕30号), so an
// application's applicant type IS the column it is counted in; "total" is a sum, not a type.

export const applicantTypes = [
  'natural_person',
  'commercial_enterprise',
  'research_institution',
  'social_welfare_organization',
  'legal_service_organization',
  'other_organization',
] as const;

export type ApplicantType = (typeof applicantTypes)[number];

export const applicantTypeLabels: Record<ApplicantType, string> = {
  natural_person: '自然人',
  commercial_enterprise: '商业企业',
  research_institution: '科研机构',
  social_welfare_organization: '社会公益组织',
  legal_service_organization: '法律服务机构',
  other_organization: '其他组织',
};

export function isApplicantType(value: string): value is ApplicantType {
  return (applicantTypes as readonly string[]).includes(value);
}

/** 自然人 identify with a 身份证件; every other column is a 法人或其他组织 with a 统一社会信用代码. */
export function isOrganisation(type: ApplicantType): boolean {
  return type !== 'natural_person';
}
