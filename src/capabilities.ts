import type { CapabilityCli } from './core/cli-support.ts';
import { knowledgeCli } from './knowledge/commands.ts';
import { statisticsCli } from './statistics/commands.ts';
import { caseDataCli } from './case-data/commands.ts';
import { programmesCli } from './programmes/commands.ts';
import { treatiesCli } from './treaties/commands.ts';
import { reviewCli } from './implementation-review/commands.ts';
import { cooperationCli } from './cooperation/commands.ts';

/** Each capability's command line, in the order their usage is printed. */
export const CAPABILITY_CLIS: CapabilityCli[] = [knowledgeCli, statisticsCli, caseDataCli, programmesCli, treatiesCli, reviewCli, cooperationCli];
