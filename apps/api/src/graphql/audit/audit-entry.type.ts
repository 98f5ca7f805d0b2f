import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/date-time.scalar';
import { JSONScalar } from '../common/json.scalar';
import { PageInfo } from '../common/page-info.type';

@ObjectType({ description: 'One field a change touched.' })
export class AuditChange {
  @Field(() => String) field!: string;
  @Field(() => JSONScalar, { nullable: true }) before!: unknown;
  @Field(() => JSONScalar, { nullable: true }) after!: unknown;
}

@ObjectType({ description: 'One recorded change: who, when, what, before → after.' })
export class AuditEntry {
  @Field(() => ID) id!: number;
  @Field(() => DateTimeScalar) at!: Date;
  @Field(() => String, { description: 'Who wrote it, as `name (role)`; never any part of a credential.' })
  actor!: string;
  @Field(() => String, { description: 'CREATE, UPDATE, DISABLE, RESET_PASSWORD …' }) action!: string;
  @Field(() => String) entity!: string;
  @Field(() => String) entityId!: string;
  @Field(() => [AuditChange], { description: 'The fields that differ between before and after, in order.' })
  changes!: AuditChange[];
  @Field(() => JSONScalar, { nullable: true }) before!: unknown;
  @Field(() => JSONScalar, { nullable: true }) after!: unknown;
}

@ObjectType({ description: 'A record’s history, newest first.' })
export class AuditConnection {
  @Field(() => [AuditEntry]) nodes!: AuditEntry[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
