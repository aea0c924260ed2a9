// `--format sarif`: SARIF 2.1.0 with rule metadata and help URIs, built with node-sarif-builder.
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder';
import { REPOSITORY_URL, TOOL_NAME, VERSION, ruleDocsUrl } from '../../engine/meta.js';
import { RULES } from '../../engine/rules/index.js';
import type { Formatter } from './types.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

export const sarif: Formatter = ({ reports }) => {
  const run = new SarifRunBuilder().initSimple({ toolDriverName: TOOL_NAME, toolDriverVersion: VERSION, url: REPOSITORY_URL });
  for (const rule of RULES) {
    run.addRule(new SarifRuleBuilder().initSimple({ ruleId: rule.meta.id, shortDescriptionText: rule.meta.description, helpUri: ruleDocsUrl(rule.meta.id) }));
  }
  for (const r of reports) {
    for (const d of r.diagnostics) {
      run.addResult(
        new SarifResultBuilder().initSimple({
          level: LEVEL[d.severity],
          messageText: d.message,
          ruleId: d.rule,
          fileUri: r.file.replace(/\\/g, '/'),
          startLine: d.line,
          startColumn: d.column,
          endLine: d.endLine,
          endColumn: Math.max(d.endColumn, d.endLine === d.line ? d.column + 1 : 1),
        }),
      );
    }
  }
  const builder = new SarifBuilder();
  builder.addRun(run);
  return builder.buildSarifJsonString({ indent: true }) + '\n';
};
