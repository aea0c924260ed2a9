// `node:fs` for the browser server bundle (scripts/build-web.mjs aliases it here). The web worker has no file system:
// node/config-files.ts is bundled for its parser only (its file reading is replaced by browser/config-files.ts), so
// every function here fails the way a missing file would.
function unavailable(): never {
  throw Object.assign(new Error('no file system in the browser'), { code: 'ENOSYS' });
}
export const constants: Record<string, number> = {};
export const closeSync = unavailable;
export const existsSync = (): boolean => false;
export const fstatSync = unavailable;
export const lstatSync = unavailable;
export const openSync = unavailable;
export const readSync = unavailable;
export const realpathSync = unavailable;
export default { constants, closeSync, existsSync, fstatSync, lstatSync, openSync, readSync, realpathSync };
