import { Field, Float, InputType, Int } from 'type-graphql';
import { InspectionMeasure } from '../common/enums';
import { textRule } from '../common/input-rules.description';
import { ProvenanceInput } from '../common/provenance.input';

@InputType()
export class InspectionCriterionInput {
  @Field(() => String, { description: textRule('code', 'lower_snake_case. ') }) code!: string;
  @Field(() => String, { description: textRule('name') }) nameZh!: string;
  @Field(() => String, { description: textRule('name') }) nameEn!: string;
  @Field(() => InspectionMeasure) measure!:
    | 'INSPECTION_SCORE'
    | 'PROJECTS_STARTED_SHARE'
    | 'PROJECTS_COMPLETED_SHARE'
    | 'INVESTMENT_COMPLETED'
    | 'MAIN_BUSINESS_REVENUE';
  @Field(() => Float, { description: 'Above 0; relative to the others.' }) weight!: number;
}

@InputType({ description: 'The whole set of criteria that replaces the current one.' })
export class InspectionCriteriaInput {
  @Field(() => [InspectionCriterionInput]) criteria!: InspectionCriterionInput[];
  @Field(() => Int, { description: 'The version read; STALE_VERSION when it has been replaced since.' })
  basedOnVersion!: number;
  @Field(() => String, { description: textRule('note', 'Why the criteria change. ') }) note!: string;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}
