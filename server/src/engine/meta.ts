// Product identity shared by every door: name, version and where the rule documentation lives.
declare const __VERSION__: string;

export const TOOL_NAME = 'modelcard-lint';
export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
export const REPOSITORY_URL = 'https://github.com/modelcard-lint/modelcard-lint';

/** Versioned docs page of a rule (links stay valid for the release that produced them). */
export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/v${VERSION}/docs/rules/${ruleId}.md`;
}
