// What the undisclosed-* and unassessed-risk-area rules credit beyond headings, and what they say when a card
// withholds a disclosure: table labels, `base_model:`, disclosures by reference, risk areas assessed in prose.
// The phrasings come from real cards (test/accuracy, tune half); these tests pin the behaviour, not the cards.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, lint, reportData, reportMarkdown } from './engine.mjs';

const opts = { config: { profile: 'strict', rules: {} }, kind: 'model-card' };
const run = (text) => lint(text, 'README.md', opts);
const status = (text, id) => run(text).analysis.disclosures.get(id);
const quote = (r, span) => r.doc.text.slice(span.start, span.end);

describe('disclosure evidence', () => {
  it('reads a key/value table row, not the header row', () => {
    const r = run('# m\n\n| Attribute | Details |\n|---|---|\n| **License** | MIT |\n');
    const s = r.analysis.disclosures.get('license');
    assert.equal(s.state, 'present');
    assert.equal(s.evidence.kind, 'label');
    assert.equal(quote(r, s.evidence.span), 'License');
    assert.equal(status('# m\n\n| License | Params |\n|---|---|\n| x | 7B |\n', 'license').state, 'missing');
  });

  it('reads a licence said in a sentence, results with decimal commas, and a "(to be filled)" note as a placeholder', () => {
    assert.equal(status('# m\n\nWe release our models and this code under MIT.\n', 'license').state, 'present');
    assert.equal(status('# m\n\nWe release our training code under MIT.\n', 'license').state, 'missing');
    const table = '| Modelo | MAP | NDCG |\n|---|---|---|\n| **mlp** | **0,7593** | **0,6948** |\n';
    assert.equal(status(`# m\n\n## Desempenho\n\n${table}`, 'evaluation').state, 'present');
    assert.equal(
      status(
        '# m\n\n## Model Performance\n\n(To be filled after final model evaluation on a test set.)\n',
        'evaluation',
      ).state,
      'empty',
    );
  });

  it('reads a translated section title as a label, and a single-brace template slot as no value', () => {
    const r = run('# m\n\n**Uso pretendido.** Ranqueamento de vitrine e recomendações de apoio.\n');
    const s = r.analysis.disclosures.get('intended-use');
    assert.equal(s.state, 'present');
    assert.equal(quote(r, s.evidence.span), '**Uso pretendido.**');
    assert.equal(
      status('# m\n\n- **Datos de entrenamiento:** {DESCRIPCION_DATOS}\n', 'training-data').state,
      'missing',
    );
    // A translated "Hardware:" label is not training compute.
    assert.equal(status('# m\n\n**Phần cứng:** Khuyến khích sử dụng GPU H100.\n', 'compute').state, 'missing');
  });

  it('reads a column of a headed table from its second column on (CRLF line endings too)', () => {
    const r = run('# m\r\n\r\n| Model | Train FLOPs |\r\n|:---|:---:|\r\n| m-7b | 4.6e23 |\r\n');
    assert.equal(r.analysis.disclosures.get('compute').state, 'present');
    assert.equal(
      status('# m\r\n\r\n| Dataset | A | B |\r\n|:---|:---:|:---:|\r\n| MMLU | 49.6 | 56.6 |\r\n', 'training-data')
        .state,
      'missing',
    );
  });

  it('credits the architecture from base_model, a named family or a classical estimator, not from a size alone', () => {
    assert.equal(
      status('---\nbase_model: meta-llama/Llama-3.1-8B\n---\n# m\n', 'architecture').evidence.kind,
      'front-matter',
    );
    assert.equal(status('# m\n\nA DistilBERT model for sentiment analysis.\n', 'architecture').state, 'present');
    assert.equal(
      status('# m\n\nWe trained a gradient boosting model on tabular data.\n', 'architecture').state,
      'present',
    );
    assert.equal(status('# m\n\n- Model type: Linear Discriminant Analysis (LDA)\n', 'architecture').state, 'present');
    assert.equal(status('# m\n\n- Framework: nnU-Net v2 2.5.2\n', 'architecture').state, 'present');
    assert.equal(status('# m\n\n- **Model type:** LinearSVM\n', 'architecture').state, 'present');
    assert.equal(
      status('# m\n\n本项目开源的模型由ChatGLM-6B LoRA 16-bit指令微调得到。\n', 'architecture').state,
      'present',
    );
    assert.equal(status('# m\n\nThe model has 314B parameters.\n', 'architecture').state, 'missing');
    assert.equal(status('# m\n\nOur model outperforms Llama 2 70B on every task.\n', 'architecture').state, 'missing');
  });

  it('credits the training procedure from a method tag and from "### Procedure" under "## Training"', () => {
    const lora = status('---\nlibrary_name: peft\ntags:\n- lora\n---\n# m\n', 'training-procedure');
    assert.deepEqual([lora.state, lora.evidence.kind], ['present', 'front-matter']);
    assert.equal(status('---\ntags: [sft]\n---\n# m\n', 'training-procedure').state, 'missing');
    const nested = '# m\n\n## Training\n\n### Data\n\nWikipedia and OpenSubtitles.\n\n### Procedure\n\n';
    const procedure = status(
      `${nested}We pre-trained the small model on a TPU v2-8 using Google Colab.\n`,
      'training-procedure',
    );
    assert.deepEqual([procedure.state, procedure.evidence.detail], ['present', 'section "Training"']);
    // "Procedure" under another parent says nothing of training.
    assert.equal(
      status('# m\n\n## Installation\n\n### Procedure\n\nClone the repository and build it.\n', 'training-procedure')
        .state,
      'missing',
    );
  });

  it('does not count a licence label or section whose value says there is none', () => {
    for (const body of [
      '- **License:** No License',
      '- **License:** N/A (Model is not available for public use)',
      '**License / paper:** none published for this project',
      "- **License:** Model card does not specify a particular license; check the base model's license.",
      '## License\n\nNot specified.',
      'The weights are released under a license.',
      '- **License:** other',
      'license: other\n---',
    ])
      assert.notEqual(status(`# m\n\n${body}\n`, 'license').state, 'present', body);
    // A template's key repeated as its value names no licence.
    assert.equal(status('---\nlicence: license\n---\n# m\n', 'license').state, 'missing');
    assert.equal(status('---\nlicence: apache-2.0\n---\n# m\n', 'license').state, 'present');
    for (const body of [
      '- **License:** Apache-2.0',
      '## License\n\nNone of the weights may be redistributed; see LICENSE.',
    ])
      assert.equal(status(`# m\n\n${body}\n`, 'license').state, 'present', body);
  });

  it('takes "N/A", "Not specified" or "Unknown" as no value for any disclosure, but "None for …" as an answer', () => {
    for (const [label, id] of [
      ['Training data', 'training-data'],
      ['Hardware', 'compute'],
      ['License', 'license'],
    ])
      for (const value of ['N/A', 'N/A (not public)', 'Not specified.', 'Unknown'])
        assert.notEqual(status(`# m\n\n- **${label}:** ${value}\n`, id).state, 'present', `${label}: ${value}`);
    assert.equal(
      status('# m\n\n- **Training Data**: None for MVP (heuristics + curated tips).\n', 'training-data').state,
      'present',
    );
  });

  it('does not count `license: other` without a name or link', () => {
    assert.equal(status('---\nlicense: other\n---\n# m\n', 'license').state, 'missing');
    assert.equal(
      status('---\nlicense: other\nlicense_name: acme-model-license\n---\n# m\n', 'license').state,
      'present',
    );
  });

  it('ignores a bare version in the Trainer framework list', () => {
    assert.equal(
      status('# m\n\n### Framework versions\n\n- Transformers 4.40.0\n- Datasets: 4.5.0\n', 'training-data').state,
      'missing',
    );
  });

  it('credits a pointer with a link as disclosed by reference, but not a pointer without one', () => {
    const r = run('# m\n\nEvaluation results are reported in our [technical report](https://example.org/r.pdf).\n');
    const s = r.analysis.disclosures.get('evaluation');
    assert.equal(s.evidence.kind, 'reference');
    assert.equal(s.evidence.detail, 'by reference to https://example.org/r.pdf');
    assert.equal(status('# m\n\nEvaluation results are reported in our paper.\n', 'evaluation').state, 'missing');
    // A link with another scheme is not a document.
    assert.equal(status('# m\n\nSee [the results](javascript:alert(1)).\n', 'evaluation').state, 'missing');
    // "Evaluation" and "benchmark" name the topic too, on either side of the link.
    for (const [text, url] of [
      [
        'For an automated evaluation of this model, see the benchmark: [SEB](https://seb.example/m)',
        'https://seb.example/m',
      ],
      [
        'Refer to Section 6 of the [Orca 2 paper](https://arxiv.org/pdf/2311.11045.pdf) for details on evaluations.',
        'https://arxiv.org/pdf/2311.11045.pdf',
      ],
      // A file of the repository named as the results, and link text in Chinese.
      ['See [BENCHMARK_RESULTS.md](BENCHMARK_RESULTS.md).', 'BENCHMARK_RESULTS.md'],
      ['Llama2 Chat模型的[中文问答能力评测](https://example.org/eval)', 'https://example.org/eval'],
      // A bare address, and results "shared at" a link.
      [
        'Evaluation results are all available in this repository: https://example.org/evaluation-results under each model.',
        'https://example.org/evaluation-results',
      ],
      ['Benchmarking results are shared at [Link1](https://example.org/p/1).', 'https://example.org/p/1'],
    ])
      assert.equal(status(`# m\n\n${text}\n`, 'evaluation').evidence.detail, `by reference to ${url}`, text);
  });

  it('says "withheld" when the card states it will not disclose the training data', () => {
    const r = run('# m\n\n## Training Data\n\nThe training data is proprietary and will not be released.\n');
    const f = r.findings.find((x) => x.ruleId === 'undisclosed-training-data');
    assert.equal(r.analysis.disclosures.get('training-data').state, 'withheld');
    assert.match(f.message, /^The training data is withheld: the card says so \("training data is proprietary"\)\./);
    assert.equal(quote(r, f.span), 'training data is proprietary');
  });

  it("does not take the code's licence for the model's", () => {
    const state = (text) => status(`# m\n\n${text}\n`, 'license').state;
    assert.notEqual(state('## License\n\nThe repository code is licensed under Apache-2.0.'), 'present');
    assert.equal(state('## License\n\nThe code is MIT; the model weights are released under CC-BY-4.0.'), 'present');
    assert.equal(state('## License\n\nThis project is licensed under the MIT License.'), 'present');
    assert.equal(state('**Permissive Apache 2.0 license:** use it commercially.'), 'present');
    assert.notEqual(
      status('# m\n\n## Evaluation\n\n### Results\n\n[More Information Needed]\n', 'evaluation').state,
      'present',
    );
  });

  it('does not call described data withheld because the data itself is unreleased, but does when its details are', () => {
    const state = (text) => run(`# m\n\n${text}\n`).analysis.disclosures.get('training-data').state;
    assert.equal(
      state('The model is trained on a 70K custom dataset of scanned forms. The data is not available to the public.'),
      'present',
    );
    assert.equal(state('The specific details of the training data are not publicly available.'), 'withheld');
    assert.equal(state('We do not disclose the training data.'), 'withheld');
  });

  it('reads a "Fine-tuning" subsection of the training procedure and a FAQ as the card speaking of itself', () => {
    assert.equal(
      status(
        '# m\n\n## Training procedure\n\n### Fine-tuning\n\nWe trained our model on a TPU v3-8 for 920k steps.\n',
        'compute',
      ).state,
      'present',
    );
    assert.equal(
      status('# m\n\n## FAQ\n\nQ: What hardware? A: It was trained on 8 A100 GPUs for 3 days.\n', 'compute').state,
      'present',
    );
  });

  it('reads what a how-to section states about this model, not what it tells the reader to do', () => {
    const card = (line) => `# m\n\n## Fine-tune\n\n${line}\n`;
    assert.equal(
      status(
        card('This reranker is initialized from xlm-roberta-base, and we train it with a contrastive loss.'),
        'training-procedure',
      ).state,
      'present',
    );
    assert.notEqual(
      status(card('You can train it with a contrastive loss for 3 epochs.'), 'training-procedure').state,
      'present',
    );
    // What the model cannot do, said under "Fine-tune" (FlagEmbedding's reranker card).
    assert.equal(
      status(
        card(
          'Currently, this model mainly supports Chinese and English, and may see performance degradation for other low-resource languages.',
        ),
        'limitations',
      ).state,
      'present',
    );
    assert.notEqual(
      status(card('If your model may see performance degradation, lower the learning rate.'), 'limitations').state,
      'present',
    );
    // What the model cannot do, said in its usage notes (SAM under "Usage"), but not the platform's limits.
    assert.equal(
      status(
        card('At this time of writing, passing a text as input is not supported by the official model.'),
        'limitations',
      ).state,
      'present',
    );
    assert.notEqual(
      status(card('Linux with Python 3.10 only. Mac and Windows are not supported.'), 'limitations').state,
      'present',
    );
  });

  it('reads a bold label after an emoji ("❌ **Not Recommended:**" over a list), the emoji outside the label', () => {
    const card =
      '# m\n\n## Use\n\n✅ **Recommended:**\n- Market research\n\n❌ **Not Recommended:**\n- Financial decisions\n';
    const d = status(card, 'out-of-scope-use');
    assert.equal(d.state, 'present');
    assert.equal(d.evidence.kind, 'label');
    assert.equal(card.slice(d.evidence.span.start, d.evidence.span.end), '**Not Recommended:**');
  });

  it('a training section addressed only to the reader is not the training procedure', () => {
    assert.notEqual(
      status('# m\n\n## Training\n\nYou can fine-tune the model with LoRA using our script.\n', 'training-procedure')
        .state,
      'present',
    );
    assert.equal(
      status(
        '# m\n\n## Training\n\nYou can find our script below. We fine-tuned it with LoRA for 3 epochs.\n',
        'training-procedure',
      ).state,
      'present',
    );
  });

  it('knows how-to headings in Japanese and Korean', () => {
    // Qwen's Japanese README: "do not use the BF16 model" is a step of its fine-tuning recipe, not an out-of-scope use.
    for (const title of ['ファインチューニング', '使用方法', '사용 방법'])
      assert.equal(
        status(`# m\n\n## ${title}\n\nBF16モデルは使用し**ない**でください！\n`, 'out-of-scope-use').state,
        'missing',
        title,
      );
    assert.equal(status('# m\n\n## 注意\n\nBF16モデルは使用しないでください！\n', 'out-of-scope-use').state, 'present');
  });

  it("does not take the card's title for a how-to section because it names a demo", () => {
    const card =
      '# Acme Demo\n\nA sentiment classifier.\n\n## Notes\n\nThis model should not be used for surveillance.\n';
    assert.equal(status(card, 'out-of-scope-use').state, 'present');
    // A level-1 "Usage" among other level-1 sections is still a how-to section.
    const flat = '# Acme\n\nA model.\n\n# Usage\n\nIt should not be used for surveillance, you know.\n';
    assert.equal(status(flat, 'out-of-scope-use').state, 'missing');
  });

  it('reads how-to sections for the intended use but not for the training procedure', () => {
    assert.equal(
      status('# m\n\n## How to use\n\nYou can use the raw model for image classification.\n', 'intended-use').state,
      'present',
    );
    assert.equal(
      status('# m\n\n## Fine-tuning\n\nYou can customize it with SFT, SteerLM or RLHF.\n', 'training-procedure').state,
      'missing',
    );
  });
});

