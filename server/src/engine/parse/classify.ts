// Decide what a file is from its content: a MOF release manifest (a YAML file whose top-level `framework.name` is the
// Model Openness Framework), a model card (Hugging Face card metadata in its front matter, a model-card file name, or
// model-card headings outside code blocks with machine-learning vocabulary in the text), or neither. Software docs
// (READMEs of ordinary projects, CHANGELOGs, this project's own docs with card snippets inside code fences) are not
// cards. Every scan here is one linear pass over at most HEAD characters: files come from strangers (SECURITY.md).
import type { DocumentKind } from '../types.js';
import type { ParseWork } from './work.js';

/** Characters looked at; a card says what it is in its first lines. */
const HEAD = 256 * 1024;
/** Characters of a heading line looked at. */
const HEADING_CHARS = 160;

// Also the names in Chinese, Japanese and Korean ("模型说明.md", "模型卡片.md", "モデルカード.md", "모델 카드.md").
const CARD_NAMES =
  /(?:^|[\\/])(?:model[-_ ]?card[^\\/]{0,80}|modelcard[^\\/]{0,80}|(?:模型(?:卡片?|说明|說明|介绍|介紹)|モデルカード|모델[-_ ]?카드)[^\\/]{0,80})\.(?:md|markdown)$|(?:^|[\\/])model[-_]?cards?[\\/](?:[^\\/]{1,100}[\\/]){0,4}(?:readme|[^\\/]{1,100})\.(?:md|markdown)$/i;

/** Front-matter keys that only Hugging Face model cards (or our own extension keys) use. */
const CARD_KEYS = new Set([
  'license',
  'license_name',
  'license_link',
  'library_name',
  'pipeline_tag',
  'base_model',
  'base_model_relation',
  'datasets',
  'model-index',
  'co2_eq_emissions',
  'openness',
  'stage',
  'risk_assessment',
  'model_name',
  'model_type',
  'new_version',
  'inference',
  'widget',
  'extra_gated_prompt',
  'extra_gated_fields',
  'metrics',
]);

/** `language:` marks a card unless the front matter is a site generator's page (Jekyll, Hugo, Docusaurus). */
const DOC_KEYS = new Set([
  'title',
  'layout',
  'date',
  'permalink',
  'sidebar_position',
  'slug',
  'draft',
  'categories',
  'author',
]);

/** The title of a model card ("Model Card for X", "X Model Card", "MODELCARD.md: x v1.1", "Model details",
 * "模型介绍"): decisive on its own. */
const CARD_TITLE =
  /^(?:model[ _-]?card(?:\.md)?(?: for\b|[ :]*$|:)|.{0,80}\bmodel[ _-]?card[ \t]*$|model (?:details|description|overview|summary|information|introduction|sources|specifications?)\b|模型(?:介绍|简介|概述|概要|详情|描述|信息)|モデル(?:の)?(?:概要|詳細|説明|情報|カード)|모델 (?:소개|개요|설명|정보|카드)|описание модели|карточка модели)/iu;

/** Headings only model documentation has; two of them, or one with plenty of model vocabulary, make a card. */
const STRONG: [string, RegExp][] = [
  [
    'use',
    /^(?:intended (?:use|uses|usage|users)\b|(?:direct|downstream|primary) uses?\b|out[- ]of[- ]scope\b|uses$|use cases?\b|用途|使用场景|想定(?:される)?用途|활용|применение модели)/iu,
  ],
  [
    'data',
    /^(?:training (?:data|dataset|details|procedure|hyperparameters|setup)\b|(?:pre-?training|fine-?tuning) (?:data|details)\b|datasets? (?:&|and) training\b|训练(?:数据|细节|过程)|学習(?:データ|方法|詳細)|학습 ?(?:데이터|방법)|данные для обучения|обучение модели)/iu,
  ],
  [
    'eval',
    /^(?:evaluations?\b|evaluation results\b|(?:benchmark|evaluation|model) results\b|results$|performance evaluation|model performance|评测|评估|測評|評価結果|평가|оценка)/iu,
  ],
  [
    'risk',
    /^(?:limitations?\b|bias(?:es)?\b|(?:bias, )?risks,? and limitations|ethical considerations|risks?$|局限|偏见|制限事項|リスク|한계|제한 사항|ограничения)/iu,
  ],
  [
    'arch',
    /^(?:(?:model )?architecture\b|technical specifications?\b|model type$|模型(?:结构|架构)|アーキテクチャ|아키텍처|архитектура)/iu,
  ],
  ['env', /^(?:environmental impact\b|carbon (?:footprint|emissions))/i],
];

