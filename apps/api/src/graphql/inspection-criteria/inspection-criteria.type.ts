import { Field, Float, Int, ObjectType } from 'type-graphql';
import { InspectionMeasure } from '../common/enums';
import { Provenance } from '../common/provenance.type';

@ObjectType({ description: 'One thing the zones are scored on at an inspection, and its weight.' })
export class InspectionCriterion {
  @Field(() => String) code!: string;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => InspectionMeasure) measure!: string;
  @Field(() => Float, { description: 'Relative: divided by the sum of the set’s weights.' }) weight!: number;
}

@ObjectType({
  description: 'A version of the scoring criteria; a new version replaces weights, keeping the old.',
})
export class InspectionCriteriaSet {
  @Field(() => Int) version!: number;
  @Field(() => String) note!: string;
  @Field(() => String) createdBy!: string;
  @Field(() => String, { description: 'ISO 8601.' }) createdAt!: string;
  @Field(() => Provenance, {
    description: 'The seeded default is APPROXIMATE: its weights are not the plan’s.',
  })
  provenance!: Provenance;
  @Field(() => [InspectionCriterion]) criteria!: InspectionCriterion[];
}
