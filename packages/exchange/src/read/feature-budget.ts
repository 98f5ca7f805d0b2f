import { refuse } from './refusals';

/** Counts features as a reader makes them and stops the reading at the limit, not after it. */
export class FeatureBudget {
  private count = 0;

  constructor(private readonly max: number) {}

  /** Refuses at once when a file declares more features than the limit. */
  expect(declared: number): void {
    if (declared > this.max) throw refuse.tooManyFeatures(this.max);
  }

  take(): void {
    this.count += 1;
    if (this.count > this.max) throw refuse.tooManyFeatures(this.max);
  }
}
