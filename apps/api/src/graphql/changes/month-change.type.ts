import { Field, Float, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';

@ObjectType({
  description: 'Something that changed between two months or inspection rounds, with a point to draw it.',
})
export class MonthChange {
  @Field(() => String, {
    description:
      "'PROJECT_STARTED' | 'PROJECT_COMPLETED' | 'WORKS_COMPLETED' | 'RELOCATION_MOVED' | 'RANK_MOVED'",
  })
  kind!: string;
  @Field(() => ID, { nullable: true, description: 'The project, work, village or zone changed.' })
  entityId!: string | null;
  @Field(() => String) name!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Before: the previous status, households moved, or rank.',
  })
  from!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'After: the new status, the works kind completed, households moved, or rank.',
  })
  to!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The day it happened; null for a rank move.' })
  on!: string | null;
  @Field(() => [Float], { nullable: true, description: '[lng, lat]: centroid, village, or the zone’s seat.' })
  point!: number[] | null;
  zoneCode!: string;
}
