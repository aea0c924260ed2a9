// Card → MOF release manifest (`model.yml`): the card's openness (declared or inferred) mapped onto the 17 MOF
// components (knowledge/mof-mapping.ts, docs/mof-mapping.md), licences as SPDX ids MOT recognises, release facts from
// the card. Everything the manifest cannot say is listed in `dropped`, so a round trip never loses data silently.
import { stringify } from 'yaml';
import { getComponent } from '../knowledge/components.js';
import { getPipelineTag } from '../knowledge/hf-metadata.js';
import { evaluateMof, type MofEvaluation } from '../knowledge/mof.js';
import { MOF_COMPONENT_BY_NAME } from '../knowledge/mof-components.js';
import { EIRAS_TO_MOF, MOF_WITHOUT_EIRAS } from '../knowledge/mof-mapping.js';
import type { LintResult } from '../lint.js';
import { MOF_FRAMEWORK_NAME } from '../parse/manifest.js';
import {
  DEVELOPER_LABEL,
  frontMatterFact,
  isoDate,
  labelFact,
  modelName,
  RELEASE_DATE_LABEL,
  REPOSITORY_LABEL,
} from './card-facts.js';
import { mofLicense } from './mof-license.js';

export interface ManifestComponentOut {
  name: string;
  description: string;
  license?: string;
  component_path?: string;
}

export interface MofManifestOut {
  framework: { name: string; version: string; date: string };
  release: {
    name: string;
    version?: string;
    date?: string;
    type?: string;
    origin?: string;
    producer: string;
    repository?: string;
    license: { distribution?: { name: string } };
    components: ManifestComponentOut[];
  };
}

export interface Dropped {
  /** Eiras component id, MOF component name or card field. */
  what: string;
  reason: string;
}

export interface MofExport {
  manifest: MofManifestOut;
  /** What the card says that the manifest does not carry. */
  dropped: Dropped[];
  /** Licences written as something other than an id MOT knows (vendor licences, free text). */
  notes: string[];
  /** The engine's MOF grading of the manifest (MOT's rules). */
  mof: MofEvaluation;
}

export interface MofExportOptions {
  /** Release name when the card names none (the CLI passes the file name). */
  fallbackName?: string;
}

/** MOT's framework version and date, as every real manifest and MOT's serializer write them. */
const FRAMEWORK = { name: MOF_FRAMEWORK_NAME, version: '1.0', date: '2024-12-15' };

const TYPE_OF_MODALITY: Record<string, string> = {
  nlp: 'language',
  cv: 'vision',
  audio: 'audio',
  multimodal: 'multimodal',
  video: 'video',
};

function releaseType(result: LintResult): string | undefined {
  const tag = frontMatterFact(result.doc, 'pipeline_tag');
  const modality = tag ? getPipelineTag(tag.value)?.modality : undefined;
  return modality ? TYPE_OF_MODALITY[modality] : undefined;
}

