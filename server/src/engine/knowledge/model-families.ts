// Names of model architectures and families that, said of this model, disclose its architecture ("a RoBERTa-base
// model", "fine-tuned version of Llama-3.1-8B", "a Random Forest model"). Sources: the architectures index of the
// Hugging Face Transformers docs (https://huggingface.co/docs/transformers/index) and scikit-learn's estimator list
// (https://scikit-learn.org/stable/supervised_learning.html), read 2026-12-06; families seen in the labelled cards
// of test/accuracy. Brand names that are not architectures (StarCoder, DeepSeek, InternLM) are left out: a card's
// title naming the model itself says nothing about its network. Matched case-sensitively where a family name is also an English word (OPT, SAM, Phi, Yi).

/** Neural families, written as they appear in cards (word boundaries are added by the patterns using them). */
const NEURAL = [
  'BERT',
  'RoBERTa',
  'DistilBERT',
  'DistilRoBERTa',
  'ALBERT',
  'DeBERTa',
  'ELECTRA',
  'XLM-R',
  'XLM-RoBERTa',
  'CamemBERT',
  'FlauBERT',
  'MacBERT',
  'BioBERT',
  'SciBERT',
  'Longformer',
  'BigBird',
  'MPNet',
  'MiniLM',
  'T5',
  'mT5',
  'ByT5',
  'Flan-T5',
  'BART',
  'mBART',
  'Pegasus',
  'MarianMT',
  'GPT-2',
  'GPT2',
  'GPT-J',
  'GPT-Neo',
  'GPT-NeoX',
  'LLaMA',
  'Llama',
  'LLAMA',
  'CodeLlama',
  'Mistral',
  'Mixtral',
  'Qwen',
  'Falcon',
  'Gemma',
  'Mamba',
  'RWKV',
  'BLOOM',
  'Pythia',
  'Whisper',
  'Wav2Vec2',
  'wav2vec',
  'HuBERT',
  'Conformer',
  'DeepSpeech',
  'Deepspeech',
  'Tacotron',
  'VITS',
  'FastSpeech',
  'ViT',
  'VIT',
  'DeiT',
  'BEiT',
  'SigLIP',
  'DINOv2',
  'Swin',
  'ConvNeXt',
  'ResNet',
  'EfficientNet',
  'MobileNet',
  'YOLO',
  'YOLOX',
  'YOLOv8',
  'DETR',
  'DPT',
  'UNet',
  'U-Net',
  'Stable Diffusion',
  'SDXL',
  'StyleGAN',
  'LSTM',
  'RNN',
  'CNN',
  'Transformer',
];

/** Families whose names are also words or common letters (opt, sam, phi, yi): matched only as written. */
const EXACT = ['CLIP', 'OPT', 'SAM', 'Phi', 'Yi', 'GLM', 'DiT', 'VAE', 'GAN', 'GRU', 'MLP'];

/** Classical machine-learning estimators (scikit-learn, XGBoost, LightGBM). Matched case-insensitively. */
const CLASSICAL = [
  'random forest',
  'gradient boost(?:ing|ed)',
  'XGBoost',
  'LightGBM',
  'CatBoost',
  'logistic regression',
  'linear regression',
  'decision tree',
  'support vector (?:machine|classifier)',
  'SVM',
  'naive Bayes',
  'k-nearest neighbou?rs?',
  'k-means',
  'multilayer perceptron',
  '(?:convolutional|recurrent) neural network',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation of every neural family, a family name optionally followed by a version or size ("Llama-3.1-8B",
 * "bert-base", "Qwen2.5"). */
export const FAMILY = `(?:${NEURAL.map(escape).join('|')})(?:[-.]?v?\\d[\\w.]{0,8})?(?:-(?:base|large|small|tiny|mini|xl|xxl|huge|medium)\\b)?`;
export const FAMILY_EXACT = `(?:${EXACT.join('|')})(?:[-.]?v?\\d[\\w.]{0,8})?`;
export const CLASSICAL_MODEL = `(?:${CLASSICAL.join('|')})`;
