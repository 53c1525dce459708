/** The tables of the concerns area (meldingen, alerts, rota, corporation cases), one module each. */
export * from './concerns';
export * from './concernEvents';
export * from './concernNotes';
export * from './alerts';
export * from './mediationPhases';
export * from './mediationAnswers';
export * from './burenberichten';
export * from './burenberichtRecipients';
export * from './onCallShifts';
export * from './corporationCases';
export * from './corporationCaseUpdates';
export * from './concernSettings';
