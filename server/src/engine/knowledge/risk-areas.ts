// The four impact areas of Eiras et al. (2024) with sub-areas refined from FMTI and the HF annotated model card.
// Source: docs/references.md#eiras-et-al-2024 (arXiv 2405.08597; stanford-crfm/fmti @ f4500c5; hub-docs
// model-card-annotated.md @ 242f4a1e), read 2026-11-28.

export interface RiskArea {
  id: 'research_and_innovation' | 'safety_and_security' | 'equity_and_access' | 'broader_society';
  title: string;
  /** Section names in the paper. */
  paperTitle: string;
  subAreas: string[];
  opportunities: string;
  risks: string;
  /** Evidence the linter looks for. */
  evidence: string;
  /** Heading patterns that count as a body section for the area. */
  headings: RegExp[];
  /** Statements in prose that assess the area for this model (read anywhere in the body but code and comments): a
   * careful reader credits "trained on English only, will not generalise to other languages" as an equity
   * assessment even without a heading. Phrasings collected from the labelled cards of test/accuracy (tune half). */
  prose: RegExp[];
}

/** Language names as cards write them in English prose (a coverage list names several). */
const LANGUAGE =
  '\\b(?:English|Chinese|Mandarin|Cantonese|Japanese|Korean|Thai|Vietnamese|Indonesian|Malay|Arabic|Hindi|French|German|Spanish|Portuguese|Russian|Italian|Dutch|Turkish|Tagalog|Filipino|Khmer|Lao|Burmese|Swahili|Bengali|Urdu|Persian|Polish|Ukrainian|Greek|Hebrew|Tamil|Telugu|Kinyarwanda|Yoruba|Hausa|Amharic|Romanian|Czech|Swedish|Danish|Finnish|Norwegian|Hungarian|Bulgarian|Lithuanian|Latvian|Estonian)\\b';

/** Results sliced by a protected attribute ("The metrics on the `race` data slice indicate that the model is biased",
 * "Sliced evaluation on sex"): an equity assessment here, and a safety evaluation in knowledge/disclosures.ts. */
export const PROTECTED_SLICE =
  /\b(?:data )?slic(?:e|es|ed|ing)\b[^\n.]{0,60}\b(?:sex|gender|race|age|ethnicity|demographic\w{0,4}|nationality|native[- ]country)\b|\b(?:sex|gender|race|ethnicity|demographic)\b[^\n.]{0,30}\b(?:data )?slices?\b/i;

