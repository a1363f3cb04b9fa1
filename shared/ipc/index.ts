export * from './contract';
export * from './parse-request';
export * from './result';
