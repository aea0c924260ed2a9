// The ordered rule registry. Order = report order for equal positions; directive rules run last by design.
// Retired ids stay here as comments and are never reused.
import type { Rule } from '../rule-kit/rule.js';
import { rule as inputLimit } from './input-limit.js';
import { rule as yamlSyntax } from './yaml-syntax.js';
import { rule as duplicateKey } from './duplicate-key.js';
import { rule as unclosedCodeFence } from './unclosed-code-fence.js';
import { rule as undisclosedLicense } from './undisclosed-license.js';
import { rule as undisclosedIntendedUse } from './undisclosed-intended-use.js';
import { rule as undisclosedOutOfScopeUse } from './undisclosed-out-of-scope-use.js';
import { rule as undisclosedTrainingData } from './undisclosed-training-data.js';
import { rule as undisclosedTrainingProcedure } from './undisclosed-training-procedure.js';
import { rule as undisclosedEvaluation } from './undisclosed-evaluation.js';
import { rule as undisclosedLimitations } from './undisclosed-limitations.js';
import { rule as undisclosedEnvironmentalImpact } from './undisclosed-environmental-impact.js';
import { rule as undisclosedContact } from './undisclosed-contact.js';
import { rule as undisclosedArchitecture } from './undisclosed-architecture.js';
import { rule as undisclosedSafetyEvaluation } from './undisclosed-safety-evaluation.js';
import { rule as undisclosedCompute } from './undisclosed-compute.js';
import { rule as missingDisclosures } from './missing-disclosures.js';
import { rule as unassessedRiskArea } from './unassessed-risk-area.js';
import { rule as undeclaredStage } from './undeclared-stage.js';
import { rule as undeclaredOpenness } from './undeclared-openness.js';
import { rule as unknownRuleInDirective } from './unknown-rule-in-directive.js';
import { rule as unusedDisableDirective } from './unused-disable-directive.js';
import { rule as missingDirectiveReason } from './missing-directive-reason.js';

// metadata and content rules (helper anchor: metadata)
import { rule as invalidLicenseId } from './invalid-license-id.js';
import { rule as incompleteOtherLicense } from './incomplete-other-license.js';
import { rule as invalidPipelineTag } from './invalid-pipeline-tag.js';
import { rule as invalidModelIndex } from './invalid-model-index.js';
import { rule as invalidCo2Emissions } from './invalid-co2-emissions.js';
import { rule as ambiguousYamlBoolean } from './ambiguous-yaml-boolean.js';
import { rule as invalidExtensionMetadata } from './invalid-extension-metadata.js';
import { rule as placeholderText } from './placeholder-text.js';

// openness claims and manifests (helper anchors: claims, manifest)
import { rule as openWashing } from './open-washing.js';
import { rule as openWeightsClosedSafety } from './open-weights-closed-safety.js';
import { rule as cardManifestMismatch } from './card-manifest-mismatch.js';
import { rule as manifestSchema } from './manifest-schema.js';
import { rule as unknownMofComponent } from './unknown-mof-component.js';
import { rule as duplicateMofComponent } from './duplicate-mof-component.js';
import { rule as invalidManifestLicense } from './invalid-manifest-license.js';
import { rule as mofUnlicensedComponent } from './mof-unlicensed-component.js';
import { rule as mofLicenseNotOpen } from './mof-license-not-open.js';
import { rule as mofLicenseWrongType } from './mof-license-wrong-type.js';
import { rule as mofNextClass } from './mof-next-class.js';

export const RULES: readonly Rule[] = [
  // syntax
  inputLimit,
  yamlSyntax,
  duplicateKey,
  unclosedCodeFence,
  // disclosures (helper anchor: disclosures)
  undisclosedLicense,
  undisclosedIntendedUse,
  undisclosedOutOfScopeUse,
  undisclosedTrainingData,
  undisclosedTrainingProcedure,
  undisclosedEvaluation,
  undisclosedLimitations,
  undisclosedEnvironmentalImpact,
  undisclosedContact,
  undisclosedArchitecture,
  undisclosedSafetyEvaluation,
  undisclosedCompute,
  missingDisclosures,
  // metadata and content (helper anchor: metadata)
  invalidLicenseId,
  incompleteOtherLicense,
  invalidPipelineTag,
  invalidModelIndex,
  invalidCo2Emissions,
  ambiguousYamlBoolean,
  invalidExtensionMetadata,
  placeholderText,
  // openness claims (helper anchor: claims)
  openWashing,
  openWeightsClosedSafety,
  cardManifestMismatch,
  // manifests (helper anchor: manifest)
  manifestSchema,
  unknownMofComponent,
  duplicateMofComponent,
  invalidManifestLicense,
  mofUnlicensedComponent,
  mofLicenseNotOpen,
  mofLicenseWrongType,
  mofNextClass,
  // risk, stage, openness
  unassessedRiskArea,
  undeclaredStage,
  undeclaredOpenness,
  // directives (run after suppression)
  unknownRuleInDirective,
  unusedDisableDirective,
  missingDirectiveReason,
];

const IDS: readonly string[] = Object.freeze(RULES.map((r) => r.meta.id));
/** All rule ids. Rules that need them read `ctx.ruleIds` (rule-kit/rule.ts): a rule module importing this index
 * would be a cycle. */
export function RULE_IDS(): readonly string[] {
  return IDS;
}

const byId = new Map<string, Rule>();
export function getRule(id: string): Rule | undefined {
  if (!byId.size) for (const r of RULES) byId.set(r.meta.id, r);
  return byId.get(id);
}
