/**
 * `work`'s value, or `fallback` if it fails or has not settled within `ms`: for answers that must
 * come in time whatever the database does (/readyz, the health probe).
 */
export function within<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  return Promise.race([work.catch(() => fallback), late]).finally(() => clearTimeout(timer));
}
