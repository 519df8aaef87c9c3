// Demo data of other features, loaded after the agencies and accounts. Add ONE line per feature:
//   { name: '主动公开目录', load: loadCatalogueDemo },
// A hook receives the service context and the demo county (agencies and signed-in actors by role),
// and creates its records through its own services so the audit log and rules apply as in real use.
import type { DemoHook } from './demo-hooks.ts';
import { loadCatalogueDemo } from '../catalogue/demo/catalogue-demo.ts';
import { loadApplicationsDemo } from '../applications/applications.demo.ts';
import { loadAnnualReportsDemo } from '../annual-reports/annual-reports.demo.ts';
import { loadAppealsDemo } from '../appeals/appeals.demo.ts';

export const demoHooks: ReadonlyArray<{ readonly name: string; readonly load: DemoHook }> = [
  { name: '主动公开目录', load: loadCatalogueDemo },
  { name: '依申请公开', load: loadApplicationsDemo },
  { name: '行政复议和行政诉讼', load: loadAppealsDemo },
  { name: '政府信息公开年报', load: loadAnnualReportsDemo },
];
