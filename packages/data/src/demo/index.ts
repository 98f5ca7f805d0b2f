import { DEMO_SEED } from './context';
import { demoFacilities } from './facilities';
import { demoHousingProjects } from './housing';
import { demoGridProjects, demoRoadLinks } from './infrastructure';
import { demoInspectionRounds } from './inspections';
import { demoProgressReports } from './progress';
import { demoProjects } from './projects';
import { DemoRandom } from './random';
import { demoRelocationSites } from './relocation';

export * from './context';
export * from './records';

/** Every demo record, from one seeded sequence: the same on every run. */
export function generateDemoData() {
  const rng = new DemoRandom(DEMO_SEED);
  return {
    projects: demoProjects(rng),
    relocationSites: demoRelocationSites(rng),
    roadLinks: demoRoadLinks(rng),
    gridProjects: demoGridProjects(rng),
    facilities: demoFacilities(rng),
    housingProjects: demoHousingProjects(rng),
    progressReports: demoProgressReports(rng),
    inspectionRounds: demoInspectionRounds(rng),
  };
}
export type DemoData = ReturnType<typeof generateDemoData>;
