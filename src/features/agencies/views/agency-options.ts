// Agencies as options of a <select>, indented by their depth in the tree so the hierarchy shows.
import type { SelectOption } from '../../../platform/views/Form.tsx';
import type { AgencyInTree } from '../agencies.service.ts';

export function agencyOptions(agencies: readonly AgencyInTree[]): SelectOption[] {
  return agencies.map((agency) => ({ value: agency.id, label: `${'　'.repeat(agency.depth)}${agency.name}` }));
}
