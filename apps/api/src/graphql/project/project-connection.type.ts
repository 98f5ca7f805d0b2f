import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/page-info.type';
import { Project } from './project.type';

@ObjectType()
export class ProjectEdge {
  @Field(() => Project) node!: Project;
  @Field(() => String) cursor!: string;
}

@ObjectType({ description: 'A page of projects.' })
export class ProjectConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [ProjectEdge]) edges!: ProjectEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
