import { Arg } from 'type-graphql';
import { FeatureOrder } from './enums';
import { SpatialFilter } from './spatial-filter.input';

/** The spatial filter every feature list takes. */
export const filterArg = () => Arg('filter', () => SpatialFilter, { nullable: true });

/** The order every feature list takes; DISTANCE needs a near or nearLayer filter. */
export const orderArg = () => Arg('orderBy', () => FeatureOrder, { nullable: true });
