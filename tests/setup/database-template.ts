import { createTestTemplate } from '@atlas/db/testing';
import type { TestProject } from 'vitest/node';

// Runs once per test run: every test file then copies this template instead of migrating its own.
export default async function setup(project: TestProject) {
  const started = Date.now();
  const template = await createTestTemplate(process.env.DATABASE_URL || undefined);
  project.provide('atlasTestTemplate', template);
  console.log(`test database: ${template.kind} template ready in ${Date.now() - started} ms`);
}
