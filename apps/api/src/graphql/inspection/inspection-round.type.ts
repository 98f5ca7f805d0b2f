import type { RankedInspectionKind } from '@atlas/data';
import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { InspectionKind } from '../common/enums';

@ObjectType({
  description: 'An inspection round that has been recorded: a period inspectionRanking answers for.',
})
export class InspectionRound {
  @Field(() => String, { description: 'A quarter such as 2014Q3, or a year (2014) for the year-end round.' })
  period!: string;

  @Field(() => InspectionKind) kind!: RankedInspectionKind;
  @Field(() => DateScalar, { nullable: true }) heldOn!: string | null;
}