describe('risk areas assessed in prose', () => {
  const risk = (text, id) => run(text).analysis.risks.get(id);
  it('credits a statement about the area anywhere in the body', () => {
    const s = risk(
      '# m\n\nGPT-J was trained on an English-language only dataset and will not generalise to other languages.\n',
      'equity_and_access',
    );
    assert.equal(s.state, 'assessed');
    assert.equal(s.source, 'body');
    assert.equal(
      risk(
        '# m\n\nThe Pile was not deduplicated before training, so benchmark contamination is possible.\n',
        'research_and_innovation',
      ).state,
      'assessed',
    );
    assert.equal(risk('# m\n\nIt does not detect jailbreak attacks.\n', 'safety_and_security').state, 'assessed');
    for (const [text, id] of [
      ['To accelerate research, we are providing access to pretrained model checkpoints.', 'research_and_innovation'],
      ['我们提供了模型的训练数据集，共计八千余条。', 'research_and_innovation'],
      [
        'However, the code in this repo is not the same code that was used to train the model.',
        'research_and_innovation',
      ],
      ['We averaged the results over 3 runs.', 'research_and_innovation'],
      ['Avaliação em dados sintéticos (3.000 usuários × 1.000 itens).', 'research_and_innovation'],
      ['Do not use this model to generate misleading content (e.g. fake news).', 'safety_and_security'],
      ['我们对模型进行了安全对齐。', 'safety_and_security'],
      ['Do not produce audio resembling real individuals without permission.', 'broader_society'],
      ['**Bilingual:** supports both English and Chinese.', 'equity_and_access'],
      ['The model is only trained and tested on English data.', 'equity_and_access'],
      ['No real participant data are included in the current framework.', 'broader_society'],
      ['We store no information of the users other than what is needed to review flagged output.', 'broader_society'],
      ['They can be used as a baseline for generative modeling research.', 'research_and_innovation'],
      ['我们随机采样了1000个对话回复，并统计了这些回复中的不良回复。', 'safety_and_security'],
      ['Trained on a single speaker variety — may not generalize well to all dialects.', 'equity_and_access'],
      ['Training logs, checkpoints, plots all included for transparency.', 'research_and_innovation'],
      ['多言語対話（例：日本語、英語、中国語）に対応します。', 'equity_and_access'],
      ['モデルは英語入力のみをサポートしています。', 'equity_and_access'],
      ['이 모델은 한국어, 영어, 중국어를 지원합니다.', 'equity_and_access'],
      ['Clinical decision support systems can create over-reliance on algorithmic predictions.', 'safety_and_security'],
      ['It has the potential to be used in a surveillance context.', 'safety_and_security'],
      [
        'We remove sensitive words related to politics, pornography, violence and terrorism from the dataset.',
        'safety_and_security',
      ],
      ['不应过度依赖、服从、相信模型的输出。', 'safety_and_security'],
      ['The instruction data was decontaminated against HumanEval and MBPP.', 'research_and_innovation'],
      ['We are working only with properly licensed speech recordings.', 'broader_society'],
      [
        'We include the Stanford Alpaca dataset, which was made available under the ODC Attribution License.',
        'broader_society',
      ],
      ['Due to licenses, we cannot release raw content.', 'broader_society'],
      ['The training does not involve any data generated by proprietary LLMs such as GPT-4.', 'broader_society'],
      [
        'We recommend against using the model in medical applications without extensive use-case alignment and additional testing.',
        'safety_and_security',
      ],
      ['We have not designed sufficient security measures.', 'safety_and_security'],
      ['Access to download the model requires a manual review of requests.', 'safety_and_security'],
      [
        'You agree to only use voices whose speakers grant the permission to have their voice cloned.',
        'safety_and_security',
      ],
      ['The samples shown are not cherry-picked.', 'research_and_innovation'],
      ['The Git-10M training corpus is CC BY-NC-ND 4.0, which restricts (re)training.', 'broader_society'],
      ['Language model: Derived from LT Wikipedia (CC-BY-SA-4.0).', 'broader_society'],
      ['- **Thai only.** Trained exclusively on Thai speech; no other language was seen.', 'equity_and_access'],
      ['- [x] Release model weights', 'research_and_innovation'],
      ['We also provide the [pretrained models](https://example.org/drive).', 'research_and_innovation'],
      ['测试集数据均未参与BiLLa的训练。', 'research_and_innovation'],
      [
        'Trained on Brazilian Portuguese; performance on European Portuguese (PT-PT) may be lower.',
        'equity_and_access',
      ],
      ['Any clinical use must involve review by a qualified healthcare professional.', 'safety_and_security'],
      [
        'Healthcare professionals should review all model predictions before clinical decisions.',
        'safety_and_security',
      ],
      ['We cannot directly release the training file due to licensing issues.', 'broader_society'],
      ['Due to third-party restrictions, the full dataset cannot be redistributed.', 'broader_society'],
      [
        'Any reconstructed names or imagery must follow the relevant source licenses and ethics rules.',
        'broader_society',
      ],
      ['| Licença do dataset | CC BY 4.0 |', 'broader_society'],
      ['数据采用 [CC BY-NC 4.0](LICENSE_DATA) 协议。', 'broader_society'],
      ['The model inherits potential copyright and trademark restrictions from the training data.', 'broader_society'],
      ['We caution against transcribing recordings of individuals taken without their consent.', 'broader_society'],
      ['Not intended for surveillance, geofencing or policing.', 'safety_and_security'],
      ['The datasets have been filtered to remove responses where the model refuses to answer.', 'safety_and_security'],
      ['生产环境必须配置输入输出审核、限流和人工升级路径。', 'safety_and_security'],
      ['Optimized primarily for Indonesian; other languages may produce suboptimal results.', 'equity_and_access'],
      ['Abstractive and extractive summarization models, mostly for Russian language.', 'equity_and_access'],
      ['An experimental model for translating from English to Russian.', 'equity_and_access'],
      ['| Geographic Bias | Limited to European landscapes |', 'equity_and_access'],
      ['Fairness is not assessed for lack of a protected attribute in the data.', 'equity_and_access'],
      [
        "The configuration to duplicate this build is provided in this repo's config folder.",
        'research_and_innovation',
      ],
      ['This repo holds code, data, and pretrained weights for the model.', 'research_and_innovation'],
      ['Download the pretrained and fine-tuned checkpoints of all experiments.', 'research_and_innovation'],
      ['We are not able to share all of our dataset due to copyright issues.', 'broader_society'],
      ["The pretrained model follows the license of it's corresponding dataset.", 'broader_society'],
      ['El MVP está diseñado para evitar datos personales reales.', 'broader_society'],
      ['Im Repository liegen keine Originaldaten wegen Datenschutz.', 'broader_society'],
      [
        'The data chosen for testing was not part of the original dataset used to develop or train the model.',
        'research_and_innovation',
      ],
      ['You can reproduce our published result with it.', 'research_and_innovation'],
      [
        'This section describes the steps for downloading, cleaning and tokenizing a large French corpus.',
        'research_and_innovation',
      ],
      [
        '「表記ゆれに頑健なBERTモデルの構築」の実験において使用したモデルを以下で公開しています。',
        'research_and_innovation',
      ],
      ['They provide suboptimal performances for languages other than English.', 'equity_and_access'],
      ['Trained on US hospital data; external validation required for non-US populations.', 'equity_and_access'],
      ['We add a method to deploy the tiny model to mobile devices.', 'equity_and_access'],
      ['El modelo podría comportarse de forma diferente entre grupos de edad.', 'equity_and_access'],
      [
        'Misclassifications in a clinical context, especially false negatives, can have health implications.',
        'safety_and_security',
      ],
      [
        'This repository contains all the tools for creating a dataset, training, and validating this model.',
        'research_and_innovation',
      ],
      [
        'A full walkthrough to train the model for your language can be found in the [TRAINING.md](TRAINING.md) doc.',
        'research_and_innovation',
      ],
      ['This evaluation dataset will also be open-sourced on GitHub simultaneously.', 'research_and_innovation'],
      [
        'We encourage researchers to investigate beneficial and new use cases for these models.',
        'research_and_innovation',
      ],
      ['While it handles multiple languages, performance is strongest on English content.', 'equity_and_access'],
      ['No paediatric or pregnancy cases in training data.', 'equity_and_access'],
      ['- Single language (Marathi only).', 'equity_and_access'],
      [
        'Checkpoints saved during training are intended to provide a controlled setting for scientific experiments.',
        'research_and_innovation',
      ],
      [
        'With every edge adaptation code open-sourced, developers can reproduce the on-device experience.',
        'research_and_innovation',
      ],
      ['我们为社区提供了Llama模型的预训练代码。', 'research_and_innovation'],
      ['> <sup>2: Reporting results from official results of each model.</sup>', 'research_and_innovation'],
      ['**Full Source Code & Training Data**: [GitHub](https://github.com/x/y)', 'research_and_innovation'],
      ['The paper used held-out checkpoints and cannot be reproduced with this checkpoint.', 'research_and_innovation'],
      ['- Trained on English conversational speech; may underperform on other languages', 'equity_and_access'],
      ['- Trained only on movie reviews in English.', 'equity_and_access'],
      ['Black-to-White AIR: 0.82', 'equity_and_access'],
      ['However, a relative difference is still observed between Europe and Africa.', 'equity_and_access'],
      ['Model is advisory only — all predictions require radiologist confirmation.', 'safety_and_security'],
      [
        'To limit exposition to too much explicit material, we carefully choose the sources beforehand.',
        'safety_and_security',
      ],
      ['Dolphin does not impose its ethics or guidelines on you.', 'safety_and_security'],
      ['No personal or sensitive data included.', 'broader_society'],
      ['Exclude projects under copyleft licenses.', 'broader_society'],
      ['We do not own any intellectual property rights of the datasets.', 'broader_society'],
      ['OCR errors can potentially introduce misinformation if results are not verified.', 'broader_society'],
      ['The model outputs could be misinterpreted as causal claims about risk changes.', 'broader_society'],
      ['We do not own any of the text from which this data has been extracted.', 'broader_society'],
      ['No clinical information is provided in this repo due to privacy conditions.', 'broader_society'],
      ['能够在个人PC或手机上完成部署，完全保护用户隐私。', 'broader_society'],
      [
        'You agree to inform the listeners that the speech samples are synthesized by the pre-trained models.',
        'broader_society',
      ],
      ['False negatives may miss implicit, coded, or emerging extremist language.', 'safety_and_security'],
      ['Les résultats ci-dessus peuvent être reproduits avec le script `run.sh`.', 'research_and_innovation'],
      ['Evaluation is performed using these [scripts](https://example.org/src).', 'research_and_innovation'],
      ['A script for dataset generation: [generate_chat.py](https://example.org/g.py)', 'research_and_innovation'],
      ['We release the Fun-CosyVoice 3.0 eval set.', 'research_and_innovation'],
      ['We transparently create two German-only decoder models.', 'equity_and_access'],
      ['FinBERT has much better coverage of Finnish words than multilingual BERT.', 'equity_and_access'],
      ['It is suitable for deployment on devices with limited resources such as smartphones.', 'equity_and_access'],
      ['The package Aequitas was used to analyze the fairness of the dataset.', 'equity_and_access'],
      [
        'The tools used for preprocessing text for FinBERT training are available in the repository.',
        'research_and_innovation',
      ],
      ['`velocidad_kmh` se excluye deliberadamente por fuga de información.', 'research_and_innovation'],
      ['The test split is used only for final evaluation.', 'research_and_innovation'],
      ['Features V1–V28 are the result of a PCA transformation applied for privacy compliance.', 'broader_society'],
      ['So we want to make multilingual models with higher non-English language performance.', 'equity_and_access'],
      ['Do not use our models for impersonation without consent, misinformation or deception.', 'broader_society'],
      [
        'ML-based detection methods can give experts reasonable suspicion that an actor is generating synthetic text.',
        'broader_society',
      ],
      ['It was trained on publicly available datasets with permissive license.', 'broader_society'],
      ['Each model is trained in over 30 languages.', 'equity_and_access'],
      [
        'You are advised to implement your own alignment layer before exposing the model as a service.',
        'safety_and_security',
      ],
      ['Full training and data-generation code: see the GitHub repo linked above.', 'research_and_innovation'],
      ['Research on generative models, including understanding their limitations.', 'research_and_innovation'],
      ['为了保证模型评测的一致性，我们采用 OpenCompass 进行评测。', 'research_and_innovation'],
      ['The model may perform variably for different groups.', 'equity_and_access'],
      [
        'Blocking them wholesale would unfairly impact shift workers and international cardholders.',
        'equity_and_access',
      ],
      [
        'Our benchmark included balanced gender, balanced ethnicity, and people with different types of disabilities.',
        'equity_and_access',
      ],
      ['You should not assume consent to record and analyze private speech.', 'broader_society'],
      ['We are still in discussion with the copyright holder of one subcorpus.', 'broader_society'],
      [
        'The corpus may still contain sensitive information such as email addresses or phone numbers.',
        'broader_society',
      ],
      ['The models are licensed under CC-BY-NC due to the training data.', 'broader_society'],
      [
        'All the steps for preprocessing data and fine-tuning the pretrained model are described in the [notebook](./train.ipynb).',
        'research_and_innovation',
      ],
    ])
      assert.equal(risk(`# m\n\n${text}\n`, id).state, 'assessed', text);
    // The languages of the training data are not the languages the model is said to serve.
    assert.notEqual(
      risk(
        '# m\n\nIt was trained from scratch on 2 trillion tokens in both English and Chinese.\n',
        'equity_and_access',
      ).state,
      'assessed',
    );
    // An experiment tracker is not a bias section.
    assert.notEqual(
      risk(
        '# m\n\n## Weights & Biases\n\nTraining curves are logged to the team workspace at every step.\n',
        'equity_and_access',
      ).state,
      'assessed',
    );
    assert.notEqual(
      status(
        '# m\n\n## Weights & Biases\n\nTraining curves are logged to the team workspace at every step.\n',
        'limitations',
      ).state,
      'present',
    );
    // Copyright boilerplate is not a discussion of copyright; a generic "may produce harmful content" is not a safety
    // assessment, in Chinese as in English.
    assert.notEqual(risk('# m\n\n模型可能会生成有害内容。\n', 'safety_and_security').state, 'assessed');
    assert.notEqual(risk('# m\n\n版权所有 © 2024 Acme。\n', 'broader_society').state, 'assessed');
    // 版 + 权重 is "… version weights", and a copyright licence granted is licensing, not a discussion of copyright.
    // The usual 'not without further risk evaluation' sentence is not a model-specific safeguard.
    assert.notEqual(
      risk(
        '# m\n\nThe model should not be used on downstream applications without further risk evaluation and mitigation.\n',
        'safety_and_security',
      ).state,
      'assessed',
    );
    // A warranty disclaimer names copyright holders without discussing copyright.
    assert.notEqual(
      risk(
        '# m\n\nIn no event shall the authors, contributors, or copyright holders be liable for any claim.\n',
        'broader_society',
      ).state,
      'assessed',
    );
    for (const text of ['请各位获取原版权重后自行重构模型。', '审核通过后，将授予您一个可撤销的商用版权许可。'])
      assert.notEqual(risk(`# m\n\n${text}\n`, 'broader_society').state, 'assessed', text);
  });
  it('leaves a keyword in a generic list as a mention, not an assessment', () => {
    const s = risk(
      '# m\n\n## Bias, Risks, and Limitations\n\nThe model may show bias against dialects and can produce harmful text when misused.\n',
      'safety_and_security',
    );
    assert.equal(s.state, 'mentioned');
    assert.equal(
      risk('# m\n\n## Limitations\n\nRisks include privacy and misinformation.\n', 'broader_society').state,
      'mentioned',
    );
  });

  it("does not take a metric name or a licence's own words for an assessment", () => {
    for (const [text, area, state] of [
      // 再現率 is recall: a metric, not reproduction.
      ['| クラス | 再現率 | 適合率 |\n|---|---|---|\n| a | 0.9 | 0.8 |', 'research_and_innovation', 'missing'],
      ['結果を再現するスクリプトを公開しています。', 'research_and_innovation', 'assessed'],
      // A licence's own words are not an assessment of the data's rights.
      ['The weights are released under a copyleft licence.', 'broader_society', 'missing'],
      ['See the licence for intellectual property terms.', 'broader_society', 'missing'],
    ])
      assert.equal(risk(`# m\n\n${text}\n`, area).state, state, text);
  });
});

