import { DEMO_SEED } from './context';
import { demoFacilities } from './facilities';
import { demoHousingProjects } from './housing';
import { demoGridProjects, demoRoadLinks } from './infrastructure';
import { demoInspectionRounds } from './inspections';
import { demoLedger } from './ledger';
import { demoMonthlyReports } from './monthly-reports';
import { demoProgressReports } from './progress';
import { demoProjects } from './projects';
import { DemoRandom } from './random';
import { demoRelocationSites } from './relocation';
import { demoWorksSchedules } from './works-schedule';

export * from './context';
export * from './ledger';
export * from './monthly-reports';
export * from './records';
export * from './works-schedule';

/** Every demo record, from one seeded sequence: the same on every run. */
function demoRecords() {
  const rng = new DemoRandom(DEMO_SEED);
  const records = {
    projects: demoProjects(rng),
    relocationSites: demoRelocationSites(rng),
    roadLinks: demoRoadLinks(rng),
    gridProjects: demoGridProjects(rng),
    facilities: demoFacilities(rng),
    housingProjects: demoHousingProjects(rng),
    progressReports: demoProgressReports(rng),
    inspectionRounds: demoInspectionRounds(rng),
  };
  // The ledger and schedules draw from sequences of their own, so adding them changed no earlier record.
  return {
    ...records,
    ledger: demoLedger(records.projects, new DemoRandom(DEMO_SEED + 1)),
    worksSchedules: demoWorksSchedules(records, new DemoRandom(DEMO_SEED + 2)),
  };
}

/** Every demo record, with the zones' accepted monthly reports for January–August 2014. */
export function generateDemoData() {
  const records = demoRecords();
  return {
    ...records,
    monthlyReports: demoMonthlyReports(
      { ...records, annualPlans: records.ledger.annualPlans },
      new DemoRandom(DEMO_SEED + 3),
    ),
  };
}
export type DemoData = ReturnType<typeof generateDemoData>;