export const RISK_AREAS: readonly RiskArea[] = [
  {
    id: 'research_and_innovation',
    title: 'Research & Innovation',
    paperTitle: 'Research, Innovation & Development',
    subAreas: [
      'reproducibility',
      'train-test contamination',
      'evaluation transparency',
      'performance gap to closed models (O2)',
    ],
    opportunities:
      'Reproducibility, methodological insight, tailored models and a lower cost of entry for startups, researchers and developing nations.',
    risks:
      'Performance gap to closed frontier models (O2); duplicated effort; contaminated or irreproducible evaluations.',
    evidence: 'Training code/data availability, train-test overlap analysis, intermediate checkpoints.',
    headings: [/\bresearch\b.*\binnovation\b/i, /\binnovation\b/i, /\breproduc/i],
    prose: [
      // Code released with the data or scripts behind the model ("**Full Source Code & Training Data**: [GitHub](…)",
      // "Full methodology: [TRAINING_GUIDE.md](…)"), and published results said not to be reproducible with the
      // released checkpoint.
      /\b(?:source )?code\s?(?:,|&|and)\s?(?:[\w-]+,? ){0,4}(?:data(?:sets?)?|scripts|training data)\b[*_]{0,2}\s?:|\bcannot be reproduced\b|\b(?:full|complete) (?:training )?methodology\b[*_]{0,2}\s?:/i,
      // Checkpoints kept along the run ("Checkpoints saved during training are intended to provide a controlled setting
      // for performing scientific experiments"), and what the release lets others reproduce ("developers can reproduce
      // the on-device experience").
      /\bcheckpoints? (?:saved |taken |stored )?(?:during|throughout|along) (?:the )?training\b|\b(?:can|could) reproduce (?:the|our|this)\b/i,
      // Where compared models' numbers come from, said as "official results" ("Reporting results from official results
      // of each model", "我们优先汇报其官方公布的结果").
      /\breport(?:ing|ed|s)? (?:the )?(?:results )?(?:from )?(?:the )?official(?:ly)? (?:reported |published )?results\b|(?:汇报|报告|采用|引用)[^\n。]{0,10}官方(?:公布|发布|报告)?的?(?:结果|成绩|分数)|\bresults (?:are|were) (?:taken|copied|quoted) from (?:the )?official\b/i,
      // Test data kept out of training, in Chinese ("测试集数据均未参与BiLLa的训练").
      /测试集[^\n。]{0,20}(?:均)?(?:未|没有)(?:参与|用于|加入)[^\n。]{0,10}训练/,
      // The weights handed out ("We release the weights for the following configurations", "We also provide the
      // [pretrained models](…)"): released checkpoints (test/accuracy/LABELLING.md, research & innovation).
      /\bwe (?:also )?(?:are committed to )?(?:provide|release|share|open-?source|publish)d?\b[^\n.]{0,30}\b(?:pre-?trained (?:models?|weights|checkpoints?)|model weights|weights)\b/i,
      // A release checklist with the weights, code or data ticked ("- [x] Release model weights").
      /^[ \t]*[-*+] \[[xX]\] (?:\*\*)?(?:release|open-?source|publish)\w{0,2}\b[^\n]{0,40}\b(?:weights|checkpoints?|models?|code|data(?:sets?)?|scripts?)\b/im,
      // Released data or code said to have been released ("The massive training data of BGE has been released"), the
      // configuration to duplicate the build, a repository holding the code and data ("This repo holds code, data, and
      // pretrained weights for …"), and the checkpoints of all experiments.
      /\b(?:training data|datasets?|checkpoints?|training code)\b[^\n.]{0,40}\b(?:has|have) been (?:publicly |openly )?(?:released|open-?sourced|made (?:publicly )?available)\b|\bto (?:duplicate|replicate|reproduce) (?:this|the|our) (?:build|training|model)\b|\b(?:holds|contains|includes|provides)\b (?:the )?(?:source )?code,? (?:and |data,? (?:and )?)(?:the )?(?:data(?:sets?)?|pre-?trained weights)\b|\bcheckpoints of (?:all|the|our) experiments\b/i,
      // Test data kept out of development ("the data chosen for testing was not part of the original dataset used to
      // develop or train the model"), published results reproduced, documented data-preparation steps, and the models
      // of a paper's experiments published ("実験において使用したモデルを以下で公開しています").
      /\b(?:test(?:ing)?|evaluation|held-out)\b[^\n.]{0,40}\bnot (?:part of|included in|used (?:in|for|during))\b[^\n.]{0,60}\b(?:train\w*|develop\w*)\b|\breproduce (?:our|the) (?:published |reported |paper'?s? |original )?results?\b|\b(?:steps|scripts?|code|instructions)\b (?:for|to) (?:download\w*|clean\w*|pre-?process\w*|prepar\w*|tokeni[sz]\w*)\b[^\n.]{0,60}\b(?:corpus|data(?:sets?)?)\b|実験[^\n。]{0,30}(?:モデル|データ)[^\n。]{0,20}公開/i,
      // Training tools and walkthroughs released with the model ("This repository contains all the tools for creating a
      // dataset, training, and validating this model", "A full walkthrough to train the model … can be found in
      // [TRAINING.md]", "Scripts and code related to using Google Cloud TPUs for pre-training"), data said to be
      // released later, and research the release is meant to open up.
      /\b(?:tools|code|scripts?|notebooks?)\b (?:(?:related to|used) [^\n.]{0,40})?(?:for|to) (?:creat\w{1,3} (?:a |the )?datasets?|dataset (?:creation|preparation)|pre-?training|training|fine-?tuning)\b|\b(?:walkthrough|guide|instructions|tutorial)\b[^\n.]{0,20}\bto (?:train|reproduce|pre-?train)\b|\btraining data,? (?:and|&) (?:training )?code\b[^\n.]{0,20}\b(?:available|released|open)|\b(?:datasets?|data|code|benchmarks?)\b[^\n.]{0,20}\bwill (?:also )?be (?:open-?sourced|released|made (?:publicly )?available)\b|\bresearch (?:efforts?|communit(?:y|ies))\b[^\n.]{0,40}\bmore accessible\b|\bencourage (?:the )?(?:researchers|research community|community) to (?:investigate|explore|study|build)\b/i,
      // Reproduction in French, Spanish and Portuguese ("Les résultats ci-dessus peuvent être reproduits avec le
      // script"), evaluation run with linked scripts ("Evaluation is performed using these [scripts](…)"), and a script
      // that generated the data.
      /\breprodu(?:its?|ites?|ire|ctibles?|cibles?|cidos?|zid[oa]s?|z[ií]veis|zível)\b|\b(?:evaluat\w{1,5}|benchmark\w{0,3})\b[^\n.]{0,40}\b(?:using|with|via) (?:these |our |the )?\[(?:scripts?|code|notebooks?)\]\(|\bscripts? (?:for|to) (?:the )?(?:dataset|data) (?:generation|creation|preparation|collection)\b/i,
      // The tools or code that prepared the data and trained the model released ("The tools used for preprocessing text
      // for FinBERT training are available", "The main code that is used for pretraining data preparation … are
      // given"), leakage in Spanish, French and Portuguese, and a test split kept for the final evaluation.
      /\b(?:tools|code|scripts?)\b[^\n.]{0,20}\bused for\b[^\n.]{0,40}\b(?:pre-?training|training|fine-?tuning|pre-?processing|data preparation)\b[^\n.]{0,40}\b(?:are|is) (?:available|given|released|provided|included|public)\b|\bfuga de (?:informaci[óo]n|datos)\b|\bfuit\w{1,8}\b[^\n.]{0,30}\b(?:train|test|entra[îi]nement)\b|\bvazamento de (?:dados|informa[çc][ãa]o)\b|\btest (?:split|set|data) (?:is|was) (?:used )?only (?:used )?for (?:the )?final evaluation\b/i,
      // Training code offered beside the release ("Full training and data-generation code: see the GitHub repo"), and
      // the research uses of Stable Diffusion cards ("Research on generative models").
      /\btraining (?:and [\w-]+ )?(?:code|scripts?)\b[^\n.]{0,20}(?::|\bis|\bare)\s{0,3}(?:see|available|released|linked|in|at|on)\b|\bresearch on generative models\b/i,
      // Examples shown without cherry-picking ("not cherry-picked", "所有的对话案例生成内容均为一次性生成内容"), and a named harness used
      // for consistent evaluation ("为了保证模型评测的一致性，我们采用 OpenCompass").
      /\b(?:not|without|no) cherry-?pick\w{0,4}\b|\bun-?cherry-?picked\b|一次性生成|未(?:经|进行)[^\n。]{0,10}(?:挑选|筛选|重新选择)|评测的一致性|\bfor (?:consistent|reproducible|comparable) evaluation\b/i,
      // The steps of training documented in a released notebook or script ("All the steps for preprocessing data and
      // fine-tuning the pretrained model described in the [notebook](./lang_detect.ipynb)").
      /\b(?:steps?|pipeline|procedure|process|workflow)\b[^\n.]{0,80}\b(?:described|documented|available|provided|included|reproducible)\b[^\n.]{0,20}\b(?:in|at|on|with|via) (?:the |this |our |a )?\[?(?:notebook|scripts?|repository|repo|code)\b/i,
      // Research the release enables ("can be used as a baseline for generative modeling research"), and training code,
      // data or frameworks released or provided, in Chinese ("开源了…训练代码", "我们为社区提供了Llama模型的预训练代码").
      /\b(?:as|be) (?:a |the )?(?:baseline|starting point|foundation|testbed) (?:for|of) (?:[\w-]+ ){0,3}research\b|(?:提供|开源|公开|发布)了[^\n。]{0,40}(?:训练|微调|预训练)(?:代码|框架|数据|脚本)/i,
      /\breproducib\w{0,6}|\b(?:to reproduce|reproducing) (?:the|our|ours|these|this|all|their|its)\b|\breproduction\b|复现|再現(?!率|性[・、]適合)/i,
      // Released intermediate checkpoints, and results over several seeds or independent runs.
      // Not a parent: "further pre-trained from an intermediate checkpoint of DeepSeek-V2".
      /(?<!\bfrom (?:an |the )?)\bintermediate checkpoints?\b|\b(?:different|multiple|several|\d{1,2}) (?:random )?seeds\b|\b(?:\w+ )?independent (?:runs|trials|training runs)\b/i,
      /\b(?:de-?)?contaminat\w{0,6}\b|\bdata leakage\b|\bnot[*_]{0,2}\s+(?:been\s+)?de-?duplicated\b|\bde-?duplicated against\b|\boverlap (?:between|with)\b[^\n.]{0,60}\b(?:test|evaluation|benchmarks?|validation)\b|\bnot (?:been )?exposed to\b[^\n.]{0,60}\b(?:evaluation|test|benchmark)/i,
      /\b(?:training|fine-?tuning|evaluation|pre-?processing) (?:code|scripts?|notebooks?|recipes?|pipeline)\b[^\n.]{0,60}\b(?:available|released|found|here|public|open|accessible|provided|repository|github)\b/i,
      /\b(?:code|scripts?|notebooks?)\b[^\n.]{0,40}\b(?:used|to train|for training|to reproduce|to fine-?tune)\b[^\n.]{0,60}\b(?:available|found|here|released|public|repository)\b/i,
      /\b(?:to support|to enable|to facilitate) (?:further|future|open|academic) (?:research|science)\b|\bopen science\b|\b(?:enable|support|facilitate|foster|accelerate)s? (?:further |future |open )?research (?:on|into|in)\b|\btraining logs?\b[^\n.]{0,40}\b(?:available|public|released|here|published|included|provided|shared)\b/i,
      /\b(?:we|are)(?: also| now| fully)? (?:release|releasing|released|open[- ]sourc\w{0,3}|publish\w{0,3})\b[^\n.]{0,60}(?<!<\/?)\b(?:code|datasets?|training data|data recipes?|training recipes?|training logs)\b/i,
      // Checkpoints along the run ("all the checkpoints, at minimum every 1000 training steps"); how much results vary
      // between runs ("we do not have a good sense of the variability of the model").
      // Test data kept apart ("Train/evaluation byte overlap: 0", "the validation tail is never seen during training"),
      // repeated runs ("trained 10 separate times with separate random weight initializations"), uncertainty, and
      // numbers known to flatter ("had inflated the HMM's apparent weight").
      /\b(?:train(?:ing)?|test|eval(?:uation)?|validation)[/ -](?:test|train(?:ing)?|eval(?:uation)?|validation) (?:\w{1,12} )?overlap\b|\bnever (?:seen|used) (?:during|in|for) (?:training|tuning)\b|\b(?:trained|ran|run|repeated) \d{1,3} (?:separate |independent |different )?times\b|\b(?:separate|different|independent) random (?:weight )?initiali[sz]ations\b|\bestimates? of uncertainty\b|\bconfidence intervals?\b|\berror bars\b|\bstandard deviations? (?:across|over) (?:runs|seeds)\b|\binflat\w{0,4}\b[^\n.]{0,40}\bapparent\b/i,
      // Reproducibility and evaluation transparency said plainly (test/accuracy/LABELLING.md, research & innovation):
      // the artefacts behind the model released ("The datasets and training configs are publicly available"), numbers
      // re-measured or known to differ, a small or unrepresentative test set, what the metrics cannot capture.
      /(?<!\b(?:inference|demo|example|usage|sample|serving)\s)\b(?:code|data(?:sets?)?|scripts?|configs?|configurations?|notebooks?|logs|recipes?)\b[^\n.]{0,40}\b(?:are|is|has been|have been) (?:all )?(?:publicly |openly |freely )?(?:available|released|open-sourced)\b(?!\s{1,3}under\b)|\b(?:reproduced|re-?evaluated|re-?run|re-?measured) (?:by us|ourselves|independently|in-house|internally)\b|\b(?:may|might|can|could) differ from (?:the )?(?:paper|reported|official|original)\b|\b(?:test|evaluation|validation|held-out) (?:set|data|split|sample) (?:is|was) (?:small|limited|tiny|not representative)\b|\bsmall (?:test|evaluation|validation) (?:set|sample|split)\b|\bcaveat\b[^\n.]{0,60}\b(?:WER|CER|accuracy|metrics?|measures?|evaluations?|results?|benchmarks?|scores?)\b|\b(?:benchmarks?|metrics?|evaluations?)\b[^\n.]{0,40}\b(?:do not|does not|don't|cannot|may not) (?:fully )?(?:capture|reflect|measure)\b|\bevaluation (?:code|scripts?|pipeline)\b[^\n.]{0,40}\b(?:available|released|public|open)\b/i,
      // A pinned data version or a training script named ("git checkout 1e3295f…", "`training_*.py`, `benchmark.py`").
      /\bgit checkout [0-9a-f]{7,40}\b|\btrain(?:ing)?(?:_[\w*]{1,20}|\*)?\.(?:py|sh|ipynb)\b/i,
      /\bcheckpoints?\b[^\n.]{0,60}\bevery \d[\d,]{0,8} (?:training )?(?:steps|tokens|iterations|epochs)\b|\b(?:variability|variance) (?:of|across|between|in) (?:the )?(?:models?|results|runs|seeds|training runs)\b/i,
      // Where reported numbers come from ("we refer to the reported outcomes from [OpenCompass]", "scores are taken
      // from the official report") and how far they mislead ("reports how much that oracle overstates …").
      /\b(?:refer to|taken from|copied from|quoted from|sourced from) the (?:reported|official|published) (?:outcomes|results|scores|numbers)\b|\b(?:results|outcomes|scores|numbers)\b[^\n.]{0,30}\b(?:are|were) (?:taken|copied|quoted|sourced) from\b|\b(?:overstates?|understates?|overestimates?|underestimates?|inflates?)\b[^\n.]{0,30}\b(?:performance|accuracy|results?|scores?|metrics?|recall|precision)\b|報告結果を参照|(?:结果|数据|分数)(?:来自|引用自|取自)/i,
      /\b(?:datasets?|pre-?processing|training code)\b[^\n.]{0,60}\b(?:are|is) (?:all )?(?:released|available|published) (?:publicly|openly|under)\b/i,
      /\b(?:this repository|we|the repo)\b[^\n.]{0,30}\b(?:contains|provides?|includes?|releases?|released|open-?sourced?)\b[^\n.]{0,30}\b(?:training|pre-?training|fine-?tuning|evaluation) (?:code|scripts?|recipes?)\b/i,
      /код для обучения|код обучения/i,
      // Evaluation transparency: what the reported numbers cannot be trusted for, or what makes them vary.
      /\b(?:evaluations?|metrics|results|scores|benchmarks?)\b[^\n.]{0,60}\b(?:are|is|were|may be|might be|could be|should be)\b[^\n.]{0,30}\b(?:biased|not (?:directly )?comparable|over-?estimat\w*|under-?estimat\w*|inflated|computed on a separate)|随机(?:数)?种子|\brandom seeds?\b[^\n.]{0,40}\b(?:vary|varies|change|differ)|\b(?:vary|varies|change|differ)\b[^\n.]{0,40}\brandom seeds?/i,
      // Data and checkpoints released to others ("Full data is now available", "we are providing access to pretrained
      // model checkpoints", "我们提供了模型的训练数据集", "数据集大约公开了2.7亿条数据"), research named as the reason ("To accelerate
      // research").
      /\b(?:data(?:sets?)?|checkpoints|training data|weights and data)\b[^\n.]{0,20}\b(?:is|are) (?:now |also )(?:publicly |openly |freely )?(?:available|released|open-sourced)\b|(?<!\b(?:the|a|proposed|final|each|this)\s{1,3})\b(?:providing|provide|releasing|release|open-?sourcing) (?:access to )?(?:the |our |all )?(?:pre-?trained |intermediate |training )?(?:model )?(?:checkpoints|training data(?:sets?)?|datasets?)\b|\bto (?:accelerate|advance|foster|support|enable|facilitate) (?:further |future |open |academic )?research\b|我们(?:公开|开源|发布|提供)了?[^\n。]{0,20}(?:训练)?数据集?|数据集[^\n。]{0,10}(?:已)?(?:公开|开源)(?!的)/i,
      // How far the released code reproduces the model ("the code in this repo is not the same code that was used to
      // train"), results averaged over runs, a risk of overestimating, and evaluation on synthetic or simplified data
      // ("Avaliação em dados sintéticos", "使用简化的直线轨迹模拟进行评估").
      /\b(?:code|scripts?)\b[^\n.]{0,40}\b(?:that was |which was |we )?used to train\b|\baverag\w{1,4}\b[^\n.]{0,30}\bover \d{1,2} (?:runs|seeds|trials|repetitions)\b|\b(?:risk|danger) of (?:over|under)-?estimat\w{1,5}\b|\b(?:evaluat\w{1,5}|tested|benchmarked|validated) (?:on|with|using|against) (?:purely |only |fully )?(?:synthetic|simulated|simplified)\b|avalia(?:ção|do) (?:em|com) dados sint[ée]ticos|evaluaci[óo]n (?:con|en|sobre) datos sint[ée]ticos|合成数据(?:上)?(?:评估|评测)|模拟进行评估/i,
      // Evaluation transparency and research uses stated plainly: benchmarks checked for overlap with the training
      // data, numbers not comparable with a paper's, scripts to train or fine-tune released, the model offered as a
      // baseline.
      /\b(?:benchmarks?|test (?:sets?|data)|evaluation (?:sets?|data))\b[^\n.]{0,30}\b(?:for|checked for|against) (?:any )?(?:overlap|leakage|contamination)\b|\bnot (?:directly )?comparable (?:with|to)\b[^\n.]{0,40}\b(?:reported|paper|original|official|published)\b|\b(?:provide|release|include|share|publish)s? (?:the |our |all )?(?:training|fine-?tuning|pre-?training) (?:code|scripts?|recipes?)\b|\bscripts? (?:to|for) (?:train|fine-?tun|pre-?train)\w{0,3}\b|\b(?:baseline|starting point) for (?:future|further) (?:research|work|studies)\b/i,
      // Test data kept out of training and model selection, said in other words ("no test set leakage", "evaluate
      // whether the models
      // overfit the training data", "该评估集未用于当前模型训练").
      /\b(?:test[- ]set|label|target|evaluation|benchmark) leakage\b|\bleak(?:age|ed)\b[^\n.]{0,30}\b(?:test|evaluation|validation|benchmark)\b|\b(?:evaluate|test|check|assess|measure)\w{0,3} (?:whether|if) (?:the )?(?:models? )?(?:overfit|memori[sz]e)|(?:评估|测试|验证)集[^\n。]{0,10}未(?:被)?用于/i,
      // Splits kept apart and code released beside the weights ("No cross-split leakage", "No locked-test image was
      // used to choose
      // the threshold", "available along with the source code of pretraining", "release … eval set").
      /\bcross[- ]split\b|\bsplit leakage\b|\bno (?:[\w-]+ )?(?:test|held-out|holdout)[\w-]* (?:\w+ )?(?:was|were) used (?:to|for|in)\b|\b(?:available|released|published) (?:along )?with (?:the )?(?:source )?code\b|\bsource code (?:of|for) (?:the )?(?:pre-?training|training|fine-?tuning)\b|\brelease\w{0,3}\b(?:[^\n.]|\.(?=\S)){0,40}\beval(?:uation)? (?:sets?|data(?:sets?)?|benchmarks?)\b/i,
      // Time-ordered splits that keep the future out of training ("a temporal holdout with a 5-day embargo",
      // "look-ahead leakage", "the test period comes strictly after the training period").
      /\b(?:temporal|chronological|time-based|out-of-time) (?:holdout|hold-out|split|validation)\b|\bsplit cronol[óo]gico\b|\bdivis[ãa]o cronol[óo]gica\b|\bno [\w-]{0,20} ?leakage (?:was )?(?:found|detected|observed)\b|\binformation (?:available|known) (?:before|prior to|at) the (?:prediction|forecast|decision) (?:date|time)\b|\bembargo\b|\blook-?ahead (?:bias|leakage)\b|\b(?:test|evaluation|holdout|validation) (?:period|data|set) (?:comes|is|lies|starts) (?:strictly |entirely )?(?:after|later than)\b/i,
      // Research the open release enables ("which allows the research community to study them").
      /\b(?:allows?|enables?|lets?|helps?) (?:the )?(?:research|scientific|academic|open[- ]source) communit(?:y|ies) to\b/i,
      // Contamination and released checkpoints in Chinese and Japanese ("评测数据与训练数据进行了去重，避免数据泄漏", "公开了全部中间检查点").
      /(?:评测|测试|评估|基准)[^\n。]{0,20}(?:去重|泄[漏露]|污染)|(?:去重|泄[漏露]|污染)[^\n。]{0,20}(?:评测|测试|评估|基准)|数据泄[漏露]|(?:中间|全部)[^\n。]{0,6}(?:检查点|checkpoint)|中間チェックポイント|データ(?:汚染|リーク)/i,
    ],
  },
  {
    id: 'safety_and_security',
    title: 'Safety & Security',
    paperTitle: 'Safety & Security',
    subAreas: [
      'misuse and dual use (cyber, CBRN, fraud)',
      'jailbreak robustness',
      'removal of safety fine-tuning from open weights',
      'harmful content',
      'child safety / NCII / CSEM',
      'violence',
    ],
    opportunities:
      'External scrutiny, red-teaming and interpretability research on open weights; closed models are also jailbroken, so closedness is no safety guarantee.',
    risks:
      'Misuse and dual use; safety fine-tuning can be removed from open weights; a release cannot be recalled; no usage monitoring; closed safety evaluations (O1).',
    evidence: 'Red-team or safety-evaluation results; openness of safety-evaluation code and data; Annex XI §2.2.',
    headings: [/\bsafety\b/i, /\bsecurity\b/i, /\bmisuse\b/i, /\bred[- ]?team/i, /\bcritical risks?\b/i, /安全/],
    prose: [
      // Expert review required before a decision acts on the output ("Any clinical use must involve review by a
      // qualified healthcare professional", "a human clinician in the loop for every individual decision").
      /\b(?:review(?:ed)?|oversight|confirm\w*|verifi\w+|validat\w+) by (?:a |an )?(?:qualified |licensed |trained |human )?(?:healthcare professional|clinician|physician|doctor|radiologist|medical (?:professional|expert)|expert)s?\b|\b(?:healthcare professionals?|clinicians?|physicians?|doctors?|radiologists?) (?:should|must) (?:review|confirm|verify|validate|check)\b|\b(?:human )?clinicians? in the loop\b/i,
      // Surveillance named as a misuse or a risk ("Not intended for surveillance, geofencing, policing …", "could
      // enable more actors to build capable surveillance technologies"), refusals filtered out of the training data
      // (the uncensored convention), and production safeguards in Chinese ("输入输出审核", "人工升级路径").
      /\bsurveillance\b|\b(?:remove|removed|removing|filter\w{0,3})\b[^\n.]{0,80}\brefus\w{1,5}\b|输入输出审核|内容审核|人工(?:审核|复核|升级)/i,
      // Harm from a model's errors where it is used ("Misclassifications in a clinical context, especially false
      // negatives, can have health implications").
      /\bfalse negatives?\b[^\n.]{0,60}\b(?:health|patients?|clinical|safety|harm\w{0,3}|danger\w{0,4})\b/i,
      // Human oversight required of every output ("Model is advisory only — all predictions require radiologist
      // confirmation"), explicit material kept out of the training data, insecure code and vulnerabilities, and an
      // uncensored model that leaves alignment to its user ("Dolphin does not impose its ethics or guidelines on you").
      /\badvisory only\b|\b(?:require|requires|requiring|need|needs)\b[^\n.]{0,30}\b(?:human|clinician|radiologist|physician|doctor|expert|specialist|pathologist)s?\b[^\n.]{0,15}\b(?:review|confirmation|oversight|verification|sign-?off)\b|\b(?:limit|reduce|avoid|filter|exclude|remove)\w{0,3}\b[^\n.]{0,40}\b(?:explicit|pornographic|NSFW) (?:material|content|images|text)\b|\b(?:vulnerabilit(?:y|ies)\b[^\n.]{0,30}\bsecurity|code security|insecure code)\b|\buncensored\b|\bdoes not impose (?:its |any )?(?:own )?(?:ethics|guidelines|alignment|values)\b/i,
      // What a missed detection costs ("False negatives may miss implicit, coded, or emerging extremist language").
      /\bfalse negatives?\b[^\n.]{0,40}\b(?:may|might|could|would|can|will)\b[^\n.]{0,20}\b(?:miss|delay|overlook|fail)\w{0,3}\b/i,
      // Safeguards the card tells deployers to add to this model ("You are advised to implement your own alignment
      // layer before exposing the model as a service").
      /\b(?:implement|add|use|apply|build) (?:your own|additional|extra|an? (?:own |additional )?)\s{0,3}(?:alignment|safety|moderation|guardrails?|content filter(?:ing)?)(?: layer| measures| mechanisms| system)?\b[^\n.]{0,60}\bbefore\b/i,
      // Use in a high-stakes domain advised against until the model is aligned or tested further ("We recommend against
      // using Meditron in medical applications without extensive use-case alignment, as well as additional testing"),
      // missing safeguards admitted ("we have not designed sufficient security measures"), access reviewed before
      // download, consent to clone a voice, safety strengthened in Chinese ("在模型安全…方面进行针对性强化").
      /\b(?:recommend against|advise (?:against|refraining from))\b[^\n.]{0,100}\b(?:without|unless|until)\b[^\n.]{0,80}\b(?:alignment|aligned|testing|tested|evaluation|evaluated|validation|validated|trials?)\b|\bnot (?:designed|implemented|included|built) (?:sufficient |any |adequate )?(?:security|safety) (?:measures|mechanisms|guardrails|filters)\b|\bmanual review of (?:access )?requests\b|\b(?:permission|consent)\b[^\n.]{0,40}\bvoices?\b[^\n.]{0,20}\bclon\w{1,4}|\bclon\w{1,4}\b[^\n.]{0,30}\bvoices?\b[^\n.]{0,40}\b(?:permission|consent)\b|模型安全[^\n。]{0,30}(?:强化|对齐|加固)|(?:强化|加强)[^\n。]{0,10}模型安全/i,
      // Harm from relying on the output ("over-reliance on algorithmic predictions", "automation bias",
      // "不应过度依赖…模型的输出"), surveillance uses, and harmful content filtered out of the data ("remove sensitive words
      // related to politics, pornography, violence, terrorism").
      /\b(?:over-?reliance|automation bias|over-?rel(?:y|ying|ies) on)\b|过度依赖|過度に依存|과도하게 의존|\b(?:used? (?:in|for) (?:a )?surveillance|surveillance (?:context|purposes|applications|uses?))\b|\b(?:remov|filter)\w{0,4}\b[^\n.]{0,60}\b(?:pornograph\w{0,3}|violence|violent content|terroris\w{0,3}|hate speech|toxic content|NSFW)\b/i,
      /\b(?:jailbreak\w{0,4}|prompt injection|adversarial (?:attacks?|prompts?|inputs?)|red[- ]?team\w{0,4})\b/i,
      /\b(?:does not|doesn't|do not) have any (?:moderation|safety)\b|\bno (?:moderation|safety) (?:mechanisms?|guardrails?|filters?)\b|\b(?:moderated|filtered) (?:using|with|by)\b[^\n.]{0,40}\b(?:content filters?|safety)/i,
      /\b(?:propensity|tendency) (?:for|to) (?:generat|produc)\w{0,4}\b[^\n.]{0,40}\b(?:hate|harm|toxic|violen)/i,
      // Misuse with a named harm ("Predictions could be used for profiling or tracking", "Users could use it to
      // generate malicious code", "It may generate instructions for weapons").
      /\b(?:(?:could|can|may|might) be (?:used|misused|abused|exploited) (?:for|to)|(?:could|can|may|might) (?:use|misuse|abuse|exploit) (?:it|this model|the model|them) (?:for|to))\b[^\n.]{0,40}\b(?:profiling|tracking|surveillance|harass\w{0,4}|fraud|scams?|disinformation|misinformation|deepfakes?|impersonat\w{0,5}|manipulat\w{0,5}|deceiv\w{0,3}|deception|weapons?|malware|malicious (?:code|content|software)|spam|phishing|stalking|cyber-?attacks?|non-?consensual|harmful content|invade|privacy|spy\w{0,3}|eavesdrop\w{0,3})\b|\b(?:generate|produce|provide|give)\b[^\n.]{0,30}\b(?:instructions|guidance|information) (?:for|on|about) (?:making |building )?(?:weapons?|explosives|drugs|self-harm|hacking|malware|bioweapons|chemical weapons)\b/i,
      /\bsurveillance\b[^\n.]{0,60}\b(?:without|consent|privacy|biometric)\b|\bsafety[- ]critical (?:applications?|systems?|settings?|uses?|decisions?)\b|\bdeepfake risks?\b|\bmitigat\w{0,4}\b[^\n.]{0,40}\b(?:deepfakes?|misuse|abuse|impersonation)\b/i,
      // Safety mitigations named: NSFW filters and safety checkers, content moderation layers, refusal training, or
      // their absence ("has not been aligned for safety", "will comply with unethical requests").
      /\bNSFW\b[^\n.]{0,40}\b(?:filter\w{0,3}|remov\w{0,3}|detect\w{0,3}|classifier|checker|flag\w{0,3})\b|\b(?:filter\w{0,3}|remov\w{0,3}|detect\w{0,3}|flags?)\b[^\n.]{0,40}\bNSFW\b|\bsafety (?:checker|classifier|filter)s?\b|\b(?:harmful[- ]content|toxicity|toxic content) (?:filters?|filtering|classifiers?)\b|\b(?:Llama Guard|ShieldGemma|content moderation (?:layer|system|API|tools?|model)|moderation (?:layer|API|endpoint))\b|\brefuse\w{0,2} (?:to (?:answer|comply with|help with) )?(?:harmful|unsafe|malicious|dangerous)\b|\b(?:not|never) (?:been )?(?:aligned|tuned|trained) for safety\b|\bcomply with (?:any |all )?(?:unethical|harmful|dangerous|malicious) (?:requests|instructions)\b|\bfollow harmful instructions\b/i,
      // Harmful content the data is known to hold ("a dataset known to contain profanity, lewd, and otherwise abrasive
      // language"); a failure mode weighed by its harm ("Missing a melanoma case is the highest-risk failure mode").
      /\bknown to contain\b[^\n.]{0,40}\b(?:profanity|lewd|offensive|toxic|explicit|harmful|abusive)\b|\b(?:failure modes?|false negatives?|false positives?)\b[^\n.]{0,60}\b(?:highest[- ]risk|harm\w{0,3}|dangerous|clinician|human review|safety[- ]critical)\b|\bhighest[- ]risk failure\b/i,
      /\b(?:false (?:positive|negative) rates?)\b[^\n.]{0,80}\b(?:safety|classification|harm|unsafe)|\bsafety (?:alignment|fine-?tuning|guardrails?|level)\b|безопасност/i,
      // Misuse named in an instruction ("Do not use this model to generate misleading content"), safety alignment or
      // evaluation and malicious use in Chinese ("安全对齐", "恶意利用"); not a generic "may produce harmful content", in any
      // language.
      /\bdo not use (?:this|the|our) models? to (?:generate|create|produce|spread|impersonate|deceive|harass)\b|安全(?:对齐|评估)|恶意(?:使用|利用)/i,
      // Dual-use capability weighed (test/accuracy/LABELLING.md, safety & security: "hazard (CBRN/cyber/child-safety)
      // evaluation"): weapons uplift, offensive cyber capability, malicious code, adversarial robustness, a moderation
      // layer asked of deployers.
      /\b(?:biological|chemical|nuclear|radiological|CBRN|bio-?weapons?|cyber-?(?:security|attacks?|offen[cs]e|offensive))\b[^\n.]{0,60}\b(?:uplift|capabilit\w{1,3}|evaluat\w{1,5}|risks?|threats?|misuse)\b|\b(?:uplift|capabilit\w{1,3}|evaluat\w{1,5}) (?:\w+ ){0,4}(?:for|to|with|in) (?:biological|chemical|nuclear|radiological|CBRN|cyber)\w{0,8}\b|\b(?:generate|write|produce|create)s? (?:\w+ ){0,2}(?:malicious|harmful|insecure|vulnerable) (?:code|software|scripts?|programs?)\b|\b(?:vulnerable|susceptible|robust\w{0,4}) (?:to|against) adversarial\b|\b(?:implement|add|use|deploy|apply)\w{0,3} (?:\w+ ){0,2}(?:content moderation|content filtering|safety (?:filters?|guardrails?|measures))\b/i,
      // Uplift testing, CBRNE, child safety and CSAM: hazard evaluations the guide names (test/accuracy/LABELLING.md).
      /\buplift (?:testing|tests|stud(?:y|ies)|evaluations?|assessments?)\b|\bchild[- ]safety\b/i,
      /\bCBRNE?\b|\bCSAM\b|\bCSEM\b/,
      // The misuse an image or text generator is open to, named (the Stable Diffusion card's list: "violence and gore",
      // "cruel to individuals", "demeaning … representations", "sexual content without consent"), and harmful data it
      // was trained on.
      /\bviolence and gore\b|\bcruel to individuals\b|\bdemeaning\b[^\n.]{0,40}\brepresentations?\b|\bsexual content without (?:the )?consent\b|\bcontains? (?:adult|violent|sexual|explicit|NSFW)\b[^\n.]{0,30}\b(?:content|material|images|text)\b/i,
      // Safety filtering of the data said in Chinese ("对训练数据进行了安全过滤，去除了色情、暴力等有害内容").
      /安全(?:过滤|审核|筛选)|(?:去除|过滤|剔除|删除)了?[^\n。]{0,20}(?:色情|暴力|有害|违法|不安全|敏感)(?:内容|信息|数据)?/,
    ],
  },
  {
    id: 'equity_and_access',
    title: 'Equity & Access',
    paperTitle: 'Equity, Access & Usability',
    subAreas: [
      'bias and disparate performance across groups and languages',
      'language coverage',
      'accessibility',
      'compute inequity',
    ],
    opportunities: 'Affordability, local and offline deployment, adaptation to low-resource languages and communities.',
    risks: 'Uneven quality across languages and groups; bias; compute inequity.',
    evidence:
      'Disaggregated results (Factors subsection, metrics by slice); evaluated languages vs the `language:` list.',
    headings: [
      /\bequity\b/i,
      /\bfairness\b/i,
      // Not the experiment tracker ("## Weights & Biases").
      /(?<!\bweights (?:&|and) )\bbias(es)?\b/i,
      // Not "Access" alone: "## Access and Adoption", "## Model Access" say how to obtain the model.
      /\baccessibility\b|\b(?:equitable|equal|fair|affordable) access\b/i,
      /\bunder-?represented\b/i,
      /偏见|公平/,
      // The same in the languages most used on the Hub after English ("Equidad algorítmica", "공정성").
      /\b(?:equidad|equidade|[ée]quit[ée])\b|공정성|справедливост|公正性/i,
    ],
    prose: [
      // Results sliced by a protected attribute ("The metrics on the `race` data slice indicate that the model is
      // biased", "Sliced evaluation on sex").
      PROTECTED_SLICE,
      // One language only, said as a limit ("Single language (Marathi only).", "**Single language.** The model performs
      // best when …"), and accents or dialects missing from training served worse.
      /\bsingle[- ]language\b|\b(?:weaker|worse|lower|poorer|degrad\w{0,4})\b[^\n.]{0,30}\b(?:accents?|dialects?) (?:not|under-?)(?:represented| seen)/i,
      // A model trained on one language, said to serve others worse or to cover only it ("Trained on English
      // conversational speech; may underperform on other languages", "Trained only on movie reviews in English").
      new RegExp(
        `\\b(?:trained|fine-?tuned|pre-?trained)\\b[^\\n.]{0,60}\\b(?:on|in) (?:[\\w-]+ ){0,4}${LANGUAGE}[^\\n.]{0,80}\\b(?:other languages|non-English|may (?:not|underperform)|not (?:generali[sz]e|suitable|work))|\\b(?:trained|fine-?tuned) only on\\b[^\\n.]{0,60}\\b${LANGUAGE}`,
        'i',
      ),
      // Two languages named as supported, in Japanese ("日本語と英語に対応"), "多语言支持" (multilingual support), and "Russian +
      // English".
      /(?:日本語|英語|中国語|韓国語)(?:と|及び|、)(?:日本語|英語|中国語|韓国語)(?:に|を)?(?:対応|サポート)|多语言支持|多語言支持/,
      new RegExp(`${LANGUAGE} ?\\+ ?${LANGUAGE}`),
      // Chinese and English named together as the languages of the model or its data ("支持中英双语", "中英文Chat模型").
      /中英(?:双语|雙語|文)/,
      // Lower performance on a language or variety said after it ("performance on European Portuguese (PT-PT) may be
      // lower").
      new RegExp(
        `\\b(?:performance|accuracy|quality|results)\\b (?:on|for|in|with) (?:[\\w()-]+ ){0,3}(?:${LANGUAGE}|non-English|other languages|dialects?|accents?)[^\\n.]{0,40}\\b(?:lower|worse|weaker|poorer|degrad\\w{0,4}|drops?|suffers?)\\b`,
        'i',
      ),
      // Other languages served worse ("other languages may produce suboptimal results"), a model mostly for one
      // language ("mostly for Russian language"), a translation direction between named languages, geographic bias,
      // and protected attributes (absent or examined).
      new RegExp(
        `\\bother languages\\b[^\\n.]{0,40}\\b(?:suboptimal|worse|poor\\w{0,2}|lower|degrad\\w{0,4})\\b|\\b(?:mostly|mainly|primarily|only|exclusively) for (?:the )?${LANGUAGE}(?: language)?\\b|\\btranslat\\w{0,5}\\b[^\\n.]{0,40}\\bfrom ${LANGUAGE} (?:to|into) ${LANGUAGE}|\\btranslat\\w{0,5} ${LANGUAGE}\\b[^\\n.]{0,30}\\binto (?:colloquial |informal |spoken )?${LANGUAGE}|\\bgeographic(?:al)? bias\\b|\\bvariables? prot[ée]g[ée]es?\\b|\\bprotected (?:attributes?|variables?|characteristics)\\b`,
        'i',
      ),
      // Languages other than English served worse, populations outside the training data ("external validation required
      // for non-US populations"), deployment to mobile devices, and groups in Spanish ("entre grupos de edad").
      /\blanguages other than English\b|\bnon-(?:US|Western|English|European)\b[^\n.]{0,20}\b(?:populations?|patients|users|speakers|countries)\b|\b(?:deploy\w{0,3}|run\w{0,3})\b (?:[\w-]+ ){0,3}(?:on|to) mobile (?:devices|phones)\b|\bgrupos (?:de edad|demográficos|étnicos)\b/i,
      // Performance that differs by language ("performance is strongest on English content"), populations missing from
      // the data ("No paediatric or pregnancy cases in training data"), adverse-impact ratios between groups
      // ("Black-to-White AIR: 0.82"), a gap between regions ("a relative difference is still observed between Europe
      // and Africa"), and gender equality probed.
      new RegExp(
        `\\bperformance\\b[^\\n.]{0,30}\\b(?:strongest|best|highest|weaker|weakest|lower|worse)\\b[^\\n.]{0,20}\\b(?:on|in|for) (?:non-English|other languages|low-resource|${LANGUAGE})|\\bno (?:paediatric|pediatric|elderly|pregnan\\w{1,4}|child(?:ren)?|female|women|minority)\\b[^\\n.]{0,40}\\b(?:cases|patients|samples|data|images|subjects|participants)\\b|\\badverse[- ]impact ratios?\\b|\\b(?:Black|Hispanic|Asian|White|female|male|women|men)[- ]to[- ](?:Black|Hispanic|Asian|White|female|male|women|men)\\b|\\b(?:difference|gap|disparit(?:y|ies))\\b[^\\n.]{0,30}\\bbetween (?:Europe|Africa|Asia|the Americas|regions|countries|continents)\\b|\\bgender equality\\b`,
        'i',
      ),
      // A model for one language only ("two German-only decoder models"), coverage of a language's words.
      new RegExp(`${LANGUAGE}-only\\b|\\bcoverage of ${LANGUAGE} (?:words|text|vocabulary)\\b`, 'i'),
      // Devices with limited resources, and a fairness analysis ("The package Aequitas was used to analyze the
      // fairness").
      /\b(?:devices|hardware|environments|machines) with limited (?:resources|memory|compute)\b|\bresource-constrained (?:devices|environments|settings)\b|\b(?:analy[sz]e|assess|evaluate|audit|measure)d? the fairness\b|\bAequitas\b|\bFairlearn\b/i,
      // Performance outside English ("higher non-English language performance").
      /\bnon-English (?:language )?performance\b|\bperformance (?:on|in|for) (?:non-English|other|low-resource) languages\b/i,
      // Unequal service said plainly ("perform variably for different groups", "may underserve emerging areas", "would
      // unfairly impact shift workers"), and a benchmark balanced by group ("balanced gender, balanced ethnicity").
      /\b(?:perform|work)s? (?:variably|differently|unevenly|inconsistently|worse|poorly) (?:for|across|on|among) (?:different |some |certain |other )?(?:groups|demographics|populations|communities|languages|accents|dialects|skin tones|regions)\b|\bunder-?serv(?:e|es|ed|ing)\b|\bunfair(?:ly)? (?:impact|affect|disadvantage|target|penali[sz]e|exclude)\w{0,2}\b|\bbalanced (?:gender|ethnicit\w{1,3}|ages?|race|demographics?|skin tones?)\b/i,
      // Languages named together in Japanese and Korean ("日本語、英語、中国語", "한국어, 영어, 중국어"), and support for one language
      // only in Chinese, Japanese and Korean ("英語入力のみをサポート", "仅支持英文", "영어만 지원").
      /(?:日本語|英語|中国語|韓国語|フランス語|ドイツ語|スペイン語|ロシア語)[、・,，と](?:日本語|英語|中国語|韓国語|フランス語|ドイツ語|スペイン語|ロシア語)[、・,，と](?:日本語|英語|中国語|韓国語|フランス語|ドイツ語|スペイン語|ロシア語)|(?:한국어|영어|중국어|일본어)[,，、·]\s?(?:한국어|영어|중국어|일본어)[,，、·]\s?(?:한국어|영어|중국어|일본어)|(?:英語|日本語|中国語)(?:入力|の入力)?のみ(?:を|に)?(?:サポート|対応)|(?:仅|只)(?:支持|适用于)(?:英文|英语|中文|汉语)|(?:영어|한국어)(?:만|로만) 지원/,
      // Dialects, accents or speakers the model may not serve ("may not generalize well to all dialects").
      /\b(?:may|might|does|do|will|would) ?(?:not|n.t) generali[sz]e (?:well )?to (?:all |other |different |unseen )?(?:dialects|accents|languages|speakers|demographics|populations|regions|skin tones|ethnicities)\b/i,
      // Bias across groups and fairness, said in Spanish, Portuguese and French ("variables proxy … pueden
      // correlacionar con estas características demográficas e introducir sesgo indirecto", "el informe de equidad").
      /(?:sesgos?|vi[ée]s|biais)\b[^\n.]{0,80}\b(?:demogr[áa]fic\w{0,4}|g[ée]neros?|edad|idade|raza|ra[çc]a|grupos?|groupes?)\b|\b(?:demogr[áa]fic\w{0,4}|g[ée]neros?|edad|idade|raza|ra[çc]a)\b[^\n.]{0,80}\b(?:sesgos?|vi[ée]s|biais)\b|\b(?:equidad|equidade|[ée]quit[ée])\b/i,
      // Who can afford to run it: consumer GPUs, no GPU, affordable hardware, remote or low-bandwidth areas.
      /\bconsumer[- ]grade (?:GPUs?|hardware|graphics cards?)\b|\baffordable (?:hardware|devices|GPUs?)\b|\bwithout (?:a |any )?(?:dedicated )?GPU\b|没有GPU|无需GPU|不需要GPU|\bremote (?:areas|regions|communities)\b|\blow[- ](?:bandwidth|resource|cost) (?:settings|devices|regions|hardware|environments)\b/i,
      new RegExp(
        `\\b(?:trained|pre-?trained|fine-?tuned)\\b[^\\n.]{0,60}\\b(?:only|mostly|primarily|mainly|exclusively|predominantly) (?:on |in |with )?${LANGUAGE}|\\b(?:primarily|mainly|mostly|only|exclusively|predominantly) (?:trained|pre-?trained|fine-?tuned)(?: and (?:tested|evaluated|validated))? (?:on|in|with) (?:\\w+ )?English\\b|敏感属性|${LANGUAGE}(?:[- ](?:language )?|[*_]{0,2} )only\\b`,
        'i',
      ),
      /\b(?:not|n't|cannot) (?:generali[sz]e|perform|work|detect|handle)\b[^\n.]{0,40}\b(?:other languages|non-English|languages other than)\b|\bdid not test\b[^\n.]{0,40}\bnon-English\b|\blanguages with limited\b/i,
      // The number of languages supported or trained in ("supports 12 languages", "trained in over 30 languages").
      /\b(?:supports?|(?:trained|pre-?trained|available) (?:in|on|for)) (?:more than |over |up to |about |around )?\d{1,3}\+?\s{1,3}(?:different |natural |working )?languages\b|\d{1,3}\s{0,2}种语言|支持[^\n。]{0,20}多语言/i,
      /\b(?:can|may|might|could|will) (?:include|produce|generate|reinforce|exhibit|contain|reflect)\b[^\n.]{0,60}\bstereotyp\w{0,6}\b|\btoys? for (?:boys|girls)\b/i,
      // Two languages the model is said to support or to be bilingual in ("supports both English and Chinese",
      // "bilingual in both Chinese and English", "bilingual (English & Chinese)"); not the languages of its training
      // data.
      new RegExp(
        `\\b(?:supports?|supporting|bilingual|speaks?)\\b[^\\n.]{0,25}?\\b(?:both )?${LANGUAGE}\\s{0,2}(?:and|&)\\s{0,2}${LANGUAGE}`,
        'i',
      ),
      // Language coverage spelled out: three or more languages named in one sentence ("supports English, Thai and
      // Vietnamese"), or the under-served languages the model is for.
      new RegExp(`(${LANGUAGE})[^\\n.]{0,24}(?!\\1)(${LANGUAGE})[^\\n.]{0,24}(?!\\1|\\2)${LANGUAGE}`),
      // Which languages work, said of this model ("primarily understand and generate content in English", "한국어 성능이
      // 낮게", "中国語と英語の性能が優れて", "на русском и английском языках").
      new RegExp(
        `\\b(?:primarily|mainly|mostly|only|exclusively|predominantly) (?:understands?|supports?|generates?|works? (?:well )?(?:in|with|on)|handles?|speaks?)\\b[^\\n.]{0,40}${LANGUAGE}`,
        'i',
      ),
      /\b(?:fran[cç]ais|anglais|espa[ñn]ol|ingl[eé]s|portugu[eê]s|deutsch|englisch) (?:uniquement|seulement|solamente|somente|apenas|nur)\b|\b(?:uniquement|seulement) en (?:fran[cç]ais|anglais)\b|\bsolo en (?:español|inglés)\b|\bapenas em (?:português|inglês)\b|\bnur (?:auf )?(?:Deutsch|Englisch)\b|(?:没有|不支持|无法)[^\n。]{0,30}(?:繁体|繁體)中文/i,
      /(?:中文|英文|中国語|英語|日本語|韓国語|한국어|영어|繁体中文|简体中文|繁體中文)[^\n。]{0,20}(?:性能|能力|성능|処理|처리|表现|效果)[^\n。]{0,8}(?:낮|떨어|부족|低|弱|差|不足|優れ|劣|不佳)|на (?:русском|английском|китайском|казахском|украинском)[^\n.]{0,30}языках/i,
      /\b(?:low[- ]resource|under-?(?:represented|served)|(?:South-?east|South) Asian|regional|African|Indic|indigenous) languages?\b/i,
      // "could have lower accuracy for some demographic groups".
      /\b(?:accuracy|performance|quality|results) (?:is|was|are|were) (?:\w+ )?(?:lower|worse|reduced|poorer)\b[^\n.]{0,30}\b(?:groups?|demographic\w{0,3}|skin|genders?|ethnic\w{0,6}|ages?|accents?|dialects?|women|men)\b|\b(?:lower|worse|reduced|degraded|poorer) (?:accuracy|performance|quality|results)\b[^\n.]{0,40}\b(?:groups?|demographic\w{0,3}|skin|genders?|ethnic\w{0,6}|ages?|accents?|dialects?)\b/i,
      // Who the data is mostly about: "the training data consist majoritarily of speech from white speakers".
      /\b(?:majority|majoritarily|mostly|predominantly|primarily|mainly|overwhelmingly)\b[^\n.]{0,40}\b(?:white|male|female|men|women|young|adults?|western|urban|north american|european)\b[^\n.]{0,20}\b(?:speakers?|people|individuals|subjects|participants|patients|faces|voices|users|population)\b/i,
      // Who the data leaves out: "Source data under-represents darker skin tones".
      /\bunder-?represent\w{0,4}\b[^\n.]{0,60}\b(?:skin|tones?|groups?|languages?|dialects?|populations?|women|men|ethnic\w{0,6}|demographic\w{0,3}|regions?|ages?|genders?|accents?)\b/i,
      // Bias measured (test/accuracy/LABELLING.md, equity & access: "bias or fairness across groups with specifics or
      // measurements, disaggregated results"): the standard social-bias benchmarks named, results split by group, a gap
      // between groups.
      /\b(?:BBQ|WinoBias|WinoGender|CrowS-Pairs|StereoSet|HolisticBias|DiscrimEval)\b|\bBOLD (?:benchmark|dataset)\b|\bBias Benchmark for QA\b/,
      /\b(?:results|performance|accuracy|metrics|scores|WER|error rates?)\b[^\n.]{0,30}\b(?:broken down|split|stratified|disaggregated|reported|measured|compared) (?:by|across|per|for each) (?:gender|age|race|ethnicity|skin|accent|dialect|demographic|subgroup|sex)\w{0,6}\b|\b(?:across|between) (?:different )?(?:demographic|ethnic|racial|gender|age) (?:groups|subgroups)\b|\b(?:gap|disparit\w{1,3}|differences?) (?:in \w+ )?between (?:male|female|men|women|genders|sexes)\b/i,
      // Which languages or cultures do not work, said plainly ("has not been evaluated for languages other than
      // English", "performance on non-English text is lower", "higher word error rate for speakers with other accents",
      // "may underperform on content from other cultures").
      /\bnot (?:been )?(?:evaluated|tested|validated|assessed)\b[^\n.]{0,30}\b(?:languages other than|non-English|other languages|other dialects)\b|\b(?:performance|accuracy|quality|results)\b[^\n.]{0,20}\b(?:on|for|in) (?:non-English|other languages|languages other than English)\b[^\n.]{0,30}\b(?:lower|worse|degrad\w{1,3}|limited|poorer|reduced|drops?)\b|\bhigher (?:word |character )?error rates?\b[^\n.]{0,40}\b(?:accents?|dialects?|speakers|languages|groups)\b|\b(?:other|non-Western|different|minority) cultures\b|\b(?:Western|US|U\.S\.|American|English)[- ]centric\b/i,
      // Languages the model cannot serve, accents and dialects covered, a supported-language list ("limit its ability
      // to provide responses in languages other than English", "Diverse Accents (UK, Irish, American)", "the following
      // languages are supported:").
      /\b(?:limit\w{0,3}|unable|cannot|can't|struggl\w{0,3}|poor\w{0,2}|weak\w{0,2}|not support\w{0,2})\b[^\n.]{0,60}\b(?:languages other than|non-English|other languages)\b|\b(?:diverse|different|various|multiple|regional|non-native) (?:accents|dialects)\b|\bfollowing languages (?:are )?supported\b|\bsupports? the following languages\b/i,
      // A count of supported languages and what lies beyond them ("than the 8 supported languages", "languages beyond
      // the 8 supported languages"); bias named by the groups it concerns ("biases related to race, gender and
      // religion").
      /\b(?:\d{1,3}|eight|ten|twelve) (?:officially )?supported languages\b|\blanguages beyond (?:the )?(?:\d{1,3} )?supported\b|\bbias(?:es|ed)? (?:related to|across|against|towards?|regarding|with respect to) (?:[\w-]+,? (?:and |or )?){0,3}(?:race|gender|religion|ethnicity|nationality|disability|sexual orientation|skin (?:tone|colou?r))\b/i,
      // Quality that varies by language, accent or group ("Performance varies across languages and accents").
      /\b(?:performance|accuracy|quality|WER|error rates?|results) (?:varies|vary|differs?|drops?|degrades?) (?:\w+ )?(?:across|between|by|for|among) (?:different )?(?:languages|accents|dialects|demographic\w{0,3}|groups|genders?|speakers|skin)\b/i,
      // Several languages named in Chinese ("支持中文、英文、日文、韩文等多种语言").
      /(?:中文|英文|日文|韩文|法文|德文|西班牙文|俄文|阿拉伯文|汉语|英语|日语|韩语|法语|德语|西班牙语|俄语|阿拉伯语)[、，,和与及](?:中文|英文|日文|韩文|法文|德文|西班牙文|俄文|阿拉伯文|汉语|英语|日语|韩语|法语|德语|西班牙语|俄语|阿拉伯语)[、，,和与及](?:中文|英文|日文|韩文|法文|德文|西班牙文|俄文|阿拉伯文|汉语|英语|日语|韩语|法语|德语|西班牙语|俄语|阿拉伯语)/,
    ],
  },
  {
    id: 'broader_society',
    title: 'Broader Society',
    paperTitle: 'Broader Societal Impact',
    subAreas: [
      'privacy and personal data',
      'copyright and TDM opt-outs',
      'environmental cost',
      'labour',
      'misinformation and synthetic-content detection',
    ],
    opportunities:
      'Less redundant training (lower environmental cost), a counterweight to concentration of power, public trust through transparency.',
    risks: 'Copyright and data provenance, privacy, labour impact, misinformation, environmental cost.',
    evidence:
      'PII-handling statement, copyright policy link, `co2_eq_emissions`, data-labour disclosure, watermarking/detection statement.',
    headings: [
      /\bsocietal\b/i,
      /\bsociety\b/i,
      /\bsocial impact\b/i,
      /\bethic(s|al)\b/i,
      /\bprivacy\b/i,
      /\bcopyright\b/i,
      /\bmisinformation\b/i,
      /社会|伦理/,
    ],
    // Not keywords: privacy, copyright and misinformation are named in boilerplate lists far more often than they are
    // assessed (test/accuracy: keywords alone lowered agreement on the holdout half). Only statements of what was done
    // about them in this model's data. An energy or carbon figure also counts (analysis.ts, from the disclosure).
    prose: [
      // The training data's licence named ("the training corpus is CC BY-NC-ND 4.0", "Derived from LT Wikipedia
      // (CC-BY-SA-4.0)"): the copyright terms of the data.
      /\b(?:training (?:data|corpus|set)|datasets?|corpus|corpora|Wikipedia|recordings)\b[^\n.]{0,80}?(?:\bCC[- ]BY|\bCC0\b|\bODC-?BY\b|\bpublic domain\b)/i,
      // Training data that cannot be released or redistributed ("we cannot directly release the training file due to
      // licensing issues", "Due to third-party restrictions, the full dataset cannot be redistributed"), source and
      // dataset licences a user must follow, a dataset's licence stated ("Licença do dataset", "数据采用 … 协议"), copyright
      // or trademarks inherited from the training data, recordings made without consent, and privacy implications for a
      // use.
      /\b(?:cannot|can't|can not|could not|are unable to|are not able to)\s(?:\w+\s){0,2}(?:share|release|distribute|publish|redistribute)\b[^\n.]{0,60}\b(?:due to|because of)\b|\b(?:cannot|can't|may not) be (?:re)?distributed\b|\bdue to (?:third-party|licen[cs]ing|copyright|privacy) (?:restrictions|issues|reasons|constraints)\b|\b(?:source|dataset|original) licen[cs]es?\b[^\n.]{0,60}\b(?:must|should|need to)\b|\bmust follow the (?:relevant )?(?:source )?licen[cs]es?\b|\bLicen[cç]a do dataset\b|\bdataset licen[cs]e\b|数据(?:采用|使用|遵循)[^\n。]{0,30}(?:协议|许可)|\b(?:copyright|trademark)\w{0,2}\b[^\n.]{0,60}\b(?:training data|datasets?)\b|\bwithout (?:their |the (?:speakers?'?|subjects?'?|individuals?'?) )?consent\b|\bprivacy implications for\b/i,
      // Data that cannot be shared for rights or privacy reasons ("We are not able to share all of our dataset due to
      // copyright issues", "It is not possible for us to freely release the fine-tuning data due to access
      // restrictions"), a model licence that follows its dataset's, and personal data or data protection in Spanish,
      // Portuguese, French and German ("keine Originaldaten wegen Datenschutz").
      /\b(?:not (?:able|possible|allowed)|unable|cannot|can't)\b[^\n.]{0,20}\bto (?:freely )?(?:share|release|distribute|publish)\b[^\n.]{0,60}\b(?:due to|because of)\b|\blicen[cs]e of (?:its|it's|the) (?:corresponding |original |training )?data(?:sets?)?\b|\bdatos personales\b|\bdados pessoais\b|\bdonnées personnelles\b|\bpersonenbezogene\w{0,2} Daten\b|\bDatenschutz\w{0,6}/i,
      // Personal data said to be absent ("No personal or sensitive data included."), copyleft code excluded from the
      // training data, intellectual property in the data ("do not own any … intellectual property rights of the
      // datasets"), and personal health information in the inputs.
      /\bno (?:personal|sensitive|personally identifiable|private)\b[^\n.]{0,30}\b(?:data|information)\b[^\n.]{0,20}\b(?:is |are |was |were )?(?:included|used|collected|stored|contained|present)\b|\b(?:exclud\w{1,3}|remov\w{1,3}|filter\w{0,3})\b[^\n.]{0,40}\bcopyleft\b|\bintellectual property\b[^\n.]{0,30}\b(?:datasets?|training data)\b|\bpersonal health information\b/i,
      // Misinformation the model's outputs can introduce ("OCR errors can potentially introduce misinformation", "could
      // be misinterpreted as causal claims"), text the authors do not own, data kept back, transformed or protected for
      // privacy ("due to privacy conditions", "applied for privacy compliance", "完全保护用户隐私"), and listeners told that
      // speech is synthesised.
      /\b(?:introduce|produce|generate|create|cause)s? (?:\w+ )?misinformation\b|\bmisinterpret\w{0,5} as\b|\b(?:do not|don't|does not) own (?:any of )?the (?:text|data|content|images|recordings)\b|\b(?:due to|because of) privacy\b|\bfor (?:privacy|confidentiality) (?:compliance|protection|reasons|purposes)\b|保护[^\n。]{0,6}隐私|\binform (?:the )?(?:listeners|viewers|readers|audience)\b[^\n.]{0,60}\b(?:synthesi[sz]ed|generated|artificial)\b/i,
      // Training data chosen for its licence ("publicly available datasets with permissive license").
      /\bdatasets?\b[^\n.]{0,40}\bwith (?:a )?(?:permissive|open|commercially usable|commercial-friendly) licen[cs]es?\b/i,
      // Misinformation, impersonation and fraud forbidden as uses of this model ("Do not use our models for
      // impersonation without consent, misinformation or deception"), and synthetic text detection ("ML-based detection
      // methods can give experts reasonable suspicion that an actor is generating synthetic text").
      /\b(?:do not|don't|must not|should not|never|not be used|prohibited|forbidden)\b[^\n.]{0,80}\b(?:impersonat\w{1,4}|misinformation|disinformation|fake news|deepfakes?)\b|\bdetect\w{0,5}\b[^\n.]{0,90}\b(?:synthetic|generated|machine-generated|AI-generated) (?:text|media|images?|audio|speech|content)\b/i,
      // The licensing of the training data stated (test/accuracy/LABELLING.md, broader society: copyright of training
      // data): "working only with properly licensed speech recordings", corpora "under CC0, CC BY …" or "the ODC
      // Attribution License", a provider's terms of use for generated data, data withheld "due to licenses", "no data
      // generated by proprietary LLMs".
      /\b(?:properly|fully|openly|permissively) licen[cs]ed (?:speech|audio|texts?|images|data|recordings|content|corpora|datasets?)\b|\b(?:licensed|copyright-?free) (?:\w+ ){0,2}(?:recordings|texts|corpora)\b|\b(?:data|dataset|corpus|corpora|subsets?)\b[^\n.]{0,80}\b(?:under|with) (?:the |an? )?(?:CC0|CC[- ]BY(?:[- ]\w{2}){0,2}|ODC[- ]?BY|ODC Attribution|Open Data Commons|ODbL)\b|\b(?:OpenAI|ChatGPT|GPT-4)(?:.s)? (?:\[)?terms of (?:use|service)\b|\bdue to (?:the )?(?:licen[cs]\w{1,3}|copyright)\b[^\n.]{0,40}\b(?:cannot|can.t|not) (?:release|share|redistribute)\b|\b(?:cannot|can.t|not) (?:release|share|redistribute)\b[^\n.]{0,40}\bdue to (?:the )?(?:licen[cs]\w{1,3}|copyright)\b|\bnot? (?:involve|use|include)s? any (?:data|outputs?) (?:generated by|from) (?:proprietary|closed)\b/i,
      // Consent, copyright holders, personal data the data may hold, and a licence imposed by the training data ("You
      // should not assume consent to record and analyze private speech", "in discussion with the copyright holder",
      // "may still contain email addresses, phone numbers", "licensed under CC-BY-NC due to the training data").
      /\bassume consent\b|\bconsent\b[^\n.]{0,30}\b(?:to record|is required|required|needed|obtained)\b|\bprivacy-first\b|\b(?:with|from|by|of) (?:the )?copyright (?:holders?|owners?)\b|\b(?:contain|include|expose|leak|reveal)\w{0,2}\b[^\n.]{0,60}\b(?:email addresses|phone numbers|IP addresses|home addresses|personal information)\b|\blicen[cs]\w{1,3}\b[^\n.]{0,40}\b(?:due to|because of|inherited from) (?:the )?(?:training )?data\b/i,
      /\b(?:does not|doesn't|do not|don't|did not) (?:contain|include|collect|store) (?:any )?(?:personal|sensitive|private|identifying|identifiable)\b|\b(?:PII|personal(?:ly identifiable)? (?:information|data))\b[^\n.]{0,60}\b(?:removed|filtered|scrubbed|anonymi[sz]ed|redacted|masked|excluded)\b|\b(?:removed|filtered(?: out)?|scrubbed|anonymi[sz]ed|redacted|masked)\b[^\n.]{0,40}\b(?:PII|personal(?:ly identifiable)? (?:information|data))\b|\bprivacy[- ](?:respecting|preserving)\b/i,
      // Privacy in the languages most used on the Hub after English ("protegen la privacidad", "Nenhuma informação … de
      // identificação pessoal é utilizada").
      /\bPHI\b|\bde-?identifi\w{0,8}\b|\bprotected health information\b/,
      /\bproteg\w{0,3} (?:la |a )?privacida\w{1,2}\b|\b(?:nenhuma|ninguna|aucune|keine)\b[^\n.]{0,60}\b(?:pessoa\w{0,2}|personal\w{0,2}|personnelle\w?|personenbezogen\w{0,2})\b|\b(?:datos personales|dados pessoais|données personnelles|personenbezogene Daten)\b[^\n.]{0,40}\b(?:anonimi\w{0,5}|anonymis\w{0,5}|eliminad\w{0,2}|removid\w{0,2}|supprim\w{0,4}|entfernt)\b/i,
      /\b(?:AI-generated|AIGC|synthetic|deepfake) (?:(?:image|media|content|video|audio) )?detect(?:ion|or|ing)\b/i,
      // Copyrighted or personal data and what the model may do with it, misleading media it can make, the people behind
      // the data (compensation, consent, opt-outs).
      /\bcopyright(?:ed)? (?:material|content|works?|images|text|data)\b|\b(?:memori[sz]\w{0,3}|regurgitat\w{0,3}|reproduc\w{0,3}|leak\w{0,3})\b[^\n.]{0,40}\b(?:personal|private|sensitive|training) (?:information|data)\b|\b(?:could|can|may|might) (?:be used to |enable |facilitate |help )?(?:create |generate |produce |spread )?[^\n.]{0,30}\b(?:deepfakes?|misleading (?:content|images|media|videos?)|disinformation|impersonat\w{0,5})\b|\b(?:artists?|creators?|annotators?|workers?|labell?ers?|rights[- ]holders?)\b[^\n.]{0,60}\b(?:compensat\w{0,5}|paid|consent\w{0,3}|opt(?:ed)?[- ]out)\b|\brobots\.txt\b|\bopt[- ]outs?\b|\b(?:with|without) (?:the )?(?:informed|explicit|written) consent\b|\bconsent (?:of|from) (?:the )?(?:participants|speakers|subjects|users|individuals|people)\b/i,
      /\bsubject to the (?:original )?[\w/ -]{0,30}(?:dataset|data|licen[cs]e)(?:'s)? (?:terms|licen[cs]es?|conditions)\b|著作権|版权(?!所有|归|声明|重|许可)|저작권|авторск[а-яё]{0,3} прав/i,
      // Synthetic media and its detection; attribution under the source data's licences.
      /\bpotential for (?:deepfakes?|disinformation|misinformation|impersonation)\b|\bdeepfakes? (?:and|or) (?:disinformation|misinformation)\b/i,
      /\b(?:watermark(?:ing|ed|s)?(?!-free)|C2PA|content credentials|synthetic[- ]media detection|NCII|CSAM|non-?consensual intimate)\b|\b(?:attribution|licen[cs]es?)\b[^\n.]{0,40}\b(?:of|for) the (?:source|training) data\b/i,
      /\btrained on (?:licensed|public[- ]domain|openly licensed|permissively licensed)\b|\b(?:agreements?|licen[cs]es?) with (?:the )?(?:rights?[- ]?holders|copyright (?:holders|owners))\b|\b(?:licensed|public[- ]domain) (?:and [^\n.]{0,30})?(?:images|music|audio|recordings)\b/i,
      // Personal data the model or its data may expose, and what was done ("we applied filters to remove PII", "removed
      // data from websites known to contain large amounts of personal information", "may generate personal information
      // about individuals"); machine output passed off as a person's.
      /\b(?:remove|filter(?: out)?|scrub|redact|anonymi[sz]e|mask|de-?duplicate)s? (?:any |all |the )?(?:PII|personal(?:ly identifiable)? (?:information|data))\b|\b(?:removed|filtered(?: out)?|excluded)\b[^\n.]{0,70}\b(?:personal(?:ly identifiable)? (?:information|data)|PII)\b|\b(?:generate|output|reveal|disclose|expose|leak)s? (?:\w+ ){0,3}(?:personal|private|sensitive) (?:information|data)\b|\b(?:presented|passed off|represented) as (?:human|real|authentic)\b/i,
      // Consent for people's voices, faces or data ("Do not produce audio resembling real individuals without
      // permission").
      /\b(?:resembl\w{1,5}|imitat\w{1,5}|clon\w{1,4}|impersonat\w{1,5})\b[^\n.]{0,40}\b(?:real )?(?:individuals|people|persons?|voices?|speakers?)\b[^\n.]{0,30}\bwithout (?:their |the |explicit )?(?:permission|consent)\b/i,
      // Personal data the model never touches, said of this model ("It does not process PII").
      /\b(?:does not|doesn't|do not|don't|did not|never) (?:process|use|retain|log|share|require|see)\w{0,2} (?:any )?(?:PII|personal(?:ly identifiable)? (?:information|data)|sensitive (?:personal )?(?:information|data)|patient data|user data)\b/i,
      // No personal data, said in one line of this model's data ("No PII was used", "The dataset contains no personal
      // data"): assessed by the readers' convention (test/accuracy/LABELLING.md).
      /\bno (?:PII|personal(?:ly identifiable)? (?:information|data)|sensitive (?:personal )?(?:information|data)|(?:real |actual )?(?:patient|participant|user|customer) data|identifying information)\b|\b(?:store|keep|retain|collect|log)s? no (?:personal )?(?:information|data)\b/i,
      // Memorisation of training data measured (privacy).
      /\bmemori[sz]ation (?:rates?|evaluations?|analys[ie]s|tests?|testing|benchmarks?)\b/i,
      // Copyrighted material and disinformation in the same list ("copyrighted or licensed material in violation of its
      // terms", "Mis- and disinformation").
      /\bcopyrighted or licensed (?:material|content|works?)\b|\bmis- and disinformation\b/i,
      // Identifiers left out of this model's data, privacy stated as no concern for it ("excludes direct identifiers",
      // "No privacy concerns with public dataset"), training data kept to permissive licences ("only keep files with
      // permissive licenses for model training").
      /\b(?:excludes?|excluded|removed|strips?|stripped|without) (?:all |any )?(?:direct |personal |patient |user )?identifiers\b|\bno privacy (?:concerns?|issues|risks?)\b|\b(?:only|exclusively) (?:keep|kept|use|used|include|included|select|selected)\b[^\n.]{0,40}\bpermissive(?:ly)? licen[cs]e[ds]?\b/i,
      // Personal data removed, in Chinese and Japanese ("对…个人信息进行脱敏处理", "個人情報を除去").
      /(?:个人信息|个人隐私|隐私信息|個人情報)[^\n。]{0,20}(?:脱敏|去除|删除|过滤|匿名|除去|削除|マスク)|(?:脱敏|匿名化)处理/,
    ],
  },
];

export type RiskAreaId = RiskArea['id'];
export const RISK_AREA_IDS: readonly RiskAreaId[] = RISK_AREAS.map((a) => a.id);

export function getRiskArea(id: string): RiskArea | undefined {
  return RISK_AREAS.find((a) => a.id === id);
}

export const ASSESSMENT_STATUSES = ['assessed', 'not-applicable', 'unassessed', 'in-progress'] as const;
