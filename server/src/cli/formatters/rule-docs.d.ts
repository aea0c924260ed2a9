// The rule pages (docs/rules/<id>.md) by rule id: a module that scripts/build.mjs makes up at bundle time.
declare module 'modelcard-lint:rule-docs' {
  const pages: Record<string, string>;
  export default pages;
}
