// A Model Openness Framework release manifest (`model.yml`): the YAML tree plus the release's components and licences.
import { LIMITS } from '../limits.js';
import type { Span } from '../types.js';
import { parseTopLevelMapping } from './front-matter.js';
import type { BlockCache } from './yaml-blocks.js';
import { get, getPair, str, toJS, type YMap, type YNode, type YPair, type YamlProblem } from './yaml-tree.js';

export interface ManifestComponent {
  name: string | null;
  nameSpan: Span | null;
  license: string | null;
  /** The `license:` value as YAML gives it: undefined when absent, null when empty, '' for `''`. MOT treats these differently. */
  rawLicense: unknown;
  licenseSpan: Span | null;
  node: YNode;
}

export interface ManifestModel {
  root: YMap | null;
  other: YNode | null;
  problems: YamlProblem[];
  duplicates: { pair: YPair; first: YPair }[];
  frameworkName: string | null;
  release: YNode | null;
  components: ManifestComponent[];
  /** Global licences by scope: distribution, code, data, document. */
  licenses: Record<'distribution' | 'code' | 'data' | 'document', { name: string | null; span: Span | null }>;
  /** Number of components listed when over the analysis limit (0 when within it). */
  truncated: number;
}

export const MOF_FRAMEWORK_NAME = 'Model Openness Framework';

export function parseManifest(text: string, cache: BlockCache): ManifestModel {
  const parsed = parseTopLevelMapping(text, 0, cache);
  const root = parsed.root;
  const framework = get(root, 'framework');
  const release = get(root, 'release');
  const componentsNode = get(release, 'components');
  const components: ManifestComponent[] = [];
  let truncated = 0;
  if (componentsNode?.kind === 'seq') {
    if (componentsNode.items.length > LIMITS.maxManifestComponents) truncated = componentsNode.items.length;
    for (const item of componentsNode.items.slice(0, LIMITS.maxManifestComponents)) {
      const namePair = getPair(item, 'name');
      const licensePair = getPair(item, 'license');
      components.push({
        name: str(namePair?.value),
        nameSpan: namePair?.value?.span ?? namePair?.keySpan ?? null,
        license: licensePair ? str(licensePair.value) : null,
        rawLicense: licensePair ? toJS(licensePair.value) : undefined,
        licenseSpan: licensePair ? (licensePair.value?.span ?? licensePair.keySpan) : null,
        node: item,
      });
    }
  }
  const licNode = get(release, 'license');
  const scope = (k: string) => {
    const p = getPair(get(licNode, k), 'name');
    return { name: str(p?.value), span: p?.value?.span ?? null };
  };
  return {
    root,
    other: parsed.other,
    problems: parsed.problems,
    duplicates: parsed.duplicates,
    frameworkName: str(get(framework, 'name')),
    release,
    components,
    licenses: {
      distribution: scope('distribution'),
      code: scope('code'),
      data: scope('data'),
      document: scope('document'),
    },
    truncated,
  };
}
