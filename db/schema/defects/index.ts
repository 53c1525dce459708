/** Shared-space defects: one module per entity. */
export * from './spaces';
export * from './cases';
export * from './reports';
export * from './history';
export * from './photos';
