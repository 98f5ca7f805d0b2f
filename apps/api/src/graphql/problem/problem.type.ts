import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { DateTimeScalar } from '../common/date-time.scalar';
import { ProblemStatus } from '../common/enums';

@ObjectType({
  description: 'A problem in the ledger (问题台账): what blocks a project, who must act, by when.',
})
export class ProjectProblem {
  @Field(() => ID) id!: number;
  @Field(() => String) description!: string;
  @Field(() => String) responsibleUnit!: string;
  @Field(() => DateScalar) dueOn!: string;
  @Field(() => ProblemStatus) status!: string;
  @Field(() => Boolean, { description: 'Not closed and past dueOn at the asOf asked (today by default).' })
  overdue!: boolean;
  @Field(() => String) raisedBy!: string;
  @Field(() => DateTimeScalar) raisedAt!: Date;
  @Field(() => String, { nullable: true }) assignedBy!: string | null;
  @Field(() => String, { nullable: true }) closedBy!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) closedAt!: Date | null;
  @Field(() => String, { nullable: true }) closingNote!: string | null;
  @Field(() => Int) version!: number;
  projectId!: string;
  zoneCode!: string;
  sourceKind!: string;
  sourceCitation!: string;
}
