import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { ProjectStatus } from '../common/enums';

@ObjectType({ description: 'A dated step in a project’s status history.' })
export class ProjectStatusChange {
  @Field(() => ProjectStatus) status!: string;
  @Field(() => DateScalar) changedOn!: string;
}
