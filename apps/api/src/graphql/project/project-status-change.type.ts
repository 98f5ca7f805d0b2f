import { Field, ObjectType } from 'type-graphql';
import { ProjectStatus } from '../common/enums';

@ObjectType({ description: 'A dated step in a project’s status history.' })
export class ProjectStatusChange {
  @Field(() => ProjectStatus) status!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) changedOn!: string;
}
