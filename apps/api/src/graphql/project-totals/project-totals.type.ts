import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SourceKind } from '../common/enums';

@ObjectType({ description: 'Project count and investment for one group.' })
export class ProjectTotals {
  @Field(() => String, {
    nullable: true,
    description: 'Zone or cluster code, status, or quarter such as 2014Q2.',
  })
  key!: string | null;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: '亿元' }) investmentYi!: number;
  @Field(() => SourceKind, { nullable: true }) source!: string | null;
  @Field(() => Float, {
    description: 'Completed investment from accepted monthly reports, 万元 (0 when none has been accepted).',
  })
  completedWan!: number;
  @Field(() => SourceKind, {
    nullable: true,
    description: 'REPORTED, or DEMO when a demo report is behind it; null when nothing was reported.',
  })
  completedSource!: string | null;
}
