#!/usr/bin/env node
// The CLI runs the TypeScript sources directly through tsx, so a checkout works without a build step
// and `npx opencec ...` never runs stale compiled code.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/app/cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
