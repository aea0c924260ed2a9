// Disclosures said in one plain sentence, as short and unstructured cards say them (no section, no label): each is a
// disclosure a careful reader credits (test/accuracy/LABELLING.md), and each near-miss below is one a reader does not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from './engine.mjs';

const state = (sentence, id) =>
  lint(`---\nlicense: mit\n---\n# m\n\n${sentence}\n`, 'README.md', { kind: 'model-card' }).analysis.disclosures.get(id)
    ?.state;

const DISCLOSED = {
  'intended-use': [
    'This model is for drafting replies to customer-support tickets.',
    'Use it to classify the sentiment of product reviews.',
    'Primary use: translating English news into German.',
    'The model classifies customer reviews as positive or negative.',
    'Purpose: forecasting daily electricity demand in Spain.',
    'Designed to help doctors triage X-rays.',
    '# MacBERT for Chinese Spelling Correction',
    '- **특화 영역:** 지시 사항 수행, 대화, Q&A',
    'Среди решаемых задач - распознавание речи и эмоций.',
    'Эта модель предназначена для классификации текстов.',
    'Dieses Modell eignet sich für die Textgenerierung.',
    'Dieses Modell ist für die Klassifikation deutscher Texte gedacht.',
    '日本語の質問応答タスク向けのモデルです。',
    '이 모델은 한국어 질의응답을 위해 개발되었습니다.',
    'โมเดลนี้ใช้สำหรับการจำแนกข้อความ',
    'Ideal for edge devices and mobile deployment.',
    'It helps developers write SQL queries.',
    '**Uso previsto:** proyecto de portfolio / demo educativa de un pipeline de detección de fraude',
    '- **Usage** : Classification thématique des questions parlementaires',
    'Use the score to prioritize human review or provide context.',
    'AceMath-7B-RM is an open-weight reward model for evaluating mathematical solutions.',
    'This model is a deep convolutional neural network for emotion recognition in faces.',
    'The toxicity model detects whether text contains toxic content.',
  ],
  'out-of-scope-use': [
    'Not for medical advice.',
    'Do not use it for medical or legal decisions.',
    'Avoid using it on languages other than English.',
    'These models are explicitly not intended to generate images of people.',
    'We do not recommend using this scanner for system prompts.',
    'Using the model to generate disinformation is prohibited.',
    'This model is not a substitute for professional medical advice.',
    '이 모델을 의료 진단에 사용하지 마십시오.',
    'Не используйте модель для медицинских консультаций.',
    "N'utilisez pas ce modèle pour des diagnostics médicaux.",
    'No utilice este modelo para diagnósticos médicos.',
    'Verwenden Sie das Modell nicht für medizinische Diagnosen.',
    'Không sử dụng mô hình cho mục đích y tế.',
    'Do not use the open source model and code, as well as derivatives generated from open source projects, for any purposes that may cause harm.',
  ],
  'training-data': [
    'It was trained on 40,000 support tickets.',
    'Training data: 2M Wikipedia articles in German.',
    'The data comes from public GitHub repositories.',
    'We collected 10k customer emails for training.',
    'The training set consists of 50,000 labelled X-ray images.',
    'It learned from the LibriSpeech 960h corpus.',
  ],
  'training-procedure': [
    'We trained for 5 epochs using early stopping on validation loss.',
    'The model was fine-tuned end-to-end with a cosine learning-rate schedule.',
    'Training used QLoRA with rank 64.',
    'We first pre-trained on unlabelled audio, then fine-tuned on transcribed speech.',
    'The backbone is frozen; only the head is trained, with label smoothing and class weights.',
    'The student was distilled from a larger teacher model.',
    'Training was done with DeepSpeed ZeRO-3.',
    'Images were augmented with random flips and crops.',
    'The encoder was kept frozen while the classifier head was trained.',
    'The model was trained by minimising the mean squared error.',
    'Instruction tuning was applied on top of the base model.',
    'We used 5-fold cross-validation to select hyperparameters.',
    'DreamBooth fine-tuning taught the model the new concept.',
    '我们使用 LoRA 对模型进行了微调，训练了 3 个 epoch。',
    'LoRAを用いてファインチューニングしました。',
    'Das Modell wurde 3 Epochen lang trainiert.',
    'Se realizó un ajuste fino con LoRA.',
    'It was pre-trained on a masked language modelling task.',
    'The model is trained in CNTK, using the cross entropy training mode.',
    'For fine-tuning, we used a SWIN backbone with unfrozen pre-trained weights for the encoder.',
    '- Trains the SVM on L12 embeddings',
    'Dropout was applied during training.',
    '| Parameter | Value |\n|---|---|\n| learning_rate | 0.001 |',
    '| Parameter | Wert |\n|---|---|\n| Methode | LoRA (mlx-lm) |',
  ],
  architecture: [
    'The network consists of an encoder and a decoder.',
    'A BiLSTM-CRF sequence tagger.',
    'It is a 1.3B parameter decoder model.',
    'This is a sentence-transformers model: it maps sentences to a 768 dimensional dense vector space.',
    'A Prophet forecasting model with weekly seasonality.',
    'Fine-tuned from vicuna-13b-v1.5 on our dataset.',
    'This is a GGUF quantization of Zephyr-7B-beta.',
    'This model is a fine-tuned version of [internlm/internlm2-chat-7b](https://huggingface.co/internlm/internlm2-chat-7b).',
    '本模型基于 ChatGLM3-6B 微调。',
    'このモデルは rinna/japanese-gpt-neox-3.6b をベースにしています。',
    'Ce modèle est basé sur CroissantLLM.',
    'Dieses Modell basiert auf GBERT-large.',
    'We use a 12-layer decoder with rotary embeddings.',
  ],
  evaluation: [
    'Exact match 71.2 on held-out tickets.',
    'It reaches 92% accuracy on the test set.',
    'We evaluated it on 500 held-out images: mAP 0.61.',
    'The model scored 0.82 AUROC.',
    'It achieves a zero-shot FID score of 6.66 on COCO.',
    'The best validation score achieved is 0.726.',
    'Final perplexity on test set is `12.05`.',
    'masked_lm_accuracy = 0.6810424',
    'The forest alone measured 0.17 recall on dropped facts.',
    '|   | NSMC(acc) | KorSTS(spearman) | PPL |\n|---|---|---|---|\n| **KoGPT 2.0** | 93.3 | 78.4 | 24.6 |',
    'RMSE of 3.2 on the test set.',
  ],
  limitations: [
    'It may produce wrong answers.',
    'The model struggles with long documents.',
    'It does not work well on noisy audio.',
    'Outputs can be biased against some groups.',
    'Accuracy drops on out-of-domain text.',
    'It has not been validated on external data.',
    'It was only tested on English text.',
    'By default, input text longer than 128 word pieces is truncated.',
    'It may carry the stereotypes and biases commonly encountered online.',
    'It is limited to English.',
    'The model tends to repeat itself.',
    'It cannot handle images.',
    '模型可能会产生幻觉。',
    'モデルは誤った情報を生成する可能性があります。',
    '모델이 부정확한 정보를 생성할 수 있습니다.',
    'Модель может генерировать недостоверную информацию.',
    'Le modèle peut produire des informations erronées.',
    'O modelo pode gerar informações incorretas.',
    'Das Modell kann falsche Informationen erzeugen.',
    'Known issue: long inputs are truncated to 512 tokens.',
  ],
  compute: [
    'We used a TPU v3-8 for two weeks.',
    'Training ran on a single RTX 4090 overnight.',
    'The run consumed about 2,000 H100 hours.',
    'Trained on 4 NVIDIA GeForce RTX 2080 Ti 11Gb.',
    'We trained our model on a TPU v3-8.',
    '5,000 steps, batch size 64, on CPU.',
  ],
  contact: [
    'Contact: @jdoe on Hugging Face',
    'For feedback, open a discussion on the model page.',
    'Please report bugs in the GitHub issues.',
  ],
  'environmental-impact': ['Training was powered by 100% renewable energy.', 'Training emitted roughly 120 kg CO2eq.'],
};

