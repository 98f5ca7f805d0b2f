import type { ProjectStatus as ProjectStatusValue } from '@atlas/data';
import { Field, Float, ID, InputType } from 'type-graphql';
import { DateScalar } from '../common/date.scalar';
import { ProjectStatus } from '../common/enums';
import { GeoJSONScalar } from '../common/geojson.scalar';
import { writeGeometryDescription } from '../common/geometry-limits.description';
import { MONEY_RULE, textRule } from '../common/input-rules.description';
import { ProvenanceInput } from '../common/provenance.input';

@InputType({ description: 'A new project.' })
export class ProjectInput {
  @Field(() => String, { description: textRule('name') }) name!: string;
  @Field(() => ID) zoneCode!: string;
  @Field(() => ID, { nullable: true }) clusterCode?: string | null;
  @Field(() => Float, { description: MONEY_RULE }) investmentYi!: number;
  @Field(() => ProjectStatus) status!: ProjectStatusValue;
  @Field(() => DateScalar, { nullable: true, description: 'When it reached status; today if omitted.' })
  statusDate?: string | null;
  @Field(() => GeoJSONScalar, {
    description: writeGeometryDescription('A Point, Polygon or MultiPolygon inside Zhoukou.'),
  })
  geometry!: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}

@InputType({ description: 'Changes to a project; omitted fields stay. A status moves one stage forward.' })
export class ProjectPatch {
  @Field(() => String, { nullable: true, description: textRule('name') }) name?: string | null;
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => ID, { nullable: true }) clusterCode?: string | null;
  @Field(() => Float, { nullable: true, description: MONEY_RULE }) investmentYi?: number | null;
  @Field(() => ProjectStatus, { nullable: true }) status?: ProjectStatusValue | null;
  @Field(() => DateScalar, { nullable: true }) statusDate?: string | null;
  @Field(() => GeoJSONScalar, {
    nullable: true,
    description: writeGeometryDescription('A Point, Polygon or MultiPolygon inside Zhoukou.'),
  })
  geometry?: unknown;
  @Field(() => ProvenanceInput, { nullable: true }) provenance?: ProvenanceInput | null;
}
