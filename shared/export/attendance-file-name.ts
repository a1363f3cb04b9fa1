import { safeFileName } from '../format/file-name';
import type { AttendancePeriod } from '../model';

/**
 * "Steering Group attendance 2023-01-01 to 2023-12-31.docx" (or .xlsx): the Word and Excel
 * attendance tables are named alike, so an officer finds both side by side in a folder.
 */
export function attendanceFileName(
  groupName: string,
  period: AttendancePeriod,
  extension: 'docx' | 'xlsx',
): string {
  const span = [period.from ?? '', period.to ?? ''].filter(Boolean).join(' to ');
  return safeFileName(`${groupName} attendance ${span}`.trim(), extension);
}
