// Hovers in a MOF release manifest: the fields of mof_schema.json, the 17 component names with this manifest's
// evaluated status and resolved licence, global and per-component licences (MOF type-appropriateness), and enums.
import { getComponent } from '../../knowledge/components.js';
import { closest } from '../../knowledge/did-you-mean.js';
import type { MofContentType } from '../../knowledge/licenses/index.js';
import {
  MOF_CLASS_LABELS,
  MOF_COMPONENT_BY_NAME,
  MOF_COMPONENTS,
  RESEARCH_PAPER,
  TECHNICAL_REPORT,
  type MofComponent,
} from '../../knowledge/mof-components.js';
import type { MofComponentLicense } from '../../knowledge/mof.js';
import { MOF_TO_EIRAS } from '../../analyze/manifest-openness.js';
import type { LintResult } from '../../lint.js';
import { MOF_FRAMEWORK_NAME } from '../../parse/manifest.js';
import { get, str } from '../../parse/yaml-tree.js';
import { code, mark, renderTerm, RULE, sourceLine, table } from './hover-format.js';
import { licenseMarkdown } from './license-explain.js';
import { manifestFieldTerm, MANIFEST_ENUMS, MOF_SOURCE } from '../../knowledge/terms-manifest.js';
import type { YamlHit } from './yaml-locate.js';

const SOURCE_TEXT: Record<MofComponentLicense['source'], string> = {
  component: "the component's own `license`",
  type: 'the release licence for its content type',
  distribution: 'the distribution licence',
  none: 'nowhere (no licence applies)',
};

function verdictText(v: MofComponentLicense | undefined): string {
  if (!v) return 'not evaluated (the manifest could not be read).';
  const status =
    v.status === 'included'
      ? `**open** ${mark(true)}`
      : v.status === 'unlicensed'
        ? `**unlicensed** ${mark(false)} (not open)`
        : `**not open** ${mark(false)}`;
  const type =
    v.status === 'included'
      ? v.typeAppropriate
        ? ', type-appropriate'
        : `, **not type-appropriate** for ${v.contentType} (MOT's "conditional" warning)`
      : '';
  return `${status}${type} — licence ${code(v.license)} from ${SOURCE_TEXT[v.source]}.`;
}

/** Hover on a MOF component name. */
export function mofComponentMarkdown(result: LintResult, c: MofComponent): string {
  const ev = result.analysis.manifest?.evaluation;
  const v = ev?.components.find((x) => x.name === c.name);
  const eiras = MOF_TO_EIRAS[c.name];
  const eirasGrade = eiras ? result.openness.components[eiras] : undefined;
  const extra = [
    table(
      ['Content type', 'Introduced in', 'Required'],
      [[c.contentType, MOF_CLASS_LABELS[c.class], c.required ? 'yes' : 'no (optional)']],
    ),
    `**In this manifest:** ${verdictText(v)}`,
    c.name === TECHNICAL_REPORT || c.name === RESEARCH_PAPER
      ? 'A research paper stands in for a technical report that is not included (classes II and III); class I then needs one component fewer.'
      : null,
    eiras
      ? `Eiras et al. counterpart: ${code(eiras)}${eirasGrade?.label ? ` (${eirasGrade.label})` : ''} — ${getComponent(eiras)?.label ?? ''}.`
      : null,
  ];
  return renderTerm(
    {
      title: c.name,
      what: c.description,
      why: `Classes are cumulative (III ⊂ II ⊂ I); ${c.required ? `this component is required from ${MOF_CLASS_LABELS[c.class]} upward` : 'this component is optional and never blocks a class'}.`,
      source: `${MOF_SOURCE}, component ${c.id}; MOT mof.settings.yml`,
    },
    extra,
    `**${c.name}** — MOF component ${c.id}`,
  );
}

const WORDS = /[a-z]{4,}/g;
const STOP = new Set(['model', 'code', 'used', 'from', 'with', 'this', 'that', 'including', 'details']);

/** Names whose name or description shares a meaningful word with `name` ("Model weights" → parameters). */
function related(name: string): string[] {
  const words = new Set((name.toLowerCase().match(WORDS) ?? []).filter((w) => !STOP.has(w)));
  if (!words.size) return [];
  return MOF_COMPONENTS.filter((c) =>
    (`${c.name} ${c.description}`.toLowerCase().match(WORDS) ?? []).some((w) => words.has(w)),
  )
    .map((c) => c.name)
    .slice(0, 3);
}

