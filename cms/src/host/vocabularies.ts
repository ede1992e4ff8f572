import type { VocabulariesOption } from '../plugin'

/** The salon's own lists: what its sessions are about, whom they are for, its partners' kinds and levels. */
export const salonVocabularies = {
  topics: [
    {
      value: 'policy',
      label: { ru: 'Межведомственный диалог в науке и образовании', en: 'Science and education policy' },
    },
    { value: 'infrastructure', label: { ru: 'Школьная инфраструктура', en: 'School infrastructure' } },
    {
      value: 'digital',
      label: { ru: 'Цифровая образовательная среда', en: 'Digital educational environment' },
    },
    { value: 'colleges', label: { ru: 'Колледжи и подготовка кадров', en: 'Colleges and skills' } },
    {
      value: 'upbringing',
      label: { ru: 'Воспитание и дополнительное образование', en: 'Upbringing and additional education' },
    },
    { value: 'distance-learning', label: { ru: 'Дистанционное обучение', en: 'Distance learning' } },
    { value: 'preschool', label: { ru: 'Дошкольное образование', en: 'Preschool education' } },
    { value: 'teachers', label: { ru: 'Профессиональное развитие педагогов', en: 'Teacher development' } },
    { value: 'management', label: { ru: 'Управление образованием', en: 'Education management' } },
    { value: 'inclusion', label: { ru: 'Инклюзивное образование', en: 'Inclusive education' } },
    { value: 'higher-education', label: { ru: 'Высшее образование', en: 'Higher education' } },
    { value: 'edtech', label: { ru: 'Образовательные технологии', en: 'Education technology' } },
  ],
  audiences: [
    { value: 'authorities', label: { ru: 'Органы управления образованием', en: 'Education authorities' } },
    {
      value: 'school-heads',
      label: { ru: 'Руководители образовательных организаций', en: 'Heads of educational organisations' },
    },
    { value: 'teachers', label: { ru: 'Педагоги', en: 'Teachers' } },
    { value: 'pupils', label: { ru: 'Школьники', en: 'School pupils' } },
    { value: 'students', label: { ru: 'Студенты', en: 'University students' } },
    { value: 'parents', label: { ru: 'Родители', en: 'Parents' } },
    { value: 'business', label: { ru: 'Бизнес', en: 'Business' } },
  ],
  sessionLanguages: [
    { value: 'ru', label: { ru: 'Русский', en: 'Russian' } },
    { value: 'en', label: { ru: 'Английский', en: 'English' } },
    {
      value: 'ru-en',
      label: { ru: 'Русский с переводом на английский', en: 'Russian with English interpretation' },
    },
  ],
  partnerKinds: [
    { value: 'company', label: { ru: 'Компания', en: 'Company' } },
    { value: 'region', label: { ru: 'Регион', en: 'Region' } },
    { value: 'institution', label: { ru: 'Образовательная организация', en: 'Educational institution' } },
  ],
  partnerLevels: [
    { value: 'general', label: { ru: 'Генеральный партнёр', en: 'General partner' } },
    { value: 'strategic', label: { ru: 'Стратегический партнёр', en: 'Strategic partner' } },
    { value: 'partner', label: { ru: 'Партнёр', en: 'Partner' } },
    { value: 'exhibitor', label: { ru: 'Участник выставки', en: 'Exhibitor' } },
  ],
} as const satisfies VocabulariesOption
