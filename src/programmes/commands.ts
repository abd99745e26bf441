import type { CapabilityCli } from '../core/cli-support.ts';

/** This capability's part of the `ariadne` command line. */
export const programmesCli: CapabilityCli = { usage: '', imports: {}, exports: {}, commands: {} };
