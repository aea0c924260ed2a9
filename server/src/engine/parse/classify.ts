// Decide what a file is from its content: a MOF release manifest (a YAML file whose top-level `framework.name` is the
// Model Openness Framework), a model card (Hugging Face card metadata in its front matter, a model-card file name, or
// model-card headings outside code blocks with machine-learning vocabulary in the text), or neither. Software docs
// (READMEs of ordinary projects, CHANGELOGs, this project's own docs with card snippets inside code fences) are not
// cards. Every scan here is one linear pass over at most HEAD characters: files come from strangers (SECURITY.md).
import type { DocumentKind } from '../types.js';

/** Characters looked at; a card says what it is in its first lines. */
const HEAD = 256 * 1024;
/** Characters of a heading line looked at. */
const HEADING_CHARS = 160;

const CARD_NAMES = /(?:^|[\\/])(?:model[-_ ]?card[^\\/]{0,80}|modelcard[^\\/]{0,80})\.(?:md|markdown)$/i;

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
const DOC_KEYS = new Set(['title', 'layout', 'date', 'permalink', 'sidebar_position', 'slug', 'draft', 'categories', 'author']);

/** The title of a model card ("Model Card for X", "X Model Card", "Model details", "模型介绍"): decisive on its own. */
const CARD_TITLE = /^(?:model[ _-]?card(?: for\b|[ :]*$)|.{0,80}\bmodel[ _-]?card[ \t]*$|model (?:details|description|overview|summary|information|introduction|sources|specifications?)\b|模型(?:介绍|简介|概述|概要|详情|描述|信息)|モデル(?:の)?(?:概要|詳細|説明|情報|カード)|모델 (?:소개|개요|설명|정보|카드)|описание модели|карточка модели)/iu;

/** Headings only model documentation has; two of them, or one with plenty of model vocabulary, make a card. */
const STRONG: [string, RegExp][] = [
  ['use', /^(?:intended (?:use|uses|usage|users)\b|(?:direct|downstream|primary) uses?\b|out[- ]of[- ]scope\b|uses$|use cases?\b|用途|使用场景|想定(?:される)?用途|활용|применение модели)/iu],
  ['data', /^(?:training (?:data|dataset|details|procedure|hyperparameters|setup)\b|(?:pre-?training|fine-?tuning) (?:data|details)\b|datasets? (?:&|and) training\b|训练(?:数据|细节|过程)|学習(?:データ|方法|詳細)|학습 ?(?:데이터|방법)|данные для обучения|обучение модели)/iu],
  ['eval', /^(?:evaluations?\b|evaluation results\b|(?:benchmark|evaluation|model) results\b|results$|performance evaluation|model performance|评测|评估|測評|評価結果|평가|оценка)/iu],
  ['risk', /^(?:limitations?\b|bias(?:es)?\b|(?:bias, )?risks,? and limitations|ethical considerations|risks?$|局限|偏见|制限事項|リスク|한계|제한 사항|ограничения)/iu],
  ['arch', /^(?:(?:model )?architecture\b|technical specifications?\b|model type$|模型(?:结构|架构)|アーキテクチャ|아키텍처|архитектура)/iu],
  ['env', /^(?:environmental impact\b|carbon (?:footprint|emissions))/i],
];

/** Headings common in model READMEs and in software docs alike: they count only together with model vocabulary. */
const WEAK: [string, RegExp][] = [
  ['intro', /^(?:introduction|overview|highlights|介绍|简介|概要|概述|はじめに|소개|введение)$/iu],
  ['how', /^(?:how to (?:use|get started)|usage\b|use (?:this|the) (?:ai )?model|使用方式|使用方法|快速(?:开始|使用)|使い方|利用方法|사용 ?(?:방법|법)|использование)/iu],
  ['variants', /^(?:(?:available )?model (?:variants|zoo|versions|list|checkpoints)|available models|models$|model download|模型下载|模型列表)/iu],
  ['citation', /^(?:citation|cite|引用)/iu],
];

/** Words of model documentation; software docs rarely use several of them. */
const ML_WORDS = /\b(?:model|models|fine-?tuned|pre-?trained|trained on|parameters|weights|checkpoints?|inference|tokens|dataset|huggingface|hugging face|transformers|from_pretrained|pytorch|gguf|lora|diffusion|embedding)\b|模型|モデル|모델|модел/giu;

export function isYamlPath(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown|mdown|mkd)$/i.test(path);
}

