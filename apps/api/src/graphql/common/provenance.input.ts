import type { SourceKind as SourceKindValue } from '@atlas/data';
import { Field, InputType } from 'type-graphql';
import { SourceKind } from './enums';
import { textRule } from './input-rules.description';

@InputType({ description: 'Where a planner’s data comes from; SURVEYED “entered by you” when omitted.' })
export class ProvenanceInput {
  @Field(() => SourceKind)
  kind!: SourceKindValue;

  @Field(() => String, { description: textRule('citation') })
  citation!: string;
}
