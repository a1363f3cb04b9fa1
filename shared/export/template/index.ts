export { inspectTemplate, type TemplateInfo } from './inspect';
export { fillActionLogTemplate, fillTemplate, type FillOptions } from './fill';
export { BLOCK_SHAPES, REPEATING_BLOCKS, type RepeatingBlock } from './block-fields';
export type { TemplateDocumentKind } from './sections';
export { TEMPLATE_MESSAGES, type TemplateError } from './errors';
export type { FoundPlaceholder, PlaceholderWhere } from './scan';
export {
  BLOCK_PLACEHOLDERS,
  INLINE_PLACEHOLDERS,
  KNOWN_PLACEHOLDERS,
  normalisePlaceholderName,
  type PlaceholderName,
} from './placeholders';
