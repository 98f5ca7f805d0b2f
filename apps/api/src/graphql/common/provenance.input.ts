import { Field, InputType } from 'type-graphql';
import { SourceKind } from './enums';
import { textRule } from './input-rules.description';

@InputType({ description: 'Where a planner’s data comes from; SURVEYED “entered by you” when omitted.' })
export class ProvenanceInput {
  @Field(() => SourceKind)
  kind!: 'PLAN_TEXT' | 'PUBLIC_SOURCE' | 'APPROXIMATE' | 'SURVEYED' | 'DEMO';

  @Field(() => String, { description: textRule('citation') })
  citation!: string;
}