describe('where findings about what a card lacks are placed', () => {
  const at = (r, ruleId) =>
    r.findings
      .flatMap((f) => f.members ?? [f])
      .filter((f) => f.ruleId === ruleId)
      .map((f) => r.doc.text.slice(f.span.start, f.span.end));
  const CARD =
    '---\nlicense: mit\n---\n# tiny-llm\n\n## Uses\n\nAutocompletion of English prose.\n\n## Training Details\n\nSee below.\n\n## Evaluation\n\nTo evaluate it, use the harness.\n';

  it('on the heading of the section the disclosure belongs under, else metadata on `---` and prose on the title', () => {
    const r = run(CARD);
    assert.deepEqual(at(r, 'undisclosed-out-of-scope-use'), ['Uses']);
    assert.deepEqual(at(r, 'undisclosed-training-data'), ['Training Details']);
    assert.deepEqual(at(r, 'undisclosed-compute'), ['Training Details']);
    assert.deepEqual(at(r, 'undisclosed-evaluation'), ['Evaluation']);
    assert.deepEqual(at(r, 'undisclosed-contact'), ['tiny-llm']);
    assert.deepEqual(at(r, 'undeclared-openness'), ['---']);
  });

  it('never on a how-to section, except for the uses', () => {
    const r = run('---\nlicense: mit\n---\n# m\n\n## Fine-tuning\n\nYou can adapt it with SFT.\n');
    assert.deepEqual(at(r, 'undisclosed-training-procedure'), ['m']);
  });

  it('reports the risk areas without any assessment as one finding with one fix for all of them', () => {
    const r = run(CARD);
    const fs = r.findings.filter((f) => f.ruleId === 'unassessed-risk-area');
    assert.equal(fs.length, 1);
    assert.equal(
      fs[0].message,
      'Risk areas Research & Innovation, Safety & Security, Equity & Access and Broader Society are not assessed. Add `risk_assessment` entries (research_and_innovation, safety_and_security, equity_and_access, broader_society) or a section for each.',
    );
    assert.equal(r.doc.text.slice(fs[0].span.start, fs[0].span.end), 'tiny-llm');
    const [s] = fs[0].suggestions;
    assert.equal(
      s.title,
      'Add assessments to fill in for Research & Innovation, Safety & Security, Equity & Access and Broader Society',
    );
    const fixed = applyEdits(r.doc.text, s.edits);
    assert.match(
      fixed,
      /^---\nlicense: mit\nrisk_assessment:\n {2}research_and_innovation: \{status: unassessed, summary: "", evidence: \[\], mitigations: \[\]\}\n {2}safety_and_security: /,
    );
  });
});

