import type { CapabilityCli } from '../core/cli-support.ts';

/** This capability's part of the `ariadne` command line. */
export const caseDataCli: CapabilityCli = { usage: '', imports: {}, exports: {}, commands: {} };