/** Headings common in model READMEs and in software docs alike: they count only together with model vocabulary. */
const WEAK: [string, RegExp][] = [
  ['intro', /^(?:introduction|overview|highlights|介绍|简介|概要|概述|はじめに|소개|введение)$/iu],
  [
    'how',
    /^(?:how to (?:use|get started)|usage\b|use (?:this|the) (?:ai )?model|使用方式|使用方法|快速(?:开始|使用)|使い方|利用方法|사용 ?(?:방법|법)|использование)/iu,
  ],
  [
    'variants',
    /^(?:(?:available )?model (?:variants|zoo|versions|list|checkpoints)|available models|models$|model download|模型下载|模型列表)/iu,
  ],
  ['citation', /^(?:citation|cite|引用)/iu],
];

export function isYamlPath(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown|mdown|mkd)$/i.test(path);
}

/** Lines of the head of `text` (at most HEAD characters); breaks are `\n`, `\r\n` and a lone `\r`. Linear. Each line
 * is counted in `work` as it is handed out (a scan that stops early counts what it read). */
function* headLines(text: string, work: ParseWork | undefined): Generator<string> {
  const end = Math.min(text.length, HEAD);
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (work) work.classifyChars += i + 1 - start;
    yield text.slice(start, i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  if (work) work.classifyChars += end - start;
  if (start < end) yield text.slice(start, end);
}

/** A YAML file whose top-level `framework:` mapping has `name: Model Openness Framework`. */
function isMofManifest(text: string, work: ParseWork | undefined): boolean {
  let inFramework = false;
  for (const line of headLines(text, work)) {
    if (!inFramework) {
      if (!line.startsWith('framework')) continue;
      const m = /^framework[ \t]*:[ \t]*(.*)$/.exec(line);
      if (!m) continue;
      const rest = m[1]!;
      if (rest.startsWith('{')) return /\bname[ \t]*:[ \t]*['"]?Model Openness Framework\b/.test(rest);
      inFramework = rest === '' || rest.startsWith('#');
      continue;
    }
    if (line.trim() === '' || /^[ \t]*#/.test(line)) continue;
    if (!/^[ \t]/.test(line)) return false;
    if (/^[ \t]+name[ \t]*:[ \t]*['"]?Model Openness Framework\b/.test(line)) return true;
  }
  return false;
}

/** Top-level keys of a front matter block at the very start of the text (after an optional BOM). `stop`: a key that
 * settles the question, where the scan ends (`stopped`; `closed` is then not known and false): a card's `license:` is
 * near the top of a front matter that may run to 250 KB of `model-index`, and the editor classifies the buffer on every
 * keystroke. */
function frontMatterKeys(
  text: string,
  work: ParseWork | undefined,
  stop?: (key: string) => boolean,
): { keys: string[]; closed: boolean; stopped: boolean } | null {
  const keys: string[] = [];
  let first = true;
  for (const line of headLines(text, work)) {
    if (first) {
      if (!/^---[ \t]*$/.test(line)) return null;
      first = false;
      continue;
    }
    if (/^(?:---|\.\.\.)[ \t]*$/.test(line)) return { keys, closed: true, stopped: false };
    const m = /^([A-Za-z_][\w-]{0,60})[ \t]*:/.exec(line);
    if (m) {
      keys.push(m[1]!);
      if (stop?.(m[1]!)) return { keys, closed: false, stopped: true };
    }
  }
  return { keys, closed: false, stopped: false };
}

/** Heading text of an ATX (`## x`), HTML (`<h2>x</h2>`) or bold-line (`**x**` alone on its line) heading, else null. */
function headingText(line: string): string | null {
  const l = line.length > HEADING_CHARS ? line.slice(0, HEADING_CHARS) : line;
  let m = /^ {0,3}#{1,6}[ \t]+(.*)$/.exec(l);
  if (!m) m = /^ {0,3}<h[1-6][^>]{0,80}>(.*)$/i.exec(l);
  if (!m) m = /^ {0,3}(?:\*\*|__)([^*_]{2,80})(?:\*\*|__)[ \t:：]*$/.exec(l);
  if (!m) return null;
  return m[1]!
    .replace(/<[^<>]{0,80}>/g, ' ')
    .replace(/[*_`~]/g, '')
    .replace(/^[^\p{L}]{0,20}/u, '')
    .replace(/[\s:：]+$/, '')
    .trim();
}

/** Lines that state a model attribute: `- Model type: …`, `**License:** …`, `| Parameters | 7B |`,
 * `* dataset: opus`. */
const ATTRIBUTE =
  /^[ \t]{0,8}(?:[-*+][ \t]+|\d{1,2}[.)][ \t]+|\|[ \t]*)?(?:\*\*|__)?(model(?:[ _](?:type|name|version|date|architecture|size|family|details))?|architecture|datasets?|training[ _]data(?:set)?|licen[cs]e|developed[ _]by|base[ _]model|fine-?tuned[ _]from|language\(s\)|languages?|context[ _]length|模型(?:类型|名称|架构)?|参数量|许可证?|开发者|モデル(?:タイプ|名)?|ライセンス|모델|라이선스|модель|лицензия)(?:\*\*|__)?[ \t]*(?:[:：|]|\*\*[ \t]*:)/i;
/** Prose about one particular model ("this model", "our model was trained on", "本模型"). */
const MODEL_PROSE =
  /\b(?:this|our)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:model|checkpoint)s?\b|\b(?:pre-?trained|fine-?tuned|finetuned|distilled|quanti[sz]ed)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:language[ \t]+)?models?\b|\b(?:is|are)[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,4}?model\b|事前学習|学習済み|预训练|微调|사전 ?학습|предобучен|pré-?entra[iî]n|pré-?treinad|preentrenad|vortrainiert|\b(?:pre-?trained|fine-?tuned|finetuned|trained|distilled|quanti[sz]ed)[ \t]+(?:on|with|using|from|for)\b|\bfine-?tuned[ \t]+version\b|本模型|该模型|此模型|我们的模型|模型[^\n。]{0,20}训练|训练[^\n。]{0,20}模型|このモデル|本モデル|モデル[^\n。]{0,20}学習|이 모델|본 모델|모델[^\n.]{0,20}학습|эта модель|данная модель|модель[^\n.]{0,30}обучен|ce modèle|le modèle|este modelo|el modelo|o modelo|dieses modell|das modell|mô hình|โมเดล/giu;
/** Code or links that load one model from a hub or a model runner. */
const HUB_CODE =
  /from_pretrained\(|\bAuto(?:Model|Tokenizer|Processor)\w*\b|\bpipeline\([^)\n]{0,120}\bmodel\s*=|\bpipeline\(\s*["'](?:text|image|audio|token|zero|fill|feature|question|summar|translat|sentiment|automatic|object|conversational|document|depth|visual)|huggingface\.co\/(?!docs\b|spaces\/|datasets\/|blog\/|papers\/|join\b|pricing\b|learn\b|tasks\b|models\b|settings\b|login\b|new\b|organizations\b|collections\b|posts\b|chat\b)[\w.-]{1,60}\/[\w.-]{1,100}|\bhf\.co\/[\w.-]{1,60}\/|\b(?:ollama|docker model) (?:run|pull)\b|\bmodelscope\.cn\/models\//i;
/** A link to a weights file ("[YOLOv7](https://…/releases/download/v0.1/yolov7.pt)"): a README that hands out
 * checkpoints is the release's card even when it reads like an implementation's README. */
const WEIGHTS_LINK =
  /\]\([^()[\]\s]{1,300}\.(?:pt|pth|ckpt|safetensors|gguf|onnx|h5|tflite|pdparams|caffemodel)\)|https?:\/\/[^\s()"'<>]{1,300}\.(?:pt|pth|ckpt|safetensors|gguf|onnx|pdparams)(?=[\s)"'<>]|$)/i;
/** A sentence handing out the weights with a link ("We also provide the [pretrained models](…)", "We provide model
 * weights as part of our [release](…)"): the same evidence as a link to a weights file. */
const WEIGHTS_OFFER =
  /\bwe (?:also )?(?:provide|release|share|publish|offer|upload)[sd]?\b[^\n.]{0,40}?\b(?:pre-?trained (?:models?|weights|checkpoints?)|model weights|(?:model )?checkpoints)\b[^\n]{0,80}?\]\(/i;
/** A weights file's extension: the cheap test that lets most lines skip WEIGHTS_LINK. */
const WEIGHTS_EXT = /\.(?:pt|pth|ckpt|safetensors|gguf|onnx|h5|tflite|pdparams|caffemodel)\b/i;
/** Words for "model" and "language model" in the languages most used on the Hub. */
const MODEL_WORD =
  /\b(?:models?|llms?|checkpoints?|modelos?|mod[eè]les?|modell(?:e|en)?|modello|modelli|GGUF|Q?LoRA|fine-?tunes?)\b|模型|モデル|모델|модел|mô hình|โมเดล|แบบจำลอง|نموذج/iu;
/** A first line that presents the text as a model ("This is an upload of the bert-base-nli-stsb-mean-tokens pretrained
 * model", "This is Ai Maize diseases detector.", a tagline "a tiny vision language model that runs anywhere"): how a
 * short README of a model begins; a software README presents a library, a tool or an implementation (of a model)
 * instead, and this project's docs a model card ("A model card's `openness:` block …"). */
const MODEL_INTRO =
  /^[ \t]*(?:(?:this|here) (?:is|are)|[A-Z][\w.-]{1,40}(?: [A-Z0-9][\w.-]{0,20}){0,2} (?:is|are)|an?(?= [a-z])) (?:(?!\b(?:implementation|library|package|tool|toolkit|framework|app|application|bot|api|sdk|wrapper|demo|code|repository|repo|project|website|plugin|extension|script|collection|list|guide|tutorial|course|service|server|dataset|benchmark|platform|engine|runtime|interface|cli)s?\b)[^\n.]){0,80}?\b(?:models?|checkpoints?|detectors?|classifiers?|weights|LLMs?)\b(?![ -](?:serving|training|server|registry|zoo|hub|management|deployment|inference|library|framework|toolkit|runner|loader|converter|compression|evaluation|cards?)\b|'s card\b)/i;
/** A first line naming a model and how it was made ("[ruGPT3small](…) model finetuned to make posts in the style of …",
 * "BERT model fine-tuned on SST-2"): a fine-tune's README, however short. */
const TUNED_INTRO =
  /^[ \t]*(?:\[[^\]\n]{1,80}\]\([^)\s]{1,300}\)|[\w.-]{2,60})[ \t]+(?:[\w-]+[ \t]+){0,2}?models?[ \t]+(?:fine-?tuned|finetuned|trained|pre-?trained)\b/i;
/** Documentation about model cards (such as this linter's own docs) keeps talking about "cards"; a card rarely does. */
const CARD_TALK = /\b(?<!credit[ -]|gift[ -]|sim[ -]|graphics[ -]|sd[ -]|id[ -]|memory[ -])cards?\b/gi;
/** Headings of software documentation: they count against a page being a card. */
const DOC_HEADING =
  /^(?:how to fix|what it checks|why it matters|examples?|options|configuration|installation|install|contributing|api(?: reference)?|changelog|troubleshooting|development|building|testing|commands?|rules)$/i;

/**
 * Whether Markdown content reads as a model card. Decisive: a card title ("Model Card for X", "Model details",
 * "模型介绍"). Otherwise evidence adds up: model-card headings (2 each, families like "Intended use", "Training data",
 * "Evaluation", "Limitations"), generic ones ("Usage", "Introduction", 1 each), attribute lines ("Model type:",
 * "| License |", 1 each, at most 3), prose about one model ("this model", "trained on", "本模型", up to 2), code or
 * links that load a model from a hub or download a weights file (2). Text that keeps talking about "model cards" in
 * general (documentation about cards, like this project's own) loses 3. A card needs 3. Headings inside code fences and
 * front matter are skipped.
 * `frontMatterClosed`: whether the text opens with a closed front matter, when the caller has already read it.
 */
export function cardEvidence(
  text: string,
  work?: ParseWork,
  frontMatterClosed?: boolean,
): {
  title: boolean;
  modelTitle: boolean;
  strong: string[];
  weak: string[];
  attributes: string[];
  prose: number;
  hub: boolean;
  weights: boolean;
  modelWords: number;
  docHeadings: number;
  cardTalk: number;
  score: number;
} {
  const strong = new Set<string>();
  const weak = new Set<string>();
  const attributes = new Set<string>();
  let prose = 0;
  let hub = false;
  let weights = false;
  let modelWords = 0;
  let docHeadings = 0;
  let cardTalk = 0;
  let modelTitle = false;
  let modelHeading = false;
  let firstHeading = true;
  let firstProse = true;
  let intro = false;
  let fence: string | null = null;
  let inFrontMatter = false;
  let lineNo = 0;
  let prev = '';
  const result = (title: boolean, score: number) => ({
    title,
    modelTitle,
    strong: [...strong],
    weak: [...weak],
    attributes: [...attributes],
    prose,
    hub,
    weights,
    modelWords,
    docHeadings,
    cardTalk,
    score,
  });
  for (const line of headLines(text, work)) {
    const before = prev;
    prev = line;
    // Front matter is skipped only when it closes: an unclosed block is Markdown to the Hub.
    if (lineNo++ === 0 && /^---[ \t]*$/.test(line) && (frontMatterClosed ?? frontMatterKeys(text, work)?.closed)) {
      inFrontMatter = true;
      continue;
    }
    if (inFrontMatter) {
      if (/^(?:---|\.\.\.)[ \t]*$/.test(line)) inFrontMatter = false;
      continue;
    }
    const head = line.length > 2000 ? line.slice(0, 2000) : line;
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(head);
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && /^ {0,3}[`~]+[ \t]*$/.test(head)) fence = null;
      else if (!hub && HUB_CODE.test(head)) hub = true;
      continue;
    }
    if (f) {
      fence = f[1]!;
      continue;
    }
    if (!hub && HUB_CODE.test(head)) hub = true;
    if (!weights && ((WEIGHTS_EXT.test(head) && WEIGHTS_LINK.test(head)) || WEIGHTS_OFFER.test(head))) weights = true;
    // A setext underline makes the line before it a heading.
    const setext =
      before.trim() !== '' && /^ {0,3}(?:=+|-+)[ \t]*$/.test(head)
        ? before
            .slice(0, HEADING_CHARS)
            .replace(/[*_`~]/g, '')
            .trim()
        : null;
    const title = setext ?? headingText(head);
    if (title) {
      if (CARD_TITLE.test(title)) return result(true, 99);
      if (MODEL_WORD.test(title)) {
        if (firstHeading) modelTitle = true;
        else modelHeading = true;
      }
      firstHeading = false;
      for (const [family, re] of STRONG) if (re.test(title)) strong.add(family);
      for (const [family, re] of WEAK) if (re.test(title)) weak.add(family);
      if (DOC_HEADING.test(title)) docHeadings++;
      continue;
    }
    if (firstProse && head.trim() !== '') {
      firstProse = false;
      intro = MODEL_INTRO.test(head) || TUNED_INTRO.test(head);
    }
    const a = ATTRIBUTE.exec(head);
    if (a) attributes.add(a[1]!.toLowerCase().replace(/[ _]/g, ''));
    if (prose < 4) {
      MODEL_PROSE.lastIndex = 0;
      while (prose < 4 && MODEL_PROSE.exec(head)) prose++;
    }
    if (modelWords < 3 && MODEL_WORD.test(head)) modelWords++;
    CARD_TALK.lastIndex = 0;
    while (cardTalk < 4 && CARD_TALK.exec(head)) cardTalk++;
  }
  // Evidence that the text is about a model at all: without it, "Limitations" and "Benchmark results" are software
  // docs.
  const aboutModel =
    prose > 0 || hub || weights || intro || attributes.size > 0 || modelTitle || modelHeading || modelWords >= 2;
  const score =
    2 * strong.size +
    weak.size +
    Math.min(3, attributes.size) +
    (prose >= 4 ? 3 : prose >= 2 ? 2 : prose) +
    (hub || weights ? 2 : 0) +
    (intro ? 2 : 0) +
    (modelTitle ? 2 : modelHeading ? 1 : 0) +
    (modelWords >= 3 ? 1 : 0) -
    Math.min(2, docHeadings) -
    (cardTalk >= 4 ? 3 : 0);
  return result(false, aboutModel ? score : Math.min(score, 1));
}

/** A README, also in another language (`README_zh.md`, `README-FR.md`, `README_EN.md`, `README.ja.md`). */
const README = /(?:^|[\\/])readme(?:[-_.][a-z]{2}(?:[-_][a-z]{2,4})?)?\.(?:md|markdown)$/i;

/** A `README.md` is where the Hub keeps a model's card, so less evidence is asked of it. */
function hasCardContent(path: string, text: string, work: ParseWork | undefined, frontMatterClosed: boolean): boolean {
  return cardEvidence(text, work, frontMatterClosed).score >= (README.test(path) ? 2 : 3);
}

/** `work`: where to count the characters the scans read (the caller's EngineCache.work; none: nothing counted). */
export function classify(path: string, text: string, work?: ParseWork): DocumentKind {
  if (isYamlPath(path)) return isMofManifest(text, work) ? 'release-manifest' : 'unknown';
  const keys = frontMatterKeys(text, work, (k) => CARD_KEYS.has(k));
  if (keys?.stopped) return 'model-card';
  if (keys?.keys.includes('language') && !keys.keys.some((k) => DOC_KEYS.has(k))) return 'model-card';
  if (CARD_NAMES.test(path)) return 'model-card';
  // The front matter was read to its end above (no key stopped the scan): cardEvidence need not read it again.
  return hasCardContent(path, text, work, keys?.closed ?? false) ? 'model-card' : 'unknown';
}
