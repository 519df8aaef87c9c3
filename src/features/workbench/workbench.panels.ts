// The registry of staff-home panels (工作台, /admin). One line per feature: write the provider in the
// feature (`<feature>.workbench.ts`, a `WorkbenchPanel` of src/platform/workbench.ts) and add it here,
// never reorder others'. The page shows them by `order`, as the menu does.
import type { WorkbenchPanel } from '../../platform/workbench.ts';
import { annualReportsWorkbenchPanel } from '../annual-reports/annual-reports.workbench.ts';
import { applicationsWorkbenchPanel } from '../applications/applications.workbench.ts';
import { appealsWorkbenchPanel } from '../appeals/appeals.workbench.ts';
import { catalogueWorkbenchPanel } from '../catalogue/catalogue.workbench.ts';
import { correctionsWorkbenchPanel, oversightWorkbenchPanel } from '../oversight/oversight.workbench.ts';

export const workbenchPanels: readonly WorkbenchPanel[] = [
  catalogueWorkbenchPanel,
  applicationsWorkbenchPanel,
  appealsWorkbenchPanel,
  annualReportsWorkbenchPanel,
  correctionsWorkbenchPanel,
  oversightWorkbenchPanel,
];