const NOT_DISCLOSED = {
  'training-data': ['You can fine-tune it on your own dataset.'],
  'training-procedure': [
    'You can fine-tune this model with LoRA.',
    'The model can be further trained with RLHF.',
    'You can also fine-tune it with LoRA on your own data.',
    'Llama 3 is a collection of pretrained and instruction tuned generative text models.',
    'It was trained on the dataset described above, augmented with a filtered version of another dataset.',
    'See the [photorealism course](https://example.com/academy/dreambooth-stable-diffusion).',
  ],
  compute: ['Inference runs on a single RTX 3090.'],
  contact: [
    'Model card authors: Jane Doe.',
    'Follow us on Twitter.',
    'Precision mAP@0.5 is 0.61 and recall@10 is 0.8.',
  ],
  'environmental-impact': ['The forecast has an MAE of 12.5 MWh on 2025.'],
  'out-of-scope-use': [
    'Read the docs before you use it for the first time',
    '| model.Q2_K.gguf | Q2_K | 2 | smallest, significant quality loss - not recommended for most purposes |',
    'Системные промпты не предназначены для описания персонажей.',
  ],
  limitations: ['There are no known limitations yet.'],
  evaluation: [
    'We plan to evaluate it on MMLU.',
    'Quantized to 4-bit precision: 4-bit weights.',
    '- eval_batch_size: 8',
    "- **F1 Score:** [Insert your model's F1 score]",
    'We report LPIPS metrics on CIFAR-10.',
  ],
  architecture: [
    'The model has 7B parameters.',
    'The corpus is based on Common Crawl.',
    'The web demo is built on top of huggingface/transformers.',
  ],
  'intended-use': [
    'The base model is a general-purpose model.',
    '다음과 같이 사용할 수 있습니다.',
    'v1.1 데이터셋은 기존 Alpaca모델이 대답을 짧게 하는 경향을 개선하기 위해 제작되었습니다.',
  ],
};

describe('disclosures in one plain sentence', () => {
  for (const [id, sentences] of Object.entries(DISCLOSED))
    it(`${id}: credited`, () => {
      for (const s of sentences) assert.equal(state(s, id), 'present', s);
    });
  for (const [id, sentences] of Object.entries(NOT_DISCLOSED))
    it(`${id}: near misses are not`, () => {
      for (const s of sentences) assert.notEqual(state(s, id), 'present', s);
    });
});
