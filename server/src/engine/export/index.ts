// Exports from a linted card or manifest: a MOF manifest from a card, an `openness:` block from a manifest, EU AI Act
// documentation from a card (docs/export.md).
export { cardToManifest, manifestYaml, type MofExport, type MofManifestOut, type Dropped } from './mof-manifest.js';
export { mofLicense } from './mof-license.js';
export { manifestToOpenness, opennessYaml, type OpennessBlockExport } from './openness-block.js';
export { euDocumentation, type EuDocumentation, type EuFilledItem } from './eu-documentation.js';
export { euDocumentationMarkdown } from './eu-markdown.js';
