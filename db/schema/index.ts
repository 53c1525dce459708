export * from './enums';
export * from './projects';
export * from './users';
export * from './memberships';
export * from './auth';
export * from './channels';
export * from './messages';
export * from './jobs';
