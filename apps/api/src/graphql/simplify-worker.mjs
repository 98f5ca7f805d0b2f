// The simplification worker's entry: plain JavaScript, so a worker thread can start it under any
// runner (tsx, vitest, node); it registers tsx and loads the TypeScript task.
import { register } from 'tsx/esm/api';

register();
await import('./simplify-task.ts');
