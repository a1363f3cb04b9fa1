export { crc32, sha256Hex } from './checksums';
export { decodeWorkspaceFile, type DecodedWorkspaceFile, type DecodeResult } from './decode';
export { IMPORT_ORIGIN } from './documents';
export { encodeWorkspaceFile, type WorkspaceFileInput } from './encode';
export { workspaceFileErrors, type WorkspaceFileError, type WorkspaceFileFailure } from './errors';
export { FORMAT_VERSION, HEADER_LENGTH, MAGIC, type Manifest } from './format';
export { importWorkspaceFile, type WorkspaceImport } from './import';
export { summariseWorkspace, type MeetingSummary, type WorkspaceSummary } from './summary';
