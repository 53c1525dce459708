import type { privacy as nl } from '../nl/privacy';

export const privacy: Record<keyof typeof nl, string> = {
  'privacy.removed_user': 'Removed user',
  'privacy.erased_notice':
    'Notice about someone who had their data erased. The name and the text were removed.',
  'privacy.export_about':
    "This is all the data Buurtkamer keeps about you. Other people's messages are not in it. Questions? Ask your support worker or the residents' association.",
};
