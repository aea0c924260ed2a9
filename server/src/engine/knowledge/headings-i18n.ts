// Section titles of the Hugging Face model-card template in the languages most used on the Hub after English (Korean,
// Russian, French, German, Spanish, Portuguese, Vietnamese, Thai; Chinese and Japanese are in disclosures.ts), so a
// translated card's "## Données d'entraînement" counts like "## Training Data". Translations of the template's headings
// (huggingface_hub templates/modelcard_template.md, docs/references.md#hugging-face-model-cards) as used in real cards,
// collected 2026-12-06 (Turkish and Italian training-data titles added 2026-12-07; ethical considerations, metrics,
// Spanish "límites" and the Korean spelling 아키텍쳐 added 2026-12-07 from headings seen in real cards). Matched
// case-insensitively after leading numbers and emoji are stripped.
import type { DisclosureId } from './disclosures.js';

export const I18N_HEADINGS: Record<DisclosureId, RegExp> = {
  license: /^(?:라이선스|라이센스|Лицензия|Lizenz|Licença|Giấy phép|สัญญาอนุญาต|ใบอนุญาต)/i,
  'intended-use':
    /^(?:사용 목적|용도|의도된 (?:사용|용도)|Назначение|Предполагаемое использование|Применение|Utilisations? prévues?|Usages? prévus?|Cas d'usage|Verwendungszweck|Vorgesehene Verwendung|Anwendungsf[äa]lle|Usos? previstos?|Casos de uso|Usos? pretendidos?|Mục đích sử dụng|วัตถุประสงค์การใช้งาน|การใช้งานที่ตั้งใจ)/i,
  'out-of-scope-use':
    /^(?:사용 제한|금지된 사용|범위 밖의 사용|Недопустимое использование|Ограничения использования|Utilisations? hors|Utilisations? abusives?|Nicht vorgesehene Verwendung|Missbrauch|Usos? fuera de(?:l)? alcance|Usos? no (?:previstos?|permitidos?|recomendados?|deseados?|indicados?|adecuados?)|Usos? não (?:previstos?|permitidos?|recomendados?|indicados?|adequados?)|No hace$|Kullan[ıi]m d[ıi][şs][ıi]|Utilisations? non (?:prévues?|autorisées?|recommandées?)|Nicht beabsichtigte Verwendung|Unzulässige Verwendung|Mal uso|Usos? fora do escopo|Usos? indevidos?|Sử dụng ngoài phạm vi|การใช้งานนอกขอบเขต)/i,
  'training-data':
    /^(?:Eğitim veri(?:si|seti|leri)|Dati di (?:addestramento|training)|학습 데이터|훈련 데이터|데이터셋|Данные (?:для )?обучения|Обучающие данные|Датасеты?|Données d'(?:entra[îi]nement|apprentissage)|Corpus d'entra[îi]nement|Jeux? de données|Trainingsdaten|Datens[äa]tze|Datos de entrenamiento|Datos(?: y [a-záéíóúñ]+)?$|Conjuntos? de datos|Dados de (?:treinamento|treino)|Conjuntos? de dados|Fonte d(?:o|os) (?:dataset|dados)$|(?:Fuente|Origen) de (?:los )?datos$|Datenquellen?$|Dữ liệu huấn luyện|ข้อมูล(?:การ|สำหรับ)ฝึก|ชุดข้อมูล)/i,
  'training-procedure':
    /^(?:학습 (?:방법|과정|세부|절차)|훈련 (?:방법|과정|세부|절차)|하이퍼파라미터|Процесс обучения|Детали обучения|Обучение$|Гиперпараметры|Procédure d'entraînement|Entraînement$|Détails d'entraînement|Hyperparamètres|Trainingsverfahren|Trainingsdetails|Procedimiento de entrenamiento|Entrenamiento$|Hiperparámetros|Procedimento de treinamento|Treinamento$|Hiperparâmetros|Quá trình huấn luyện|Huấn luyện$|Siêu tham số|ขั้นตอนการฝึก|การฝึก(?:โมเดล)?$)/i,
  evaluation:
    /^(?:평가|성능|벤치마크|Оценка(?! безопасности)|Результаты|Метрики|Бенчмарки|Évaluation(?! de la sécurité)|Résultats|Performances?$|Evaluierung|Bewertung|Ergebnisse|Leistung$|Evaluación(?! de seguridad)|Resultados|Rendimiento|M[ée]tri(?:cas|ques)|Metriken|Avaliação(?! de segurança)|Desempenho|Đánh giá(?! an toàn)|Kết quả|Hiệu năng|การประเมิน(?!ความปลอดภัย)|ผลลัพธ์)/i,
  limitations:
    /^(?:한계|제한 ?사항|편향|위험|Ограничения|Риски|Предвзятость|Смещения|Limites|Limitations|Biais|Risques|Einschränkungen|Grenzen|Risiken|Verzerrungen|Limitaciones|L[íi]mites|Sesgos|Riesgos|Consideraciones [ée]ticas|Considera[çc][õo]es [ée]ticas|Consid[ée]rations [ée]thiques|Ethische (?:Überlegungen|Aspekte)|Этические (?:соображения|аспекты)|윤리적 고려|Limitações|Vieses|Riscos|Hạn chế|Thiên kiến|Rủi ro|ข้อจำกัด|ความเสี่ยง|อคติ)/i,
  'environmental-impact':
    /^(?:환경 영향|탄소 배출|Влияние на окружающую среду|Выбросы|Impact environnemental|Émissions|Umweltauswirkungen|Emissionen|Impacto ambiental|Emisiones|Emissões|Tác động môi trường|ผลกระทบต่อสิ่งแวดล้อม)/i,
  contact: /^(?:연락처|문의|Контакты?|Обратная связь|Kontakt|Contato|Contacto|Contactos|Liên hệ|ติดต่อ)/i,
  architecture:
    /^(?:모델 구조|아키텍[처쳐]|Архитектура|Architektur|Modellarchitektur|Arquitectura|Arquitetura|Kiến trúc|สถาปัตยกรรม)/i,
  'safety-evaluation':
    /^(?:안전성 평가|레드팀|Оценка безопасности|Évaluation de la sécurité|Sicherheitsbewertung|Evaluación de seguridad|Avaliação de segurança|Đánh giá an toàn|การประเมินความปลอดภัย)/i,
  compute:
    /^(?:학습 환경|하드웨어|컴퓨팅 자원|Вычислительные ресурсы|Оборудование|Аппаратное обеспечение|Infrastructure de calcul|Matériel$|Rechenressourcen|Infraestructura de cómputo|Infraestrutura computacional|Phần cứng|Tài nguyên tính toán|ฮาร์ดแวร์)/i,
};

// A title also counts as a label ("**Uso pretendido.** Ranqueamento …"), except a bare hardware title: "**Phần cứng:**
// GPU recommended" is as often what runs the model as what trained it, so a compute label names the training resources.
export const I18N_LABELS: Record<DisclosureId, RegExp> = {
  ...I18N_HEADINGS,
  compute:
    /^(?:학습 환경|컴퓨팅 자원|Вычислительные ресурсы|Infrastructure de calcul|Rechenressourcen|Infraestructura de cómputo|Infraestrutura computacional|Tài nguyên tính toán)/i,
};
