// Exports from a linted card or manifest: a MOF manifest from a card, an `openness:` block from a manifest (printed,
// or written into the card), EU AI Act documentation from a card (docs/export.md), the links of eu-gpai findings to
// its items, and the Hub's `.eval_results/` files listed in it.
export { cardToManifest, manifestYaml, type MofExport, type MofManifestOut, type Dropped } from './mof-manifest.js';
export { mofLicense } from './mof-license.js';
export {
  cardLicense,
  manifestDeclarations,
  manifestToOpenness,
  opennessYaml,
  type OpennessBlockExport,
} from './openness-block.js';
export { cardOpennessUpdate, type CardOpennessUpdate, type OpennessEntryChange } from './card-openness-edit.js';
export { euDocumentation, type EuDocumentation, type EuFilledItem } from './eu-documentation.js';
export { euDocumentationMarkdown } from './eu-markdown.js';
export { euLinks, euItemVerdict, presumedSystemicRisk, type EuItemVerdict } from './eu-links.js';
export { parseEvalResults, EVAL_RESULTS_DIR, type EvalResult } from '../knowledge/eval-results.js';
