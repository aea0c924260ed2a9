// A card's openness: read the `openness:` block (schemas/card-front-matter.schema.json), or infer what the card reveals (licence → weights,
// `datasets:` → pre-training or, with `base_model:`, fine-tuning data, a linked code repository → inference code) and keep that for the quick fix.
import { mdCode } from '../markdown-text.js';
import { COMPONENT_IDS, STATUS_ALIASES, STATUS_WORDS } from '../knowledge/components.js';
import { normalizeLicense } from '../knowledge/licenses/normalize.js';
import type { ParsedDocument } from '../parse/document.js';
import { get, getPair, str, strList, type YNode, type YPair } from '../parse/yaml-tree.js';
import type { ComponentGrade, ComponentStatus, OpennessResult } from '../types.js';
import { gradeComponent, overallOpenness, type ComponentDeclaration, type Permissions } from './grading.js';

export interface CardOpenness {
  /** The card has an `openness:` mapping. */
  declared: boolean;
  pair: YPair | null;
  result: OpennessResult;
  /** What inference finds (used by the undeclared-openness fix even when a block exists). */
  inferred: Record<string, ComponentDeclaration>;
}

/** Read a status word; undefined when the word is not a status (then it is a licence id). */
export function statusWord(value: string): ComponentStatus | undefined {
  const w = value.trim().toLowerCase();
  return (STATUS_WORDS as readonly string[]).includes(w) ? (w as ComponentStatus) : STATUS_ALIASES[w];
}

const PERMISSION_KEYS: (keyof Permissions)[] = [
  'research',
  'commercial',
  'modify',
  'copyright_derivatives',
  'relicense_derivatives',
];

function readPermissions(node: YNode | null): Partial<Permissions> | undefined {
  if (!node || node.kind !== 'map') return undefined;
  const out: Partial<Permissions> = {};
  for (const k of PERMISSION_KEYS) {
    const v = get(node, k);
    if (v?.kind === 'scalar' && typeof v.value === 'boolean') out[k] = v.value;
  }
  return out;
}

/** Parse one `openness:` entry value into a declaration (invalid shapes are reported by the schema rule). */
export function readDeclaration(pair: YPair): ComponentDeclaration {
  const v = pair.value;
  const span = { start: pair.keySpan.start, end: pair.span.end };
  if (!v) return { status: 'unknown', source: 'declared', span };
  if (v.kind === 'scalar') {
    const s = str(v);
    if (!s) return { status: 'unknown', source: 'declared', span };
    const st = statusWord(s);
    return st ? { status: st, source: 'declared', span } : { status: 'released', license: s, source: 'declared', span };
  }
  if (v.kind === 'map') {
    const statusText = str(get(v, 'status'));
    const license = str(get(v, 'license')) ?? undefined;
    const url = str(get(v, 'url')) ?? undefined;
    const permissions = readPermissions(get(v, 'permissions'));
    const status = (statusText && statusWord(statusText)) || (license || url ? 'released' : 'unknown');
    return { status, license, url, permissions, source: 'declared', span };
  }
  return { status: 'unknown', source: 'declared', span };
}

// A code repository presented as the model's code: the template's "Repository:" line, a link whose text says code or
// repository, or "code … https://github.com/…" in a sentence. A bare "GitHub repository" link may be
// anything (Llama 3.1's points to its safeguards project). Not the first GitHub URL anywhere: logos (image links),
// organisation pages, `pip install` lines and third-party tools are not this model's code.
// A licence named in the body: a "License" label or table row with its value, or "released/licensed under (the) X".
const BODY_LICENSE: readonly RegExp[] = [
  /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(?:Model )?Licen[cs]e(?::\*\*|\*\*:|:)?[ \t]*:?[ \t]*([^\n|]{2,60}?)[ \t]*$/im,
  /^[ \t]*\|[ \t]*(?:\*\*|__)?(?:Model )?Licen[cs]e(?:\*\*|__)?[ \t]*\|[ \t]*([^\n|]{2,60}?)[ \t]*\|/im,
  /\b(?:released|licensed|distributed|available)\s+under\s+(?:the\s+)?(?:terms\s+of\s+the\s+)?\[?([A-Za-z][\w.+ -]{1,40}?)\]?(?:\([^)\n]{0,200}\))?\s+(?:licen[cs]e|terms)\b/i,
];

