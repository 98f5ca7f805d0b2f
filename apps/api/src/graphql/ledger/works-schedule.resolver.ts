import { worksLate } from '@atlas/core';
import { Arg, type ClassType, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';

/** The schedule columns a works row carries (road link, grid project, facility, relocation site). */
export interface WorksScheduleRow {
  plannedStartOn: string | null;
  plannedFinishOn: string | null;
  progressPercent: number | null;
  responsibleUnit: string | null;
}

/**
 * The schedule fields every kind of work answers the same way: planned start and finish,
 * progress, the responsible unit, and whether it is late at a day (today unless asked).
 */
export function worksScheduleResolver<R extends WorksScheduleRow>(type: ClassType) {
  @Resolver(() => type)
  class WorksScheduleFieldsResolver {
    @FieldResolver(() => DateScalar, { nullable: true })
    plannedStartOn(@Root() row: R) {
      return row.plannedStartOn;
    }

    @FieldResolver(() => DateScalar, { nullable: true, description: 'The day it is due to be finished.' })
    plannedFinishOn(@Root() row: R) {
      return row.plannedFinishOn;
    }

    @FieldResolver(() => Float, {
      nullable: true,
      description: 'Percent done, from accepted reports (or demo).',
    })
    progressPercent(@Root() row: R) {
      return row.progressPercent;
    }

    @FieldResolver(() => String, { nullable: true, description: 'The unit answering for the works.' })
    responsibleUnit(@Root() row: R) {
      return row.responsibleUnit;
    }

    @FieldResolver(() => Boolean, {
      description:
        'Past its planned finish at asOf (today unless given) and below 100 %; never without a planned finish.',
    })
    late(@Root() row: R, @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string) {
      return worksLate(row, asOf ?? undefined);
    }
  }
  return WorksScheduleFieldsResolver;
}
