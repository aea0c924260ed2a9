// Public knowledge API (licences, MOF components, MOF evaluator): the engine bundle re-exports all of it.
export * from './licenses/index.js';
export * from './mof-components.js';
export * from './mof.js';