export function cardToManifest(result: LintResult, options: MofExportOptions = {}): MofExport {
  const doc = result.doc;
  const components = result.analysis.card?.result.components ?? result.openness.components;
  const dropped: Dropped[] = [];
  const notes: string[] = [];
  const out: ManifestComponentOut[] = [];
  const add = (c: ManifestComponentOut) => {
    if (!out.some((x) => x.name === c.name)) out.push(c);
  };
  const convert = (raw: string, where: string): string => {
    const l = mofLicense(raw);
    if (l.note) notes.push(`${where}: ${l.note}`);
    return l.id;
  };

  for (const m of EIRAS_TO_MOF) {
    const g = components[m.eiras];
    const label = getComponent(m.eiras)?.label ?? m.eiras;
    if (!g) continue;
    if (!m.mof.length) {
      if (g.status !== 'unknown') dropped.push({ what: m.eiras, reason: `${g.status}: ${m.note}` });
      continue;
    }
    if (g.status === 'closed') continue;
    if (g.status !== 'released') {
      dropped.push({
        what: m.eiras,
        reason:
          g.status === 'unknown'
            ? `not stated in the card; ${m.mof.join(' and ')} left out, which MOF reads as not released`
            : `status ${g.status} has no MOF counterpart; ${m.mof.join(' and ')} left out, which MOF reads as not released`,
      });
      continue;
    }
    // A released component without a licence is written `unlicensed` so it does not inherit the release licence.
    const license = g.license ? convert(g.license, `${m.eiras} (${label})`) : 'unlicensed';
    for (const name of m.mof)
      add({
        name,
        description: MOF_COMPONENT_BY_NAME.get(name)!.description,
        license,
        ...(g.url ? { component_path: g.url } : {}),
      });
    const declared = result.analysis.card?.pair ? getDeclaredPermissions(result, m.eiras) : false;
    if (declared) dropped.push({ what: m.eiras, reason: 'custom `permissions:` (MOF manifests have no such field)' });
  }

  // Documents the card is or holds (MOT README): they inherit the release licence, as MOT's own manifests do.
  const disclosed = (id: string) => result.analysis.disclosures.get(id as never)?.state === 'present';
  for (const m of MOF_WITHOUT_EIRAS) {
    if (m.fromCard === 'card' || (m.fromCard && disclosed(m.fromCard)))
      add({ name: m.name, description: MOF_COMPONENT_BY_NAME.get(m.name)!.description });
  }

  const fmLicense = frontMatterFact(doc, 'license');
  const licenseName =
    fmLicense?.value === 'other' ? (frontMatterFact(doc, 'license_name')?.value ?? null) : (fmLicense?.value ?? null);
  const distribution =
    licenseName && licenseName !== 'unknown' ? convert(licenseName, 'release licence (front-matter `license`)') : null;

  const name = modelName(doc)?.value ?? options.fallbackName ?? 'unnamed model';
  const version = frontMatterFact(doc, 'version')?.value;
  const dateFact = labelFact(doc, RELEASE_DATE_LABEL);
  const date = dateFact ? isoDate(dateFact.value) : null;
  if (dateFact && !date) dropped.push({ what: 'release date', reason: `"${dateFact.value}" is not a full date` });
  const origin = frontMatterFact(doc, 'base_model')?.value;
  const producer = labelFact(doc, DEVELOPER_LABEL)?.value ?? '';
  const repository = repositoryUrl(result);
  const type = releaseType(result);

  const manifest: MofManifestOut = {
    framework: { ...FRAMEWORK },
    release: {
      name,
      ...(version ? { version } : {}),
      ...(date ? { date } : {}),
      ...(type ? { type } : {}),
      ...(origin ? { origin } : {}),
      producer,
      ...(repository ? { repository } : {}),
      license: distribution ? { distribution: { name: distribution } } : {},
      components: out,
    },
  };
  const mof = evaluateMof({
    components: out.map((c) => ({ name: c.name, license: c.license })),
    licenses: { distribution },
  });
  return { manifest, dropped, notes, mof };
}

function getDeclaredPermissions(result: LintResult, id: string): boolean {
  const block = result.analysis.card?.pair?.value;
  if (block?.kind !== 'map') return false;
  const entry = block.pairs.find((p) => p.key === id)?.value;
  return entry?.kind === 'map' && entry.pairs.some((p) => p.key === 'permissions');
}

const GITHUB_REPO = /https?:\/\/github\.com\/[\w.-]+\/[\w.-]+/;

/** The code repository: the first GitHub URL of a "Repository:" label (its value may be a list on the next lines),
 * else a GitHub URL the `openness:` block declares for code. Not an inferred URL: inference takes any code link in the
 * prose, which may be a companion tool's (the Llama 3.1 card's first such link is PurpleLlama). */
function repositoryUrl(result: LintResult): string | undefined {
  const text = result.doc.text;
  for (const l of result.doc.card?.markdown.labels ?? []) {
    if (!REPOSITORY_LABEL.test(l.text)) continue;
    const m = GITHUB_REPO.exec(text.slice(l.restSpan.start, l.restSpan.start + 300));
    if (m) return m[0];
  }
  const c = result.openness.components;
  for (const id of ['inference_code', 'pretraining_code', 'evaluation_code']) {
    const url = c[id]?.source === 'declared' ? c[id]?.url : undefined;
    if (url && GITHUB_REPO.test(url)) return url;
  }
  return undefined;
}

/** The manifest as YAML (the `yaml` package quotes every card-derived string that needs it). */
export function manifestYaml(e: MofExport): string {
  // Strings quoted as MOT's serializer writes them: a PHP YAML reader would turn a bare 2024-12-15 into a timestamp.
  return stringify(e.manifest, { lineWidth: 0, defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN' });
}
