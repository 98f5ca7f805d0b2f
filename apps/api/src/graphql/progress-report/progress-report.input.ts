import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ProvenanceInput } from '../common/provenance.input';

@InputType({ description: 'A period’s figure for a zone, a cluster, or the ten zones together.' })
export class ProgressReportInput {
  @Field(() => String, { description: '2014, 2014Q3 or 2014M09 (2014-09 is read as 2014M09)' })
  period!: string;
  @Field(() => String) metric!: string;
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => ID, { nullable: true }) clusterCode?: string | null;
  @Field(() => Float) value!: number;
  @Field(() => Int, { nullable: true, description: 'The version read, when correcting a report.' }) version?:
    | number
    | null;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}
