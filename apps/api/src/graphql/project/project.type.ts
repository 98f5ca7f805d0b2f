import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ProjectStatus } from '../common/enums';

@ObjectType({ description: 'A major project (重大项目): a site point or a land polygon.' })
export class Project {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => ProjectStatus) status!: string;
  @Field(() => Float, { description: 'Investment in 亿元.' }) investmentYi!: number;
  @Field(() => Int, { description: 'Send it back with an update; a stale version is refused.' })
  version!: number;
  zoneCode!: string;
  clusterCode!: string | null;
}
