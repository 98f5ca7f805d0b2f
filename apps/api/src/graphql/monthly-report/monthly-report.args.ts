import type { ReportStatus as ReportStatusName } from '@atlas/data';
import { ArgsType, Field, ID } from 'type-graphql';
import { ReportStatus } from '../common/enums';

@ArgsType()
export class MonthlyReportsArgs {
  @Field(() => String, { nullable: true, description: 'YYYY-MM' }) month?: string | null;
  @Field(() => ID, { nullable: true }) zoneCode?: string | null;
  @Field(() => ReportStatus, { nullable: true }) status?: ReportStatusName | null;
}
