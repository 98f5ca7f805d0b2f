import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A permanent river reach of the offline base map (WDBII, a public source).' })
export class River {
  @Field(() => ID) id!: number;
  @Field(() => String, {
    nullable: true,
    description: 'Null where the source gives no name (WDBII gives none).',
  })
  name!: string | null;
  @Field(() => Int, { description: 'WDBII level: 1 a major permanent river … 4 a minor one.' })
  level!: number;
}
