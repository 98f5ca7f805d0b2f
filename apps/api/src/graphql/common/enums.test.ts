import {
  FACILITY_LEVELS,
  GRID_VOLTAGES_KV,
  HOUSING_KINDS,
  RANK_MOVEMENTS,
  RANKED_INSPECTION_KINDS,
  RANKING_STATUSES,
  TARGET_SCOPES,
  WORKS_STATUSES,
} from '@atlas/data';
import { schema } from '@atlas/db';
import { GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { atlasSchema } from '../schema';

const valuesOf = async (name: string) => {
  const type = (await atlasSchema()).getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is no enum`);
  return type.getValues().map((v) => v.value as string);
};

describe('the GraphQL enums', () => {
  it('are the domain’s lists, as the database’s enums are', async () => {
    const lists: [string, readonly string[], readonly string[] | null][] = [
      ['TargetScope', TARGET_SCOPES, schema.targetScope.enumValues],
      ['WorksStatus', WORKS_STATUSES, schema.worksStatus.enumValues],
      ['FacilityLevel', FACILITY_LEVELS, schema.facilityLevel.enumValues],
      ['HousingKind', HOUSING_KINDS, schema.housingKind.enumValues],
      ['InspectionKind', RANKED_INSPECTION_KINDS, null],
      ['Movement', RANK_MOVEMENTS, null],
      ['RankingStatus', RANKING_STATUSES, null],
    ];
    for (const [name, list, db] of lists) {
      expect((await valuesOf(name)).sort(), name).toEqual([...list].sort());
      if (db) expect(db, name).toEqual([...list]);
    }
  });

  it('name each nominal voltage by its kV', async () => {
    expect((await valuesOf('GridVoltage')).sort()).toEqual(GRID_VOLTAGES_KV.map((kv) => `KV_${kv}`).sort());
  });
});
