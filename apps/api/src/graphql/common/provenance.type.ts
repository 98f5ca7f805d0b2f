import { Field, ObjectType } from 'type-graphql';
import { SourceKind } from './enums';

@ObjectType({ description: 'Where a record (or its geometry) came from.' })
export class Provenance {
  @Field(() => SourceKind)
  kind!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The § of the plan, the public citation, or how it was drawn or generated.',
  })
  citation!: string | null;
}
