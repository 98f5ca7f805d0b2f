import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SourceKind } from '../common/enums';

@ObjectType({ description: 'Lengths, capacity and households of the works and relocation.' })
export class WorksTotals {
  @Field(() => ID, { nullable: true, description: 'The zone; null for the whole city.' }) zoneCode!:
    | string
    | null;
  @Field(() => Int) roadCount!: number;
  @Field(() => Float, { description: 'km of road links' }) roadKm!: number;
  @Field(() => Float, { description: 'km of grid lines' }) gridLineKm!: number;
  @Field(() => Float, { description: 'Transformer capacity of the substations, kVA' }) substationKva!: number;
  @Field(() => Int) relocationSites!: number;
  @Field(() => Int) households!: number;
  @Field(() => Int) unitsPlanned!: number;
  @Field(() => Int) unitsCompleted!: number;
  @Field(() => SourceKind, { nullable: true, description: 'The weakest provenance behind the sums.' })
  source!: string | null;
}
