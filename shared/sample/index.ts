export {
  buildSampleWorkspace,
  SAMPLE_GROUP,
  type SampleOptions,
  type SampleWorkspace,
} from './build-sample';
export * from './rich-text-builder';