/** Lines of the head of `text` (at most HEAD characters); breaks are `\n`, `\r\n` and a lone `\r`. Linear. */
function* headLines(text: string): Generator<string> {
  const end = Math.min(text.length, HEAD);
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    yield text.slice(start, i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  if (start < end) yield text.slice(start, end);
}

/** A YAML file whose top-level `framework:` mapping has `name: Model Openness Framework`. */
function isMofManifest(text: string): boolean {
  let inFramework = false;
  for (const line of headLines(text)) {
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

/** Top-level keys of a front matter block at the very start of the text (after an optional BOM). */
function frontMatterKeys(text: string): { keys: string[]; closed: boolean } | null {
  const keys: string[] = [];
  let first = true;
  for (const line of headLines(text)) {
    if (first) {
      if (!/^---[ \t]*$/.test(line)) return null;
      first = false;
      continue;
    }
    if (/^(?:---|\.\.\.)[ \t]*$/.test(line)) return { keys, closed: true };
    const m = /^([A-Za-z_][\w-]{0,60})[ \t]*:/.exec(line);
    if (m) keys.push(m[1]!);
  }
  return { keys, closed: false };
}

/** Heading text of an ATX (`## x`), bold-line (`**x**`) or HTML (`<h2>x</h2>`) heading line, else null. */
function headingText(line: string): string | null {
  const l = line.length > HEADING_CHARS ? line.slice(0, HEADING_CHARS) : line;
  let m = /^ {0,3}#{1,6}[ \t]+(.*)$/.exec(l);
  if (!m) m = /^ {0,3}<h[1-6][^>]{0,80}>(.*)$/i.exec(l);
  if (!m) return null;
  return m[1]!
    .replace(/<[^<>]{0,80}>/g, ' ')
    .replace(/[*_`~]/g, '')
    .replace(/^[^\p{L}]{0,20}/u, '')
    .replace(/[\s:：]+$/, '')
    .trim();
}

/** Whether Markdown content reads as a model card: a card heading, or two heading families plus ML vocabulary. */
function hasCardContent(text: string): boolean {
  const strong = new Set<string>();
  const weak = new Set<string>();
  let fence: string | null = null;
  let inFrontMatter = false;
  let lineNo = 0;
  let prev = '';
  for (const line of headLines(text)) {
    const before = prev;
    prev = line;
    // Front matter is skipped only when it closes: an unclosed block is Markdown to the Hub.
    if (lineNo++ === 0 && /^---[ \t]*$/.test(line) && frontMatterKeys(text)?.closed) {
      inFrontMatter = true;
      continue;
    }
    if (inFrontMatter) {
      if (/^(?:---|\.\.\.)[ \t]*$/.test(line)) inFrontMatter = false;
      continue;
    }
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && /^ {0,3}[`~]+[ \t]*$/.test(line)) fence = null;
      continue;
    }
    if (f) {
      fence = f[1]!;
      continue;
    }
    // A setext underline makes the line before it a heading.
    const setext = before.trim() !== '' && /^ {0,3}(?:=+|-+)[ \t]*$/.test(line) ? before.slice(0, HEADING_CHARS).replace(/[*_`~]/g, '').trim() : null;
    if (!setext && line.charCodeAt(0) !== 35 /* # */ && line.charCodeAt(0) !== 60 /* < */ && line.charCodeAt(0) !== 32) continue;
    const title = setext ?? headingText(line);
    if (!title) continue;
    if (CARD_TITLE.test(title)) return true;
    for (const [family, re] of STRONG) if (re.test(title)) strong.add(family);
    for (const [family, re] of WEAK) if (re.test(title)) weak.add(family);
  }
  if (strong.size >= 2) return true;
  if (!strong.size && weak.size < 2) return false;
  // Otherwise ask for model vocabulary too, so a software README's "Usage" and "Citation" are not a card.
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  let words = 0;
  ML_WORDS.lastIndex = 0;
  while (ML_WORDS.exec(head) && ++words < 8);
  return words >= (strong.size ? 3 : 8);
}

export function classify(path: string, text: string): DocumentKind {
  if (isYamlPath(path)) return isMofManifest(text) ? 'release-manifest' : 'unknown';
  const keys = frontMatterKeys(text);
  if (keys?.keys.some((k) => CARD_KEYS.has(k))) return 'model-card';
  if (keys?.keys.includes('language') && !keys.keys.some((k) => DOC_KEYS.has(k))) return 'model-card';
  if (CARD_NAMES.test(path)) return 'model-card';
  return hasCardContent(text) ? 'model-card' : 'unknown';
}
