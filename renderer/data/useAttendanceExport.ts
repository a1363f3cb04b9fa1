import { useCallback } from 'react';
import {
  buildAttendanceTableDocx,
  suggestedAttendanceFileName,
} from '../../shared/export/house/attendance-table';
import { readGroupProfile, type AttendanceTable } from '../../shared/model';
import type { FileToSave } from './useSaveFile';
import { useWorkspaceDoc } from './useWorkspaceData';

/** Builds the attendance table as a house-style Word document, for useSaveFile to save. */
export function useAttendanceExport(): (table: AttendanceTable) => Promise<FileToSave> {
  const workspace = useWorkspaceDoc();
  return useCallback(
    async (table) => {
      const { name, organisation } = readGroupProfile(workspace);
      const doc = { group: { name, organisation }, table };
      return {
        bytes: await buildAttendanceTableDocx(doc),
        fileName: suggestedAttendanceFileName(doc),
      };
    },
    [workspace],
  );
}