const REPO = String.raw`(https?:\/\/github\.com\/[\w.-]+\/[\w.-]+)`;
const CODE_LINKS: readonly RegExp[] = [
  new RegExp(String.raw`\*\*(?:Repository|Code|Source code)(?::\*\*|\*\*:?)[ \t]*[^\n]{0,60}?${REPO}`, 'i'),
  new RegExp(
    String.raw`(?<!!)\[[^\]\n]{0,60}\b(?:code|source|implementation|training scripts?)\b[^\]\n]{0,60}\]\(${REPO}`,
    'i',
  ),
  new RegExp(String.raw`\b(?:code|repository|implementation|source code)\b[^\n.]{0,40}?(?<![!\]]\()${REPO}`, 'i'),
];

function infer(doc: ParsedDocument): Record<string, ComponentDeclaration> {
  const out: Record<string, ComponentDeclaration> = {};
  const fm = doc.card?.frontMatter?.root ?? null;
  const licensePair = getPair(fm, 'license');
  const license = str(licensePair?.value);
  if (license && license !== 'unknown') {
    const named = license === 'other' ? str(get(fm, 'license_name')) : license;
    if (named)
      out.weights = {
        status: 'released',
        license: named,
        source: 'inferred',
        evidence: `front-matter ${mdCode(`license: ${license}`)}`,
        span: licensePair?.span,
      };
  }
  // `datasets:` on a card with a parent model (`base_model:`) are what it was fine-tuned on, not pre-training data.
  // A licence stated only in the body grades the weights too: a `License:` line or table row, or "released under
  // the X licence", when X is a licence the normaliser knows exactly (not a guess).
  if (!out.weights && doc.card) {
    const body = doc.text.slice(
      doc.card.markdown.span.start,
      Math.min(doc.text.length, doc.card.markdown.span.start + 200_000),
    );
    for (const re of BODY_LICENSE) {
      const m = re.exec(body);
      const match = m ? normalizeLicense(m[1]!.replace(/[*_`[\]]/g, '').trim()) : null;
      if (m && match?.id && (match.kind === 'exact' || match.kind === 'alias')) {
        const start = doc.card.markdown.span.start + m.index;
        out.weights = {
          status: 'released',
          license: match.id,
          source: 'inferred',
          evidence: `the card's body (${mdCode(m[0].trim().slice(0, 60))})`,
          span: { start, end: start + m[0].length },
        };
        break;
      }
    }
  }
  const datasets = strList(get(fm, 'datasets'));
  if (datasets.length) {
    out[get(fm, 'base_model') ? 'sft_data' : 'pretraining_data'] = {
      status: 'released',
      url: `https://huggingface.co/datasets/${datasets[0]!.value}`,
      source: 'inferred',
      evidence: `front-matter ${mdCode(`datasets: ${datasets.map((d) => d.value).join(', ')}`)}`,
    };
  }
  // `library_name` names the library that runs the model, not a release of its inference code.
  if (doc.card) {
    const body = doc.text.slice(
      doc.card.markdown.span.start,
      Math.min(doc.text.length, doc.card.markdown.span.start + 200_000),
    );
    const m = CODE_LINKS.map((re) => re.exec(body)).find((x) => x);
    if (m)
      out.inference_code = {
        status: 'released',
        url: m[1]!,
        source: 'inferred',
        evidence: `code repository linked in the card (${mdCode(m[1]!)})`,
      };
  }
  // Benchmarks with results (`results: []` lists none).
  const modelIndex = get(fm, 'model-index');
  if (
    modelIndex?.kind === 'seq' &&
    modelIndex.items.some((m) => {
      const r = get(m, 'results');
      return r?.kind === 'seq' && r.items.length > 0;
    })
  ) {
    out.evaluation_data = { status: 'released', source: 'inferred', evidence: 'benchmarks listed in `model-index`' };
  }
  return out;
}

export function cardOpenness(doc: ParsedDocument): CardOpenness {
  const fm = doc.card?.frontMatter?.root ?? null;
  const pair = getPair(fm, 'openness') ?? null;
  const inferred = infer(doc);
  const components: Record<string, ComponentGrade> = {};
  const declared = pair?.value?.kind === 'map';
  for (const id of COMPONENT_IDS) {
    const entry = declared ? getPair(pair!.value, id) : undefined;
    let decl: ComponentDeclaration;
    if (entry) decl = readDeclaration(entry);
    else if (!declared && inferred[id]) decl = inferred[id]!;
    else decl = { status: 'unknown', source: 'default' };
    components[id] = gradeComponent(id, decl);
  }
  return { declared, pair, result: overallOpenness(components), inferred };
}
