// Disclosures said in one sentence in the languages most used on the Hub after English (knowledge/signals-i18n.ts):
// each is a sentence a careful reader credits (test/accuracy/LABELLING.md); the near-misses are not disclosures, and
// a training participle with a method is a procedure, not data.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from './engine.mjs';

const credited = (sentence) =>
  [...lint(`---\nlicense: mit\n---\n# m\n\n${sentence}\n`, 'README.md', { kind: 'model-card' }).analysis.disclosures]
    .filter(([id, d]) => id !== 'license' && d.state === 'present')
    .map(([id]) => id);

const DISCLOSED = {
  'training-data': [
    '日本語Wikipediaと CC-100 で学習しました。',
    '训练数据来自公开的中文新闻语料，共计100万条。',
    '我们在自建的医疗问答数据集上进行了微调。',
    '学習データには日本語Wikipediaを使用しました。',
    '日本語のニュース記事10万件で学習しました。',
    '학습 데이터는 한국어 위키백과와 뉴스 기사로 구성되어 있습니다.',
    'El modelo fue entrenado con 10.000 reseñas de productos en español.',
    'Se entrenó sobre el corpus CoNLL-2002.',
    'O modelo foi treinado com dados do Twitter em português.',
    'Treinamos o modelo em 50 mil notícias.',
    'Le modèle a été entraîné sur des articles de presse français.',
    'Nous avons entraîné le modèle sur le corpus FQuAD.',
    'Das Modell wurde auf deutschen Nachrichtenartikeln trainiert.',
    'Als Trainingsdaten dienten 20.000 Produktbewertungen.',
    'Модель обучена на корпусе русских новостей.',
    'Для обучения использовался датасет RuSentiment.',
    'Mô hình được huấn luyện trên dữ liệu tiếng Việt.',
  ],
  'training-procedure': [
    'El modelo fue entrenado con LoRA durante 3 épocas.',
    'O modelo foi ajustado com QLoRA.',
    'Le modèle a été affiné avec LoRA.',
    'Модель дообучена с помощью LoRA.',
    '我们采用两阶段训练：先进行预训练，再进行指令微调。',
    '学習率は2e-5、バッチサイズは32で3エポック学習しました。',
    '학습률 2e-5, 배치 크기 32로 3 에폭 동안 학습했습니다.',
  ],
  compute: [
    'Les modèles ont été entrainé sur le cloud Azure avec des Tesla V100.',
    '我们在8张A100 GPU上训练了约两天。',
    '训练使用了 4 块 RTX 4090，耗时 12 小时。',
    '学習には A100 を 8 枚使用し、約 3 日かかりました。',
    'A100 GPU 4장으로 2일간 학습했습니다.',
    'El entrenamiento tomó 6 horas en una GPU T4.',
    'O treinamento levou 10 horas em uma GPU A100.',
    "L'entraînement a duré 20 heures sur 4 GPU V100.",
    'Das Training dauerte 3 Tage auf 8 A100-GPUs.',
    'Обучение заняло 5 часов на одной видеокарте RTX 3090.',
  ],
  evaluation: [
    '在 C-Eval 上取得了 65.2 的成绩。',
    'KoBEST 벤치마크에서 평균 72.5점을 기록했습니다.',
    'JGLUE での評価結果は以下の通りです。\n\n| タスク | スコア |\n|---|---|\n| JSQuAD | 85.2 |',
    '在C-Eval上取得了65.2的准确率。',
    '模型在测试集上的F1值为0.91。',
    'テストセットでの正解率は92.3%でした。',
    '테스트 세트에서 정확도 91.2%를 달성했습니다.',
    'El modelo alcanza una precisión del 92% en el conjunto de prueba.',
    'O modelo atinge 0,89 de F1 no conjunto de teste.',
    'Le modèle obtient une exactitude de 91 % sur le jeu de test.',
    'Das Modell erreicht eine Genauigkeit von 92 % auf dem Testdatensatz.',
    'Модель достигает точности 0.93 на тестовой выборке.',
  ],
  'intended-use': [
    '该模型可用于智能客服、文本摘要等场景。',
    '이 모델은 한국어 챗봇 용도로 사용할 수 있습니다.',
    'このモデルは日本語の文章生成のために設計されています。',
    'このモデルはチャットボットの開発に利用できます。',
    "Ce modèle est conçu pour la reconnaissance d'entités nommées.",
    'Das Modell ist für die Erkennung von Hassrede gedacht.',
    'Модель предназначена для распознавания речи.',
    'Mô hình có thể được sử dụng để phân loại văn bản.',
    'Este modelo sirve para detectar spam.',
  ],
  limitations: [
    'モデルは事実と異なる内容を生成する可能性があります。',
    'El modelo puede cometer errores con textos muy cortos.',
    'O modelo pode cometer erros em textos longos.',
    'Le modèle peut se tromper sur des phrases ambiguës.',
    'Das Modell kann bei langen Texten Fehler machen.',
    'Модель может ошибаться на длинных текстах.',
    '모델은 긴 문장에서 오류를 낼 수 있습니다.',
    'このモデルは長い文章では性能が低下します。',
    '该模型在长文本上表现较差。',
    'Mô hình có thể đưa ra kết quả sai.',
  ],
  architecture: [
    'Модель основана на архитектуре BERT.',
    'El modelo se basa en RoBERTa.',
    'O modelo é baseado no BERTimbau.',
    'Le modèle est basé sur CamemBERT.',
    'Das Modell basiert auf GBERT.',
    '该模型基于 Qwen2-7B 微调。',
    'このモデルは Llama 3 をベースにしています。',
    '이 모델은 Llama-3-8B를 기반으로 합니다.',
  ],
  'out-of-scope-use': [
    'No debe usarse para bloquear transacciones de forma automática.',
    'Este modelo no debe utilizarse para diagnósticos médicos.',
    'Ce modèle ne doit pas être utilisé pour des décisions médicales.',
    'Das Modell sollte nicht für medizinische Diagnosen verwendet werden.',
    'Модель не следует использовать для медицинских решений.',
    '本モデルを医療診断に使用しないでください。',
    '이 모델을 의료 진단에 사용하지 마십시오.',
    'Do not use it as sole evidence of deception.',
    'It is not a replacement for professional medical advice.',
  ],
};

