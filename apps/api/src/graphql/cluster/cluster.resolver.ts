import { listClusters } from '@atlas/core';
import type { schema } from '@atlas/db';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { Enterprise } from '../enterprise/enterprise.type';
import { Zone } from '../zone/zone.type';
import { Cluster } from './cluster.type';
import { RevenueTarget } from './revenue-target.type';

type ClusterRow = typeof schema.clusters.$inferSelect;

@Resolver(() => Cluster)
export class ClusterResolver {
  @Query(() => [Cluster], { description: 'The plan’s two 千亿 leading and five 百亿 specialty clusters.' })
  clusters(@Ctx() ctx: ApiContext) {
    return listClusters(ctx.db);
  }

  @Query(() => Cluster, { nullable: true })
  cluster(@Ctx() ctx: ApiContext, @Arg('code', () => ID) code: string) {
    return ctx.loaders.cluster.load(code);
  }

  @FieldResolver(() => RevenueTarget, {
    nullable: true,
    description: 'The plan’s 2014 main business revenue target.',
  })
  async revenueTarget(@Root() cluster: ClusterRow, @Ctx() ctx: ApiContext): Promise<RevenueTarget | null> {
    const target = await ctx.loaders.revenueTargetOfCluster.load(cluster.code);
    return target ? { valueYi: target.value, comparator: target.comparator, strive: target.strive } : null;
  }

  @FieldResolver(() => [Zone], { description: 'Zones the cluster rests on.' })
  zones(@Root() cluster: ClusterRow, @Ctx() ctx: ApiContext) {
    return ctx.loaders.zonesOfCluster.load(cluster.code);
  }

  @FieldResolver(() => [Enterprise], { description: 'Anchor and leading enterprises named for the cluster.' })
  async anchorEnterprises(@Root() cluster: ClusterRow, @Ctx() ctx: ApiContext) {
    return (await ctx.loaders.enterprisesOfCluster.load(cluster.code)).filter(
      (e) => e.role === 'ANCHOR' || e.role === 'LEADING',
    );
  }
}
