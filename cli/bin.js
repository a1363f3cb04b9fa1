#!/usr/bin/env node
// The installed `quorum` command. The CLI is TypeScript run without a build step, so register
// tsx's loader first; nobody running `quorum` needs to know tsx is there.
import { register } from 'tsx/esm/api';

register();
await import('./quorum.ts');
