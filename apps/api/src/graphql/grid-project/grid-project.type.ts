import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GridProjectKind, WorksStatus } from '../common/enums';

@ObjectType({ description: 'A power-grid project of ≥ 110 kV: a substation or a line.' })
export class GridProject {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => GridProjectKind) kind!: string;
  @Field(() => String, { nullable: true }) zoneCode!: string | null;
  @Field(() => Int) voltageKv!: number;
  @Field(() => Int, { nullable: true, description: 'Transformer capacity, kVA.' }) transformerKva!:
    | number
    | null;
  @Field(() => Float, { description: '亿元' }) investmentYi!: number;
  @Field(() => WorksStatus) status!: string;
  @Field(() => Int) version!: number;
}
