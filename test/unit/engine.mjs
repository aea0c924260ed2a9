// Loads the bundled engine (built by `npm run build`) for the unit tests, so tests exercise what ships.
export * from '../../dist/engine.mjs';
