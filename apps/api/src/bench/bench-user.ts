/** The planner the benchmark signs in as: the bench's own database, so a fixed password is fine. */
export const BENCH_USER = { username: 'bench-planner', password: 'bench-password-0001' };
