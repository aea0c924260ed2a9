// The twelve transparency disclosures a model card should make, with what satisfies each: headings, bold lead-in
// labels, front-matter keys and content signals. Sources: docs/references.md#this-projects-synthesis (HF model-card
// template @ huggingface_hub ee0a4510, EU AI Act Annex XI/XII, FMTI v1.1 and Dec 2025 indicators, Eiras et al. 2024),
// read 2026-11-28; heading variants tuned on the 80 real cards in ../shared/corpus/cards.
//
// Matching (analyze/disclosures.ts): titles and labels are tested after leading numbers, emoji and punctuation
// are stripped ("## 4. Evaluation Results" → "Evaluation Results"), so patterns anchor with `^` freely. Every
// pattern here runs on each keystroke: keep them linear — no nested quantifiers, bounded gaps (`[^\n]{0,60}`).
import { get, str, strList, type YMap, type YNode } from '../parse/yaml-tree.js';
import { CLASSICAL_MODEL, FAMILY, FAMILY_EXACT } from './model-families.js';
import { I18N_HEADINGS, I18N_LABELS } from './headings-i18n.js';
import { I18N_SIGNALS } from './signals-i18n.js';
import { referencePatterns, withheldPatterns } from './pointers.js';
import { PROTECTED_SLICE } from './risk-areas.js';

export type DisclosureId =
  | 'license'
  | 'intended-use'
  | 'out-of-scope-use'
  | 'training-data'
  | 'training-procedure'
  | 'evaluation'
  | 'limitations'
  | 'environmental-impact'
  | 'contact'
  | 'architecture'
  | 'safety-evaluation'
  | 'compute';

/** A sentence addressed to the reader ("To use 8bit-adam during training, install …", "your prompt should …"), or
 * instructions offered to the reader ("Training: the instructions for post-training, including SFT and RLHF"). */
const READER_ADDRESSED =
  /\b(?:you|your)\b|^[ \t]*(?:[-*+][ \t]+)?(?:to use|in order to|install|run|please)\b|\binstructions (?:for|on)\b/i;

export interface Disclosure {
  id: DisclosureId;
  ruleId: `undisclosed-${DisclosureId}`;
  title: string;
  /** What the author should write. */
  asks: string;
  /** Why it matters, with the source that requires it. */
  why: string;
  /** Section headings that satisfy it when the section has real content. Earlier patterns are preferred when
   * pointing at an empty section. */
  headings: RegExp[];
  /** Titles that never count even when a heading pattern matches (e.g. "Hardware requirements" for compute). */
  notHeadings?: RegExp[];
  /** Sections nested under a heading matching one of these never count (e.g. "Evaluations" under "Safety"). */
  notUnder?: RegExp[];
  /** Generic titles that count only under a parent matching `under` ("Evaluations" under "Responsibility & Safety"). */
  nested?: { headings: RegExp[]; under: RegExp[] };
  /** Lead-in labels (`**License** …`, `- **Developed by:** …`, plain `- Architecture: …`) that satisfy it when followed
   * by text (on the same line, or on the next lines up to the next label or heading). */
  labels: RegExp[];
  /** Front-matter evidence: returns a description when the front matter alone satisfies the disclosure. */
  frontMatter?: (fm: YMap) => string | null;
  /** Text that disqualifies a section, a label's value or a signal's line for this disclosure even when it matches (a
   * licence section about the code alone says nothing of the weights' licence). */
  rejects?: RegExp;
  /** The sentences or lines of a section or label value that state the disclosure; when some do, `rejects` is read on
   * each of them and the text is disqualified only when it rejects every one ("## License" over the code's licence and
   * a line about the model's limits is about the code; one line naming the weights' licence is enough). */
  rejectsLines?: RegExp;
  /** Phrases in the body that satisfy it on their own (e.g. a stated FLOP count). */
  signals?: RegExp[];
  /** A section or label only counts when its text also matches one of these (e.g. a figure for environmental
   * impact). */
  requires?: RegExp[];
  /** Signals count in how-to sections too: "You can use the raw model for image classification" under "## How to
   * use" says what the model is for, while a how-to's hyperparameters are the reader's, not the developers'. */
  signalsInHowTo?: boolean;
  /** Words naming this disclosure's topic in a pointer to another document ("training details in our [report](…)"):
   * such a pointer with a link discloses it by reference (docs/rules/undisclosed-evaluation.md, "What counts"). */
  reference?: readonly RegExp[];
  /** A label's bare number is a value here ("learning_rate | 0.001"), not a framework version ("Datasets: 4.5.0"). */
  numericValues?: boolean;
  /** A table column headed by one of the labels counts (`| Model | License |` over `| m | MIT |`): for values. */
  tableColumns?: boolean;
  /** Patterns read inside code blocks (outside how-to sections), where prose signals never look. */
  codeSignals?: RegExp[];
  /** When a section's title names this and other disclosures ("Intended uses & limitations"), its text must match
   * this to count for this one: the heading alone is not content. */
  topic?: RegExp;
  /** Words naming the topic in a statement that it is withheld ("the training data is proprietary"). */
  withheld?: readonly RegExp[];
  /** A single word or link is enough (a licence id, an email address); otherwise a section needs three words. */
  short?: boolean;
  /** Heading and stub text for the "insert section" suggestion. */
  stub: { heading: string; body: string };
}

// ---- front-matter readers ----

function nonEmpty(node: YNode | null): boolean {
  if (!node) return false;
  if (node.kind === 'scalar') return str(node) !== null;
  if (node.kind === 'seq') return node.items.some((i) => nonEmpty(i));
  if (node.kind === 'map') return node.pairs.some((p) => nonEmpty(p.value));
  return false;
}

/** `license: other` names no licence: it counts only with the `license_name` or `license_link` that says which. */
function licenseEvidence(fm: YMap): string | null {
  // `licence:` (British spelling) is not read by the Hub, but a reader still sees the licence named; a value that is
  // the key again (`licence: license`, a template left as is) names none.
  for (const key of ['license_name', 'license_link', 'license', 'licenses', 'licence']) {
    const values = strList(get(fm, key)).filter(
      (v) => !/^(?:other|unknown|licen[cs]e|\[?more information needed\]?)$/i.test(v.value),
    );
    if (values.length) return `\`${key}: ${values.map((v) => v.value).join(', ')}\``;
  }
  return null;
}

function datasetsEvidence(fm: YMap): string | null {
  const values = strList(get(fm, 'datasets'));
  return values.length
    ? `\`datasets:\` lists ${values.length === 1 ? values[0]!.value : `${values.length} datasets`}`
    : null;
}

/** `model-index` counts when at least one result carries a metric value (the Hub's structured evaluation). */
function modelIndexEvidence(fm: YMap): string | null {
  const index = get(fm, 'model-index');
  if (!index || index.kind !== 'seq') return null;
  let results = 0;
  for (const model of index.items) {
    const list = get(model, 'results');
    if (!list || list.kind !== 'seq') continue;
    for (const r of list.items) {
      const metrics = get(r, 'metrics');
      if (metrics?.kind === 'seq' && metrics.items.some((m) => nonEmpty(get(m, 'value')))) results++;
    }
  }
  return results ? `\`model-index\` has ${results} result${results === 1 ? '' : 's'} with metric values` : null;
}

/** A parent model named in `base_model:` gives the architecture by inheritance (adapters, fine-tunes,
 * quantisations). */
function baseModelEvidence(fm: YMap): string | null {
  const values = strList(get(fm, 'base_model')).filter((v) => !/^\[?more information needed\]?$/i.test(v.value));
  return values.length
    ? `\`base_model: ${values.map((v) => v.value).join(', ')}\` (the parent model's architecture)`
    : null;
}

/** A training-method tag (`tags: [lora]`, as PEFT and DreamBooth trainers write it) names how the weights were made;
 * `sft` alone does not say how (test/accuracy/LABELLING.md, ninth-session conventions). */
function methodTagEvidence(fm: YMap): string | null {
  const tag = strList(get(fm, 'tags')).find((v) => /^(?:q?lora|dora|dreambooth|textual[-_ ]inversion)$/i.test(v.value));
  return tag ? `\`tags:\` names the training method (${tag.value})` : null;
}

function co2Evidence(fm: YMap): string | null {
  const co2 = get(fm, 'co2_eq_emissions');
  if (!co2) return null;
  if (co2.kind === 'scalar') return str(co2) ? `\`co2_eq_emissions: ${str(co2)}\`` : null;
  const emissions = str(get(co2, 'emissions'));
  return emissions ? `\`co2_eq_emissions.emissions: ${emissions}\`` : null;
}

function hardwareEvidence(fm: YMap): string | null {
  const hw = str(get(get(fm, 'co2_eq_emissions'), 'hardware_used'));
  return hw ? `\`co2_eq_emissions.hardware_used: ${hw}\`` : null;
}

// ---- shared vocabulary ----

/** A template's e-mail address ("[your-email@example.com]", "you@…", "name@…"): where a contact goes, not one. */
const TEMPLATE_ADDRESS = String.raw`(?:your[-_.]?(?:e-?mail|name|address)|you|e-?mail|username|user|name)@`;

/** Parents whose "Evaluations"/"Results" subsections are about safety, not capabilities. */
/** Not an HTML tag's attribute (`<img src=… width="400", style=…>`): where `key=value` lists are read as settings. */
const NOT_HTML_ATTRIBUTE = String.raw`(?!(?:width|height|style|align|src|alt|class|href|id|border)=)`;
const SAFETY_PARENT = /safety|ethic|responsib|safeguard|red[- ]?team|harm|critical risk|安全|倫理|伦理/i;
const PLACEHOLDER = '[More Information Needed]';
/** Titles about running the model, not training it: no compute section is under or named so. */
const RUN_TIME = /requirement|required|\bsetup\b|inference|deploy|\bfor (?:running|inference)/i;

/** Techniques of training: said with a training verb in one sentence, they describe how the model was trained. */
const TECHNIQUE = String.raw`(?:(?:cross[- ]entropy|contrastive|triplet|hinge|focal|MSE|L[12]|ranking|margin|diffusion|denoising|reconstruction|masked[- ]language[- ]model(?:l?ing)?|next[- ]token|causal[- ]language[- ]model(?:l?ing)?)\s{0,3}(?:loss|objective|training|mode)?|loss(?: function)?|objective|optimi[sz]er|Adam\w{0,2}|SGD|momentum|weight decay|epochs?|iterations|batch(?:es| size)|learning[- ]rate|warm-?up|LoRA|QLoRA|PEFT|adapters?|SFT|DPO|RLHF|PPO|GRPO|distill\w{0,6}|teacher|self-supervis\w{0,4}|data augmentation|augmentations|from scratch|initiali[sz]\w{0,6} (?:from|with)|(?:un)?frozen|freez\w{0,4}|backbone|regulari[sz]\w{0,6}|dropout|early stopping|hyper-?parameters?|mixed[- ]precision|fp16|bf16|gradient (?:accumulation|checkpointing|clipping)|curriculum|weak(?:ly)?[- ]supervis\w{0,5}|reward model|preference (?:data|pairs|optimi[sz]ation)|SVM|CNTK|DeepSpeed|FSDP|Megatron|mergekit|kohya\w{0,3})\b`;

