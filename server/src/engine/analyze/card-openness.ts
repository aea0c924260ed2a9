// A card's openness: read the `openness:` block (schemas/card-front-matter.schema.json), or infer what the card reveals (licence → weights,
// `datasets:` → pre-training data, `library_name` / code links → inference code) and keep that for the quick fix.
import { mdCode } from '../markdown-text.js';
import { COMPONENT_IDS } from '../knowledge/components.js';
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

const STATUS_WORDS: Record<string, ComponentStatus> = {
  released: 'released',
  open: 'released',
  public: 'released',
  closed: 'closed',
  unreleased: 'closed',
  private: 'closed',
  api: 'api',
  'api-only': 'api',
  'not-applicable': 'not-applicable',
  'n/a': 'not-applicable',
  na: 'not-applicable',
  none: 'not-applicable',
  unknown: 'unknown',
};

/** Read a status word; undefined when the word is not a status (then it is a licence id). */
export function statusWord(value: string): ComponentStatus | undefined {
  return STATUS_WORDS[value.trim().toLowerCase()];
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

/** Inference libraries whose licence is known (library → licence of its code); the Hub's `library_name` values. */
const LIBRARY_LICENSES: Record<string, { license: string; url: string }> = {
  transformers: { license: 'apache-2.0', url: 'https://github.com/huggingface/transformers' },
  diffusers: { license: 'apache-2.0', url: 'https://github.com/huggingface/diffusers' },
  'sentence-transformers': { license: 'apache-2.0', url: 'https://github.com/UKPLab/sentence-transformers' },
  peft: { license: 'apache-2.0', url: 'https://github.com/huggingface/peft' },
  timm: { license: 'apache-2.0', url: 'https://github.com/huggingface/pytorch-image-models' },
  vllm: { license: 'apache-2.0', url: 'https://github.com/vllm-project/vllm' },
  keras: { license: 'apache-2.0', url: 'https://github.com/keras-team/keras' },
  'llama.cpp': { license: 'mit', url: 'https://github.com/ggml-org/llama.cpp' },
  gguf: { license: 'mit', url: 'https://github.com/ggml-org/llama.cpp' },
  mlx: { license: 'mit', url: 'https://github.com/ml-explore/mlx' },
  spacy: { license: 'mit', url: 'https://github.com/explosion/spaCy' },
  flair: { license: 'mit', url: 'https://github.com/flairNLP/flair' },
  open_clip: { license: 'mit', url: 'https://github.com/mlfoundations/open_clip' },
  fairseq: { license: 'mit', url: 'https://github.com/facebookresearch/fairseq' },
  nemo: { license: 'apache-2.0', url: 'https://github.com/NVIDIA/NeMo' },
  speechbrain: { license: 'apache-2.0', url: 'https://github.com/speechbrain/speechbrain' },
  'stable-baselines3': { license: 'mit', url: 'https://github.com/DLR-RM/stable-baselines3' },
};

const GITHUB_REPO = /https?:\/\/github\.com\/[\w.-]+\/[\w.-]+/;

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
  const datasets = strList(get(fm, 'datasets'));
  if (datasets.length) {
    out.pretraining_data = {
      status: 'released',
      url: `https://huggingface.co/datasets/${datasets[0]!.value}`,
      source: 'inferred',
      evidence: `front-matter ${mdCode(`datasets: ${datasets.map((d) => d.value).join(', ')}`)}`,
    };
  }
  const library = str(get(fm, 'library_name'));
  const lib = library ? LIBRARY_LICENSES[library.toLowerCase()] : undefined;
  if (lib) {
    out.inference_code = {
      status: 'released',
      license: lib.license,
      url: lib.url,
      source: 'inferred',
      evidence: `front-matter ${mdCode(`library_name: ${library}`)}`,
    };
  } else if (doc.card) {
    const body = doc.text.slice(
      doc.card.markdown.span.start,
      Math.min(doc.text.length, doc.card.markdown.span.start + 200_000),
    );
    const m = GITHUB_REPO.exec(body);
    if (m)
      out.inference_code = {
        status: 'released',
        url: m[0],
        source: 'inferred',
        evidence: `code repository linked in the card (${mdCode(m[0])})`,
      };
  }
  const modelIndex = get(fm, 'model-index');
  if (modelIndex?.kind === 'seq' && modelIndex.items.length) {
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
