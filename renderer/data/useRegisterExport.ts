import { useCallback } from 'react';
import { readGroupProfile, type RegisterRow } from '../../shared/model';
import type { ActionLogData, ActionLogGrouping } from '../../shared/export/house/action-log';
import type { FileToSave } from './useSaveFile';
import { useWorkspace } from './WorkspaceProvider';

/**
 * Builds the register's rows, as filtered on screen, into a file for useSaveFile: the Word
 * action log (house style, the same builder as the whole log's export) or an Excel workbook.
 * Both builders load only when asked: docx and exceljs are large.
 */
export function useRegisterExport() {
  const { store } = useWorkspace();

  const toWord = useCallback(
    async (
      rows: readonly RegisterRow[],
      groupBy: ActionLogGrouping,
      today: string,
    ): Promise<FileToSave> => {
      const house = await import('../../shared/export/house');
      const group = readGroupProfile(store.doc);
      const log: ActionLogData = {
        group: { name: group.name, organisation: group.organisation },
        today,
        groupBy,
        actions: rows.map((row) => ({
          // Kept on one line in the table: "SG 23/14 A2" is read as one thing.
          ref: row.reference.replace(/ /g, '\u00a0'),
          description: row.description,
          owner: row.owner,
          due: row.due,
          status: row.status,
          meetingTitle: row.meetingTitle,
          meetingDate: row.meetingDate,
        })),
      };
      return {
        bytes: await house.buildActionLogDocx(log),
        fileName: house.suggestedActionLogFileName(log),
      };
    },
    [store],
  );

  const toExcel = useCallback(
    async (rows: readonly RegisterRow[], today: string): Promise<FileToSave> => {
      const xlsx = await import('../../shared/export/xlsx/action-register');
      const groupName = readGroupProfile(store.doc).name;
      return {
        bytes: await xlsx.buildRegisterWorkbook({ rows, groupName, created: new Date() }),
        fileName: xlsx.registerFileName(groupName, today),
      };
    },
    [store],
  );

  return { toWord, toExcel };
}