describe('a heading is not content', () => {
  it('"Intended uses & limitations" with only a use counts for the use, not for the limitations', () => {
    const t = '# m\n\n## Intended uses & limitations\n\nYou can use the raw model for image classification.\n';
    assert.equal(status(t, 'intended-use').state, 'present');
    assert.equal(status(t, 'limitations').state, 'missing');
    const both = '# m\n\n## Intended uses & limitations\n\nFor image classification. It may fail on medical images.\n';
    assert.equal(status(both, 'limitations').state, 'present');
  });

  it('a section that only points elsewhere without a link is not a disclosure; one with a figure is', () => {
    const ptr =
      '# m\n\n## Evaluation results\n\nFor evaluation results on several benchmarks, we refer to tables 2 and 5 of the original paper.\n';
    assert.equal(status(ptr, 'evaluation').state, 'missing');
    const fig = '# m\n\n## Evaluation results\n\nWe refer to the paper; top-1 accuracy on ImageNet is 81.2%.\n';
    assert.equal(status(fig, 'evaluation').state, 'present');
  });

  it('a section holding only a code snippet is empty, but a training configuration in code discloses the procedure', () => {
    const usage =
      '# m\n\n## Intended use\n\n```python\nfrom transformers import pipeline\npipe = pipeline("text-classification")\n```\n';
    assert.equal(status(usage, 'intended-use').state, 'empty');
    const config = '# m\n\n## Training\n\n```json\n{"learning_rate": 5e-05, "num_train_epochs": 3}\n```\n';
    const s = status(config, 'training-procedure');
    assert.equal(s.state, 'present');
    assert.equal(s.evidence.detail, '""learning_rate": 5"');
    const howTo = '# m\n\n## Fine-tuning\n\n```bash\npython train.py --learning_rate 2e-5\n```\n';
    assert.equal(status(howTo, 'training-procedure').state, 'missing');
  });

  it('a printed module tree in code discloses the architecture, a usage snippet that builds the model does not', () => {
    const tree =
      "# m\n\n## Full Model Architecture\n```\nSentenceTransformer(\n  (0): Transformer({'max_seq_length': 256}) with Transformer model: BertModel\n  (1): Pooling({'word_embedding_dimension': 768})\n)\n```\n";
    const s = status(tree, 'architecture');
    assert.equal(s.state, 'present');
    assert.equal(s.evidence.detail, '"SentenceTransformer(\n"');
    const usage =
      "# m\n\n## Notes\n\n```python\nmodel = SentenceTransformer('org/m')\nprint(model.encode(['a b c']))\n```\n";
    assert.notEqual(status(usage, 'architecture').state, 'present');
  });

  it('reads obfuscated addresses and report forms as a contact', () => {
    assert.equal(status('# m\n\nQuestions: wangyulong[at]chuangxin[dot]com\n', 'contact').state, 'present');
    assert.equal(
      status('# m\n\nPlease report security vulnerabilities [here](https://example.org/report).\n', 'contact').state,
      'present',
    );
    assert.equal(status('# m\n\nThe model was trained at huggingface.co by our team.\n', 'contact').state, 'missing');
  });
});

