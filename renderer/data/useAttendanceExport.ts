import { useCallback, useMemo } from 'react';
import type { AttendanceTable } from '../../shared/model';
import { readGroupProfile } from '../../shared/model';
import type { FileToSave } from './useSaveFile';
import { useWorkspaceDoc } from './useWorkspaceData';

/**
 * Builds the attendance table as a house-style Word document or an Excel workbook, for
 * useSaveFile to save. Both builders load only when asked: docx and exceljs are large.
 */
export function useAttendanceExport() {
  const workspace = useWorkspaceDoc();

  const toWord = useCallback(
    async (table: AttendanceTable): Promise<FileToSave> => {
      const house = await import('../../shared/export/house/attendance-table');
      const { name, organisation } = readGroupProfile(workspace);
      const doc = { group: { name, organisation }, table };
      return {
        bytes: await house.buildAttendanceTableDocx(doc),
        fileName: house.suggestedAttendanceFileName(doc),
      };
    },
    [workspace],
  );

  const toExcel = useCallback(
    async (table: AttendanceTable): Promise<FileToSave> => {
      const xlsx = await import('../../shared/export/xlsx/attendance-table');
      const groupName = readGroupProfile(workspace).name;
      return {
        bytes: await xlsx.buildAttendanceWorkbook({ table, groupName, created: new Date() }),
        fileName: xlsx.attendanceWorkbookFileName({ table, groupName }),
      };
    },
    [workspace],
  );

  return useMemo(() => ({ toWord, toExcel }), [toWord, toExcel]);
}