function unknownComponent(name: string): string {
  const close = closest(
    name,
    MOF_COMPONENTS.map((c) => c.name),
  );
  const near = close.length ? close : related(name);
  return [
    `${code(name)} is not one of the 17 MOF component names, so the Model Openness Tool ignores it.${near.length ? ` Did you mean ${near.map(code).join(', ')}?` : ''}`,
    sourceLine('MOT mof.settings.yml; ModelEvaluator.php'),
  ].join('\n\n');
}

function componentNameAt(result: LintResult, index: number): string | null {
  const seq = get(get(result.doc.manifest?.root, 'release'), 'components');
  return seq?.kind === 'seq' ? str(get(seq.items[index], 'name')) : null;
}

/** The listed components whose licence resolves to this global scope, as inline code. */
function licenseScopeUsers(result: LintResult, scope: string): string | null {
  const ev = result.analysis.manifest?.evaluation;
  if (!ev) return null;
  const users = ev.components
    .filter((v) =>
      scope === 'distribution' ? v.source === 'distribution' : v.source === 'type' && v.contentType === scope,
    )
    .map((v) => v.name);
  return users.length ? users.map(code).join(', ') : 'no listed component';
}

function classSummary(result: LintResult): string | null {
  const ev = result.analysis.manifest?.evaluation;
  if (!ev) return null;
  const p = ev.progress;
  return `**This manifest:** ${ev.label} · Class III ${p.class3}% · Class II ${p.class2}% · Class I ${p.class1}%${ev.unknownComponents.length ? ` · ignored names: ${ev.unknownComponents.map(code).join(', ')}` : ''}.`;
}

export function explainManifestHit(result: LintResult, hit: YamlHit): string | null {
  const path = [...hit.path, hit.key];
  const [a, b, c] = path;
  // Component items: release.components[i].<key>
  if (a === 'release' && b === 'components' && typeof c === 'number') {
    const key = hit.key;
    const name = key === 'name' && hit.on === 'value' ? hit.value : componentNameAt(result, c);
    const comp = name ? MOF_COMPONENT_BY_NAME.get(name.trim()) : undefined;
    if (key === 'name') return comp ? mofComponentMarkdown(result, comp) : name ? unknownComponent(name) : null;
    if (key === 'license' && hit.on === 'value' && hit.value !== null) {
      return licenseMarkdown(hit.value, { mofType: comp?.contentType, literal: true, kind: eirasKind(comp) });
    }
    const term = manifestFieldTerm(path);
    return term ? renderTerm(term, [comp ? `Component: ${code(comp.name)} (${comp.contentType}).` : null]) : null;
  }
  if (
    a === 'release' &&
    b === 'license' &&
    path.length === 4 &&
    hit.key === 'name' &&
    hit.on === 'value' &&
    hit.value
  ) {
    const scope = String(c);
    const type = scope === 'code' || scope === 'data' || scope === 'document' ? (scope as MofContentType) : undefined;
    const users = licenseScopeUsers(result, scope);
    const md = licenseMarkdown(hit.value, {
      mofType: type,
      literal: true,
      kind: type === 'code' ? 'code' : type === 'data' ? 'data' : undefined,
    });
    return users ? `**release.license.${scope}.name** applies here to: ${users}.${RULE}${md}` : md;
  }
  const term = manifestFieldTerm(path);
  if (!term) return null;
  const extra: (string | null)[] = [];
  if (a === 'release' && b === 'license' && path.length === 3) {
    const users = licenseScopeUsers(result, String(c));
    if (users) extra.push(`**Applies here to:** ${users}.`);
  }
  if ((path.length === 2 && a === 'release' && b === 'components') || (path.length === 1 && a === 'release'))
    extra.push(classSummary(result));
  if (path.length === 2 && a === 'framework' && b === 'name' && hit.on === 'value') {
    extra.push(
      hit.value === MOF_FRAMEWORK_NAME
        ? `${mark(true)} Recognised.`
        : `${mark(false)} Must be exactly ${code(MOF_FRAMEWORK_NAME)}.`,
    );
  }
  const allowed = MANIFEST_ENUMS[path.join('.')];
  if (allowed && hit.on === 'value') {
    extra.push(
      allowed.includes(hit.value ?? '')
        ? `${mark(true)} ${code(hit.value ?? '')} is an allowed value.`
        : `${mark(false)} Not an allowed value: ${allowed.map(code).join(', ')}.`,
    );
  }
  return renderTerm(term, extra);
}

function eirasKind(comp: MofComponent | undefined): 'code' | 'data' | undefined {
  const id = comp ? MOF_TO_EIRAS[comp.name] : undefined;
  return id ? getComponent(id)?.kind : undefined;
}