describe('translated section titles', () => {
  it('count like the English template headings', () => {
    const fr =
      "# m\n\n## Données d'entraînement\n\nLe corpus OSCAR français, 12 Go de texte.\n\n## Limites\n\nLe modèle peut produire des erreurs factuelles.\n";
    assert.equal(status(fr, 'training-data').evidence.detail, `section "Données d'entraînement"`);
    assert.equal(status(fr, 'limitations').state, 'present');
    const ko = '# m\n\n## 학습 데이터\n\n한국어 위키백과와 뉴스 기사 20GB로 학습했습니다.\n';
    assert.equal(status(ko, 'training-data').state, 'present');
    const ru = '# m\n\n## Лицензия\n\nApache 2.0\n';
    assert.equal(status(ru, 'license').state, 'present');
    const es =
      '# m\n\n## Límites y mantenimiento\n\nEl modelo no anticipa cambios bruscos de demanda.\n\n## Métricas de rendimiento\n\nError medio de 12.5 unidades sobre 2024.\n';
    assert.equal(status(es, 'limitations').evidence.detail, 'section "Límites y mantenimiento"');
    assert.equal(status(es, 'evaluation').evidence.detail, 'section "Métricas de rendimiento"');
    const ko2 = '# m\n\n## 아키텍쳐\n\n12층 트랜스포머 디코더.\n';
    assert.equal(status(ko2, 'architecture').evidence.detail, 'section "아키텍쳐"');
    const pt = '# m\n\n## Considerações éticas\n\nO modelo pode reproduzir vieses dos dados de treino.\n';
    assert.equal(status(pt, 'limitations').evidence.detail, 'section "Considerações éticas"');
    const eq =
      '# m\n\n## Equidad algorítmica\n\nLa tasa de aprobación difiere 4 puntos entre regiones rurales y urbanas.\n';
    assert.equal(run(eq).analysis.risks.get('equity_and_access').state, 'assessed');
  });
});

