export { inspectTemplate, type TemplateInfo } from './inspect';
export { fillTemplate, type FillOptions } from './fill';
export { TEMPLATE_MESSAGES, type TemplateError } from './errors';
export type { FoundPlaceholder, PlaceholderWhere } from './scan';
export {
  BLOCK_PLACEHOLDERS,
  INLINE_PLACEHOLDERS,
  KNOWN_PLACEHOLDERS,
  normalisePlaceholderName,
  type PlaceholderName,
} from './placeholders';