const TABLE: readonly Disclosure[] = [
  {
    id: 'license',
    ruleId: 'undisclosed-license',
    title: 'Licence',
    asks: 'Name the licence the weights are released under (front-matter `license:` with a Hugging Face licence id).',
    why: 'The licence decides what anyone may do with the model: EU AI Act Annex XI 1(f) and Annex XII 1(h); FMTI indicator "Model license"; the MOF resolves every component\'s licence from it.',
    headings: [
      /licen[cs]/i,
      /^terms of (?:use|service)\b/i,
      /许可|协议|授权|授權|ライセンス|利用規約|利用条件|使用条件|使用条款/,
    ],
    labels: [
      /^(?:model |commercial )?licen[cs](?:e|es|ed|ing)\b/i,
      /^terms of use\b/i,
      /许可|协议|ライセンス|라이[센선]스|Лицензия|Licencia|Licença|Lizenz/i,
    ],
    frontMatter: licenseEvidence,
    signals: [
      // The release said to be under a named licence ("We release our models and this code under MIT").
      /\b(?:release|released|releasing|distribute|distributed|publish|published|make|made) (?:our |the |this |these )?(?:models?|weights|checkpoints)\b[^\n.]{0,40}\bunder (?:the )?(?:MIT|Apache|CC[- ]BY|GPL|LGPL|BSD|OpenRAIL|CreativeML|Llama|Gemma)\b/i,
      /\b(?:released|licen[cs]ed|distributed|made available|available|provided|governed)\s{1,3}under\s{1,3}(?!(?:(?:the|a|an|this|its|our|their|some|any|appropriate|open|permissive)\s{1,3}){0,2}licen[cs]es?\b)(?:the\s{1,3}|a\s{1,3}|an\s{1,3})?[^\n.]{0,80}?licen[cs]e\b/i,
      /\[[^\]\n]{0,40}licen[cs]e[^\]\n]{0,40}\]\([^)\n]{0,200}\)/i,
      // A known licence named as such ("**Permissive Apache 2.0 license:**", "under an MIT licence", "MIT 라이센스를
      // 표기해주세요").
      /\b(?:Apache(?:[- ]2(?:\.0)?)?|MIT|BSD(?:[- ][23]-Clause)?|GPL-?v?\d(?:\.\d)?|LGPL|AGPL|MPL(?:[- ]2\.0)?|CC[- ]BY(?:[- ](?:SA|NC|ND)){0,2}(?:[- ]\d\.\d)?|CC0|Open ?RAIL(?:[+-]+M)?|Llama \d(?:\.\d)? Community|Gemma)\s{0,3}(?:licen[cs]e\b|licensed\b|라이[센선]스)/i,
      /\blicen[cs]e (?:terms|agreement)\b|\bunder the (?:following|terms of the) [^\n.]{0,40}?licen[cs]e\b/i,
      /(?:遵循|采用|基于)[^\n。]{0,40}(?:许可|协议|license)/i,
      // A link to the repository's licence file ("comply with the [open-source protocol](MODEL_LICENSE)").
      /\]\((?:\.{0,2}\/)?[^)\s]{0,150}?(?:^|\/|\()?(?:MODEL_)?LICEN[CS]E(?:[-_.][\w.-]{0,20})?\)|\bhref="[^"\s]{0,200}\/(?:MODEL_)?LICEN[CS]E(?:[-_.][\w.-]{0,20})?"(?:>\s{0,40}<img\b[^>\n]{0,40}\balt="[^"\n]{0,40}")?/,
      // An HTML link whose text names a licence (`<a href="…">Llama 2 License </a>`), as the Markdown link above.
      /<a\b[^>\n]{0,300}>[^<\n]{0,40}\blicen[cs]e\b[^<\n]{0,20}<\/a>/i,
    ],
    // "The repository code is licensed under Apache-2.0", "本仓库代码使用 MIT License", a "Code License" badge over a link to
    // LICENSE: the code's licence, not the model's (test/accuracy/LABELLING.md). And a licence said to be none or
    // "other" ("**License:** No License", "none published", "does not specify a particular license"; "N/A" is no value
    // for any disclosure: NONE_VALUE in analyze/disclosures.ts).
    rejects:
      /^(?![\s\S]*(?:\b(?:models?|weights?|checkpoints?|parameters|adapters?)\b|模型|权重|權重|モデル|重み|모델|가중치))[\s\S]*(?:\b(?:code|codebase|source code|software|scripts?|Codesnippets|Quellcode|mã nguồn)\b|代码|源码|程式碼|コード|코드)|^[\s*_:|-]{0,8}(?:no licen[cs]e\b|none\b(?! of))|^[\s*_:|`-]{0,8}(?:other|licen[cs]e)[\s*_`.]*$|\b(?:does not|doesn't|do not) (?:specify|state|name|include|have) (?:a |any )?(?:particular |specific )?licen[cs]e\b/i,
    // A line naming a licence: a known name, a licence file or link, a licence agreement or terms, a 《named》 agreement.
    rejectsLines:
      /\b(?:Apache|MIT|BSD|GPL|AGPL|LGPL|MPL|CC[- ]?BY|CC0|Open ?RAIL|RAIL|Llama ?\d|Gemma|Tongyi|WTFPL|Unlicense|EUPL)\b|LICEN[CS]E|\]\([^)\n]{0,200}licen[cs]e|\blicen[cs]e (?:agreement|terms)\b|\bunder (?:the |a |an )?[^\n]{0,60}licen[cs]e\b|《[^》\n]{1,40}》|许可协议|许可证|授权协议/i,
    short: true,
    tableColumns: true,
    stub: { heading: '## License', body: PLACEHOLDER },
  },
  {
    id: 'intended-use',
    ruleId: 'undisclosed-intended-use',
    title: 'Intended use',
    asks: 'Say what the model is for and who should use it (the "Uses / Direct Use" section of the Hugging Face template).',
    why: 'Readers need the intended tasks and users to judge fitness and risk: HF model-card template "Uses / Direct Use"; EU AI Act Annex XI 1(a) and Annex XII 1(a) (intended tasks, type of AI systems it fits); FMTI indicator "Permitted, restricted and prohibited uses".',
    headings: [
      /^(?:intended|primary intended|direct|downstream|evaluated) us(?:e|es|age|ers)\b/i,
      /^(?:model )?uses?$/i,
      /^(?:uses?|usage) (?:and|&) limitations\b/i,
      /^(?:intended )?use[- ]cases?\b/i,
      /^direct use and downstream use\b/i,
      /^(?:intended|primary) (?:uses?|users|usage|purpose)\b/i,
      /^who (?:can|should) use\b/i,
      /用途|使用场景|应用场景|适用场景|适用范围|使用范围|利用目的|想定(?:される)?(?:用途|利用)/,
    ],
    labels: [
      /^(?:primary )?intended (?:use|uses|usage|users|use cases|purpose)\b/i,
      /^(?:primary )?use cases?\b/i,
      /^primary (?:uses?|purpose)\b/i,
      /^intended$/i,
      /^purpose\b/i,
      /^(?:direct|downstream) use\b/i,
      /^(?:主要)?(?:用途|使用场景|应用场景|想定用途)/,
      /^(?:uso previsto|usos previstos|uso pretendido|utilisation prévue|usage prévu|verwendungszweck|vorgesehene verwendung|usage|uso|utilisation|verwendung)$/i,
      // "Task: 8-class intent recognition for home care" (任务), said with its domain: what the model is for.
      /^(?:task|任务|タスク|tarea|tâche|aufgabe|задача)$/i,
    ],
    signals: [
      // What the model was made to do ("trained to generate n8n workflow JSON from natural language", "The adapter's
      // job is to turn that evidence into concise explanations", "The goal is to support a larger query routing
      // system").
      /\b(?:trained|fine-?tuned|designed|built|developed|optimi[sz]ed) (?:specifically )?to (?:generate|classify|detect|predict|translate|answer|summari[sz]e|transcribe|recogni[sz]e|identify|extract|segment|convert|turn)\b|\b(?:job|purpose|goal|aim|task) (?:of (?:this|the) (?:model|adapter) )?is to (?:generate|classify|detect|predict|translate|answer|summari[sz]e|transcribe|recogni[sz]e|identify|extract|segment|convert|turn|provide|help|support)\b/i,
      // The task the model does, in Japanese, Korean, Vietnamese and Chinese ("病名を抽出するシステムです", "광고성 여부를 분류하는 텍스트 분류
      // 모델", "Dự án phân loại các loại tổn thương trên da", "构建一个面向电商搜索的四分类相关性重排模型", "【使用场景】",
      // "能满足更长的多轮对话、知识问答与摘要等需求").
      /を(?:抽出|予測|分類|判別|検出|生成|識別|推定)する(?:システム|モデル|ツール|こと)?|(?:분류|예측|탐지|생성|인식|검출)하는 (?:[^\s]+ ){0,3}모델|(?:phát hiện|phân loại|nhận dạng|dự đoán|nhận diện) |(?:的|进行)(?:[^\n。，]{0,10})(?:分类|识别|检测|预测|重排)(?:任务|模型)|(?:分类|识别|检测|预测)(?:模型|任务)[，,：:]|【使用场景】|(?:满足|适用于)[^\n。]{0,30}(?:需求|场景)/i,
      // A line that opens with what the model does, in Spanish, Portuguese, French and German ("Predice cuántos minutos
      // va a durar un viaje", "Reconocer aves chilenas en imagenes").
      /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?(?:Predice|Predecir|Clasifica|Clasificar|Detecta|Detectar|Reconoce|Reconocer|Genera|Generar|Traduce|Traducir|Transcribe|Transcribir|Prev[eê]|Prever|Classifica|Classificar|Reconhece|Gera|Gerar|Pr[ée]dit|Pr[ée]dire|D[ée]tecte|D[ée]tecter|G[ée]n[èe]re|Traduit|Klassifiziert|Erkennt|Generiert|Übersetzt)\b[^\n]{5,}/m,
      // What the model can do, in Chinese and Korean ("使模型能根据详细提示词生成有效的SVG徽标", "비디오를 생성할 수 있습니다"); not "可能生成"
      // (may generate) or "不能回答".
      /(?<![不可])(?:能够|可以|能)(?:根据[^\n。]{0,20})?(?:生成|识别|检测|分类|翻译|预测)|(?:생성|분류|번역|인식|탐지)할 수 있(?!도록)/,
      // A tagline naming the task and whom or what it serves ("Speech recognition for Nepali.", "**Plain-language
      // clinical trial matching for cancer patients.**", "Production-ready intent + IAB classifier bundle for
      // conversational traffic.").
      /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?(?!(?:You|We|I|Please|To|If|See|Run|Use|Below)\b)[A-Z][^\n.]{0,60}\b(?:recognition|classification|classifier|detection|detector|matching|generation|generator|translation|transcription|segmentation|imputation|forecasting|prediction|predictor|estimation|retrieval|summari[sz]ation|parsing|parser|embeddings?|tagging|tagger|captioning|scoring|ranking|reranker)s?\b(?: (?:model|bundle|checkpoint|system|pipeline))? for [^\n.]{3,80}(?:\.(?!\S)|$)/m,
      // A model named with its task ("Encoder-only transformer for anomaly detection in univariate timeseries data",
      // "Chronos: Pretrained Models for Time Series Forecasting").
      /\b(?:model|network|transformer|classifier|detector|LLM|encoder|system|pipeline|checkpoint|adapter|LoRA)s? for (?:the )?(?:[\w-]+ ){0,3}(?:detection|classification|recognition|generation|segmentation|estimation|forecasting|translation|transcription|synthesis|retrieval|prediction|extraction|summari[sz]ation|tagging|captioning)\b/i,
      // Whom the model's output is meant to help ("Classifies baby cries into 5 categories to help parents understand
      // their baby's needs").
      /\bto help (?:[\w-]+ ){0,2}(?:users|parents|doctors|clinicians|physicians|nurses|developers|researchers|people|farmers|teachers|students|analysts|radiologists|operators|caregivers|patients)\b/i,
      // A use the model is released for ("This model is ready for non-commercial/research use only", "provided only for
      // research and education purposes"), and a lead-in "Intended primarily for educational … purposes".
      /\b(?:is|are) (?:ready|available|provided|released|licensed) for (?:commercial|non-commercial|research)\b[^\n.]{0,30}\buse\b|\b(?:models?|weights|checkpoints?)\b[^\n.]{0,30}\b(?:only|solely|exclusively) for (?:research|academic|educational|education|non-commercial)\b|\bfor (?:research|academic|educational|non-commercial)(?: (?:and|or|&) \w+)? (?:use|purposes) only\b|(?:^|[.!?][ \t]{1,3})[ \t]*(?:[-*+][ \t]+)?(?:(?:it|this model|the model) is )?intended (?:primarily |mainly |only |solely |exclusively )?for\b/im,
      // The intended use said of the model in prose ("The intended use-case for this model is fictional conversation").
      /\bintended use[- ]?cases?\b[^\n.]{0,20}\b(?:is|are|include|includes)\b|\b(?:the |its |our )?(?:primary |main )?intended (?:uses?|purpose|applications?) (?:of|for) (?:this|the|our) (?:model|checkpoint|adapter|LoRA)s? (?:is|are|include)\b/i,
      // A model described by what it was built for, in apposition ("an open-source language model designed for theorem
      // proving").
      /\b(?:model|LLM|network|system|checkpoint|adapter|classifier|detector|encoder)s?,? (?:specifically |primarily |mainly |especially )?(?:designed|built|developed|tailored|speciali[sz]ed|optimi[sz]ed|intended|meant) (?:specifically |primarily |especially )?for(?!\s{1,3}\d)\b/i,
      // How it is usually used ("is a base model typically used for completion").
      /\b(?:is|are)\b[^\n.]{0,24}?\b(?:typically|commonly|usually|mainly|primarily|mostly|generally|often|best) used (?:for|to|as)\b/i,
      /\b(?:is|are|was|were) (?:primarily |mainly |only |solely |specifically )?(?:intended|designed|meant) (?:to be used )?(?:for|as) (?:commercial|research|academic|non-commercial|use|the|a|an|english|assistant|general)\b/i,
      /\bprimary intended (?:uses?|users)\b/i,
      /\b(?:designed|intended|built|optimi[sz]ed) (?:to excel at|for|to be used for|to be used as)\b[^\n.]{0,60}?\b(?:tasks|use cases|applications|agents|assistants?)\b/i,
      /\bintended (?:for|to be used for) research(?: purposes)?\b/i,
      /\b(?:with the (?:explicit |primary |sole |main )?purpose of|in order to|aims? to|designed to|developed to) (?:enabl|facilitat|support|advanc|promot)\w{0,8} [^\n.]{0,30}?(?:research|science|study|studies)\b/i,
      /(?:仅供|仅用于|主要用于|适用于)[^\n。]{0,30}(?:研究|学术|商业|场景|任务)/,
      // What the model is for, said any of the ways cards say it: "can be used for zero-shot classification", "You can
      // use the raw model for image classification", "is designed for generating sentence embeddings", "is proficient
      // at roleplaying", "finetuned for sentiment analysis", "developed primarily for research purposes". Not said of a
      // script, a dataset or a tool ("The script [`create_student_model.py`](…) can be used to initialise", "several
      // datasets (e.g. SST-2, MRPC) can be used as common benchmarks"); the model after such a noun still counts
      // ("trained on GitHub code, thus it can be used to perform code generation").
      /\b(?<!\bnot\s)(?:can|could|may)(?<!\b(?:scripts?|code|notebooks?|tools?|library|datasets?|corpus|corpora|commands?|files?|functions?|benchmarks?|utilities|utility)\b(?:(?!(?<!\w)(?:model|models|it|thus|so|which|this|and|but|or)\b)[^\n.,;]|\.(?=\w)|e\.g\.|i\.e\.|,(?=[^\n(]{0,30}\))){0,60}(?:can|could|may)) (?:also )?be (?:used|utili[sz]ed|applied|adopted|employed|deployed) (?:directly )?(?:for|to|as|in)\b/i,
      // Not a step of a how-to ("Before you can use this model to perform inference, it must be converted").
      /(?<!\b(?:before|after|until|once|when|if)\s{1,3})\byou can use (?:the|this|our) (?:raw |pre-?trained |fine-?tuned )?models? (?:for|to|as)\b(?! (?:perform |run |do )?inference\b)/i,
      /\b(?:is|are|was|were)(?<!\b(?:licen[cs]e|agreement|terms|section|document|repo(?:sitory)?|code|notebook|script|tool|library|package|guide|tutorial|page|card|dataset|data)\b[^\n.]{0,20}(?:is|are|was|were)) (?:primarily |mainly |specifically |especially |particularly )?(?:designed|built|optimi[sz]ed|intended|suitable|suited|developed|specialized|specialised|tailored|meant|trained|fine-?tuned|finetuned|made) (?:primarily |mainly |specifically |only |exclusively )?(?:for|to)(?!\s{1,3}(?:about\s{1,3})?\d)\b/i,
      /\b(?:is|are) (?:proficient|good|effective|capable|useful|excellent) (?:at|in|of|for)\b|\bexcels? (?:at|in)\b/i,
      /\b(?:fine-?tuned|finetuned|trained) (?:specifically )?for (?:the )?(?!\d)[^\n.]{0,40}?\b(?:tasks?|classification|detection|analysis|recognition|generation|translation|summari[sz]ation|question answering|segmentation|transcription|retrieval|extraction|correction|prediction|embeddings?)\b/i,
      /\b(?:is|are) (?:an? |the )[^\n.]{0,60}?\bmodels? (?:for|that (?:can |lets |allows |enables |predicts |classifies |detects |generates |transcribes |translates |converts |produces ))/i,
      // Not how it is loaded or run ("This model can be loaded and used with the MLX framework", "can be used just like
      // any other Stable Diffusion model").
      /\bthis (?:model|checkpoint) (?:is used|can(?! be (?:loaded|run|downloaded|converted|quantized|quantised|found|accessed|installed|imported|called|used (?:with|just like|like|in the same way)))|will|allows|lets you|enables)\b/i,
      // "used to" said of the model, not of a tool ("WikiExtractor is used to extract plain texts").
      /(?:\b(?:aims?|aimed|aiming)|(?:^|[-*+:]\s{0,3}|\b(?:model|models|it|network|classifier|detector|system|checkpoint|adapter|embeddings)\s{1,3}(?:is|are|was|were|can be|will be|may be)\s{1,3})(?:[Uu]sed)) to (?:predict|classify|detect|generate|translate|transcribe|answer|summari[sz]e|segment|recogni[sz]e|identify|estimate|extract|correct)\b/i,
      /\b(?:for|in) (?:research|commercial|personal|scientific|academic|educational|non-commercial)(?: and (?:commercial|research|personal|academic))? (?:purposes|use|uses|applications|settings)\b/i,
      /\bto (?:help )?(?:advance|support|enable|facilitate|accelerate)\b[^\n.]{0,50}?\bresearch\b/i,
      // A title naming a use: "## A small language model for writing nice Japanese".
      /^#{1,3}[ \t][^\n]{0,60}?\bmodels? for (?!the\b|a\b|an\b)[a-z]{3,}ing\b/im,
      /\bshould be used (?:as|for|to|only)\b/i,
      /(?<!\b(?:not|never|n't|[Tt]o)\s{1,3})\b(?:using|use) (?:this|the) model (?:for|to)\b(?! (?:perform |run |do )?inference\b)|\bfor [^\n.]{0,40}\buse[- ]cases\b|\bcan (?:simultaneously |also )?(?:perform|handle)\b/i,
      /\b(?:use cases?|applications?) (?:include|such as|like)\b/i,
      // What it does, said of this model: "The model classifies customer reviews", "It detects cracks in images";
      // what it was built to do: "Designed to help doctors triage X-rays"; who it is for: "Intended users are …".
      /(?:^|[.!?][ \t]{1,3})[ \t]*(?:[-*+][ \t]+)?(?:this|the) model (?:classifies|detects|predicts|translates|generates|transcribes|segments|recogni[sz]es|identifies|estimates|extracts|summari[sz]es|answers|ranks|forecasts|converts|labels|scores|flags)\b|(?:^|[.!?][ \t]{1,3})[ \t]*(?:[-*+][ \t]+)?it (?:classifies|detects|predicts|translates|transcribes|segments|recogni[sz]es|identifies|forecasts|flags)\b|\b(?:designed|built|developed|created|made) to (?:help|assist|support|automate|detect|classify|predict|generate|translate|answer|summari[sz]e|triage|identify|estimate|extract|rank|forecast)\b|\bintended (?:users|audience)\b/im,
      // "Use the score to prioritize human review", "designed to enhance user focus", "for the research community", "a
      // reward model for evaluating mathematical solutions", "a deep convolutional neural network for emotion
      // recognition", "The toxicity model detects …".
      /^[ \t]*(?:[-*+][ \t]+)?use the (?:scores?|outputs?|predictions?|embeddings?|labels?) (?:to|for)\b|\b(?:designed|built|developed|created|made) to (?!be\b|run\b|work\b|fit\b|load\b|output\b|produce\b|generate\b|process\b|handle\b|accept\b|take\b)[a-z]{3,}|\bfor the (?:research|scientific|academic|open-source) community\b|\bmodels? for (?:evaluating|detecting|classifying|generating|predicting|translating|transcribing|summari[sz]ing|answering|ranking|scoring|segmenting|recogni[sz]ing|extracting|retrieving|embedding|forecasting|identifying)\b|\b(?:model|network|checkpoint|adapter|LoRA|variant)\b[^\n.]{0,40}\bfor (?:[\w-]{1,20} ){0,4}(?:understanding|recognition|detection|classification|generation|retrieval|analysis|segmentation|translation|transcription|summari[sz]ation|question answering|forecasting|prediction|tagging|parsing|captioning|embeddings?)\b|\b(?:this|the) [\w-]{1,20} model (?:classifies|detects|predicts|translates|generates|transcribes|segments|recogni[sz]es|identifies|estimates|extracts|summari[sz]es|answers|ranks|forecasts)\b/im,
      // A line naming the task and what it is for ("Real-time object detection for drone/aerial imagery").
      /^[ \t]*(?:[-*+][ \t]+)?(?:real-time |automatic |automated )?(?:[\w-]{2,20} ){0,2}(?:detection|classification|segmentation|recognition|transcription|translation|forecasting|summari[sz]ation) (?:for|of|in|on) [\w/ -]{3,60}(?:imagery|images|audio|speech|text|documents|videos?|data|reviews|tweets|news|records)\b/im,
      // Plainly: "This model is for drafting replies", "Use it to classify reviews".
      /\b(?:this|the) model is (?:for|used for) (?:\w+ing|the (?:task|purpose) of)\b|^[ \t]*(?:[-*+][ \t]+)?use (?:it|this model|the model) (?:to|for)\b/im,
      /(?:可用于|能够|用于|适用|支持)[^\n。]{0,40}(?:任务|对话|生成|分类|识别|检索|翻译|推理|理解|能力|场景|摘要|问答|客服|写作|编程)|具备[^\n。]{0,60}(?:能力|功能|推理|对话|调用)|(?:に|で)(?:利用|使用)(?:でき|可能)|(?:学術研究|研究目的|商用利用|研究用途)/,
      // Korean, Vietnamese and Russian: "특화 영역: 지시 사항 수행, 대화", "sinh ra để phục vụ …", "Среди решаемых задач …",
      // "оптимизирована для различных вариантов использования".
      /특화|để phục vụ|được thiết kế (?:để|cho)|có thể (?:được )?(?:sử dụng|dùng)|dùng để|решаем[а-яё]{0,3} задач|вариант[а-яё]{0,3} использования|задач[а-яё]{0,3} (?:распознавания|классификации|генерации|перевода)/i,
      // A title naming the task: "# MacBERT for Chinese Spelling Correction", "# Classification d'articles de presse".
      /^#[ \t][^\n]{0,60}\bfor\b[^\n]{0,40}\b(?:classification|detection|recognition|generation|translation|summari[sz]ation|correction|segmentation|transcription|retrieval|extraction|prediction|analysis|question answering|NER|tagging)\b|^#[ \t](?:Classification|Détection|Reconnaissance|Génération|Traduction|Clasificación|Detección|Reconocimiento|Generación|Traducción|Classificação|Detecção|Klassifikation|Erkennung)\b/im,
      /\b(?:se puede usar|puede (?:ser )?utiliza|capaz de|diseñad[oa] para|pode ser usad|pode ser utilizad|para (?:análise|analizar|classifica|clasifica|detec|gera|gener|tradu|transcri|respond|resum|predec|predi|reconoc|reconhe|identifica)|peut être utilisé|conçu pour|destiné à|utilisé pour|(?:desarrollad|entrenad|cread|diseñad|pensad)[oa]s? para|(?:desenvolvid|criad|treinad|projetad|pensad)[oa]s? para|(?:développé|entraîné|créé)e?s? pour|(?:est|sont) utilisée?s? (?:par|pour))|\bModelle? (?:zur|zum) (?:Vorhersage|Klassifi\w{1,8}|Einstufung|Erkennung|Generierung|Übersetzung|Analyse|Extraktion|Segmentierung)\b|(?:^|[\s(«"])(?:может (?:быть )?использ|предназначен|для (?:задач|распознавания|генерации|классификации)|оптимизирован[а-яё]{0,6} для)/im,
      // German, Thai, Japanese and Korean: "ist für … gedacht", "eignet sich für", "ใช้สำหรับ", "タスク向けのモデル", "한국어
      // 질의응답을 위해 개발되었습니다"; plainly: "Ideal for edge devices", "It helps developers write SQL".
      /\b(?:ist|sind|wurde|wurden) (?:für|zur|zum)\b[^\n.]{0,60}\b(?:gedacht|bestimmt|entwickelt|konzipiert|optimiert|vorgesehen)\b|\beignet sich (?:für|zur|zum)\b|\bdient (?:zur|zum|der|dazu)\b|\bkann (?:für|zur|zum)\b[^\n.]{0,40}\b(?:verwendet|eingesetzt|genutzt) werden\b|ใช้สำหรับ|ใช้ในการ|向け(?:の|に)|모델[^\n.]{0,60}위(?:해|한)\s?(?:개발|설계|학습|훈련|만들어)|위한 모델|(?:^|[.!?:][ \t]{1,3})[ \t]*(?:[-*+][ \t]+)?(?:[*_]{2})?(?:ideal|perfect|great|well[- ]suited|best suited|good) (?:for|as)\b|\b(?:is|are) (?:ideal|perfect|great|well[- ]suited|best suited) (?:for|as)\b|\bhelps? (?:developers|users|researchers|doctors|clinicians|people|teams|analysts|students|engineers|writers)\b/im,
      // "This model is for research and development only", "for **research use ONLY**", "The Football Match Winner
      // Predictor predicts …".
      /\bfor [*_]{0,2}(?:research|academic|non-commercial|personal|educational)(?: (?:and|&) (?:development|education|research|commercial))?(?: (?:use|purposes))?[*_]{0,2} only\b|\b(?:model|predictor|classifier|detector|regressor|network|recogni[sz]er|estimator|tagger|segmenter)s? (?:classifies|detects|predicts|translates|transcribes|segments|recogni[sz]es|identifies|estimates|extracts|summari[sz]es|ranks|forecasts|labels|flags)\b/i,
      // What the model is for, said as its purpose ("A finetuned model for everyday TTS applications", "It is supposed
      // to serve as baselines for comparison").
      /\b(?:model|checkpoint|adapter|system|classifier|detector)s? (?:designed |built |made |trained )?for (?:\w+ ){0,3}(?:applications|use cases|workflows)\b|\b(?:serve|meant to serve|used) as (?:a |the )?(?:baselines?|reference models?|starting points?) (?:for|in)\b/i,
      // A classifier or detector saying what it classifies or detects, or a service it provides ("A sentiment
      // classifier for Arabic tweets", "A YOLOv8 model that detects helmets", "Binary safe/unsafe classification",
      // "provide enterprise grade STT"): what such a model is for (test/accuracy/LABELLING.md, conventions of the fifth
      // session); a generative model saying only what it is ("a 7B chat model") is not.
      /\b(?:classifier|detector|tagger|recogni[sz]er|segmenter|regressor|predictor|(?:re)?ranker)s? (?:for|that|which|to) (?!(?:be |the |this )?(?:train|fine-?tun|use))\w|\b(?:detectors?|classifiers?|models?|networks?|systems?) (?:that|which) (?:detects?|classif(?:y|ies)|labels?|flags?|identif(?:y|ies)|recogni[sz]es?|segments?|predicts?|estimates?|forecasts?|finds?|locates?|counts?|transcribes?|translates?)\b|\b(?:this|the|our) (?:detector|classifier) (?:detects|finds|classifies|flags|identifies|recogni[sz]es|segments|predicts|labels)\b|\b(?:binary|multi-?class|multi-?label) (?:[\w/-]+ ){0,2}classification\b|\bprovides? (?:[\w-]+ ){0,3}(?:STT|TTS|ASR|OCR|speech[- ]to[- ]text|text[- ]to[- ]speech|speech recognition|machine translation|transcription)\b/i,
      // A use stated in Korean ("챗봇 용도로 사용할 수 있습니다").
      /(?:용도로|목적으로|위해|위한)\s?(?:사용|활용)(?:할 수 있|될 수 있|하실 수 있|됩니다|합니다)/,
    ],
    topic:
      /\buse[sd]?\b|\busing\b|\bintended\b|\bpurpose|\btasks?\b|\bapplications?\b|\bdesigned\b|\bsuitable\b|用途|用于|适用/i,
    signalsInHowTo: true,
    // A task id alone ("Task: text-generation") is a pipeline tag, not a use (test/accuracy/LABELLING.md).
    rejects: /^[\s*_`]*[a-z0-9]+(?:-[a-z0-9]+){1,4}[\s*_`.]*$/,
    stub: { heading: '## Uses', body: `### Direct Use\n\n${PLACEHOLDER}` },
  },
  {
    id: 'out-of-scope-use',
    ruleId: 'undisclosed-out-of-scope-use',
    title: 'Out-of-scope use',
    asks: 'Say which uses the model is not suited or not allowed for, or link the acceptable-use policy.',
    why: 'Misuse and foreseeable failure start where the card is silent: HF model-card template "Out-of-Scope Use"; EU AI Act Annex XI 1(b) and Annex XII 1(b) (applicable acceptable-use policies); FMTI indicators "Permitted, restricted and prohibited uses" and "Usage policy".',
    headings: [
      /out[- ]of[- ]scope/i,
      /\bmisuse\b/i,
      /\b(?:prohibited|restricted|unacceptable|forbidden) us(?:e|es|age)\b/i,
      /\bacceptable use\b/i,
      /^sensitive use/i,
      // "## Not Intended For", "## Not Suitable For", "## When not to use it".
      /^not (?:intended|suitable|recommended|meant|designed) (?:for|use)\b|\bwhen not to use\b/i,
      /禁止|不适用|不当使用|滥用|範囲外|禁止事項/,
    ],
    labels: [
      /^out[- ]of[- ]scope/i,
      /^misuse\b/i,
      /^(?:prohibited|restricted|unacceptable) us(?:e|es|age)\b/i,
      /^acceptable use\b/i,
      /^not (?:intended|suitable|for|recommended)\b|^do not use\b/i,
    ],
    signals: [
      // What the model or its output must not be taken for ("The model should not be interpreted as a betting system").
      /\b(?:should|must) not be (?:interpreted|treated|regarded|seen|considered|construed) as\b/i,
      // Automated decisions set apart in Spanish and Portuguese ("no como lazo de control automático", "Decisões
      // totalmente automatizadas sem revisão humana"), and a dataset said too small for production ("todavia es pequeno
      // para uso productivo").
      /\bno como (?:un |una )?[^\n.]{0,30}\bautom[áa]tic|\bdecis(?:iones|ões) (?:totalmente |enteramente )?(?:automatizadas|autom[áa]ticas)\b|\bpara uso productivo\b/i,
      // A use set against the one excluded ("Screening support, not diagnostic", "intended for interactivity and not
      // final production performance").
      /\b(?:support|aid|tool|use),? not (?:a )?(?:diagnos\w{1,5}|clinical|production)\b|\bintended for [^\n.]{0,40}\band not (?:for )?(?:final )?(?:production|clinical|diagnostic)\b|\bnot production[- ](?:ready|grade|calibrated)\b/i,
      // Uses the model is not intended for, in Japanese ("いかなる悪意ある目的での使用も意図していません").
      /(?:使用|利用)(?:を|は|も)?(?:意図|想定)していません|意図されていません/,
      // Prohibited items named in Japanese and Chinese prose ("下記の禁止事項に該当する行為を除き").
      /禁止事項|禁止行為|禁止される行為|禁止事项|禁止行为/,
      // Not validated for a high-stakes setting ("Not validated for clinical or production use", "not validated for
      // safety-critical use"), uses the weights may not be put to ("you may not sell them"), and "不构成投资建议" (not
      // investment advice).
      /\bnot (?:yet )?(?:validated|tested|evaluated|certified|approved|verified) (?:for|in) (?:[\w-]+ ){0,2}(?:clinical|production|safety[- ]critical|medical|diagnostic|commercial|real[- ]world|operational|deployment|high[- ]stakes)\b|\b(?:may|must|shall) not (?:sell|resell|redistribute|sublicense)\b|不构成[^\n。]{0,10}建议/i,
      // "Does not replace" in Spanish and Chinese ("ni sustituye reglas IDS", "它不替代持牌投资顾问"; not 不可替代, "irreplaceable").
      /\b(?:no|ni) (?:sustituye|reemplaza|reemplazan|sustituyen)\b|不(?:能|应|得)?(?:替代|取代|代替)/,
      // Prohibitions on the use of the models ("You must not use this library or our models in a manner that infringes
      // …", "your use of the models, which must not involve …").
      /\b(?:must|shall|should) not use (?:this|the|these|our) (?:library|code|software|api) or (?:our|the|these|this) models?\b|\buse of (?:the|this|these|our) models?\b[^\n.]{0,40}\b(?:must|shall|may) not\b/i,
      // The OpenRAIL licence's use restrictions said in a card ("You can't use the model to deliberately produce …
      // harmful outputs"), "CANNOT be used commercially", "caution is urged against complete reliance on …", "Do not
      // use as a single source of truth".
      /\b(?:can't|cannot|can not|may not|must not|shall not) use (?:the|this|these|our) models?\b|\b(?:cannot|can't|may not|must not|shall not) be used commercially\b|\bnon-commercial(?:\/research)? (?:use|purposes) only\b|\b(?:caution|recommend|advise|warn)(?:s|ed)?(?: is (?:urged|advised))? against\b[^\n.]{0,40}?\b(?:use|using|usage|reliance|relying|deploy\w*)\b|\b(?:do not|don't|never) use (?:it |this model |the model |them )?as (?:a |an |the )?(?:single|sole|only|final|primary|substitute|replacement)\b/i,
      // "Not a diagnostic device." said on its own, a use outside the intended use warned against ("Any deviation from
      // this intended use may lead to … harmful outputs"), a model not expected to work outside its languages, and
      // "should be avoided" in German.
      /(?:^|[.!?][ \t]{1,3})[ \t]*(?:[-*+][ \t]+)?(?:[*_]{2})?Not (?:a |an )?(?:diagnostic|medical|clinical|legal|financial|certified)\b|\b(?:any )?(?:deviation|use|uses) (?:from|outside(?: of)?) (?:this|the|its) intended (?:use|purpose|scope)\b|\bnot expected to (?:perform|work) well (?:on|for|in|with)\b|\bsollte[^\n.]{0,90}\bvermieden werden\b/im,
      // "Do not use" and "not a basis for decisions" in French, Portuguese, Spanish and Chinese ("Ne pas utiliser pour
      // fixer une rémunération", "Não deve embasar decisões", "不作为纪律处分依据", "不要使用这些模型作为最终决策参考"), "We do not recommend
      // any other use", "in no way replaces official alerts".
      /\bne (?:pas|doit pas|doivent pas) (?:être )?utilis|\bn'est pas (?:destiné|conçu|adapté)|\bnão (?:deve|devem) (?:ser )?(?:usad|utilizad|embasar|substituir|servir)|\bno (?:debe|deben) (?:ser )?(?:usad|utilizad|emplead|sustituir)|\bno (?:está|es) (?:destinad|diseñad|pensad)o? (?:para|a)\b|不(?:应|可|能|得)?作为(?!任何)[^\n。]{0,30}(?:依据|根据|参考)|不要(?:将|把)?(?:使用|用)|\bdo not recommend (?:any )?(?:other|further) uses?\b|\b(?:in no way|does not|do not|cannot) replaces?\b/i,
      // A linked responsible-use or acceptable-use guide ("please see our [Responsible Use Guidelines](https://…)").
      /\[(?:our )?responsible[- ]use (?:guidelines|guide|policy)\]\(/i,
      // Uses declared out of scope in a sentence ("Any other sort of usage is out of scope").
      /\b(?:use|uses|usage|applications?|purposes?|tasks?)\b[^\n.]{0,30}\b(?:is|are) (?:considered |deemed |strictly )?out[- ]of[- ]scope\b/i,
      // "It is not guaranteed betting advice", "This is not a general assistant", and the out-of-scope lead-in in
      // Spanish, Portuguese and French ("**Fuera de alcance:** …").
      /\b(?:it|this|the model|this model|the output|the outputs|its output)\s{1,3}(?:is|are) not (?:a |an )?(?:guaranteed|general[- ]purpose|general|certified|clinical|medical|legal|financial|professional|knowledge|diagnostic)\b|(?:^|[.!?][ \t]{1,3})[ \t]*(?:[-*+][ \t]+)?(?:[*_]{2})?(?:usos? )?(?:fuera de(?:l)? alcance|fora d[eo] escopo|hors (?:du )?(?:champ|périmètre))(?:[*_]{2})?[ \t]{0,2}:/im,
      /\b(?:should|must|may|can|shall) not be (?:used|deployed|applied)\b/i,
      /\b(?:is|are)\s{1,3}(?:explicitly\s{1,3}|strictly\s{1,3}|specifically\s{1,3})?not (?:intended|meant|suitable|fit) (?:to be used )?(?:for|to|in|as)\b|\bnot (?:intended|meant) to be used as\b|\b(?:do not|don't|would not|wouldn't) recommend (?:using|use|deploying)\b|\bnot (?:cleared|approved|certified) (?:as|for)\b|\b(?:is|are) not designed (?:for|to be (?:used|deployed))\b/i,
      /\b(?:caution|recommend|advise|warn) against (?:using|use|the use|deploying)\b|\bdo not use (?:the|this|these|our) models?\b/i,
      /\b(?:should|must) not use (?:this|the|our) model\b/i,
      // Plainly: "Not for medical advice.", "Do not use it for …", "Avoid using it on …".
      /(?:^|[.!?:][ \t]{1,3})[ \t]*(?:[-*+][ \t]+)?(?:(?:it|this model|the model) is )?not (?:intended |meant |designed |suitable |to be used )?for\b|\b(?:do not|don't|never|not to) use\b[^\n.]{0,120}?\bfor\b|\bavoid using (?:it|them|the model|this model)\b/im,
      /\b(?:acceptable|prohibited) (?:use|usage) polic(?:y|ies)\b|\busage guidelines\b|\bprohibit(?:s|ed)? (?:the )?use\b/i,
      /\bprohibited uses?\b/i,
      // Not in a table row: a quantisation table's "not recommended for most purposes" is about one file.
      /\bnot recommended(?<!^[ \t]{0,3}\|[^\n]{0,400}not recommended) (?:for|to be used)\b/im,
      // "Using the model to generate disinformation is prohibited", "not a substitute for professional medical advice".
      /\b(?:use|using|usage|uses)\b[^\n.]{0,60}\b(?:is|are) (?:strictly |expressly )?(?:prohibited|forbidden|not (?:permitted|allowed))\b|\bnot (?:a )?substitute for\b|\bnot (?:intended|meant) as (?:medical|legal|financial|professional) advice\b/i,
      // "Do not use" in the languages most used on the Hub after English.
      /사용하지 (?:마십시오|마세요|말아|않아야)|사용해서는 안|(?:^|[\s(«"])не (?:используйте|следует использовать|рекомендуется использовать)|модел[а-яё]{0,3}[^\n.]{0,30}не предназначен[аоы]? для|n'utilisez pas|\bne (?:doit|doivent|devrait|devraient) pas être utilisé|n'est pas (?:destiné|conçu|adapté)|\bno (?:utilice|utilicen|usar|utilizar|use este|use el)\b|\bno (?:debe|deben|debería|deberían) (?:ser )?(?:usad|utilizad)|\bno (?:está|es) (?:diseñad|destinad|pensad)[oa] para\b|não (?:use|utilize|usar|utilizar)\b|n[aã]o (?:deve|devem|deveria) ser (?:usad|utilizad)|não (?:é|foi) (?:projetad|destinad|pensad)[oa] para|\b(?:verwenden|nutzen) Sie (?:das|dieses) Modell nicht\b|\b(?:darf|dürfen|sollte|sollten) nicht (?:für|zur|zum)\b[^\n.]{0,40}\b(?:verwendet|eingesetzt|genutzt)\b|\bnicht (?:für|zur|zum)\b[^\n.]{0,40}\b(?:gedacht|bestimmt|geeignet)\b|không (?:sử dụng|dùng|nên sử dụng|được sử dụng)|ห้ามใช้|ไม่ควรใช้/im,
      /不适合|不适用于|不建议(?:用于|使用)|慎んでください|(?:利用|使用)(?:しないでください|しないこと|を控えて|は禁止)|不(?:得|应|能|可|要|把)(?:将[^\n。]{0,40})?[^\n。]{0,30}用于|(?:请勿|勿将|禁止)[^\n。]{0,60}用于/,
      // "Users should not use these models in critical situations", "Commercial use is **strictly prohibited**",
      // "严禁用于真实法律场景".
      /\b(?:should|must|may) not use (?:these|any of (?:these|the|our)|our|this|the) (?:models?|weights|checkpoints?)\b|\b(?:use|using|usage|uses)\b[^\n.]{0,60}\b(?:is|are) [*_]{1,2}(?:strictly |expressly )?(?:prohibited|forbidden|not (?:permitted|allowed))\b|严禁(?:用于|将)|不(?:能|可|得|应)(?:被)?用作/i,
      // A lead-in inside a paragraph ("… (float). Out of scope: photos, non-digit characters").
      /(?:^|[.!?][ \t]{1,3})(?:[*_]{2})?out[- ]of[- ]scope(?: uses?)?(?:[*_]{2})?[ \t]{0,2}:[ \t]{0,3}\S/im,
      // "cannot be used for commercial purposes", "should only be tested on: …", "wasn't made with generative images in
      // mind", "usage of the model be limited to non-commercial purposes".
      /\bcannot be used (?:for|in|as|to)\b|\bshould only be (?:used|tested|applied|deployed) (?:on|for|in|with)\b|\b(?:wasn't|was not|isn't|is not|weren't|were not) (?:made|built|designed|trained|intended) with\b[^\n.]{0,40}\bin mind\b|\b(?:use|usage) of (?:the|this) model (?:be|is|should be) limited to\b/i,
      // "It should not be considered a production-ready model for …".
      /\bshould not be (?:considered|treated|regarded|seen|relied (?:on|upon))\b|\bnot (?:a |an )?production[- ]ready\b/i,
      // Non-commercial only, said of the uses ("may only be used for non-commercial purposes", "available as a
      // source-available model for non-commercial use", "비상업적인 용도로만", "仅限非商业用途"): a sentence about uses, not a licence
      // name (test/accuracy/LABELLING.md, conventions of the fifth session).
      /\b(?:only|solely|exclusively) (?:be )?(?:used |available |licensed )?for non-?commercial\b|\bfor non-?commercial (?:use|purposes|research|applications)(?: purposes)? only\b|\bcommercial (?:use|usage) (?:is (?:not (?:permitted|allowed)|prohibited|subject to)|requires)\b|\b(?:available|released|licensed|provided)\b[^\n.]{0,40}\bfor non-?commercial (?:use|usage|purposes|research)\b|비상업적[^\n.]{0,20}만|仅限(?:于)?非商业|商用(?:利用)?(?:は|を)?(?:禁止|不可|できません)/i,
      // "Not recommended as" in Spanish and Portuguese, "does not replace (medical judgement)" in Chinese.
      /\bno[*_]{0,2} (?:es |está )?[*_]{0,2}recomendad[oa]s?[*_]{0,2} (?:como|para)\b|\bnão[*_]{0,2} (?:é |está )?[*_]{0,2}recomendad[oa]s?[*_]{0,2} (?:como|para)\b|不(?:能|可|应)?(?:替代|代替|取代)(?:医|专业|人工|医生|律师)/i,
    ],
    stub: { heading: '## Out-of-Scope Use', body: PLACEHOLDER },
  },
  {
    id: 'training-data',
    ruleId: 'undisclosed-training-data',
    title: 'Training data',
    asks: 'Describe the training data: sources and provenance, size (tokens, images, hours) and how it was selected and cleaned.',
    why: 'Data decides what a model knows and whom it fails: HF model-card template "Training Data" (+ `datasets:`); EU AI Act Annex XI 2(c) and Annex XII 2(c); OSI Open Source AI Definition "Data Information"; FMTI indicators "Data size", "Data sources", "Data curation".',
    headings: [
      /^(?:the |our |model |llm )?training (?:data|dataset|datasets|corpus|corpora|set)\b/i,
      /^(?:pre-?training|fine-?tuning|instruction[- ]tuning|sft|alignment) (?:data|dataset|datasets|corpus|mix)\b/i,
      /^training and evaluation data\b/i,
      /^(?:data|datasets?|data ?mix|datamix|data card|model data|data sources?|dataset overview|datasets? (?:and|&) (?:mix|training))\b/i,
      /训练数据|训练语料|预训练数据|训练集|数据集|学習データ|訓練データ|事前学習データ|データセット|トレーニングデータ/,
    ],
    notHeadings: [
      /\b(?:evaluation|testing|test|validation|eval) (?:data|datasets?)\b/i,
      /^data(?:set)? limitations/i,
      /^data citation/i,
    ],
    notUnder: [/^fine-?tun(?:e|ing)\b(?! data)/i, /^(?:how to|usage|quick ?start|getting started)/i],
    labels: [
      /^(?:pre-?training |fine-?tuning |training )?(?:data|dataset|datasets|corpus)$/i,
      /^training (?:data|dataset|datasets|corpus)\b/i,
      /^(?:pre-?training|fine-?tuning) (?:data|dataset|tokens)\b/i,
      /^(?:data ?mix|data sources?|data freshness|dataset size|num(?:ber)? of tokens)\b/i,
      // "- **Training source:** generated self-play positions", "Dataset Source: Sentiment Analysis for Financial
      // News".
      /^(?:training|dataset) sources?$|^source of (?:the )?(?:training )?data$/i,
      /训练数据|训练语料|学習データ/,
      // "- train: KorNLI" beside "- dev: KorSTS", "Training split: …".
      /^train$|^train(?:ing)? (?:set|split|samples|examples|size)$/i,
      // A model table's "数据集" / "データセット" row ("| 数据集 | 百度自建数据集 |").
      /^(?:数据集|データセット)$/,
    ],
    frontMatter: datasetsEvidence,
    signals: [
      // Data a fine-tune used ("Fine-tuned using datasets like Wikitext-2-raw-v1", "with data from
      // [scb-mt-en-th-2020](…)"), and "Pre-training of RoBERTa for Spanish on mC4".
      /\b(?:fine-?tuned|trained|pre-?trained) (?:using|with) (?:the )?(?:[\w-]+ )?(?:datasets?|corpus|corpora)\b|\bwith data from (?:\[|the |[A-Z])|\b(?:pre-?training|fine-?tuning|training) of\b[^\n.]{0,40}\bon (?:the )?[A-Z][\w-]{1,30}\b/i,
      // Data named by what it was used for ("The Cleaned Italian mC4 Corpus used for pre-training the IT5 models"), a
      // model trained for a task on a named dataset ("Trained CNN model for Genre classification on GTZAN dataset"),
      // "the data used" in Spanish and Portuguese, fine-tuning "auf" data in German, a corpus used in Indonesian, and
      // 数据是…语料.
      /\b[Tt]rained (?:[\w-]+ ){0,5}on (?:the )?[A-Z][\w-]{1,40} (?:dataset|corpus)\b/,
      /\b(?:corpus|corpora|dataset|data)\b (?:used|utili[sz]ed|employed) (?:for|to|in) (?:pre-?train|train|fine-?tun)\w*|\b(?:los|os) (?:datos|dados) (?:utilizados|usados|empleados)\b|\bFine-?Tuning von\b[^\n.]{0,40}\bauf\b|\bmenggunakan (?:korpus|dataset|data)\b|数据(?:是|为)[^\n。]{0,20}语料/i,
      // Data described by how the model was conditioned on it ("conditioned on high-quality anime images through
      // fine-tuning") or how the author built it ("I created the dataset by extracting images from the episodes …").
      /\bconditioned on (?:[\w-]+ ){0,4}(?:images|photos|pictures|artworks?|illustrations|paintings|renders|videos|audio|recordings)\b|\b(?:I|we) (?:created|built|collected|compiled|assembled|curated|scraped|gathered) (?:the|my|our|a|this) (?:own )?(?:training |fine-?tuning )?(?:dataset|data ?set|corpus)\b/i,
      // Data named by its kind of source ("a mix of public datasets and proprietary web search data"), a named corpus
      // called the pre-training data ("YT-Storyboard-1B pretraining data"), and a token count trained on in Chinese
      // ("经过了 1.4T 中英标识符的预训练").
      /\b(?:a )?(?:mix|mixture|blend|combination) of (?:[\w-]+ ){0,2}(?:public|publicly available|open|proprietary|synthetic|web|licensed|curated|in-house|internal) (?:[\w-]+ ){0,2}(?:datasets|data|corpora)\b|\b[A-Z][\w.]*-[\w.-]{1,30} (?:pre-?training|training|fine-?tuning) (?:data|dataset|corpus)\b|\d+(?:\.\d+)?\s?[TBMK]\s?[^\n。]{0,6}(?:标识符|tokens?|词元)[^\n。]{0,6}(?:预训练|训练)|(?:预训练|训练)[^\n。]{0,20}\d+(?:\.\d+)?\s?[TBMK]\s?[^\n。]{0,6}(?:标识符|tokens?|词元)/,
      // The environment a reinforcement-learning agent was trained in ("a **PPO** agent playing **LunarLander-v2**").
      /\bagent (?:playing|trained (?:on|in)|for)\s{1,3}[*_`]{0,2}[\w-]{2,40}-v\d\b/i,
      // Data described by where it comes from, in a sentence about training ("trained on internal HIC experimental
      // data", "fine-tuned using a subset of the data from Pygmalion-6B").
      /\b(?:pre-?trained|trained|fine-?tuned|finetuned)\s{1,3}(?:on|using|with)\s{1,3}(?:(?:a )?(?:subset|portion|part|sample|mix|mixture) of )?(?:the |our |their )?(?!(?:same|more|less|new|the|this|that|its|our|your)\b)(?:[\w-]+ ){1,4}(?<!\blanguage )data\b(?!\s{1,3}(?:parallel|types?|format|loaders?|collators?|augmentation)\b)|\b(?:subset|portion|part|sample) of the data from\b/i,
      // A linked dataset "used in … training", and a named dataset a fine-tune used ("a fine-tuned LLaMA-based
      // architecture for emotion classification using the BRIGHTER dataset").
      /\]\([^)\s]{1,200}\)[^\n.]{0,30}\bused (?:in|for|during) (?:the )?(?:[^\s.]{1,30}[ -]){0,2}(?:training|pre-?training|fine-?tuning)\b|\b(?:fine-?tuned|trained)\b[^\n.]{0,80}\busing the [A-Z][\w-]{1,40} (?:dataset|corpus|data)\b/,
      // A count of examples trained on, in Chinese ("约100万条的高质量多轮心理对话数据进行训练"), and a token count in Chinese units ("2.6
      // 万亿 的 token").
      /\d[\d.,]{0,8}\s{0,2}(?:万|亿|千|百万)?\s{0,2}条[^\n。]{0,30}(?:数据|语料|对话|样本|指令)[^\n。]{0,20}(?:进行)?(?:训练|微调|预训练)|\d[\d.]{0,6}\s{0,2}(?:\*\*)?\s{0,2}(?:万亿|亿|万)\s{0,2}(?:\*\*)?\s{0,2}(?:的\s{0,2})?(?:token|tokens|词元|tokens数|token 数)/i,
      /\btraining (?:data|corpus|dataset|set|split) (?:incorporates|includes|consists of|comprises|contains|covers|is made up of)\b/i,
      // Plainly: "The data comes from public GitHub repositories", "We collected 10k customer emails for training",
      // "It learned from the LibriSpeech corpus".
      /\b(?:the )?(?:training |fine-?tuning )?data(?:set)? (?:comes?|came|was (?:collected|drawn|sourced|gathered|scraped)|were (?:collected|drawn|sourced|gathered|scraped)|is drawn|originates?) from\b|\b(?:we|I) (?:collected|gathered|curated|scraped|annotated|labell?ed|compiled)\b[^\n.]{0,60}\b(?:for|to) (?:train|training|fine-?tun|pre-?train)|\blearn(?:ed|t|s) from\b[^\n.]{0,40}\b(?:corpus|corpora|dataset|data)\b/i,
      /\b(?:pre-?trained|trained|fine-?tuned)\s{1,3}(?:on|using|with|over)\s{1,3}(?:a\s{1,3}|the\s{1,3})?(?:total\s{1,3}of\s{1,3}|approximately\s{1,3}|about\s{1,3}|over\s{1,3}|roughly\s{1,3}|more than\s{1,3}|~\s{0,3})?\d[\d.,]{0,20}\s{0,3}(?:[KMBT]\b|thousand|million|billion|trillion)?\s{0,3}(?:[\w-]+\s{1,3})?(?:tokens|words|images|hours|samples|examples|pairs|documents|sequences|instructions|conversations|dialogues|records|prompts)\b/i,
      /\b\d[\d.,]{0,20}\s{0,3}(?:[KMBT]|thousand|million|billion|trillion)\s{1,3}(?:training\s{1,3})?tokens\s{1,3}(?:of|from)\b/i,
      // "trained on 40,000 support tickets", "fine-tuned on 2M Wikipedia articles", "trained on billions of text-image
      // pairs": a count of things, not of hardware or time.
      /\b(?:pre-?trained|trained|fine-?tuned)\s{1,3}on\s{1,3}(?:about\s{1,3}|approximately\s{1,3}|over\s{1,3}|some\s{1,3}|~\s{0,3})?(?:\d[\d.,]{0,20}\s{0,3}(?:[KMB]\b|thousand|million|billion)?|(?:tens|hundreds|thousands|millions|billions) of(?: (?:thousands|millions|billions) of)?)\s{0,3}(?!(?:[\w-]+\s{1,3}){0,2}(?:GPUs?|TPUs?|nodes|cores|machines|cards|chips|devices|accelerators|epochs|steps|iterations|days|weeks|minutes|seconds)\b)(?:[\w-]+\s{1,3}){0,2}[A-Za-z-]{2,30}s\b/i,
      // A token count in billions or trillions ("300B tokens", "**2.3T** Tokens"); context windows are in K.
      /\b\d[\d.,]{0,20}[\s*_]{0,4}(?:B|T|billion|trillion)[\s*_]{1,4}(?:training\s{1,3}|pre-?training\s{1,3})?tokens\b/i,
      /\b(?:pre-?trained|trained|fine-?tuned)\s{1,3}on\s{1,3}(?!(?:the\s{1,3}|an?\s{1,3})?(?:None|unknown)\b)(?:the\s{1,3}|a\s{1,3})?[^\n.]{0,60}?\b(?:dataset|corpus|data\s{1,3}set)\b/i,
      // The Trainer's list of datasets ("fine-tuned version of X on the ml_selfcn, the ml_loradatacn and the
      // ml_knowledgecn datasets").
      /\bon the [\w./-]{2,60}(?:, the [\w./-]{2,60}){0,8},? and the [\w./-]{2,60} datasets\b/,
      // Several, named: "trained on 8 different reference open datasets (C4, Pile …)" (not "on diverse language
      // datasets").
      /\b(?:pre-?trained|trained|fine-?tuned)\s{1,3}on\s{1,3}[^\n.]{0,60}?\b(?:datasets|corpora|data\s{1,3}sets)\s{0,2}(?:\(|:)\s{0,2}[*_`]{0,2}[A-Z[]/,
      // "we fine-tune OpenAI's whisper model on Youtube Farsi dataset": the model named between the verb and the data.
      /\b(?:we|I)\s{1,3}(?:have\s{1,3})?(?:train|trained|fine-?tune|fine-?tuned|finetuned?|pre-?train|pre-?trained)\b[^\n.]{0,60}?\bon\s{1,3}[^\n.]{0,60}?\b(?:datasets?|corpus|corpora)\b/i,
      // A corpus by size or the data trained on, in other languages ("131GBのWebコーパスで蒸留", "El entrenamiento se
      // realizó con un dataset combinado").
      /\d[\d.,]{0,8}\s{0,2}(?:GB|TB|MB|億|万|亿)[^\n。]{0,10}(?:コーパス|データ|语料|数据|텍스트|코퍼스)|(?:コーパス|データセット|データ)で(?:学習|訓練|蒸留|事前学習)|(?:entrenamiento|treinamento|entraînement)\b[^\n.]{0,30}\b(?:con|com|avec|sobre|sur)\b[^\n.]{0,20}\b(?:dataset|conjunto de datos|datos|dados|données)\b/i,
      // "we use ShareGPT … as part of the training data", "using 9,923 clips and 29,769 tagged frames", "pre-trained on
      // 15T of high-quality data", the Trainer's "a fine-tuned version of [x](…) on the imdb dataset" (not "None" or
      // "an unknown dataset").
      /\bas (?:part of )?(?:the |our )?training (?:data|corpus|set)\b|\b(?:we|I) (?:train|trained|fine-?tune|fine-?tuned|pre-?train|pre-?trained) (?:it |the model |our model |this model )?on\b[^\n.]{0,60}\b(?:datasets?|data|corpus|corpora)\b|\busing \d[\d,]{0,10} (?:clips|images|videos|samples|examples|hours|utterances|frames|documents|pairs|sentences|dialogues)\b|\b(?:pre-?trained|trained) on (?:about |approximately |over |~)?\d[\d.,]{0,8}\s{0,2}[KMBT]\b(?: tokens)? of\b|\bfine-?tuned version of\b[^\n]{0,160}?\bon (?!(?:the |an? )?(?:None|unknown)\b)(?:the |an? )?[^\n.]{1,60}?\bdataset\b/i,
      // A linked dataset it was trained on ("fine-tuned on **[`SQuAD V2`](https://…)**", "pretrained on the [mC4](…)
      // corpus", not a linked Hub model), a dataset "used for training the model", "we use … datasets to fine-tune our
      // model", "40,443 条 SFT 样本".
      /\b(?:pre-?trained|trained|fine-?tuned|finetuned)\s{1,3}on\s{1,3}(?:the\s{1,3})?[*_`]{0,3}\[[^\]\n]{1,60}\]\((?!https?:\/\/huggingface\.co\/(?!datasets\/))|\bdata(?:set)? (?:used|utili[sz]ed) (?:for|to|in) (?:the )?(?:train|fine-?tun|pre-?train)|\b(?:we |I )?(?:use|used|using)\b[^\n.]{0,40}\bdatasets?\b[^\n.]{0,20}\bto (?:fine-?tune|train|pre-?train)\b|\d[\d,]{0,10}\s{0,2}条[^\n。]{0,10}(?:样本|数据|语料|对话|指令)/i,
      /(?:训练|预训练|学習)[^\n。]{0,40}\d[\d.,]{0,20}\s{0,3}(?:[KMBT]|万亿|千亿|亿)\s{0,3}(?:tokens?|标识符)/i,
      /\d[\d.,]{0,20}[\s*_]{0,4}(?:[KMBT]|万亿|千亿|亿)[\s*_]{0,4}(?:tokens?|标识符)[^\n。]{0,30}(?:训练|预训练|语料|学習)/i,
      // Data named in a sentence about training: "fine-tuned on [SQuAD V2](…)", "trained on the Greek part of OSCAR",
      // "fine tuned model on Midjourney images", "Fine-tuning data used by …", "training data is a synthetic dataset".
      /\b(?:pre-?trained|trained|fine-?tuned|finetuned|fine tuned)\b(?:\s{1,3}(?:model|models|it|them|further))?\s{1,3}(?!(?:on|with|using)\s{1,3}(?:the\s{1,3}|a\s{1,3}|an\s{1,3})?(?:None|unknown)\b)(?:on\s{1,3}(?:the\s{1,3}|a\s{1,3}|an\s{1,3})?(?:[*_`]{1,3}|\[)?(?!None\b|\d{1,3}\s{0,2}(?:x\s{0,2})?(?:GPUs?|TPUs?|A100|H100|V100|nodes?)\b|(?:NVIDIA|AMD|Google|TPU|GPU)s?\b)[A-Z][\w-]{1,40}|(?:on|with|using)\s{1,3}(?:the\s{1,3}|a\s{1,3}|an\s{1,3})?\w[\w-]{1,30}\s{1,3}(?:images|texts?|data|corpus|corpora|dataset|datasets|pairs|sentences|conversations|instructions|recordings|audio|speech|documents|articles|tweets|reviews|news))/,
      /\b(?:training|fine-?tuning|pre-?training) (?:data|dataset|corpus)\b[^\n.]{0,10}\b(?:used|is|are|was|were|consists?|comes?|includes?|contains?)\b/i,
      /\b(?:we|they) (?:use|used|collect(?:ed)?|curate[sd]?|gather(?:ed)?|construct(?:ed)?|buil[dt]|creat(?:e|ed))\b[^\n.]{0,40}\b(?:datasets?|corpus|corpora|data|samples|pairs|images|instructions)\b[^\n.]{0,40}\b(?:to (?:fine-?tune|train|pre-?train)|for (?:fine-?tuning|training|pre-?training))\b/i,
      /\b(?:leverages?|uses?|built on) (?:our |the )?[\w-]{2,30} dataset\b|\bdataset,? (?:containing|consisting of|comprising|of) \d/i,
      /(?:トークン|データセット|コーパス)[^\n。]{0,40}(?:で|を用いて|を使用して)[^\n。]{0,10}(?:事前)?(?:学習|訓練)/,
      /(?:采用|使用|基于)[^\n。]{0,20}(?:数据|指令集|语料)|데이터|학습|tập dữ liệu|conjunto de datos|données d'entra[îi]nement|dados de treino/i,
      // "The data was obtained from the UCI Machine Learning Repository".
      /\b(?:the )?(?:training )?data(?:set)? (?:was|were|is|are) (?:obtained|downloaded|taken|retrieved|acquired|sourced|derived) from\b/i,
      // Data described by how it was gathered and how much ("We collected 50k images from Flickr", "The dataset
      // contains 1,200 annotated X-ray images").
      /\b(?:collected|scraped|crawled|gathered|curated|annotated|labell?ed|recorded) (?:about |around |over |approximately |some |~)?\d[\d,.]*\s?[kKMB]?\+? (?:\w+ ){0,2}(?:images|photos|samples|examples|utterances|recordings|hours|documents|sentences|pairs|videos|clips|records|tokens|texts|conversations)\b|\b(?:the |our |this )?(?:training )?dataset (?:contains|consists of|comprises|includes|has) (?:about |around |over |approximately |~)?\d[\d,.]*\s?[kKMB]?\+? (?:[\w-]+ ){0,3}(?:images|photos|samples|examples|utterances|recordings|hours|documents|sentences|pairs|videos|clips|records|tokens|texts|conversations|patients|subjects|rows)\b/i,
      // Where training ran, said with its data ("all training was conducted on deterministic synthetic data").
      /\b(?:training|fine-?tuning) (?:was|is) (?:conducted|performed|done|carried out|run) (?:entirely |only |exclusively )?on (?:\w+ ){0,3}(?:data|datasets?|corpus|corpora|images|texts|samples)\b/i,
      // A corpus named as what it was trained on, in Japanese ("日本語Wikipediaと CC-100 で学習しました").
      /(?:Wikipedia|ウィキペディア|コーパス|データセット|データ|CC-?100|mC4|OSCAR|C4|The Pile)[^\n。]{0,30}(?:で|を用いて|を使って|を使用して)(?:事前)?学習(?:しました|した|させ|を行|されて)/,
    ],
    reference: referencePatterns(
      String.raw`training (?:data|dataset|datasets|corpus|mix)|pre-?training data|data(?:set)? card|datasets? used`,
    ),
    withheld: withheldPatterns(
      String.raw`training data|training dataset|training corpus|(?:the|our) data(?:set)?|data sources`,
      { artefact: true },
    ),
    tableColumns: true,
    stub: { heading: '## Training Data', body: PLACEHOLDER },
  },
  {
    id: 'training-procedure',
    ruleId: 'undisclosed-training-procedure',
    title: 'Training procedure',
    asks: 'Describe how the model was trained: stages (pre-training, fine-tuning, alignment), objective and key hyperparameters.',
    why: 'Without the method nobody can reproduce or audit the model: HF model-card template "Training Procedure / Training Hyperparameters"; EU AI Act Annex XI 2(b) (design specifications and training methodology); OSI Open Source AI Definition "Code"; FMTI indicators "Model stages" and "Model objectives".',
    headings: [
      /\btraining (?:procedure|process|setup|recipe|regime|methods?|methodology|configuration|hyper-?parameters|objective|strategy|approach)\b/i,
      /\bhyper-?parameters\b/i,
      // After the specific titles, so an empty "### Training Procedure" is reported rather than its parent.
      /\btraining details\b/i,
      /^(?:pre-?|post-?)?training$/i,
      /^(?:model|llm) training$/i,
      /^(?:reproducing|reproduce|reproduction of) (?:the )?training\b/i,
      /^fine-?tuning (?:procedure|details|process|recipe|method)\b/i,
      /^dataset (?:&|and) training\b/i,
      /^(?:model[- ]level|safety) fine[- ]?tun/i,
      /训练(?:细节|过程|方法|流程|策略|设置|配置|详情)|模型训练|预训练(?:过程|方法)?$|学習(?:方法|手順|詳細|設定)|トレーニング(?:手順|方法|詳細)/,
    ],
    notHeadings: [/\b(?:infrastructure|hardware|compute)\b/i],
    // "#### Training" under "## Data card / ### Dataset overview" describes the data, not the method.
    notUnder: [/^data(?:sets?)?\b|\bdata card\b|^dataset overview/i],
    frontMatter: methodTagEvidence,
    // "### Procedure" under "## Training" (beside "### Data"), as older Hub cards lay it out.
    nested: {
      headings: [
        /^(?:procedure|process|methods?|methodology|setup|recipe|approach|strategy|objective|configuration)$/i,
      ],
      under: [/^(?:(?:pre|post|model)[- ]?)?training$|^fine-?tuning$/i],
    },
    labels: [
      /^training (?:procedure|regime|details|objective|steps|method|recipe|setup|hyper-?parameters)\b/i,
      // Not "Precision" or "Loss" alone: those head evaluation tables as often as hyperparameter lists.
      /^(?:optimi[sz]er|learning[ _]rate|lr[ _]scheduler(?:[ _]type)?|(?:train[ _]|training[ _]|eval[ _])?batch(?:[ _]size)?|total[ _]train[ _]batch[ _]size|objective(?: function)?|loss function|(?:num[ _])?(?:epochs?|train[ _]epochs)|warm-?up(?:[ _]steps|[ _]ratio)?|weight[ _]decay|gradient[ _]accumulations?(?:[ _]steps)?|scheduler|pre-?training steps|training steps|training regime|training precision|mixed precision(?: training)?)\b/i,
      // The method as a key ("| Methode | LoRA (mlx-lm) |", "Fine-tuning method: QLoRA").
      /^(?:(?:training|fine-?tuning|finetuning) )?(?:method|methode|méthode|método|methodology|technique)$/i,
      /训练(?:方法|细节|过程)/,
    ],
    signals: [
      // Data augmentation during training ("Data is heavily augmented during training (rotations, blurs …)"), and an
      // ensemble of cross-validation folds.
      /\b(?:augmented|augmentations?) (?:during|for|in) training\b|\b(?:heavily |heavy )?data augmentation\b|\bfive cross[- ]validation folds\b/i,
      // A regularisation hyperparameter given inline ("L1-penalised logistic regression (C = 0.5, liblinear)");
      // case-sensitive, so "@ c=1" (concurrency) is not one.
      /\b(?:C|alpha|gamma|lambda)\s?=\s?\d/,
      // Epochs said in prose ("released after two epochs", "1 epoch is enough"), a tree model's hyperparameter as a key
      // ("`max_depth`: 6"), a named hyperparameter search (Optuna, GridSearchCV), and hard-negative sampling.
      /\b(?:after|for) (?:one|two|three|four|five|ten|\d{1,3}) (?:full )?epochs?\b|\b\d{1,3} epochs? (?:is|are|was|were|of training)\b|`(?:max_depth|n_estimators|num_leaves|min_samples_leaf|min_child_weight|subsample|colsample_bytree|learning_rate)`\s{0,2}[:=]\s{0,2}\d|\b(?:Optuna|Hyperopt|GridSearchCV|RandomizedSearchCV|BayesSearchCV)\b|\bhard[- ]negative (?:sampling|mining)\b/i,
      // A stated ensemble size ("Random Forest Classifier (200 estimators)"), and a linked explanation of the training
      // process ("provides the script and a detailed explanation of the pre-training process").
      /\b\d{1,5} (?:estimators|trees|boosting rounds)\b|\b(?:explanation|description|details?) of the (?:pre-?training|training|fine-?tuning) (?:process|procedure|setup|recipe)\b/i,
      // LoRA adapters trained, also in Spanish, French and Portuguese ("activamos los adaptadores LoRA en todos los
      // módulos clave"), and the training code a run was based on ("Pre-training was based on the original BERT code").
      /\bQ?LoRA (?:fine-?tuning|rank)\b(?! (?:code|scripts?)\b)|\b(?:train|trained|training|apply|applied|enable|enabled|using|with) (?:the |our |a )?Q?LoRA (?:adapters?|layers|modules)\b|\badapta(?:dores|teurs|dor|teur) (?:de )?Q?LoRA\b|\b(?:pre-?training|training|fine-?tuning) (?:was|is|were) (?:based on|done with|performed with|run with)\b/i,
      // A training method named ("trained with a new technique called Reflection-Tuning"), and a merge method ("merged
      // with SLERP").
      /\b(?:trained|fine-?tuned|developed) (?:with|using|via) (?:a |an )?(?:new |novel |custom )?(?:technique|method|approach|recipe|algorithm) (?:called|named|dubbed|known as)\b|\bmerged? (?:with|using|via) (?:SLERP|TIES|DARE|linear|task arithmetic|passthrough)\b/i,
      // By reference, with a link: "For details on training this model, please visit https://github.com/…".
      /\b(?:for|see) (?:more |further )?(?:details|information|instructions) (?:on|about|of|regarding) (?:the )?(?:training|how (?:this|the) model was trained)\b[^\n]{0,80}(?:https?:\/\/|\]\()/i,
      // Continued training said with an adverb or a hyphen ("continually trained on GLM-4-9B", "QLoRA
      // continued-pretraining"); k-fold cross-validation ("CV=3 (k-fold)").
      /\bcontinu(?:ally|ously|ed|al)[- ](?:pre-?)?train(?:ed|ing)\b|\bk-fold\b|\b\d{1,2}-fold cross[- ]validation\b/i,
      // Not where the reader is told what they could do ("customize with SFT, SteerLM, RLHF"; "can be fine-tuned").
      /\b(?:supervised fine-?tuning|instruction fine-?tuning|RLHF|reinforcement learning (?:from|with) human feedback|direct preference optimi[sz]ation|rejection sampling)(?<!\b(?:customi[sz]\w{0,3}|you can|can be|could be|users? can|useful|used in|used for|such as|instructions for|tutorials? (?:for|on)|guides? (?:for|on))\b[^\n.]{0,60}(?:supervised fine-?tuning|instruction fine-?tuning|RLHF|reinforcement learning (?:from|with) human feedback|direct preference optimi[sz]ation|rejection sampling))\b/i,
      /\b(?:mixed[- ]precision|bf16|fp16)\b[^\n.]{0,30}\b(?:training|trained)\b|\b(?:trained|training) (?:in|with|using) (?:mixed[- ]precision|bf16|fp16|bfloat16)\b/i,
      /\btrained (?:for|over) (?:about |approximately |~)?\d[\d.,]{0,20}\s{0,3}(?:[KMB]\s{0,3})?(?:steps|epochs|iterations)\b/i,
      /\b(?:learning rate|batch size) (?:of|was|is|=)\s{0,3}\d/i,
      /\b(?:AdamW?|Adafactor|LAMB|SGD) optimi[sz]er\b/i,
      // A learning rate with its value, in prose or a hyperparameter table ("Learn rate … 3.0E-04", "1.0e-3").
      /\blearn(?:ing)?[ _-]?rate\b[\s\S]{0,300}?\d(?:\.\d+)?\s{0,3}[eE][-+]?\d/i,
      /\b(?:contrastive|cross-entropy|next[- ]token prediction|masked language modell?ing|denoising) (?:loss|objective)\b|\btrained to (?:maximi[sz]e|minimi[sz]e|predict (?:the )?(?:next|masked|missing|noise|original|future|token|tokens)\b)/i,
      /监督微调|有监督微调|人类反馈强化学习|指令微调/,
      // How it was trained, said in a sentence: "trained with SFT", "fine-tuned using a contrastive objective",
      // "trained using Stochastic Gradient Descent", "via continued pretraining", "LoRA adaption weights", "a four
      // stage training strategy", "merge using a tensor type merge technique". Not where the reader is told what they
      // can do ("customize with SFT, SteerLM, RLHF").
      /\b(?:trained|fine-?tuned|finetuned|pre-?trained|optimi[sz]ed|aligned|tuned|learned|distilled)(?<!\b(?:customi[sz]\w{0,3}|you can|can be|users? can|allows?)\b[^\n.]{0,60}(?:trained|fine-?tuned|finetuned|pre-?trained|optimi[sz]ed|aligned|tuned|learned|distilled))\s{1,3}(?:\w{1,12}\s{1,3})?(?:with|using|via|by|through|on top of)\s{1,3}[^\n.]{0,60}?\b(?:loss|objective|SGD|stochastic gradient descent|Adam\w{0,2}|optimi[sz]er|LoRA|QLoRA|PEFT|SFT|DPO|RLHF|PPO|ORPO|KTO|GRPO|distillation|back-?propagation|contrastive|learning rate|batch size|curriculum|teacher|MLM|masked language|next[- ]token|cross[- ]entropy|self-supervised|supervised|reinforcement learning|preference)\b/i,
      /\b(?:via|through|with|using|by) (?:continued|continual|further) (?:pre-?training|training)\b|\bcontinu(?:ed|ously|al) pre-?train(?:ed|ing)\b|\bpre-?trained for (?:MLM|masked|causal|\d)/i,
      /\b(?:LoRA|QLoRA|PEFT) (?:adaption|adaptation|fine-?tun\w{0,3}|weights|training)\b(?! (?:and (?:inference|evaluation) )?(?:code|scripts?|examples?|tutorials?|notebooks?)\b)|(?<!\b(?:you can|can be|could be|users? can)\b[^\n.]{0,40})\b(?:fine-?tun\w{0,3}|finetun\w{0,3}|train(?:ed|ing)?|post-?trained)\b[^\n.]{0,40}\b(?:using|with|via) (?:the )?(?:PEFT|LoRA|QLoRA|adapters?|MXFP4|quantization-aware)\b|\b(?:knowledge |self-knowledge )distillation\b/i,
      /\b(?:two|three|four|five|multi|\d)[- ]stage (?:training|pre-?training|fine-?tuning)\b|(?<!\b(?:more|better|improved|reasonable|advanced|novel|new)\s{1,3})\btraining (?:strategy|stages|phases|schedule)\b|\bcurriculum learning\b/i,
      /\bwith a (?:global )?batch size of\b|\bbatch size of \d|\blearning rate (?:of|warm-?up|schedule)\b|\b(?:\d{2,}[\d.,]{0,8}\s{0,2}[kKM]?|\d[\d.,]{0,8}\s{0,2}[kKM]) (?:training |optimi[sz]ation )?steps\b|\b\d{1,4} epochs\b/i,
      /\b(?:SFT|DPO|RLHF|PPO|ORPO|GRPO) (?:has been |was |were )?(?:applied|used|stage|phase|training|data)\b|\b(?:followed by|then|and) (?:SFT|DPO|RLHF|PPO|ORPO|GRPO)\b|(?<!\b(?:can be|could be|may be|you can)\b[^\n.]{0,30})\btrained with (?:SFT|DPO|RLHF|PPO|ORPO|GRPO)\b/i,
      /\bmerge (?:using|with|technique|method)\b|\bmerged (?:using|with) (?:mergekit|the)\b|\bmergekit\b/i,
      // Training techniques named: "label smoothing", "class weights", "the backbone is frozen", "gradient clipping",
      // "weight decay of 0.01", "dropout rate 0.1", "warmup steps".
      /\blabel smoothing\b|\bclass[- ]weight(?:s|ing|ed)\b|\b(?:frozen|freez(?:e|es|ing)) (?:the )?(?:backbone|encoder|base model|vision tower|layers)\b|\bbackbone (?:is|was|remains|stays) frozen\b|\bgradient (?:clipping|accumulation)\b|\bweight decay (?:of|=|:)?\s{0,2}\d|\bdropout (?:rate|of|=|:)\s{0,2}\d|\bwarm-?up (?:steps|ratio|epochs?)\b/i,
      // Plainly: "a cosine learning-rate schedule", "QLoRA with rank 64", "Training used …", "first pre-trained on …,
      // then fine-tuned on …", "early stopping".
      /\b(?:cosine|linear|constant|polynomial|step|inverse square root)\b[^\n.]{0,12}\blearning[- ]rate\b|\blearning[- ]rate (?:schedule|warm-?up|decay|scheduler)\b|\b(?:LoRA|QLoRA)\b[^\n.]{0,40}\b(?:rank|r\s?=)\s{0,3}\d|\btraining (?:used|uses|employed|was (?:done|performed|carried out) (?:with|using))\s{1,3}(?:an?\s{1,3}|the\s{1,3})?(?:[\w-]{1,20}\s{1,3}){0,2}?(?:LoRA|QLoRA|PEFT|SFT|DPO|RLHF|PPO|AdamW?|SGD|optimi[sz]er|learning[- ]rate|batch size|loss|objective|distillation|curriculum|early stopping|mixed[- ]precision|bf16|fp16)\b|\b(?:first|initially)\b[^\n.]{0,20}\b(?:pre-?trained|trained)\b[^\n.]{0,80}\bthen\b[^\n.]{0,20}\b(?:fine-?tuned|trained|aligned|distilled)\b|\bearly stopping\b/i,
      // A learning paradigm named as how this model learned ("using contrastive training methods", "methods of
      // self-supervised learning", "to master multi-task learning").
      // Said as what was done, not as a paper's or a feature's name ("… Can Improve Contrastive Pretraining").
      /(?:\b(?:using|uses?|used|with|via|through|by|employ\w{0,3}|adopt\w{0,3}|trained|learned|learns|pre-?trained|fine-?tuned|to master|appl(?:y|ies|ied))|методов)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,3}?(?:contrastive|multi-?task|self-?supervised|semi-?supervised) (?:learning|training|pre-?training|fine-?tuning)\b/i,
      // How the training ran, said plainly: a teacher ("distilled from a larger teacher model"), a distributed-training
      // setup ("trained with DeepSpeed ZeRO-3", "FSDP"), a training sequence length, data augmentation, a frozen part
      // ("the encoder was kept frozen"), the loss minimised, a method "applied"/"performed", image fine-tuning methods.
      /\bteacher(?: model)?\s{0,2}[:=]|\b(?:from|using|with|of) (?:a |the |an )?(?:larger |bigger |stronger )?teacher\b|\bself-distillation\b|\bdistill(?:ed|ing) (?:from|the knowledge of)\b/i,
      /\b(?:train\w{0,4}|fine-?tun\w{0,4}|pre-?train\w{0,4})\b[^\n.]{0,60}\b(?:DeepSpeed|FSDP|ZeRO-?\d|Megatron(?:-LM)?|(?:fully sharded |distributed )?data parallel(?:ism)?|tensor parallel(?:ism)?|pipeline parallel(?:ism)?|gradient checkpointing)\b|\b(?:train\w{0,4}|fine-?tun\w{0,4})\b[^\n.]{0,40}\b(?:sequence|context|max(?:imum)?|input) length (?:of )?\d/i,
      /\b(?:data|image|audio|text) augmentations?\b|\baugmentations? (?:such as|including|like)\b|\b(?:augmented|augmentations?) (?:with|using|by) (?:random|gaussian|noise|flips?|crops?|rotations?|colou?r|jitter|mixup|cutmix|mosaic|SpecAugment|speed|pitch|time[- ]stretch)|\bSpecAugment\b|\b(?:mixup|cutmix|mosaic augmentation)\b|\brandom (?:horizontal |vertical |resized )?(?:crops?|cropping|flips?|flipping|rotations?|erasing)\b/i,
      /\b(?:backbone|encoder|base model|vision tower|(?:other |lower |first \d{1,3} )?layers|pre-?trained weights)\b[^\n.]{0,20}\b(?:kept|remained|was|were|stays?|are|is)\s{1,3}frozen\b|\bunfrozen\b|\b(?:using|with)\b[^\n.]{0,20}\bcross[- ]entropy\b|教師モデル|蒸留|知识蒸馏|知識蒸留|지식 ?증류|дистилл|训练目标|訓練目標|学習目標|損失関数|损失函数|손실 ?함수/i,
      /\b(?:minimi[sz]|optimi[sz])(?:e|es|ed|ing)\b[^\n.]{0,30}\b(?:loss|mean squared error|cross[- ]entropy|MSE|log[- ]?loss|(?:negative )?log[- ]likelihood)\b|\b(?:trained|optimi[sz]ed|fine-?tuned) (?:with|using|on) (?:an? |the )?[\w-]{1,20}(?: [\w-]{1,20})? (?:loss|objective)\b/i,
      /\b(?:instruction[- ]tuning|supervised fine-?tuning|fine-?tuning|pre-?training|distillation|preference (?:optimi[sz]ation|tuning)|alignment)\b (?:was|were|has been|is) (?:applied|performed|done|carried out|conducted)\b/i,
      /(?<![/\w-])(?:DreamBooth|textual inversion|kohya(?:_ss)?|LyCORIS|LoCon)\b(?![^\n]{0,40}\]\()/i,
      // A training verb and a technique in one sentence, in either order ("trained in CNTK, using the cross entropy
      // training mode", "Trains the SVM on L12 embeddings", "For fine-tuning, we used a SWIN backbone"): the long tail
      // of how cards say how a model was trained. Not advice to the reader ("you can fine-tune it with LoRA", "To
      // fine-tune, …"), nor a heading; those tests come after the verb, so they run only where a training verb is.
      new RegExp(
        String.raw`\b(?:train(?:s|ed|ing)?|pre-?train(?:s|ed|ing)?|fine-?tun(?:e|es|ed|ing)|finetun(?:e|es|ed|ing)|post-?train(?:ed|ing))\b(?<!^#{1,6}[ \t][^\n]{0,80}(?:train(?:s|ed|ing)?|pre-?train(?:s|ed|ing)?|fine-?tun(?:e|es|ed|ing)|finetun(?:e|es|ed|ing)|post-?train(?:ed|ing)))(?<!\b(?:you|users?|one|can|could|may|might|should|to|will)\s{1,3}(?:be\s{1,3})?(?:also\s{1,3}|further\s{1,3}|easily\s{1,3}|then\s{1,3})?(?:train(?:s|ed|ing)?|pre-?train(?:s|ed|ing)?|fine-?tun(?:e|es|ed|ing)|finetun(?:e|es|ed|ing)|post-?train(?:ed|ing)))(?![^\n.]{0,60}\b(?:yourself|your own)\b)[^\n.]{0,80}?\b${TECHNIQUE}|\b${TECHNIQUE}[^\n.]{0,60}?\b(?:(?:was|were|is|are)\s{1,3}(?:used|applied|employed)\s{1,3}(?:for|during|in|to)\s{1,3}(?:the\s{1,3})?(?:training|pre-?training|fine-?tuning)|during\s{1,3}(?:training|pre-?training|fine-?tuning))\b`,
        'im',
      ),
      // "After DPO, MiniCPM outperforms …", "trained from the [original weights]", "initialized with
      // ImageNet-pretrained weights".
      /\bafter (?:SFT|DPO|RLHF|PPO|pre-?training|fine-?tuning|alignment|instruction tuning)\b,|\btrained from (?:the )?(?:\[)?(?:original |pre-?trained |base )?weights\b|\binitiali[sz]ed (?:with|from) (?:the )?[\w-]{0,30}pre-?trained weights\b/i,
      // Classical models: how the hyperparameters were chosen.
      /\bcross[- ]validat\w{0,5}\b[^\n.]{0,40}\b(?:select|tune|tuning|choose|chosen|hyper-?parameters?)\b|\bhyper-?parameters?\b[^\n.]{0,40}\b(?:selected|chosen|tuned) (?:by|with|using|via)\b|\bgrid[- ]search\b|\bhyper-?parameters? (?:search|tuning|optimi[sz]ation|sweep)\b|\b(?:randomi[sz]ed|random) search (?:over|of|for)\b/i,
      // Hyperparameters and methods in the languages most used on the Hub after English (learning rate with a value,
      // preference alignment, continued pre-training, instruction tuning).
      /(?:学习率|学習率|학습률|скорость обучения|taux d'apprentissage|Lernrate|tasa de aprendizaje|taxa de aprendizado)[^\n]{0,20}\d|人类偏好对齐|偏好对齐|継続事前学習|継続的に(?:予|事前)訓練|SFT\s{0,2}で\s{0,2}(?:微調整|ファインチューニング)|指示チューニング|지시 ?튜닝|추가 ?사전 ?학습/i,
      // A method with a training verb in another language ("使用 LoRA 对模型进行了微调", "LoRAを用いてファインチューニング",
      // "LoRA로 파인튜닝", "affiné avec LoRA", "ajuste fino con LoRA", "mit LoRA feinabgestimmt", "tinh chỉnh bằng QLoRA"),
      // an epoch count ("训练了 3 个 epoch", "3エポック", "3 에폭", "3 эпох", "3 époques", "3 épocas", "3 Epochen").
      /(?:LoRA|QLoRA|PEFT|SFT|DPO|RLHF|全参数|全量)[^\n。.]{0,20}(?:微调|微調|ファインチューニング|파인튜닝|미세\s?조정|дообуч|affin[ée]|ajuste fino|feinabgestimmt|feinjustiert|tinh chỉnh|huấn luyện|ฝึก|entrenad|treinad|trainiert|entra[îi]n)|(?:微调|微調|ファインチューニング|파인튜닝|미세\s?조정|дообуч|affin[ée]|ajuste fino|feinabgestimmt|tinh chỉnh|huấn luyện|ฝึก|entrenad|treinad|trainiert|entra[îi]n)[^\n。.]{0,30}(?:LoRA|QLoRA|PEFT|SFT|DPO|RLHF)|\d{1,4}\s{0,2}(?:个\s{0,2})?(?:epochs?|エポック|에폭|эпох[а-я]{0,2}|époques?|épocas?|Epochen)(?![a-z])|обучени[ея] (?:проводил|длил|заняло)/i,
      // "pre-trained on a masked language modelling task", "Training took place in two phases", "trained end-to-end".
      /\bmasked language model(?:l?ing)? (?:task|objective|loss)\b|\bpre-?train\w{0,3} (?:on|with) (?:an? |the )?masked language model|\btraining\b[^\n.]{0,30}\b(?:two|three|four|\d) (?:phases|stages)\b|\btrained end-to-end\b|\bend-to-end (?:training|fine-?tuning)\b/i,
      /(?:LoRA|QLoRA)\s{0,2}微调|微调方法|训练方法|训练策略|续训|继续预训练|дообуч|этап\w{0,3} обучения|обучени\w{0,2} (?:мы )?использовал|entrenad[oa] (?:con|usando|mediante)|entra[îi]n[ée] (?:avec|sur|en)|avons entra[îi]n[ée]|treinad[oa] com/i,
      // Classical training said plainly: estimator parameters ("with the following parameters: fit_intercept=True,
      // copy_X=True"; not an HTML tag's `width="400", style=…`), class rebalancing ("randomly undersampled the majority
      // class", "SMOTE"), transfer learning with a new head (not the T5 paper's title, "Exploring the Limits of
      // Transfer Learning …", which T5 fine-tunes cite), and full-parameter or incremental pre-training in Chinese
      // ("全参数增量预训练").
      new RegExp(
        String.raw`\b${NOT_HTML_ATTRIBUTE}[a-z][a-z_]{1,30}=[\w.'"-]{1,20},\s{0,2}${NOT_HTML_ATTRIBUTE}[a-z][a-z_]{1,30}=[\w.'"-]{1,20}\b|\b(?:under|over)-?sampl(?:ed|ing|es?)\b|\bSMOTE\b|(?<!\bLimits of )\btransfer learning\b|\b(?:adapted|fine-?tuned|re-?trained) (?:for|to) [^\n.]{0,40}\bwith (?:a |an )?(?:custom|new|additional|randomly initiali[sz]ed)\b[^\n.]{0,30}\b(?:layer|head)\b|增量预训练|全参数(?:微调|训练|预训练)|全量(?:微调|训练)`,
        'i',
      ),
      // A learning paradigm or a staged schedule named ("fine-tuned … using supervised learning", "trained in two
      // stages: pre-training …, then instruction tuning").
      /\b(?:using|with|via|through) (?:supervised|unsupervised|self-supervised|semi-supervised|reinforcement|contrastive|curriculum) learning\b|\b(?:trained|training|fine-?tuned|fine-?tuning) (?:was done |took place |proceeded )?in (?:two|three|four|five|several|multiple|\d) (?:stages|phases|steps)\b/i,
      // The optimiser and its schedule, model selection by cross-validation, the sequence length trained on
      // ("Adam-Optimizer mit Learning Rate Scheduling", "3-fold StratifiedKFold cross-validation", "We train the 3b
      // model on sequences of length 8192").
      /\blearning[- ]rate (?:schedul\w{1,4}|warm-?up|decay)\b|\bAdamW?[- ]Optimi[sz]er\b|\b\d{1,2}[- ]fold (?:stratified )?cross[- ]validation\b|\b(?:StratifiedKFold|GridSearchCV|RandomizedSearchCV)\b|\btrain\w{0,4}\b[^\n.]{0,60}\b(?:sequences? of length|sequence length|context length) (?:of )?\d{3,6}\b/i,
      // The loss named ("a specialized MSE loss that heavily penalizes errors in …").
      /\b(?:MSE|MAE|L1|L2|cross[- ]entropy|focal|Huber|contrastive|triplet|hinge|CTC|Dice|BCE|InfoNCE|KL(?:[- ]divergence)?) loss\b/i,
    ],
    tableColumns: true,
    numericValues: true,
    reference: referencePatterns(
      String.raw`training (?:details|procedure|recipe|process|code|setup|hyper-?parameters)|how (?:it|the model) was trained|fine-?tuning (?:details|recipe|procedure)|cookbooks?`,
    ),
    withheld: withheldPatterns(String.raw`training (?:methodology|procedure|details|recipe|process|method)`),
    // Advice to the reader is not how this model was trained ("To use 8bit-adam during training, install …", "In order
    // to leverage instruction fine-tuning, your prompt should …"): a sentence addressed to the reader says nothing, and
    // a section says something only with a sentence that is not.
    rejects: READER_ADDRESSED,
    rejectsLines: /\S/,
    codeSignals: [
      /["']?-{0,2}(?:learning_rate|num_train_epochs|per_device_train_batch_size|train_batch_size|warmup_steps|warmup_ratio|lr_scheduler_type|gradient_accumulation_steps)["']?\s{0,3}[:=\s]\s{0,3}["']?\d/,
    ],
    stub: {
      heading: '## Training Procedure',
      body: `### Training Hyperparameters\n\n- **Training regime:** ${PLACEHOLDER}`,
    },
  },
  {
    id: 'evaluation',
    ruleId: 'undisclosed-evaluation',
    title: 'Evaluation',
    asks: 'Report how the model was evaluated: testing data, metrics and results (or structured `model-index` results).',
    why: 'Claims of capability need evidence: HF model-card template "Evaluation" (+ `model-index`); MOF component "Evaluation results"; FMTI indicator "Evaluation of capabilities"; EU AI Act Annex XI Section 2(1) (evaluation strategies and results).',
    headings: [
      /^evaluations?\b/i,
      /\bevaluation (?:results?|data|datasets?|metrics|benchmarks?|approach|setup)\b/i,
      /\bbenchmarks?\b/i,
      /^(?:model |main |key |overall )?(?:performances?|results)\b/i,
      /^testing data\b/i,
      /^(?:metrics|factors)$/i,
      // A heading naming the metric reported under it ("## Accuracy").
      /^(?:accuracy|precision|recall|f1(?:[- ]scores?)?|wer|cer|bleu|rouge|perplexity|scores)$/i,
      /\bquantitative analys[ie]s\b/i,
      /\bleaderboard\b/i,
      /评测|评估|测评|性能|效果|評価|ベンチマーク/,
    ],
    notHeadings: [
      /safety|ethic|red[- ]?team|harm|toxic|\bbias/i,
      /^performance limitations/i,
      /\binference (?:time|speed)/i,
      /^benchmark(?:ing)? (?:your|the) (?:hardware|inference)/i,
      // A showcase of sample outputs ("## 效果展示", "模型效果演示"), not a measurement.
      /效果(?:展示|示例|演示)/,
    ],
    notUnder: [SAFETY_PARENT],
    labels: [
      /^(?!.*safety)(?:evaluation|evaluations|benchmark|benchmarks|results|performance)\b/i,
      /^(?!.*safety)[^\n]{0,80}\b(?:benchmarks?|evaluations?)\b/i,
    ],
    frontMatter: modelIndexEvidence,
    // Results or a pointer to them: a score (decimal or percent; not a "95% interval"), a leaderboard, a plot, the
    // paper (linked elsewhere in the card, as model papers are), or "results" with a link in the section. "To evaluate
    // StarCoder you can use the BigCode-Evaluation-Harness" is a how-to, Point-E's "Performance and Limitations" only
    // limitations, and "We report evaluation results on the holdout split" over a placeholder, or results promised "in
    // the future", report nothing.
    requires: [
      /\b\d{1,3}\\?\.\d{1,4}\b|\b0,\d{2,4}\b|\d\s{0,3}%(?!\s{0,3}(?:confidence|CI\b|(?:prediction |credible )?intervals?\b))|leaderboard|\bpaper\b|!\[|<img\b|结果|結果/i,
      // Anchored at the start (no `m` flag): tried once per section, linear in its length.
      /^(?=[\s\S]*\bresults\b)(?=[\s\S]*(?:\]\(|https?:\/\/))/i,
    ],
    signals: [
      // A metric with its value said loosely ("AUC ≈ 0.82"), a win rate, a gain in points ("2.54 points of F1 score
      // improvement"), and a measured margin over another model ("outperforms LLaVA-OneVision-0.5B with 85x faster
      // Time-to-First-Token").
      /\b(?:AUC|ROC-AUC|PR-AUC|F1|accuracy|precision|recall|WER|CER|BLEU|ROUGE(?:-\w{1,3})?|MAE|RMSE|mAP|mIoU|R²|R2)\s{0,2}(?:≈|~|=|:|of|is|was|reaches|reached)\s{0,2}(?:about |around |approximately |~)?(?:0?[.,]\d{1,4}|\d{1,3}(?:\.\d{1,2})?\s?%)|\bwin[- ]rates?\b[^\n.]{0,30}\d{1,3}(?:\.\d)?\s?%|\b\d{1,3}(?:\.\d{1,2})? (?:points?|pp|percentage points?) (?:of )?(?:[\w-]+ ){0,3}(?:improvement|gain|increase|higher|better|lower)\b|\boutperform\w{0,3}\b(?:[^\n.]|\.(?=\S)){0,80}?\b\d+(?:\.\d+)?\s?(?:x|×|%|points)(?=[\s,.;)]|$)/i,
      // Results introduced as following ("Preliminary evaluation (F1) compared other BERTs are as follows:").
      /\b(?:evaluation|results?|scores?|performance|accuracy|F1)\b[^\n.]{0,60}\b(?:are|is) as follows\b|在(?:测试集|验证集|评测集|测试数据)上的(?:表现|效果|结果|准确率)/i,
      // A benchmark name in a table row with a score in that row or the next few (a results table under any heading).
      // The Trainer's summary ("It achieves the following results on the evaluation set: - Loss: 0.41 - F1: 0.92"), and
      // a value given for the evaluation set ("*Loss* on the evaluation set: 0.3763").
      /\bachieves the following results\b|\bresults on the (?:evaluation|test|validation|dev|held-out) (?:set|split|data)\b|\bon the (?:evaluation|test|validation|dev|held-out) (?:set|split|data)\s{0,2}[:=]\s{0,3}[`*]{0,2}\d/i,
      /\b(?:accuracy|F1(?!\d)(?:[- ]score)?|WER|CER|BLEU|ROUGE(?:-\w{1,3})?|mAP|AUC|AUROC|perplexity|exact match|top-1|top-5|Pearson|Spearman|mIoU|RMSE|MAE|MAPE|MSE|precision|recall)\)?\s{0,3}(?:of|:|=|is|was|score of|reaches|\(\w{1,10}\)\s{0,3}:?)?\s{0,3}\*{0,2}(?:\d{1,3}(?:[.,]\d{1,4})?|[.,]\d{1,4})(?!\s{0,2}-?\s{0,2}bits?\b)\s{0,2}%?/i,
      // "scored 0.82 AUROC".
      /\b\d{0,2}\.\d{1,4}\s{0,2}(?:AUROC|AUC|F1|mAP|BLEU|WER|CER|RMSE|MAE|[Rr]ecall|[Pp]recision|[Aa]ccuracy|FID|EER)\b/,
      // Retrieval and calibration metrics with a value, a Trainer-style key with a value ("masked_lm_accuracy =
      // 0.6810424", "Empirical coverage: **86.9%**"), and a results table: a header naming a metric over a row of
      // decimals ("| | NSMC(acc) | KorSTS(spearman) | PPL |" over "| KoGPT 2.0 | 93.3 | 78.4 | 24.6 |").
      /\b(?:coverage|hit rate|recall@\d{1,3}|precision@\d{1,3}|NDCG(?:@\d{1,3})?|MRR|MAP@\d{1,3})\b[^\n.]{0,20}?\d{1,3}(?:\.\d{1,4})?\s{0,2}%|\b\w{0,20}_(?:accuracy|loss|f1|precision|recall|perplexity|auc)\s{0,2}[=:]\s{0,2}\d/i,
      /^[ \t]*\|[^\n]{0,300}\b(?:acc(?:uracy)?|F1|PPL|perplexity|spearman|pearson|BLEU|ROUGE(?:-\w{1,3})?|WER|CER|mAP|AUC|EM|exact match|precision|recall|MAE|RMSE|MRR|NDCG)\b[^\n]{0,300}\n[ \t]*\|?[ \t:|-]{3,}\n(?:[^\n]{0,400}\n){0,6}?[ \t]*\|[^\n]{0,300}\b\d{1,3}\.\d{1,4}\b/im,
      // A metric and its value later in the sentence ("Final perplexity on test set is `12.05`").
      /\b(?:perplexity|accuracy|F1(?:[- ]score)?|WER|CER|BLEU|mAP|AUC|AUROC|ROUGE(?:-\w{1,3})?|exact match)\b[^\n.]{0,40}?\b(?:is|was|of|reaches|reached|=|:)\s{0,3}[`*]{0,2}\d{1,3}[.,]\d{1,4}\b/i,
      // The same in an HTML table, as big releases write theirs ("<td>79.3</td> <td>85.2</td>").
      /<td>[ \t*_]{0,4}\d{1,3}\.\d{1,4}[ \t*_%]{0,4}<\/td>\s{0,20}<td>[ \t*_]{0,4}\d{1,3}\.\d{1,4}[ \t*_%]{0,4}<\/td>/i,
      // A table row with three decimal cells side by side ("|Mengzi-BERT-base| 74.58 | 57.97 | 60.68 |"), padded or
      // not, on either side of the number (centred columns): results.
      /^[ \t]{0,3}\|[^\n]{0,600}?\|[ \t*_]{0,48}\d{1,3}\.\d{1,4}[ \t*_%]{0,48}\|[ \t*_]{0,48}\d{1,3}\.\d{1,4}[ \t*_%]{0,48}\|[ \t*_]{0,48}\d{1,3}\.\d{1,4}[ \t*_%]{0,48}(?:\||$)/m,
      // Generation and speech metrics, validation scores, Trainer log keys ("a zero-shot FID score of 6.66", "the best
      // validation score achieved is 0.726", "eval_loss：0.6905").
      /\b(?:FID|CLIP[- ]?score|Inception Score|PSNR|SSIM|LPIPS|MOS|EER|DER|CIDEr|METEOR|chrF)\b[^\n]{0,20}?(?<![\w-])\d{1,3}\.\d{1,4}\b|\b(?:validation|test|eval(?:uation)?|dev) (?:score|loss|accuracy|F1|perplexity)\b[^\n.]{0,25}?\d\.\d|\beval_(?:loss|accuracy|acc|f1|precision|recall|wer|cer|bleu|rouge\w{0,6}|perplexity|exact_match|mae|rmse|mse|auc)\s{0,2}[:：=]\s{0,3}\*{0,2}\d/i,
      // "92% accuracy on the test set" (not "achieves 65.2": in derived cards that is often the base model's score).
      /\b\d{1,3}(?:[.,]\d{1,4})?\s{0,2}%\s{1,3}(?:top-[15]\s{1,3})?(?:accuracy|precision|recall|F1|WER|CER|mAP|AUC|exact match)\b/i,
      /^[ \t]*\|[^\n]{0,300}?\b(?:MMLU|HellaSwag|GSM8K|HumanEval|MBPP|WinoGrande|ARC-[CE]\b|ARC-(?:Challenge|Easy)|C-Eval|CMMLU|AGIEval|BBH|MT-Bench|AlpacaEval|LAMBADA|PIQA|BoolQ|SWE-bench|LibriSpeech|ImageNet|MS-?COCO|GLUE|SuperGLUE|SQuAD|WER|BLEU|ROUGE|JGLUE|JSQuAD|JCommonsenseQA|JNLI|JSTS|JMMLU|MARC-ja|llm-jp-eval|KLUE|KoBEST|KMMLU|HAE-RAE|GAOKAO|CLUE|MTEB|C-MTEB|XNLI|FLORES(?:-200)?|FLEURS|Common Voice|MERA)\b[\s\S]{0,600}?\b\d{1,3}\.\d{1,2}\b/m,
      // A metric and its value said plainly: "precision is: 0.786", "the F1 score was 0.91".
      /\b(?:accuracy|precision|recall|f1(?:[- ]score)?|auc|roc[- ]auc|mae|rmse|mse|r2|r²|f-?beta)(?: score)?\s{1,3}(?:is|was|of|=|:)\s{0,3}(?:is\s{0,3})?:?\s{0,3}(?:0?\.\d{2,}|\d{1,3}(?:\.\d{1,4})?\s{0,2}%)/i,
      // A metric as a key with its value ("masked_lm_accuracy = 0.6810424"), or a table row naming a metric before its
      // value ("| Image | AUROC | **0.9846** |").
      /\b[a-z_]{0,20}(?:accuracy|f1|precision|recall|auroc|auc|bleu|rouge\w{0,3}|wer|cer|perplexity|map)[a-z_0-9@.]{0,12}\s{0,2}[=:]\s{0,2}(?:0?\.\d{2,}|\d{1,3}\.\d{1,4})\b|\|\s{0,3}(?:AUROC|AUC|ROC[- ]AUC|F1(?:[- ]score)?|accuracy|mAP(?:@[\d.:]{1,9})?|BLEU|WER|CER|top-?1|precision|recall)\s{0,3}\|\s{0,3}[*_]{0,2}(?:0?\.\d{2,}|\d{1,3}(?:\.\d{1,4})?\s{0,2}%)/i,
      // A score achieved, in Chinese ("在 C-Eval 上取得了 65.2 的成绩").
      /(?:取得|获得|达到)了?[^\n。]{0,12}\d{1,3}(?:\.\d{1,2})?\s?%?\s?的?(?:成绩|分数|得分|准确率|效果)/,
      // A score recorded, in Korean and Japanese ("평균 72.5점을 기록했습니다", "85.2点を達成").
      /\d{1,3}(?:\.\d{1,2})?\s?(?:점|%)(?:을|를)?\s?(?:기록|달성)|\d{1,3}(?:\.\d{1,2})?\s?(?:点|%|ポイント)を(?:記録|達成|獲得)/,
    ],
    reference: referencePatterns(
      String.raw`evaluations?(?![- ]harness)|evaluation results|benchmark results|benchmarks?|results|leaderboard|performance|评测|评估|評価`,
    ),
    withheld: withheldPatterns(String.raw`evaluation (?:results|data|details)|benchmark results`),
    tableColumns: true,
    stub: {
      heading: '## Evaluation',
      body: `### Testing Data, Factors & Metrics\n\n${PLACEHOLDER}\n\n### Results\n\n${PLACEHOLDER}`,
    },
  },
  {
    id: 'limitations',
    ruleId: 'undisclosed-limitations',
    title: 'Limitations',
    asks: 'Describe the known biases, risks and limitations, and what users should do about them.',
    why: 'Users must know where the model fails before they rely on it: HF model-card template "Bias, Risks, and Limitations"; FMTI indicators "Limitations description" and "Risks description"; Eiras et al. (2024) safety impact area.',
    headings: [
      /limitation/i,
      // Not the experiment tracker ("## Weights & Biases").
      /(?<!\bweights (?:&|and) )\bbias(?:es)?\b/i,
      /\brisks?\b/i,
      /\bethical considerations?\b/i,
      /\bcaveats?\b/i,
      /\bknown (?:issues|problems|failure)/i,
      /\bresponsible ai considerations\b/i,
      /\bbroader (?:implications|impacts?)\b/i,
      /局限|限制|风险|偏见|制限|限界|リスク|バイアス|注意事項/,
    ],
    labels: [
      /^(?:known )?limitations?\b/i,
      /^[\w -]{1,30}\blimitations?$/i,
      /^known (?:issues?|problems?|failure modes?)\b/i,
      /^(?:risks?|biases?)\b/i,
      /^caveats?\b/i,
      /^ethical considerations\b/i,
      /^局限/,
    ],
    // What a model cannot do is said in its usage notes as often as in a limitations section ("multi-step tool use …
    // may be suboptimal" under "Deploy", "passing a text as input is not supported" under "Usage").
    signalsInHowTo: true,
    // … but not the reader's own problems or the platform ("If your model may see degradation, lower the learning
    // rate", "Mac and Windows are not supported"): such a sentence says nothing of the model.
    // Nor a vendor's boilerplate under "Ethical Considerations" ("NVIDIA believes Trustworthy AI is a shared
    // responsibility …", "Please report security vulnerabilities or NVIDIA AI Concerns here", a pointer to subcards
    // without a link): it states no limitation of this model.
    rejects:
      /\b(?:you|your)\b|\b(?:Mac|macOS|Windows|Linux|Python|CUDA|pip|conda|Docker)\b|\bTrustworthy AI is a shared responsibility\b|\bdevelopers should work with their (?:internal )?model team\b|\breport (?:model quality, risk, )?security vulnerabilities\b|\bModel Card\+\+ (?!\[)/,
    rejectsLines: /\S/,
    signals: [
      // What the model does not do well or cannot rule out, in other languages ("el control por Pinyin no funciona para
      // todas las combinaciones", "完全に較正された確率とは限らない", "오탐과 미탐을 완전히 제거할 수는 없습니다", "可能会…影响其准确性").
      /no funciona (?:para|con|en|bien) |とは限らない|완전히 (?:제거|방지|차단)할 수(?:는)? 없|影响(?:其|模型的?)?准确性|ne fonctionne pas (?:pour|avec|bien)|funktioniert nicht (?:für|mit|bei|gut)|não funciona (?:para|com|bem)/i,
      // Accuracy not guaranteed, in Chinese ("本项目无法对其准确性作出保证"): the standard disclaimer of Chinese cards.
      /无法(?:对其)?[^\n。]{0,12}(?:作出|做出)?保证|不能保证[^\n。]{0,10}(?:准确|正确)/,
      // A model's behaviour not guaranteed ("we cannot guarantee that the model is completely free of …", "there may
      // still be unpredictable risks"), and unexpected output said in Chinese and Japanese ("有可能会出现不符合预期的回复",
      // "途中で途切れたり、不完全になる場合があります").
      /\b(?:cannot|can.t|can not|do not|don.t) guarantee (?:that )?(?:the |our |this |its )?(?:model|outputs?|results|content|accuracy|generated)|\bunpredictable (?:risks|outputs?|behaviou?rs?|issues)\b|可能(?:会)?(?:出现|产生|生成|输出)[^\n。]{0,20}(?:不符合预期|错误|不准确|偏差|幻觉|不合理)|(?:途切れ|不完全|誤|失敗|不自然)[^\n。]{0,20}場合があります/i,
      // The conditions outside which the model does worse ("The model works best on resolutions under 720 x 1280",
      // "光照充足的环境效果最佳"), and training data not deduplicated against test sets.
      /\b(?:works?|performs?) best (?:in|with|on|when|for)\b|\bnot (?:been )?(?:deduplicated|decontaminated)\b|(?:环境|条件|场景)下?效果最佳/i,
      // Misclassification said to follow from conditions ("may lead to misclassification, particularly during winter
      // months"), a class imbalance in Spanish, and poor factuality or results in Chinese ("其回答的事实性很差").
      /\b(?:may|might|can|could|will) (?:lead to|result in|cause) (?:mis-?classifications?|false (?:positives|negatives)|errors)\b|\bdesbalance\b|(?:效果|事实性|准确性|准确率|性能|表现)(?:很|较|比较|非常|相当)差/i,
      // Output said to fall short of what users want ("might not yet offer optimal performance for specialized
      // higher-level tasks", "the transcriptions might not be that satisfactory"), and "has the limitation that" in
      // Korean ("…한계가 있습니다").
      /\b(?:may|might|will) not (?:yet )?(?:offer|provide|deliver|achieve|give) (?:optimal|satisfactory|good|reliable|accurate|the best)\b|\b(?:may|might) not be (?:that |very |always |fully |entirely )?(?:satisfactory|reliable|accurate|optimal)\b|한계(?:가 있|가 존재|가 남|점이 있|점은|점으로)/i,
      // What the model was not trained or aligned for ("Alpaca models are not finetuned with human feedback", "hasn't
      // been explicitly trained on the zero-shot voice cloning objective", "it is not yet adapted to deliver this
      // knowledge"), a release that must be fine-tuned first in Chinese ("需要在特定任务上 Finetune 后使用"), and no guarantee
      // given ("我们并不保证所有不当内容均已被过滤").
      /(?<!\b(?:although|though|while)\b[^\n.]{0,80})\b(?:has not|has[n’']t|have not|have[n’']t|was not|was[n’']t|were not|is not|is[n’']t|are not|are[n’']t) (?:been )?(?:explicitly |specifically |yet )?(?:fine-?tuned|trained|aligned|optimi[sz]ed|adapted) (?:for|to|with human feedback|with RLHF|on the [\w-]+(?: [\w-]+){0,3} objective)\b|需要[^\n。]{0,20}(?:微调|精调|finetune|fine-tune|Finetune)\s?后(?:使用|才能)|(?:并|也)不(?:能)?保证/i,
      // Performance said to fall outside what the model was made for ("performance may not be optimal anymore").
      /\bperformance (?:may|might|will|can|could) (?:not be (?:optimal|as good)|degrade|drop|suffer|be (?:lower|worse|reduced|poor))\b/i,
      // A model that needs fine-tuning before it is useful ("this model has to be fine-tuned before it is useable on a
      // downstream task").
      /\b(?:has|have|needs?|must|need) (?:to )?be fine-?tuned before\b/i,
      // Quality that varies or falls short, said of the output ("its efficacy may vary with the accent", "Text is not
      // always grammatically correct", "indicating a little bit overfitting").
      /\b(?:performance|accuracy|quality|efficacy|results|outputs?)\b[^\n.]{0,20}\b(?:may|might|can|will) vary\b|\bis not always (?:grammatically )?(?:correct|accurate|reliable|coherent|fluent)\b|\b(?:some|slight|a little(?: bit)?|signs? of|indicat\w{1,4}|prone to)\b[^\n.]{0,20}\boverfitting\b/i,
      // Language and scene limits ("mainly supports solving English and Chinese math problems", "英語入力のみをサポート",
      // "在中文ocr场景能力较弱") and the Chinese and Korean cards' usual "problems that cannot be foreseen" sentence.
      /\b(?:mainly|only|primarily) supports?\b[^\n.]{0,40}\b(?:English|Chinese|Japanese|Korean|languages?)\b|のみ(?:を|に)?(?:サポート|対応)|(?:能力|效果|表现)(?:较|比较|相对)?(?:弱|差)|(?:无法|不可)预见的问题|예견할 수 없(?:을|는) 문제/i,
      // Output not guaranteed accurate, a model easily misled (Chinese); quality that "may be suboptimal"; input that
      // "might cause the following issues".
      /无法保证[^\n。]{0,20}(?:准确|正确|可靠)|不能保证[^\n。]{0,20}(?:准确|正确|可靠)|(?:易|容易)被误导|\bmay be (?:sub-?optimal|unreliable|unstable|degraded)\b|\b(?:may|might) cause (?:the following |some |several )?(?:issues|problems|errors|failures|artifacts)\b/i,
      /\b(?:may|might|can|could|will)\s{1,3}(?:sometimes\s{1,3}|occasionally\s{1,3}|still\s{1,3}|also\s{1,3}|potentially\s{1,3}|in some instances\s{1,3})?(?:generate|produce|output|exhibit|contain|reflect|reproduce|amplify|make|give|behave)\b[^.\n]{0,80}?\b(?:inaccurate|incorrect|harmful|biased|offensive|toxic|false|misleading|problematic|unsafe|inappropriate|objectionable|factual errors?|hallucinat\w{0,8}|unfair|unreliable|mistakes|errors)\b/i,
      /\b(?:the model|it|this model) (?:has|have) (?:several |some |known )?limitations\b/i,
      // Plainly: "It may produce wrong answers", "struggles with long documents", "does not work well on noisy audio",
      // "can be biased", "accuracy drops on out-of-domain text".
      /\b(?:may|might|can|could|will|often|sometimes)\s{1,3}(?:produce|generate|give|output|make|return)\b[^.\n]{0,40}?\bwrong\b|\bstruggles? (?:with|on|to)\b|\b(?:does not|doesn't|do not|don't|may not|might not) (?:work|perform|generali[sz]e) (?:well|reliably|as well)\b|\bperforms? (?:poorly|worse|less well)\b|\b(?:may|might|can|could) (?:be|become) (?:biased|inaccurate|unreliable|wrong|incorrect)\b|\b(?:accuracy|performance|quality) (?:drops|degrades|decreases|suffers|is (?:lower|worse))\b/i,
      /(?<!\bno\s{1,3})\b(?:model|chat model|known|its|their) limitations\b/i,
      /\brisk of (?:the model )?(?:producing|generating)\b/i,
      /\bcannot guarantee\b[^\n.]{0,80}?\b(?:correct|accura\w{0,8}|reliab\w{0,8}|safe)/i,
      /\b(?:accuracy|correctness|reliability|quality)\b[^\n.]{0,40}\b(?:cannot|can't|is not|isn't) (?:be )?guaranteed\b|\beasily misled\b/i,
      /\bhallucinat\w{0,6}\b/i,
      // Plainly: "trained only on daylight images", "only tested on English text", "has not been validated on external
      // data", "results on other datasets may vary", "not robust to adversarial inputs", "may overfit".
      /\b(?:trained|tested|evaluated|validated) only (?:on|with|in)\b|\bonly (?:been )?(?:trained|tested|evaluated|validated) (?:on|with|in)\b|\b(?:has|have|was|were|is|are)(?: not|n't) (?:been )?(?:independently |externally |clinically |formally |yet )?(?:validated|tested|evaluated)\b|\b(?:results|performance|accuracy|quality)\b[^\n.]{0,40}\bmay (?:vary|differ|degrade|drop|be (?:lower|worse))\b|\bnot robust (?:to|against)\b|\bmay (?:overfit|underfit)\b/i,
      /\b(?:does not|doesn't|do not) have any (?:moderation|safety) (?:mechanisms?|guardrails?|filters?)\b/i,
      // Plainly: "input text longer than 128 word pieces is truncated", "may carry the stereotypes and biases", "a drop
      // of around 1 ~ 2 percentage points", "trained exclusively on English text", "Nous garantissons pas les
      // résultats".
      /\b(?:longer than|exceeding|beyond|more than)\b[^\n.]{0,40}\b(?:is|are|will be|gets?|get) truncated\b|\b(?:may|might|can|could|will)\s{1,3}(?:carry|contain|reflect|reproduce|perpetuate|amplify|inherit|exhibit|show)\b[^\n.]{0,40}\b(?:stereotypes?|biases|bias)\b|\b(?:has|have|shows?|with) a (?:drop|decrease|degradation|loss) of (?:around |about |approximately |roughly |up to )?\d|\b(?:trained|pre-?trained)\s{1,3}(?:exclusively|only|solely)\s{1,3}on\s{1,3}(?:English|Chinese|Japanese|Korean|French|German|Spanish|Russian)\b|garantissons pas|ne garantit pas|no garantiza|não garante/i,
      /(?:可能|会)[^\n。]{0,20}(?:生成|产生|输出)[^\n。]{0,30}(?:错误|有害|偏见|不准确|虚假|不当)/,
      // Wrong or harmful output, hallucination and limits in the languages most used on the Hub after English.
      /幻觉|局限性|(?:誤った|不正確な|有害な|偏った|虚偽の)[^\n。]{0,30}(?:生成|出力)|ハルシネーション|(?:부정확|잘못된|편향|유해|허위)[^\n.]{0,30}(?:생성|출력)|환각|(?:^|[\s(«"])может[^\n.]{0,40}(?:недостоверн|неточн|ложн|вредн|предвзят|ошибочн|галлюцин)|галлюцинац|\bpeut (?:produire|générer|contenir)\b[^\n.]{0,40}(?:erron|incorrect|inexact|biais|faux|fausse|toxique|nuisible)|\bpuede (?:generar|producir|contener)\b[^\n.]{0,40}(?:incorrect|inexact|err[óo]ne|sesg|fals|tóxic|dañin)|\bpode (?:gerar|produzir|conter)\b[^\n.]{0,40}(?:incorret|imprecis|err[ôo]ne|tendencios|fals|tóxic|viés)|aluci?na\w{0,6}|\b(?:pode|puede|podem|pueden) (?:degradar|falhar|fallar|piorar|empeorar|errar|equivocarse)\b|\bkann\b[^\n.]{0,40}\b(?:falsche|fehlerhafte|ungenaue|voreingenommene|schädliche|unzutreffende)\b|halluzin|có thể (?:tạo ra|sinh ra|đưa ra)[^\n.]{0,40}(?:sai|không chính xác|thiên lệch|độc hại)|ảo giác/im,
      /\b(?:may|might|can|could|will) (?:see|experience|suffer|show|have) (?:a |some |significant |noticeable )?(?:performance|accuracy|quality) degradation\b|\bthere (?:are|may be) (?:some |a few |known |still )?[^\n.]{0,50}\bissues\b|\bgenerali[sz]es? (?:poorly|badly)\b|generaliza mal|no generaliza|não generaliza|ne généralise pas|generalisiert schlecht|성능이 (?:낮|떨어|저하)|精度が(?:低|落ち)|性能(?:较差|下降|不佳)/i,
      // Plainly: "It is limited to English", "is not perfect and makes mistakes", "may contain bugs", "cannot handle
      // images", "tends to repeat itself", "sensitive to prompt wording".
      /\b(?:is|are|remains) (?:currently |still )?limited (?:to|in|by)\b|\b(?:is|are) not perfect\b|\bmakes? (?:mistakes|errors)\b|\bmay (?:contain|have) bugs\b|\b(?:early|experimental) (?:version|release|stage|prototype)\b|\b(?:cannot|can't|can not|is unable to|are unable to|fails? to) (?:handle|process|understand|recogni[sz]e|detect|generate|read|follow|distinguish)\b|\btends? to (?:repeat|hallucinate|over\w{2,12}|under\w{2,12}|produce|generate|be (?:verbose|overconfident))\b|\b(?:is|are) (?:highly |very )?(?:sensitive|brittle) to\b/i,
      // "These models may have bias", "it is subject to bias", "only supports English generation", "does not support
      // stress".
      /\b(?:may|might|can|could) (?:have|contain|exhibit|show|reflect|inherit|carry) [^\n.]{0,30}\bbias(?:es|ed)?\b|\bsubject to (?:\w+ )?bias(?:es)?\b|\b(?:only|currently only) supports?\b[^\n.]{0,30}\b(?:language|English|Chinese|generation|inputs?|text|images|audio|speakers?)\b|\b(?:this |the )?model (?:does not|doesn't|cannot|can't|is unable to) (?:yet )?(?:support|handle|recogni[sz]e|detect|process|understand)\b|\bdoes not support [^\n.]{0,30}\bat all\b/i,
      // "passing a text as input is not supported", "will not work with code generation tasks", "results in a
      // noticeable loss of detail", "64% of pedestrians missed".
      /\b(?:is|are) not (?:yet |currently )?supported\b|\bwill not work (?:with|for|on|well)\b|\bloss of (?:detail|quality|accuracy|fidelity|information)\b|\b\d{1,3}(?:\.\d)?\s?% of [^\n.]{0,30}\b(?:missed|misclassified|undetected)\b/i,
      // What the model cannot do, or where it was never tried ("cannot count objects reliably", "Not tested on images
      // taken at night").
      /\b(?:cannot|can not|can't|is unable to|are unable to|fails to|does not|doesn't) (?:\w+ ){0,3}(?:reliably|accurately|correctly|consistently)\b|\bnot (?:been |yet )?(?:tested|evaluated|validated) (?:on|for|with|in|against)\b/i,
      // Where it is not expected to work, or what it was never trained for ("not expected to perform well on languages
      // other than …", "hasn't been explicitly trained on the zero-shot voice cloning objective").
      /\bnot expected to (?:perform|work|generali[sz]e|do) well\b|\b(?:hasn't|has not|wasn't|was not|haven't|have not|were not|weren't) (?:been )?(?:explicitly |specifically |directly )?(?:trained|fine-?tuned|optimi[sz]ed) (?:on|for|to)\b/i,
      // What a generator cannot render or reach ("The model cannot render legible text", "does not achieve perfect
      // photorealism", "Faces … may not be generated properly", "The autoencoding part of the model is lossy").
      /\b(?:model|it|network|system)s? (?:cannot|can't|can not|is unable to|are unable to|fails? to) (?:render|generate|produce|achieve|handle|understand|recogni[sz]e|detect|follow|distinguish|process)\b|\bdoes not (?:achieve|reach|attain) (?:perfect|full|human)\b|\bmay not be (?:generated|rendered|recogni[sz]ed|detected|transcribed|handled|classified|segmented) (?:properly|correctly|accurately|well)\b|\bis lossy\b/i,
      // Wrong or biased output said in Japanese ("事実と異なる内容を生成する可能性があります").
      /(?:誤った|不正確な|事実と異なる|偏った|有害な|不適切な)[^\n。]{0,20}(?:生成|出力)(?:する(?:可能性|ことが)|され(?:やす|る可能性|ることが))/,
    ],
    topic:
      /\blimit|\bbias|\brisks?\b|\bnot (?:be )?(?:suitable|intended|designed|able|reliable)|\bcannot\b|can't|\bmay (?:not|produce|generate|contain|reflect|be|fail)|\bfail|\berrors?\b|inaccura|hallucinat|\bharm|\bcaveat|\bshould not\b|\bweakness|局限|限制|风险|偏见/i,
    stub: { heading: '## Bias, Risks, and Limitations', body: PLACEHOLDER },
  },
  {
    id: 'environmental-impact',
    ruleId: 'undisclosed-environmental-impact',
    title: 'Environmental impact',
    asks: 'State the energy used and the carbon emitted by training (hardware, hours, region, CO2eq), or `co2_eq_emissions:`.',
    why: 'Training cost is part of the model\'s footprint: HF model-card template "Environmental Impact" (+ `co2_eq_emissions`); EU AI Act Annex XI 2(e) (known or estimated energy consumption); FMTI indicators "Energy usage" and "Carbon emissions".',
    headings: [
      /environmental impact/i,
      /carbon (?:footprint|emissions?)/i,
      /\bco2|co₂/i,
      /\benergy (?:use|usage|consumption|efficiency)\b/i,
      /\bemissions\b/i,
      /碳排放|碳足迹|环境影响|能耗|環境(?:への)?影響|消費電力/,
    ],
    labels: [
      /^carbon (?:emitted|footprint|emissions)\b/i,
      /^co\s?2\b|^co₂/i,
      /greenhouse gas/i,
      /^(?:training )?energy (?:use|usage|consumption)\b/i,
      /^estimated (?:electricity usage|carbon emissions|energy)\b/i,
      /^(?:total )?emissions\b/i,
    ],
    frontMatter: co2Evidence,
    // A figure: "11250 kg CO2 eq.", "247.77 kgCO₂", "135 MWh", "700W", "539 tCO2eq". Hardware type and cloud
    // provider alone (flan-t5's filled template) are inputs to an estimate, not the estimate.
    requires: [/\d[\d.,]{0,20}\s{0,3}(?:k?g|t|tons?|tonnes?|[kMG]Wh|[kM]?W)\b|\d[^\n]{0,40}(?:CO\s?2|CO<sub>2|CO₂)/i],
    signals: [
      // Emissions said relatively ("reducing 90% CO2 emissions", "cut our carbon emissions by half").
      /\b(?:reduc\w{1,4}|sav\w{1,4}|cut\w{0,4}|lower\w{0,4})\b[^\n.]{0,30}\b(?:CO2|CO₂|carbon) emissions?\b|\b(?:CO2|CO₂|carbon) emissions?\b[^\n.]{0,20}\b(?:reduced|lowered|cut|halved) by\b/i,
      // A statement on training emissions without a figure: "Model training has minimal carbon footprint (CPU-based
      // training)".
      /\b(?:minimal|negligible|low|small|little|no significant) (?:carbon|CO2|CO₂|environmental) (?:footprint|impact|emissions)\b/i,
      /\b\d[\d.,]{0,20}\s{0,3}(?:t|tons?|tonnes?|kg|g|metric tons?)\s{0,3}(?:of\s{1,3})?(?:CO\s?2|CO<sub>2<\/sub>|CO₂)\s{0,3}(?:-?eq|e)?/i,
      // Not a forecasting model's error or target ("MAE 12.5 MWh", "demand of 30 GWh").
      /\b\d(?<!\b(?:MAE|RMSE|MAPE|MSE|error|forecast\w{0,3}|demand|predict\w{0,4}|load)\b[^\n]{0,60}\d)[\d.,]{0,20}\s{0,3}(?:[kMGT]Wh|megawatt[- ]hours?|kilowatt[- ]hours?)\b/,
      /(?:碳排放|二氧化碳)[^\n。]{0,30}\d/,
      // A statement on training's emissions without a figure (test/accuracy/LABELLING.md): "100% offset", "powered by
      // renewable energy", "carbon-neutral", "the training supercomputer uses mostly nuclear energy".
      /\b(?:100\s?%|fully|entirely)\s{1,3}(?:renewable|carbon[- ](?:free|neutral)|offset)\b|\b(?:powered|offset) by\b[^\n.]{0,30}\brenewable\b|\b(?:uses|used|runs? on|ran on|powered by) (?:mostly |mainly |primarily |low-carbon |)(?:nuclear|renewable|hydro(?:electric)?|solar|wind) (?:energy|power|electricity)\b|\b(?:training|emissions?)\b[^\n.]{0,40}\b(?:carbon[- ]neutral|offset by|were offset|was offset)\b/i,
    ],
    reference: referencePatterns(String.raw`carbon|emissions|energy|environmental impact`),
    tableColumns: true,
    stub: {
      heading: '## Environmental Impact',
      body: [
        '- **Hardware Type:**',
        '- **Hours used:**',
        '- **Cloud Provider:**',
        '- **Compute Region:**',
        '- **Carbon Emitted:**',
      ]
        .map((l) => `${l} ${PLACEHOLDER}`)
        .join('\n'),
    },
  },
  {
    id: 'contact',
    ruleId: 'undisclosed-contact',
    title: 'Contact',
    asks: 'Say where to send questions, feedback and problem reports (an email, issue tracker or form).',
    why: 'Problems found downstream need somewhere to go: HF model-card template "Model Card Contact"; GPAI Code of Practice, Transparency chapter (providers publish contact information for documentation requests); FMTI indicator "Feedback mechanism".',
    headings: [
      /contact/i,
      /where to send (?:questions|comments)/i,
      /^feedback\b|\bfeedback (?:channel|form)\b/i,
      /\breport(?:ing)? (?:issues|problems|bugs|concerns)\b/i,
      // Not "Questions and answers" or "Questions v1" (a dataset's question set).
      /^(?:questions(?! (?:and|&) answers| v\d)|support|get in touch)\b/i,
      /联系|联络|反馈|問い合わせ|お問合せ|連絡先/,
    ],
    labels: [
      /^(?:point of )?contact\b/i,
      /^where to send\b/i,
      /^send (?:questions|comments|feedback)\b/i,
      /^(?:feedback(?! impl[ií]cit| expl[ií]cit)|reporting|report issues|questions(?! (?:and|&) answers| v\d))\b/i,
      /联系|問い合わせ/,
      // The key of a key/value table in Spanish, Portuguese, German, Russian, Korean (headings-i18n.ts has the titles).
      /^(?:contact[oa]s?|kontakt|контакты?|연락처)$/i,
    ],
    // A section or label says where only with a channel: an address, a link, a handle, a tracker to post in, a chat
    // app ("## Contact" holding only "For any inquiries, please contact [Your Name/Email]", or "# Contact Us and
    // Citation" holding only a citation, gives none).
    requires: [
      new RegExp(
        String.raw`(?<![\w.+-])(?!${TEMPLATE_ADDRESS})[\w.+-]{1,64}@[\w-]{1,63}\.[a-z]{2,}|\[at\]|\(at\)|\bat [\w-]{1,63} dot [a-z]{2,6}\b|https?:\/\/|\]\(|(?:^|[\s(（])@[\w-]{2,}|\b(?:open|file|report|submit|raise|create|post|leave)\b[^\n.]{0,40}\b(?:issues?|discussions?|tickets?|bugs?)\b|\b(?:issues?|discussions?) (?:tab|page|section|tracker)\b|\b(?:discord|slack|wechat|telegram|gitter|whatsapp|QQ|forum|mailing list)\b|\b(?:GitHub|Hugging ?Face|HF|Twitter|X|LinkedIn)\s{0,2}[:：]\s{0,2}@?[\w-]{2,}|微信|QQ群|邮箱|电子邮件|メール|이메일|почт|(?:提交|反馈|提出|发)[^\n。]{0,12}issue|issue[^\n。]{0,6}(?:提交|反馈|提出)`,
        'i',
      ),
    ],
    signals: [
      // A channel offered to reach the authors ("In order to reach us, you can join our [Discord server](…)"), and a
      // WeChat or QQ group for questions or discussion ("技术讨论请扫码加入官方微信交流群"; not a group offered for news).
      /\b(?:to|can) reach (?:out to )?us\b[^\n.]{0,60}(?:\]\(|https?:\/\/|@)|(?:讨论|问题|反馈|咨询|交流)[^\n。]{0,20}(?:微信|QQ)[^\n。]{0,4}群|(?:微信|QQ)(?:交流|讨论|技术)群/i,
      // Not an image's file name ("overview@2x.svg"), nor a template's address ("[your-email@example.com]").
      new RegExp(
        String.raw`(?<![\w.+-])(?!git@|${TEMPLATE_ADDRESS})[\w.+-]{1,64}@(?!\d{1,2}x\.)[\w-]{1,63}(?:\.[\w-]{1,63}){0,3}\.(?!(?:png|svg|jpe?g|gif|webp|ico)\b)[A-Za-z]{2,24}\b`,
      ),
      /\bgithub\.com\/[\w.-]{1,100}\/[\w.-]{1,100}\/(?:issues|discussions)(?![\w/])/i,
      // Not a table of contents' anchor ("[Contact Us and Citation](#contact-us-and-citation)").
      /\[[^\]\n]{0,30}\bcontact\b[^\]\n]{0,30}\]\((?!#)/i,
      /\b(?:open|file|raise|submit|create) (?:an? |a new )?(?:github )?issue\b/i,
      // Not a heading ("# Contact Us and Citation" over a citation only: the section is judged on its own).
      /\b(?:contact|reach out to|get in touch with) (?:me|us|the (?:authors|team|developers))\b(?<!^[ \t]{0,3}#{1,6}[ \t][^\n]{0,120})/im,
      /\bwhere to send (?:questions|comments)\b|\bhow to (?:provide|give|send) feedback\b/i,
      /\[[^\]\n]{0,40}\b(?:feedback|reporting (?:mechanism|tool|form)|report (?:an? )?(?:issues?|problems?|bugs?))\b[^\]\n]{0,40}\]\(/i,
      /\b(?:questions|comments|feedback) (?:can|may|should) be (?:sent|directed|addressed)\b/i,
      // Plainly: "Please report bugs in the GitHub issues", "For feedback, open a discussion on the model page".
      /\b(?:report|file|raise|submit|post)\b[^\n.]{0,20}\b(?:bugs?|issues?|problems?)\b[^\n.]{0,10}\b(?:in|on|at|via|through|to)\b[^\n.]{0,20}\b(?:issues?|discussions?|tracker|forum|page)\b|\bfor (?:feedback|questions|bug reports?|issues|support)\b[^\n.]{0,30}\b(?:open|start|create|post|use|see)\b[^\n.]{0,30}\b(?:discussions?|issues?|forum|community tab)\b/i,
      // Obfuscated addresses ("wangyulong[at]chuangxin[dot]com", "zechunliu at meta dot com") and report forms ("report
      // security vulnerabilities [here](…)"; not "technical report is now released! See [here](…)"). Not "join our
      // Discord": readers did not count a chat community.
      /\b[\w.+-]{1,64}\s{0,2}(?:\[at\]|\(at\))\s{0,2}[\w-]{1,63}\s{0,2}(?:\[dot\]|\(dot\)|\sdot\s|\.)\s{0,2}[a-z]{2,6}\b|\b[\w.+-]{1,64} at [\w-]{1,63} dot [a-z]{2,6}\b/i,
      /(?<!\b(?:technical|tech|research)\s)\b(?:report|submit|send)\b(?!\s(?:is|was|has|are)\b)[^\n.]{0,100}\[(?:here|this form|the form)\]\(/i,
      /联系我们|联系方式|邮箱|お問い合わせ/,
      // "entre em contato conosco", "abra uma issue", "contactez-nous", "Reach out on GitHub", "For further support …
      // join us", "Join our Slack community to … provide feedback".
      /entre em contato|entrar em contato|póngase en contacto|contáctenos|contactez-nous|nous contacter|kontaktieren Sie|(?:^|[\s(«"])свяжитесь|문의(?:하세요|해 주세요|사항)|\b(?:abra|abrir|abre|ouvrez|öffnen Sie) (?:uma|un|une|ein) (?:issue|ticket)\b|\breach out (?:on|to|via|through|at)\b|\bfor (?:further )?support\b[^\n.]{0,60}\bjoin\b|\bjoin\b[^\n.]{0,60}\b(?:to|and) (?:provide|give|share|send) feedback\b/im,
      // A GitHub issue or discussion linked for questions or feedback ("Got a question? See [this issue](…/issues/26)",
      // "invite questions in this [discussion](…/discussions/123)"), a chat server joined for support ("Join our
      // [discord server](…) for community support"), problems reported in an issue ("如存在严重问题，请…描述在issue中").
      /\b(?:questions?|feedback|problems?|bugs?|help|support)\b[^\n]{0,120}?\]\(https?:\/\/github\.com\/[^)\s]{1,100}?\/(?:issues|discussions)\b|\]\(https?:\/\/github\.com\/[^)\s]{1,100}?\/(?:issues|discussions)\b[^)\s]{0,40}\)[^\n]{0,80}?\b(?:questions?|feedback|problems?|bugs?|help|support)\b|\bjoin (?:our|the) [^\n.]{0,60}?\b(?:discord|slack|community|forum|server|group)\b[^\n]{0,120}?\bfor\b[^\n.]{0,30}?\b(?:support|questions|help|feedback)\b|问题[^\n。]{0,60}?(?:在|提交?|发)(?:\s{0,2})(?:GitHub\s{0,2})?(?:issue|Issue|ISSUE)/i,
    ],
    // An address given only for licence applications ("请通过以下邮箱 … 提交申请材料", "apply for a commercial licence at …") is not
    // where questions and problem reports go — unless the line offers it for other questions too ("To apply for a
    // commercial license, please fill in the form. For other questions or collaborations, please contact …"); so is a
    // contact for commercial use or business ("For commercial use, please [contact Laboro.AI Inc.](…)", "其他商务合作请联系
    // bd@…"), unless the line also offers it for technical questions ("技术交流请联系…，商务合作请联系…").
    rejects:
      /^(?![^\n]*(?:\b(?:other|general|any|technical) (?:questions|inquiries|enquiries)\b|技术交流|技术问题|问题反馈|其他问题))[^\n]*?(?:提交申请|申请材料|申请商用|商用(?:许可|授权)申请|商务合作|商业许可|\bbusiness (?:cooperation|inquiries|enquiries|partnerships?|collaboration)\b|\bcommercial purposes\b|\bapply for (?:a |the )?(?:commercial )?licen[cs]e\b|\blicen[cs]e applications?\b|\bapplication materials?\b|\bcommercial (?:use|usage|licen[cs]\w{1,3}|agreement|terms)\b)/i,
    short: true,
    stub: { heading: '## Model Card Contact', body: PLACEHOLDER },
  },
  {
    id: 'architecture',
    ruleId: 'undisclosed-architecture',
    title: 'Architecture',
    asks: 'Describe the architecture (e.g. decoder-only transformer, mixture of experts, diffusion U-Net) and the number of parameters.',
    why: 'Architecture and size decide how a model can be integrated, studied and governed: EU AI Act Annex XI 1(d) and Annex XII 1(f) (architecture and number of parameters); HF model-card template "Model Architecture and Objective"; OSI Open Source AI Definition "Code" (model architecture); FMTI indicators "Model architecture" and "Model size".',
    headings: [
      /architecture/i,
      /\btechnical specifications?\b/i,
      /^model (?:structure|configuration|specifications?|internals)$/i,
      /^model$/i,
      /模型(?:结构|架构|细节|参数|配置)|网络结构|アーキテクチャ|モデル(?:構造|詳細)/,
    ],
    notHeadings: [/\bcompute\b|\bhardware\b|\bsoftware\b/i],
    // "Model type" is neither a heading nor a label here: its value is often just "Language model" or "Classification
    // model"; a real type ("Causal decoder-only", "Diffusion-based text-to-image") is caught by the signals below.
    labels: [
      /^(?:model |network |neural )?architecture\b/i,
      /^architecture type\b/i,
      /^(?:base|parent|foundation|underlying|pre-?trained|original) model\b/i,
      /^(?:fine-?tuned|finetuned|distilled|quantized|quantised|adapted|merged) from\b/i,
      /^(?:backbone|model family|(?:number of )?layers)\b/i,
      /模型结构|架构|基座模型|基础模型/,
    ],
    frontMatter: baseModelEvidence,
    signals: [
      // A card opening with the Hub model it fine-tuned ("Fine-tuned `facebook/wav2vec2-base` for turn-taking
      // detection").
      /(?:^|[.!]\s)[ \t]*(?:[-*+][ \t]+)?(?:a )?(?:fine-?tuned|finetuned)\s{1,3}[`*[]{0,3}[\w.-]{1,40}\/[\w.-]{2,60}/im,
      // A parent model in Chinese, "obtained by fine-tuning X" ("由ChatGLM-6B LoRA 16-bit指令微调得到").
      /由\s?\*{0,2}[A-Za-z][\w.-]{2,40}[^\n。]{0,30}(?:微调|训练|蒸馏)(?:得到|而来|而成)/,
      // An architecture named as such, linked or not ("based on the [Parakeet](https://…) architecture").
      /\b(?:based on|built on|follows|uses|adopts) (?:the )?(?:\[[^\]\n]{1,40}\]\([^)\s]{1,200}\)|[A-Z][\w.-]{1,30}) architecture\b/,
      // Layers named ("several Conv1D + MaxPool1D outputs are concatenated").
      /\b(?:Conv[123]D|MaxPool(?:ing)?[123]D)\b/,
      // A stable-baselines3 policy network ("CnnPolicy", "MlpPolicy"), and cross- and bi-encoders.
      /\b(?:Cnn|Mlp|MultiInput)(?:Lstm)?Policy\b|\b(?:[Cc]ross|[Bb]i)-?[Ee]ncoders?\b/,
      // A named model it is built on ("built on top of the Universal Sentence Encoder"), a system built on LLMs ("a TTS
      // system based on large language models"), classical families in Chinese ("五维线性效用模型", "随机森林").
      /\b(?:built|based) (?:on top of|on|upon) (?:the |a |an )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,3} (?:Encoder|Decoder|Transformer|Network)\b|\bbased on (?:a |the )?large language models?\b|线性(?:效用|回归)?模型|逻辑回归|随机森林|梯度提升|决策树|(?:卷积|循环)?神经网络/,
      // The parent model named: "a fine-tuned version of [t5-small]", "LoRA adaption weights for X", "a GPTQ copy of".
      /\b(?:fine-?tuned|finetuned|quantized|quantised|distilled|merged|converted|pruned|GGUF|GPTQ|AWQ|LoRA|adapted)\b(?![^\n.]{0,30}?\byour\b)[^\n.]{0,30}?\b(?:(?:version|variant|checkpoint|copy|model)\s{1,3}(?:of|from)|(?:weights|adapter|adaption weights|adaptation weights)\s{1,3}(?:of|for|from))\s/i,
      // A named family said of the model: "based on the RoBERTa-base architecture", "a DistilBERT model", "on top of
      // LLaMA-7B", "is a 12 billion parameter rectified flow transformer", "modelo **Llama 3.2-1B**".
      new RegExp(
        `\\b(?:based on|built (?:on|upon)|on top of|initiali[sz]ed (?:from|with)|derived from|start(?:ing|ed) from|continu\\w{0,6}\\s{1,3}pre-?train\\w{0,3}\\s{1,3}(?:on|from)|fine-?tuned (?:on|from)|finetuned (?:on|from)|version of|upgraded version of|variant of|checkpoint (?:of|for))\\s{1,3}(?:the\\s{1,3}|a\\s{1,3}|an\\s{1,3})?[\\[\`*"']{0,3}(?:multilingual\\s{1,3}|pretrained\\s{1,3}|pre-trained\\s{1,3})?${FAMILY}`,
        'i',
      ),
      new RegExp(
        `\\b(?:is|are|was|were)\\s{1,3}(?:a|an|the)\\s(?![^\\n.]{0,60}?\\b(?:related to|list of|compared|than)\\b)[^\\n.]{0,60}?\\b${FAMILY}\\b(?=\\s{0,3}[.,;:)]|\\s{1,3}(?:model|language|trained|pre-?trained|for|with|that|which|based)\\b|-based\\b)`,
        'i',
      ),
      new RegExp(
        `\\b${FAMILY}(?:[- ]based|[- ]like|[- ]style)?\\s{1,3}(?:model|architecture|backbone|encoder|decoder|language model|LM|network|checkpoint)s?\\b`,
        'i',
      ),
      new RegExp(
        `\\b(?:models?|modelos?|modèles?|modello|modelli|Modell|Modelle)\\s{1,3}[*_\`\\[]{0,3}${FAMILY}\\b`,
        'i',
      ),
      new RegExp(`\\b(?:based on|on top of|version of|is an?)\\s{1,3}(?:the\\s{1,3})?[\\[\`*]{0,3}${FAMILY_EXACT}\\b`),
      // A title naming the family ("# Clinical BERT for ICD-10 Prediction", "日本語T5モデル").
      new RegExp(
        `^#{1,2}[ \\t][^\\n]{0,80}?(?<!\\b(?:outperform\\w{0,3}|than|vs\\.?|versus|beats?|surpass\\w{0,3}|compared to)\\s{1,3})\\b${FAMILY}`,
        'm',
      ),
      new RegExp(`\\b${CLASSICAL_MODEL}\\b`, 'i'),
      // Any family named in the card's prose: nine real cards in ten name their architecture or parent this way, and a
      // card that names none rarely says anything else about its architecture (test/accuracy).
      // Not after a comparison ("outperforming Llama 2 70B").
      new RegExp(
        `(?<!\\b(?:outperform\\w{0,3}|than|vs\\.?|versus|beats?|surpass\\w{0,3}|compared (?:to|with)|in line with|used for|such as)\\s{1,3}(?:the\\s{1,3})?)(?<![\\w/.-])${FAMILY}(?![\\w/])`,
        'i',
      ),
      // (The table-row test comes after the name, so it runs only where a name is found; its window covers the name.)
      new RegExp(`(?<![\\w/.-])${FAMILY_EXACT}(?![\\w/])(?<!^[ \\t]{0,3}\\|[^\\n]{0,340})`, 'm'),
      // A parent model named by its identifier, whatever its family: a Hub id or a name with a size or variant suffix
      // after "based on", "fine-tuned from", "quantization of" … ("Fine-tuned from vicuna-13b-v1.5", "a GGUF
      // quantization of Zephyr-7B-beta", "built on top of DeepSeek-Coder-6.7B"); not a library ("based on
      // huggingface/transformers").
      /\b(?:based on|built (?:on|upon)|on top of|initiali[sz]ed (?:from|with)|derived from|fine-?tuned from|finetuned from|trained from|version of|variant of|checkpoint of|copy of|quanti[sz]ations? of|conversion of|GGUF of|adapter (?:for|of)|merge of)\s{1,3}(?:the\s{1,3})?[[`*"']{0,3}(?!(?:huggingface|hf)\/(?:transformers|diffusers|peft|trl|accelerate)\b|datasets\/)(?:[A-Za-z0-9][\w.-]{1,40}\/[\w.-]{2,80}|[A-Za-z][\w.]{1,30}(?:-[\w.]{1,20}){0,4}?-(?:\d{1,4}(?:\.\d{1,2})?[BbMm]|base|large|small|tiny|mini|medium|instruct|chat|v\d[\w.]{0,6})\b)/i,
      // The same in the languages most used on the Hub after English: any Latin-script model name after "基于", "をベースに"
      // (name first), "기반", "основана на", "basé sur", "se basa en", "baseado no", "basiert auf", "dựa trên".
      /(?:基于|基於|基座模型|底座模型|基础模型|основан[аоы]? на|на основе|bas[ée]e? sur|se basa en|basad[oa] en|basead[oa] (?:no|na|em)|basiert auf|auf Basis von|dựa trên)[\s:：]{0,3}[[`*"'「]{0,3}(?:[\w.-]{2,40}\/)?[A-Za-z][\w.-]{2,60}|[A-Za-z][\w./-]{2,80}[」`'"\]]{0,2}\s{0,2}(?:をベース|を元に|をもとに|를 기반|을 기반|기반)/,
      // Building blocks named ("a 12-layer decoder", "grouped-query attention", "SwiGLU", "rotary embeddings").
      /\b\d{1,3}-layers?\b|\bgrouped[- ]query attention\b|\bmulti-?head (?:self-)?attention\b|\bsliding[- ]window attention\b|\bSwiGLU\b|\bRMSNorm\b|\brotary (?:position(?:al)? )?embeddings?\b|\bRoPE\b/i,
      // A model linked on the Hub whose name carries its family
      // ("[huggyllama/llama-13b](https://huggingface.co/huggyllama/llama-13b)"), and a linked model named as the base
      // in Japanese or Korean ("[cl-tohoku/bert-large-japanese-v2](…)をベースモデルに採用").
      new RegExp(`\\]\\(https?:\\/\\/huggingface\\.co\\/[\\w.-]{1,40}\\/(?:[\\w.]{0,30}[-_])?${FAMILY}(?![a-z])`, 'i'),
      /\]\(https?:\/\/huggingface\.co\/(?!datasets\/)[^)\s]{1,200}\)\s{0,2}(?:をベース|を元に|をもとに|를 기반|을 기반|기반)/,
      // A parent model linked on the Hub ("[t5-small](https://huggingface.co/t5-small)").
      /\b(?:version|copy|variant|checkpoint|weights|adapter|merge|based|top|from) of\s{1,3}\[[^\]\n]{1,80}\]\(https?:\/\/huggingface\.co\//i,
      // Shape: "6 layers, 768 dimension and 12 heads" (a parameter count alone is only a size:
      // test/accuracy/LABELLING.md).
      /\b\d{1,3}\s{1,3}(?:transformer\s{1,3}|hidden\s{1,3})?(?:layers|attention heads|heads)\b/i,
      /\b(?:merge|blend) of\b|\bmerged? (?:model|using|with)\b/i,
      /архитектур|arquitectura|архітектур/i,
      /\b(?:decoder|encoder)-only\b/i,
      // "A watermark-free Modelscope-based video model": a named design the model is built on.
      /\b[A-Z][\w.-]{2,30}-based (?:(?:video|image|text|language|speech|audio|diffusion|vision|generative) )?models?\b/,
      // Shape in words: "consists of an encoder and a decoder", "a 1.3B parameter decoder model", "a
      // sentence-transformers model" (maps text to a dense vector space).
      /\b(?:consists? of|composed of|comprises?|made up of)\b[^\n.]{0,40}\b(?:encoders?|decoders?|(?:convolutional|dense|hidden|recurrent|transformer|attention) (?:layers|blocks)|transformer blocks|experts)\b|\b(?:decoder|encoder)[- ](?:model|transformer|network)\b|\bsentence-transformers model\b/i,
      /\b(?:sequence-to-sequence|seq2seq|dual[- ]encoder|two[- ]tower|siamese|bi-encoder|cross-encoder)\s{1,3}(?:architecture|model|network|transformer)s?\b/i,
      /\bencoder-decoder\b/i,
      /\bmixture[- ]of[- ]experts\b|\bMoE\b/i,
      /\btransformer(?:-based)?\s{1,3}(?:architecture|model|decoder|encoder|language model|network|with|layers?|blocks?|from scratch)\b/i,
      /\bauto-?regressive\s{1,3}(?:language\s{1,3}|transformer\s{1,3})?model\b/i,
      /\b(?:latent )?diffusion model\b|\bdiffusion[- ]based\b/i,
      /\bViT-[BLHG]\/\d/,
      /\b(?:ViT|ResNet|U-?Net|Swin|ConvNeXt)\b[^\n.]{0,20}\bbackbone\b/i,
      /\b(?:causal|autoregressive) (?:decoder|language model|lm)\b|\bGPT-like\b/i,
      /\b(?:same|standard|identical) (?:model |network )?architecture (?:as|to)\b/i,
      /\b(?:based on|built on|with|uses?|using|adopts?|follows?)\s{1,3}(?:the\s{1,3}|an?\s{1,3})?[\w.\- ]{0,30}?\barchitecture\b/i,
      /基于[^\n。]{0,80}架构|(?:模型|网络)(?:结构|架构)/,
    ],
    reference: referencePatterns(String.raw`architecture|model details|technical details`),
    withheld: withheldPatterns(String.raw`(?:model )?architecture|model (?:details|size)|number of parameters`),
    tableColumns: true,
    // A printed module tree, as the sentence-transformers template shows under "## Full Model Architecture"
    // ("SentenceTransformer(\n  (0): Transformer({…}) with Transformer model: BertModel", "(0): Linear(in_features=…").
    codeSignals: [
      /\bSentenceTransformer\([ \t]*\r?\n|\(\d{1,3}\):[ \t]{0,2}(?:Transformer|Pooling|Dense|Normalize|StaticEmbedding)\(|\(\w{1,40}\):[ \t]{0,2}(?:Linear|Conv[123]d|Embedding|LayerNorm|Dropout|[A-Z]\w{0,40}(?:Layer|Block|Attention|Embeddings|Encoder|Decoder))\(/,
    ],
    stub: { heading: '## Model Architecture and Objective', body: PLACEHOLDER },
  },
  {
    id: 'safety-evaluation',
    ruleId: 'undisclosed-safety-evaluation',
    title: 'Safety evaluation',
    asks: 'Report how the model was tested for harm: red-teaming, safety or toxicity benchmarks, and their results.',
    why: 'Safety evaluations are the component open releases most often keep closed: Eiras et al. (2024) observation O1; EU AI Act Annex XI Section 2(2) (adversarial testing, red teaming); FMTI indicators "Risks evaluation" and "Pre-deployment risk evaluation"; HF annotated model card "Societal Impact Assessment".',
    headings: [
      /\bsafety (?:evaluations?|testing|tests|benchmarks?|assessments?|results)\b/i,
      /\b(?:ethics|ethical) (?:and|&) safety evaluations?\b/i,
      /red[- ]?team/i,
      /\bsocietal impact (?:assessment|evaluation)\b/i,
      /\badversarial (?:testing|evaluations?)\b/i,
      /^(?:critical|catastrophic)(?: and other)? risks\b/i,
      /安全(?:性)?(?:评估|评测|測試|評価)|红队|レッドチーム/,
    ],
    nested: {
      headings: [/^evaluations?\b/i, /^evaluation (?:approach|results?|methods?)\b/i, /^results$/i],
      under: [SAFETY_PARENT],
    },
    labels: [
      /red[- ]?team/i,
      /\bsafety (?:evaluations?|benchmarks?|testing|datasets?)\b/i,
      /^(?:toxicity|bias) (?:evaluations?|benchmarks?)\b/i,
    ],
    signals: [
      // Results sliced by a protected attribute ("Data was sliced on all demographic subcategories", "The metrics on
      // the `race` data slice indicate that the model is biased", "Sliced evaluation on sex").
      PROTECTED_SLICE,
      // Sampled replies checked for harmful ones, in Chinese ("我们随机采样了1000个对话回复，并统计了这些回复中的不良回复").
      /(?:统计|评估|评测|测试|检测|人工检查)[^\n。]{0,30}(?:不良|有害|不安全|不当|违规|冒犯)(?:回复|内容|输出|回答|言论)|(?:不良|有害|不安全|不当)(?:回复|内容|回答)[^\n。]{0,10}(?:比例|占比|比率)/,
      /\bred[- ]?team(?:ing|ed|s)?\b/i,
      /\badversarial (?:testing|prompt(?:s|ing)?|evaluations?)\b/i,
      /\b(?:ToxiGen|RealToxicityPrompts|CrowS-Pairs|WinoBias|WinoGender|BBQ|BOLD|HarmBench|CyberSecEval|XSTest|AdvBench)\b/,
      /\bwe (?:tested|evaluated|measured|assessed|probed)\b[^\n.]{0,80}?\b(?:bias|biases|fairness|toxicity|denigration|safety|harms?)\b/i,
      /\bour safety (?:assessments?|analysis)\b|\b(?:our|the|internal|automatic|dedicated) safety (?:evaluations?|benchmarks?|testing|tests|results)\b|\bsafety (?:evaluations?|benchmarks?) (?:in|of|on|show|results?)\b/i,
      // Not after a negation: "not filtered for explicit content or assessed for existing biases" (flan-t5).
      /\b(?:evaluated|tested|assessed|benchmarked)(?<!\b(?:not|never|nor)\b[^\n.]{0,60}(?:evaluated|tested|assessed|benchmarked))\b[^\n.]{0,40}?\b(?:for|on|against)\b[^\n.]{0,20}?\b(?:safety|toxicity|toxic|bias|biases|harms?|harmful)\b/i,
      /红队|レッドチーム/,
    ],
    reference: referencePatterns(String.raw`safety (?:evaluations?|results|testing|report)|red[- ]?team\w{0,4}`),
    stub: { heading: '## Safety Evaluation', body: PLACEHOLDER },
  },
  {
    id: 'compute',
    ruleId: 'undisclosed-compute',
    title: 'Compute',
    asks: 'State the training compute: hardware, number of accelerators, training time or GPU-hours, and ideally total FLOPs.',
    why: 'Compute is both a cost disclosure and the EU\'s capability threshold: EU AI Act Annex XI 2(d) (computational resources, e.g. FLOPs, and training time) with the 10^23 / 10^25 FLOP thresholds; HF model-card template "Compute Infrastructure"; FMTI indicators "Compute usage", "Development duration" and "Compute hardware".',
    headings: [
      /\bcompute infrastructure\b/i,
      // Not "Compute score for text pairs" (a usage example): the heading is the topic, alone or with its usual noun.
      /^(?:training )?(?:hardware|infrastructure|compute)(?: (?:infrastructure|resources|budget|used|details|and \w+))?$/i,
      /\btraining (?:infrastructure|hardware|compute|cluster)\b/i,
      /\bspeeds?,? sizes?,? (?:and )?times?\b/i,
      /(?:训练|计算)(?:资源|硬件|算力|集群)|算力|計算資源|学習環境/,
    ],
    notHeadings: [RUN_TIME],
    // Nor a "Hardware" section of such a section or of a how-to (GLM-130B's "#### Hardware" under "### Environment
    // Setup" of "## Getting Started": the GPUs it takes to run the model).
    notUnder: [RUN_TIME, /getting started|quick ?start|\busage\b|installation/i],
    labels: [
      /^hours used\b/i,
      /^hardware(?: type| used)?$/i,
      /^(?:gpus?|tpus?|accelerators?)\b(?!\s{0,3}(?:requirements?|needed|required|memory|ram|vram|recommended))/i,
      /^training (?:time|duration|hardware|compute|factors|cluster|infrastructure)\b/i,
      /^(?:トレーニング|学習|訓練|训练|학습|훈련)\s?(?:時間|时间|시간)/,
      /^compute(?: infrastructure| budget| used)?\b/i,
      /^(?:total )?(?:training )?flops?\b/i,
    ],
    // What it takes to run the model is not what training took ("**GPU:** 6GB+ VRAM, … requires a 3000-series", "NF4
    // quantization requires CUDA"): a sentence about running or requirements that says nothing of training says
    // nothing, and a section something only with a sentence that is not such. Nor the reader's own run ("if you want
    // to train MedSegX on 4 GPUs, you can use the following command"). A wall-clock time is a run's, not a requirement.
    rejects:
      /^(?![\s\S]*\b(?:train|trains|training|trained|fine-?tun\w{0,4}|pre-?train\w{0,4}|wall[- ]?clock)\b)[\s\S]*?(?:\bVRAM\b|\b(?:requires?|required|requirements?|minimum|at least|recommended)\b|\binference\b|\b(?:can )?run(?:s|ning)? (?:on|under|with|locally)\b|\bruntime\b|\bdeploy\w{0,4}\b|\bdependency\b)|\bif you (?:want|wish|need|would like) to\b|\byou can (?:also )?(?:set|use|change|train|run)\b/i,
    rejectsLines: /\S/,
    frontMatter: hardwareEvidence,
    signals: [
      // Training time said plainly ("it takes about 1 hour per epoch with nvidia 4090 24G", "with only 3 days
      // training", "10 epochs, bs=12, fp32, ~9h on A100 SXM 80GB", "~3 h on M-series", "After 15000 steps which took
      // about 2.5h", "~4-5 h wall clock", "One seed, Kaggle T4, 6 min").
      /\b(?:takes?|took)\b (?:about |approximately |around |roughly |~)?\d[\d.]{0,8}\s?(?:hours?|days?|minutes?|h)\b[^\n.]{0,20}\b(?:per epoch|to train|of training|for training)\b|\b\d[\d.]{0,8}\s?(?:hours?|days?|minutes?) (?:per epoch|of training)\b[^\n.]{0,30}\b(?:on|with) (?:an? |one |\d+ ?x? ?)?(?:nvidia|RTX|GPU|A100|V100|H100|T4|\d{4})|\bwith only \d+ (?:days|hours) (?:of )?training\b|\b\d[\d.]{0,5}\s?(?:h|hrs?|hours?) on (?:an? |one |\d{1,4} ?x? ?)?(?:NVIDIA )?(?:A100|H100|H200|V100|T4|L4|A10G?|RTX ?\d{4}|M-series|M[1-4]\b|Apple (?:Silicon|M[1-4]))|\b\d[\d,]{0,8} (?:steps|epochs|iterations)\b[^\n.]{0,30}\b(?:took|takes|lasted)\b[^\n.]{0,15}\d[\d.]{0,5}\s?(?:h|hrs?|hours?|minutes?|days?)\b|\b\d[\d.–-]{0,6}\s?(?:h|hrs?|hours?|min(?:utes)?) (?:of )?wall[- ]?clock\b|\b(?:Kaggle|Colab)\b[^\n.]{0,20}\b(?:T4|P100|A100|L4|V100)\b[^\n.]{0,20}\b\d{1,4}\s?(?:min(?:utes)?|h(?:ours?)?)\b/i,
      // The Hub template's sentence ("A cumulative of 500 hours of computation was performed on hardware of type Tesla
      // V100"), and a count of accelerators after "with" in a sentence about training ("trained on the [MosaicML](…)
      // platform with 256 x A100-40GB GPUs").
      /\bhours of computation (?:was|were) performed on\b|\b(?:trained|training)\b[^\n]{0,120}?\bwith\s{1,3}\d{1,5}\s{0,3}[x×]\s{0,3}(?:NVIDIA\s{1,3})?(?:A100|H100|H800|H200|A800|V100|B200|TPU)/i,
      // Cloud TPUs acknowledged for the training ("Research supported with Cloud TPUs from Google's TensorFlow Research
      // Cloud").
      /\bCloud TPUs?\b|\b(?:TensorFlow|TPU) Research Cloud\b/,
      // Training hardware named with its count or type on the machine that trained it ("trained our model on an
      // ml.g5.4xlarge EC2 instance with 1 NVIDIA A10G", "a cluster … outfitted with NVIDIA H100 GPUs", "each node
      // equipped with 8 32GB V100 GPUs").
      /\b(?:train|trained|training)\b(?:[^\n.]|\.(?=\S)){0,60}\b(?:instance|cluster|node|machine|server|supercomputer|super computing cluster)s?\b[^\n.]{0,60}\b(?:with|outfitted with|equipped with|featuring|of)\s{1,3}(?:\d{1,5}\s{1,3}(?:x\s{1,3})?)?(?:\d{2,3}\s?GB\s{1,3})?(?:NVIDIA\s{1,3})?(?:A100|H100|H200|H800|A800|A10G?|V100|L4|L40S?|T4|B200|RTX\s?\d{3,4}|TPU)/i,
      // A training cluster described ("The hardware consists of 16 nodes of 8x NVIDIA A100"), and a run that took a
      // time on named accelerators ("took around 2.5 days to finish on four A100").
      /\b\d{1,5} (?:nodes|servers|machines|hosts) (?:of|with|each with) \d{1,2}\s?[x×]?\s?(?:NVIDIA |Nvidia |NVidia )?(?:A100|H100|H800|H200|A800|V100|B200|L40S?|GPUs)\b|\btook (?:about |around |approximately |roughly |~)?\d[\d.]{0,5} (?:hours?|days?|weeks?|months?)\b[^\n.]{0,30}\bon (?:\w+ )?(?:NVIDIA |Nvidia |NVidia )?(?:A100|H100|H800|A800|V100|B200|RTX\s?\d{4}|TPUs?|GPUs)\b/i,
      // The kind of processor trained on, said as CPU training ("(CPU-based training)", "trained on a CPU").
      /\bCPU[- ](?:based|only) (?:training|fine-?tuning)\b|\b(?:trained|fine-?tuned) (?:entirely |only )?(?:on|using) (?:a |the |one )?(?:single )?CPUs?\b/i,
      // A results table with a training-time column ("| Model | PR-AUC | ROC-AUC | Train Time |" over "| Random Forest
      // | 0.83 | 0.97 | 508.29s |").
      /^[ \t]*\|[^\n]{0,300}\b(?:train(?:ing)?[ _-]time|training duration|time to train|fit time)\b[^\n]{0,300}\n[ \t]*\|?[ \t:|-]{3,}\n[ \t]*\|[^\n]{0,400}\d\s{0,2}(?:s|sec|secs|seconds|min|mins|minutes|h|hrs|hours)\b/im,
      /\b\d[\d.,]{0,20}\s{0,3}(?:[KMB]\s{0,3})?(?:[A-Z]\d{2,4}[\w-]{0,10}\s{1,3})?(?:GPU|TPU|NPU|accelerator)[- ]hours?\b/i,
      /\b\d[\d.,]{0,20}\s{0,3}(?:[×x*]\s{0,3}10\s{0,3}(?:\^|<sup>)?\s{0,3}\d{1,2}(?:<\/sup>)?|e\+?\d{1,2})?\s{0,3}(?:[KMGTPEZ]?FLOPs?|FLOP)\b/,
      /\b(?:trained|training|pre-?trained)\b[^\n.]{0,60}?\bon\s{1,3}(?:\d[\d,]{0,12}|a cluster of \d[\d,]{0,12})\s{0,3}(?:x\s{0,3})?(?:NVIDIA\s{1,3})?(?:A100|H100|H800|H200|A800|V100|A10G?|B200|TPU\s?v?\d\w{0,8}|TPUs?|GPUs?|Tesla)\b/i,
      // The training hardware named ("trained on MI250X GPUs at LUMI", "trained using TPU v3 pods").
      /\b(?:trained|pre-?trained)\b[^\n.]{0,40}?\b(?:on|using)\s{1,3}(?:\d[\d,]{0,12}\s{0,3}(?:x\s{0,3})?)?(?:NVIDIA\s{1,3}|AMD\s{1,3}|Google\s{1,3})?(?:A100|H100|H800|H200|A800|V100|A10G?|B200|MI\d{3}X?|TPU\s?v?\d\w{0,8}|TPUs?|Cloud TPU)\b/i,
      /\b\d[\d,]{0,12}\s{0,3}(?:x\s{0,3})?(?:NVIDIA\s{1,3})?(?:A100|H100|H800|H200|A800|V100|B200|TPU\s?v\d\w{0,8})(?:[\s-]{0,2}\d{2,3}\s?GB)?\s{0,3}(?:GPUs?|chips|cards)?\b[^\n.]{0,40}?\b(?:for|over|during)\s{1,3}(?:about\s{1,3}|approximately\s{1,3}|~)?\d/i,
      /\btrain(?:ing|ed)?\b[^\n.]{0,40}?\b(?:took|lasted|for)\s{1,3}(?:about\s{1,3}|approximately\s{1,3}|~)?\d[\d.,]{0,20}\s{0,3}(?:days|weeks|months)\b/i,
      // "675 A100 GPU days", "on one A100 GPU for about 20 minutes", "8 RTX 3090s over several months", "took about an
      // hour on one A100".
      /\b\d[\d.,]{0,12}\s{0,3}(?:[A-Z]{1,4}\d{2,4}\w{0,6}\s{1,3})?(?:GPU|TPU|accelerator)[- ]?(?:days|weeks|months|years)\b/i,
      /\b(?:on|using|with|across)\s{1,3}(?:one|two|four|eight|sixteen|a single|a|\d[\d,]{0,6})\s{0,3}(?:x\s{0,3})?(?:NVIDIA\s{1,3}|AMD\s{1,3})?(?:(?:GeForce\s{1,3})?RTX\s?\d{3,4}\w{0,3}|A100|H100|H800|H200|A800|V100|A10G?|A6000|L4|L40S?|T4|P100|B200|MI\d{3}X?|TPU\s?v?\d\w{0,4}|GPUs?)s?\b[^\n.]{0,40}?\b(?:for|over|during|in|took)\s{1,3}(?:about\s{1,3}|approximately\s{1,3}|roughly\s{1,3}|around\s{1,3}|~|several\s{1,3}|an?\s{1,3}|\d)/i,
      /\b(?:took|takes|lasted|required)\s{1,3}(?:about\s{1,3}|approximately\s{1,3}|roughly\s{1,3}|around\s{1,3}|~)?(?:an?|one|\d[\d.,]{0,6})\s{0,3}(?:hours?|days?|weeks?|minutes?)\s{1,3}on\s{1,3}(?:one|a single|a|\d[\d,]{0,6})\s{0,3}(?:x\s{0,3})?(?:NVIDIA\s{1,3})?(?:RTX\s?\d{3,4}|A100|H100|V100|A10G?|T4|L4|TPU|GPU)/i,
      /\b\d[\d,]{0,6}\s{0,3}(?:x\s{0,3})?(?:NVIDIA\s{1,3})?(?:RTX\s?\d{3,4}\w{0,3}|A6000|T4|P100|L40S?)s?\b[^\n.]{0,40}?\b(?:for|over|during)\b/i,
      /\b(?:train(?:ing)?|pre-?training)\s{1,3}(?:FLOPs?|compute)\b/i,
      // Chinese, Japanese, Korean: "训练是在谷歌TPU v3版本完成的，花费约1.5天", "TPU v3-8을 이용하여 학습", "A100 を用いて学習".
      /(?:训练|预训练)[^\n。]{0,40}(?:TPU|GPU|A100|H100|H800|A800|V100|显卡)[^\n。]{0,40}(?:完成|花费|耗时|用时)|(?:TPU|GPU|A100|H100|H800|A800|V100)[^\n。]{0,30}(?:을|를)?\s{0,2}(?:이용하여|사용하여|이용해|사용해)\s{0,2}(?:사전\s?)?학습|(?:TPU|GPU|A100|H100|H800|A800|V100)[^\n。]{0,30}(?:を用いて|を使用して|で)(?:事前)?(?:学習|訓練)/i,
      // Plainly: "We used a TPU v3-8 for two weeks", "Training ran on a single RTX 4090 overnight", "2,000 H100 hours".
      /\b(?:TPU\s?v\d[\w-]{0,6}|A100|H100|H800|H200|A800|V100|B200|MI\d{3}X?|RTX\s?\d{4}|A6000|L40S?|T4)\b[^\n.]{0,30}\bfor (?:about |approximately |roughly |~)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|several)\s{0,2}(?:hours?|days?|weeks?|months?)\b|\btraining (?:ran|runs|was run|took place|was done|was performed)\b[^\n.]{0,20}\bon\b[^\n.]{0,30}\b(?:GPUs?|TPUs?|A100|H100|V100|T4|RTX\s?\d{4}|A6000|L40S?|MI\d{3}X?)\b|\b\d[\d,.]{0,12}\s{0,2}[KkM]?\s{0,2}(?:A100|H100|H800|A800|V100|B200|TPU\s?v\d)[- ](?:GPU[- ])?hours\b/i,
      // The training hardware after any training verb, with an article or a consumer card ("Trained on 4 NVIDIA GeForce
      // RTX 2080 Ti", "We trained our model on a TPU v3-8", "to train MobileLLM on 1T tokens using 32 NVIDIA A100 80G
      // GPUs", "5,000 steps, batch size 64, on CPU"), in French and Korean too ("entraîné … avec des Tesla V100", "A100
      // 80GB 1대로 학습"), and compute acknowledged as a grant ("support in terms of A100 computational resources").
      /\b(?:train(?:ed|ing)?|pre-?train(?:ed|ing)?|fine-?tun(?:ed|ing)|finetun(?:ed|ing))\b[^\n.]{0,80}?\b(?:on|using|with)\s{1,3}(?:an?\s{1,3}|one\s{1,3}|two\s{1,3}|four\s{1,3}|eight\s{1,3}|a single\s{1,3}|(?:a |several )?(?:thousands?|hundreds?)(?: of)?\s{1,3}|\d[\d,]{0,6}\s{0,3}(?:x\s{0,3})?)(?:NVIDIA\s{1,3}|AMD\s{1,3}|Google\s{1,3}|Nvidia\s{1,3})?(?:GeForce\s{1,3}|Tesla\s{1,3})?(?:RTX\s?\d{3,4}\w{0,3}|GTX\s?\d{3,4}\w{0,3}|Titan\s?\w{0,4}|A100|A40|A10G?|A6000|H100|H800|H200|A800|V100|T4|P100|L4|L40S?|K80|B200|MI\d{3}X?|TPU\s?v?\d[\w-]{0,6}|TPUs?|GPUs?)\b|\b(?:\d[\d,]{0,9}\s{1,3}(?:steps|epochs|iterations)|trained|training)\b[^\n.]{0,60}\bon (?:a |the |one |a single )?CPUs?\b|entra[îi]n[ée]e?s?\b[^\n.]{0,60}\b(?:V100|A100|H100|GPUs?|TPUs?|RTX\s?\d{4})\b|(?:A100|H100|H800|A800|V100|RTX\s?\d{4}|TPU|GPU)[^\n.]{0,30}학습|\b(?:A100|H100|V100|TPU|GPU)s?\b[^\n.]{0,20}\b(?:compute|computational|computing) (?:resources|support|grant)\b/i,
      /\b(?:A100|H100|H800|A800|V100|P100|T4|TPU\s?v\d\w{0,4}|RTX\s?\d{4})\s{0,2}(?:GPUs?\s{0,2})?[x×*]\s{0,2}\d{1,5}\b/i,
      /\bno GPUs? (?:was |were )?(?:used|needed)\b|\b(?:full |total )?(?:training|pipeline) (?:run)?time\b[^\n.]{0,20}\d/i,
      /GPU\s?小时|GPU时|卡时|(?:训练|预训练)[^\n。]{0,30}(?:\d+\s{0,3}(?:张|块)[^\n。]{0,10}(?:GPU|显卡|A100|H800))/,
      // "We train the models on cloud TPU-v4s".
      /\b(?:train|trains|training)\b[^\n.]{0,40}?\b(?:on|using)\s{1,3}(?:cloud\s{1,3})?(?:TPU[\s-]?v\d\w{0,4}|A100|H100|H800|V100)s?\b/i,
      // A TPU slice named by version and size ("v3-8 TPUs are used"): the accelerator type and count together.
      /\bv[2-6][ep]?-\d{1,4} TPUs?\b|\bTPU ?v[2-6][ep]?-\d{1,4}\b/i,
      // Training time on its own and accelerators named for training ("Training took 3 hours", "takes about two days to
      // train", "We used Cloud TPUs for training"): the guide counts each as the training compute.
      /\b(?:training|fine-?tuning|pre-?training) (?:took|takes|lasted|ran for|required|needed|completed in) (?:about |approximately |around |roughly |only |~|less than |under |over )?(?:\d[\d.,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few) (?:minutes?|hours?|days?|weeks?|months?|GPU[- ]hours?)\b|\b(?:took|takes) (?:about |approximately |around |roughly |~)?(?:\d[\d.,]*|an?|one|two|three|several|a few) (?:minutes?|hours?|days?|weeks?) to (?:train|fine-?tune|pre-?train)\b|\b(?:GPUs?|TPUs?|accelerators|A100s?|H100s?|V100s?) (?:were |was )?(?:used )?(?:for|during) (?:the )?(?:pre-?)?training\b/i,
    ],
    // A training summary in a code block ("Hardware: NVIDIA GTX 1650 (4GB)", "Training time: ~16 hours").
    codeSignals: [
      /^[ \t]*(?:training[ _]time|training[ _]hours|gpu[ _]hours)[ \t]{0,3}[:=][ \t]{0,3}~?\d|^[ \t]*hardware[ \t]{0,3}[:=][ \t]{0,3}(?:\d{1,5}\s{0,2}x\s{0,2})?(?:NVIDIA|AMD|Google|Apple|A100|H100|V100|T4|TPU|RTX|GTX)\b/im,
    ],
    reference: referencePatterns(String.raw`compute|hardware|training infrastructure`),
    withheld: withheldPatterns(String.raw`(?:training )?compute|training (?:hardware|infrastructure)`),
    tableColumns: true,
    stub: {
      heading: '## Compute Infrastructure',
      body: `### Hardware\n\n${PLACEHOLDER}\n\n### Software\n\n${PLACEHOLDER}`,
    },
  },
];

// Translated section titles and labels (headings-i18n.ts) and sentences (signals-i18n.ts) count like the English ones,
// after them in preference.
export const DISCLOSURES: readonly Disclosure[] = TABLE.map((d) => ({
  ...d,
  headings: [...d.headings, I18N_HEADINGS[d.id]],
  labels: [...(d.labels ?? []), I18N_LABELS[d.id]],
  signals: [...(d.signals ?? []), ...(I18N_SIGNALS[d.id] ?? [])],
}));

export function getDisclosure(id: string): Disclosure | undefined {
  return DISCLOSURES.find((d) => d.id === id);
}