describe('evidence in the report', () => {
  it('lists each disclosure with its line and quote, escaped', () => {
    const r = run('# m\n\n## Training Data\n\n<img src=x onerror=alert(1)> 2T tokens of web text.\n');
    const data = reportData(r, 'README.md');
    const td = data.disclosures.find((d) => d.id === 'training-data');
    assert.deepEqual([td.state, td.line, td.quote], ['present', 3, '## Training Data']);
    const md = reportMarkdown(data);
    assert.match(md, /\| Training data \| present \| line 3: \\#\\# Training Data \|/);
    assert.match(md, /\| Contact \| missing \| {2}\|/);
  });
});

describe('research & innovation in prose', () => {
  const risk = (text) => run(text).analysis.risks.get('research_and_innovation').state;
  it('credits released training code, reproducibility and contamination statements, with emphasis or typos', () => {
    assert.equal(risk('# m\n\nThis repository contains the training code of MobileLLM.\n'), 'assessed');
    assert.equal(risk('# m\n\nThe Pile was **not** deduplicated before training.\n'), 'assessed');
    assert.equal(risk('# m\n\nHere are reproducibile experiments to get started.\n'), 'assessed');
    assert.equal(risk('# m\n\nA model for sentiment analysis.\n'), 'missing');
  });
  it('credits checkpoints along the run, run-to-run variability and where reported numbers come from', () => {
    assert.equal(risk('# m\n\nYou can find all the checkpoints, at minimum every 1000 training steps.\n'), 'assessed');
    assert.equal(risk('# m\n\nWe do not have a good sense of the variability of the model.\n'), 'assessed');
    assert.equal(risk('# m\n\nWe refer to the reported outcomes from the OpenCompass leaderboard.\n'), 'assessed');
    assert.equal(risk('# m\n\nThe script reports how much the oracle overstates recall.\n'), 'assessed');
    assert.equal(risk('# m\n\nWe are releasing the model weights.\n'), 'missing');
    assert.equal(risk('# m\n\nTrain/evaluation byte overlap: **0**.\n'), 'assessed');
    assert.equal(
      risk('# m\n\nThe model was trained 10 separate times with separate random weight initializations.\n'),
      'assessed',
    );
    assert.equal(risk('# m\n\nIn addition, we are also open sourcing all of our data recipes.\n'), 'assessed');
  });
});

describe('a lead-in line over a list, and a "Not Intended For" heading', () => {
  it('reads the list under "Out-of-scope uses:" as that label\'s value, pointing at the label', () => {
    const text =
      '# m\n\nThe model flags fake news headlines.\n\nOut-of-scope uses:\n\n- Content moderation decisions\n- Legal evidence\n';
    const r = run(text);
    const s = r.analysis.disclosures.get('out-of-scope-use');
    assert.equal(s.state, 'present');
    assert.equal(s.evidence.kind, 'label');
    assert.equal(quote(r, s.evidence.span), 'Out-of-scope uses');
  });
  it('credits a "## Not Intended For" section with content, and not a lead-in with no list under it', () => {
    assert.equal(
      status('# m\n\n## Not Intended For\n\n- Legal, medical, or safety-critical translation\n', 'out-of-scope-use')
        .state,
      'present',
    );
    assert.notEqual(status('# m\n\nOut-of-scope uses:\n\nSee the paper.\n', 'out-of-scope-use').state, 'present');
  });
});

describe('the licence of the code is not the licence of the model', () => {
  it('rejects a code-only licence line in Chinese and a "Code License" badge over a link to LICENSE', () => {
    for (const text of [
      '# m\n\n## 许可协议\n\n- 本仓库代码使用 [MIT License](./LICENSE)。\n',
      // A line on the model's limits in the same section does not make the code's licence the model's (YuLan-Mini).
      '# m\n\n## 许可协议\n\n- 本仓库代码使用 [MIT License](./LICENSE)。\n- 局限性：模型仍然可能产生错误的内容。\n',
      '# m\n\n## License\n\nThe training code is released under the Apache 2.0 license. The model may hallucinate.\n',
      // Baize: the code's licence and the weights' research-only clause in one line.
      '# m\n\nThe code is released under [GPL-3.0](./LICENSE). All model weights and data are for **research use ONLY**.\n',
      '# m\n\n<a href="https://github.com/o/r/blob/main/LICENSE">\n  <img alt="Code License" src="https://img.shields.io/badge/Code%20License-Apache_2.0-green.svg">\n</a>\n',
    ])
      assert.notEqual(status(text, 'license').state, 'present', text);
  });
  it('credits an HTML link whose text names the licence, and a badge that does not say "code"', () => {
    for (const text of [
      '# m\n\n## License\n\n- Code: Apache 2.0\n- Model weights: CC-BY-NC-4.0\n',
      '# m\n\nSee the <a href="https://ai.meta.com/llama/license/" target="_blank">Llama 2 License </a> for terms.\n',
      '# m\n\n<a href="https://github.com/o/r/blob/main/LICENSE">\n  <img alt="License" src="https://img.shields.io/badge/License-Apache_2.0-green.svg">\n</a>\n',
      '# m\n\n논문을 통한 사용 외에는 MIT 라이센스를 표기해주세요.\n',
    ])
      assert.equal(status(text, 'license').state, 'present', text);
  });
});

describe('other risk areas in prose', () => {
  const risk = (text, id) => run(text).analysis.risks.get(id).state;
  it('credits named misuse, safety mitigations, data rights and consent, and published training logs', () => {
    const cases = [
      ['Users could use it to generate malicious code.', 'safety_and_security'],
      ['We filtered the training data to remove NSFW images.', 'safety_and_security'],
      ['The model was aligned to refuse harmful requests.', 'safety_and_security'],
      ['The training data may include copyrighted material.', 'broader_society'],
      ['The voice cloning capability could enable impersonation.', 'broader_society'],
      ['Data was collected with the consent of participants.', 'broader_society'],
      ['Full training logs are available on Weights & Biases.', 'research_and_innovation'],
      ['The datasets and training configs are publicly available.', 'research_and_innovation'],
      ['Scores may differ from the paper because we re-ran them in-house.', 'research_and_innovation'],
      ['The test set is small, so the metrics do not capture rare failure modes.', 'research_and_innovation'],
      ['Key caveat here is that this is not a typical WER measure on held out data.', 'research_and_innovation'],
      ['The dataset has been released at [data](https://example.com/data).', 'research_and_innovation'],
    ];
    for (const [text, id] of cases) assert.equal(risk(`# m\n\n${text}\n`, id), 'assessed', text);
    assert.notEqual(
      risk('# m\n\nThe code in this repository is released under the MIT licence.\n', 'research_and_innovation'),
      'assessed',
    );
  });
  it('credits which languages work, harmful data and harm-weighted failure modes, synthetic media and attribution', () => {
    const cases = [
      ['The models primarily understand and generate content in English.', 'equity_and_access', 'assessed'],
      ['한국어 성능이 낮게 나오는 이슈가 있습니다.', 'equity_and_access', 'assessed'],
      ['한국어 성능 향상을 위해 학습했습니다.', 'equity_and_access', 'missing'],
      ['It was trained on a dataset known to contain profanity and lewd language.', 'safety_and_security', 'assessed'],
      ['Missing a melanoma case is the highest-risk failure mode.', 'safety_and_security', 'assessed'],
      ['Outputs carry an invisible watermark.', 'broader_society', 'assessed'],
      ['Attribution is given under the licences of the source data.', 'broader_society', 'assessed'],
      ['Predictions could be used for profiling or tracking.', 'safety_and_security', 'assessed'],
      ['**Francais uniquement** - Reponses en francais.', 'equity_and_access', 'assessed'],
      ['The training data consist majoritarily of speech from white speakers.', 'equity_and_access', 'assessed'],
      ['Images may contain PHI; apply de-identification.', 'broader_society', 'assessed'],
      ['Nenhuma informação demográfica ou de identificação pessoal é utilizada.', 'broader_society', 'assessed'],
    ];
    for (const [text, id, state] of cases) assert.equal(risk(`# m\n\n${text}\n`, id), state, text);
  });
  it('credits measured bias, languages that do not work, dual-use evaluation, privacy handling and evaluation hygiene', () => {
    const cases = [
      ['We evaluated the model on the BBQ and CrowS-Pairs benchmarks.', 'equity_and_access', 'assessed'],
      ['Results broken down by gender and age group are shown in Table 3.', 'equity_and_access', 'assessed'],
      ['Accuracy is lower for darker skin tones.', 'equity_and_access', 'assessed'],
      ['The model has not been evaluated for languages other than English.', 'equity_and_access', 'assessed'],
      ['Performance on non-English text is significantly lower.', 'equity_and_access', 'assessed'],
      ['It has a higher word error rate for speakers with regional accents.', 'equity_and_access', 'assessed'],
      ['The following languages are supported:', 'equity_and_access', 'assessed'],
      // Bold text is not the BOLD benchmark, nor a table of precision and recall "disaggregated" by error type.
      ['Key terms are shown in bold.', 'equity_and_access', 'missing'],
      ['Precision and recall are disaggregated into omission and commission errors.', 'equity_and_access', 'missing'],
      ['We evaluated its uplift for biological weapons and found none.', 'safety_and_security', 'assessed'],
      ['The model can write malicious code when asked.', 'safety_and_security', 'assessed'],
      ['Deployers should implement content moderation before release.', 'safety_and_security', 'assessed'],
      ['We applied filters to remove PII from the corpus.', 'broader_society', 'assessed'],
      ['It does not process PII.', 'broader_society', 'assessed'],
      ['The model may generate personal information about individuals.', 'broader_society', 'assessed'],
      ['Model selection on val F1 only (no test set leakage).', 'research_and_innovation', 'assessed'],
      ['No cross-split leakage was found.', 'research_and_innovation', 'assessed'],
      ['We checked the benchmarks for overlap with the training data.', 'research_and_innovation', 'assessed'],
      [
        'The pretrained models are available along with the source code of pretraining.',
        'research_and_innovation',
        'assessed',
      ],
      ['We provide scripts to fine-tune the model on your own data.', 'research_and_innovation', 'assessed'],
      ['该评估集未用于当前模型训练、调参或模型选择。', 'research_and_innovation', 'assessed'],
      ['We use a temporal holdout with a 5-day embargo.', 'research_and_innovation', 'assessed'],
      [
        'Variables proxy como tipo de empleo pueden correlacionar con estas características demográficas e introducir sesgo indirecto.',
        'equity_and_access',
        'assessed',
      ],
      [
        'The model requires only 8 GB VRAM, making it compatible with almost all consumer-grade GPUs.',
        'equity_and_access',
        'assessed',
      ],
      ['Data bandwidth is often a prohibiting factor in remote areas.', 'equity_and_access', 'assessed'],
      ['El modelo puede tener sesgos.', 'equity_and_access', 'missing'],
      [
        'DeepSeek-Coder-V2 is further pre-trained from an intermediate checkpoint of DeepSeek-V2.',
        'research_and_innovation',
        'missing',
      ],
      [
        'We release the DeepSeek-VL2 family, including <code>DeepSeek-VL2-tiny</code>.',
        'research_and_innovation',
        'missing',
      ],
      ['We conducted internal evaluations of the proposed release checkpoints.', 'research_and_innovation', 'missing'],
      ['We release intermediate checkpoints every 1,000 steps.', 'research_and_innovation', 'assessed'],
      ['**Split cronológico** (nunca aleatorio)', 'research_and_innovation', 'assessed'],
      ['No imputation leakage was found during code audit.', 'research_and_innovation', 'assessed'],
      [
        'All features are calculated using information available before the prediction date.',
        'research_and_innovation',
        'assessed',
      ],
      ['The synthetic fixture excludes direct identifiers and demographic attributes.', 'broader_society', 'assessed'],
      ['No privacy concerns with public dataset.', 'broader_society', 'assessed'],
      ['We only keep files with permissive licenses for model training.', 'broader_society', 'assessed'],
      ['Please respect the licenses of the datasets.', 'broader_society', 'missing'],
      ['No PII was used.', 'broader_society', 'assessed'],
      ['It was trained on more languages than the 8 supported languages.', 'equity_and_access', 'assessed'],
      ['It may exhibit biases related to race, gender and religion.', 'equity_and_access', 'assessed'],
      ['We conducted uplift testing for CBRNE weapons.', 'safety_and_security', 'assessed'],
      ['Child Safety risk assessments were conducted by experts.', 'safety_and_security', 'assessed'],
      ['CSM generates speech from text.', 'safety_and_security', 'missing'],
      ['Open weights allow the research community to study the model.', 'research_and_innovation', 'assessed'],
      ['We measured the memorization rate on the training data.', 'broader_society', 'assessed'],
      ['Misuse includes representations of egregious violence and gore.', 'safety_and_security', 'assessed'],
      ['The data contains toxic language, unsafe content and societal biases.', 'safety_and_security', 'missing'],
      ['Sharing of copyrighted or licensed material in violation of its terms of use.', 'broader_society', 'assessed'],
      ['Performance varies across languages and accents.', 'equity_and_access', 'assessed'],
      ['我们对训练数据进行了安全过滤，去除了色情、暴力等有害内容。', 'safety_and_security', 'assessed'],
      ['已对训练数据中的个人信息进行脱敏处理。', 'broader_society', 'assessed'],
      ['我们对评测数据与训练数据进行了去重，避免数据泄漏。', 'research_and_innovation', 'assessed'],
      ['我们对预训练语料进行了去重。', 'research_and_innovation', 'missing'],
      ['本模型支持中文、英文、日文、韩文等多种语言。', 'equity_and_access', 'assessed'],
      ['模型可能会生成带有偏见、歧视或其他有害的内容。', 'equity_and_access', 'missing'],
      ['Please respect privacy.', 'broader_society', 'missing'],
    ];
    for (const [text, id, state] of cases) assert.equal(risk(`# m\n\n${text}\n`, id), state, text);
  });
  it('does not take a section titled only with generic words, or "Access", for an assessment', () => {
    assert.notEqual(
      risk(
        '# m\n\n## Limitations and Biases\n\nThe model is small and was trained for one epoch.\n',
        'equity_and_access',
      ),
      'assessed',
    );
    assert.notEqual(
      risk('# m\n\n## Misuse and Out-of-scope Use\n\nDo not use it for medical decisions.\n', 'safety_and_security'),
      'assessed',
    );
    assert.notEqual(
      risk('# m\n\n## Access and Adoption\n\nThe weights are on the Hub under an open licence.\n', 'equity_and_access'),
      'assessed',
    );
    assert.equal(
      risk('# m\n\n## Fairness\n\nWe compared error rates across age groups and found no gap.\n', 'equity_and_access'),
      'assessed',
    );
    // Numbered, or with the English title in brackets after a translation: still only generic words.
    for (const title of ['5. Limitations & Ethical Considerations', '6. ข้อพิจารณาทางจริยธรรม (Ethical considerations)'])
      assert.notEqual(
        risk(`# m\n\n## ${title}\n\nThe model can be wrong on rare inputs.\n`, 'broader_society'),
        'assessed',
        title,
      );
    assert.equal(
      risk('# m\n\n## 3. Privacy\n\nThe records were stripped of names before training.\n', 'broader_society'),
      'assessed',
    );
  });
});
