import type { RankedInspectionKind } from '@atlas/data';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { InspectionKind } from '../common/enums';
import { ProvenanceInput } from '../common/provenance.input';

@InputType()
export class ZoneScoreInput {
  @Field(() => ID) zoneCode!: string;
  @Field(() => Float, { description: '0–100' }) score!: number;
  @Field(() => Int, { nullable: true, description: 'The version read, when changing a recorded score.' })
  version?: number | null;
}

@InputType({ description: 'The zones’ scores at one inspection round.' })
export class InspectionScoresInput {
  @Field(() => String, { description: '2014Q3, or 2014 for the year-end round' }) period!: string;
  @Field(() => InspectionKind) kind!: RankedInspectionKind;
  @Field(() => DateScalar, { nullable: true }) heldOn?: string | null;
  @Field(() => [ZoneScoreInput]) scores!: ZoneScoreInput[];
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}