// Nothing to credit: the reader's own actions, how to load or download it.
const NOTHING = [
  'Puedes entrenar el modelo con tus propios datos.',
  'Você pode treinar o modelo com seus dados.',
  'Sie können das Modell mit eigenen Daten trainieren.',
  '请使用以下代码加载模型。',
  '如果您想要添加评测数据集或者模型，欢迎提 issue 或者 PR。',
  'El modelo puede descargarse desde Hugging Face.',
];

// A method after the participle says how it was trained, not on what.
const NOT_DATA = ['El modelo fue entrenado con LoRA durante 3 épocas.', 'Le modèle a été affiné avec LoRA.'];
// Nor is the hardware after it.
const HARDWARE = 'Les modèles ont été entrainé sur le cloud Azure avec des Tesla V100.';

describe('disclosures in one sentence, in other languages', () => {
  for (const [id, sentences] of Object.entries(DISCLOSED))
    for (const s of sentences) it(`${id}: ${s}`, () => assert.ok(credited(s).includes(id), credited(s).join(',')));
  for (const s of NOTHING) it(`nothing: ${s}`, () => assert.deepEqual(credited(s), []));
  for (const s of NOT_DATA)
    it(`procedure, not data: ${s}`, () => {
      const got = credited(s);
      assert.ok(got.includes('training-procedure') && !got.includes('training-data'), got.join(','));
    });
  it(`hardware, not data: ${HARDWARE}`, () => assert.ok(!credited(HARDWARE).includes('training-data')));
});
