import cancel from './cancel';
import care from './care';
import concern from './concern';
import createActivity from './create-activity';
import defect from './defect';
import type { FlowDefinition } from './flow';
import help from './help';
import offer from './offer';
import ladder from './ladder';
import neighbourReply from './neighbour-reply';
import signup from './signup';
import volunteer from './volunteer';
import volunteerCall from './volunteer-call';

/** Every flow, by id. A flow id is stored in conversation states: never rename one lightly. */
export const flows: Record<string, FlowDefinition> = Object.fromEntries(
  [
    help,
    care,
    concern,
    defect,
    signup,
    cancel,
    createActivity,
    offer,
    volunteer,
    volunteerCall,
    ladder,
    neighbourReply,
  ].map((flow) => [flow.id, flow]),
);
