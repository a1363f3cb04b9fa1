import { useCallback, useState } from 'react';
import { quorumApi } from '../platform/quorum-api';
import { errorText, IDLE, type Progress } from './progress';

/**
 * What a file is saved as: a Word document, the same turned into a PDF, a workspace, or a
 * meeting's calendar event, or a spreadsheet (the action register).
 */
export type SaveFormat = 'docx' | 'pdf' | 'quorum' | 'ics' | 'xlsx';
/** The formats a person chooses between when exporting a document. */
export type ExportFormat = Extract<SaveFormat, 'docx' | 'pdf'>;

/** The bytes to save and the name the Save dialog suggests. */
export interface FileToSave {
  bytes: Uint8Array;
  fileName: string;
}

const FILTERS = {
  docx: [{ name: 'Word document', extensions: ['docx'] }],
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
  quorum: [{ name: 'Quorum workspace', extensions: ['quorum'] }],
  ics: [{ name: 'Calendar event', extensions: ['ics'] }],
  xlsx: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
};

const BUILDING: Record<SaveFormat, string> = {
  docx: 'Building the Word document…',
  pdf: 'Building the Word document…',
  quorum: 'Preparing the workspace file…',
  ics: 'Making the calendar event…',
  xlsx: 'Building the spreadsheet…',
};

export interface SaveOptions {
  /** What a saved file is called in the message: "Saved <location>." by default. */
  savedText?: (location: string) => string;
}

/**
 * Builds a file, converts a Word document to PDF if asked, and hands it to the Save dialog (a
 * download in a browser), saying at each step what is happening: long exports show progress.
 * Every failure ends as `failed` with the reason; a cancelled dialog goes quietly back to idle.
 */
export function useSaveFile() {
  const [progress, setProgress] = useState<Progress>(IDLE);

  const save = useCallback(
    async (build: () => Promise<FileToSave>, format: SaveFormat, options: SaveOptions = {}) => {
      try {
        setProgress({ stage: 'working', text: BUILDING[format] });
        let { bytes, fileName } = await build();
        if (format === 'pdf') {
          setProgress({ stage: 'working', text: 'Turning it into a PDF…' });
          const pdf = await quorumApi.convertToPdf({ docx: bytes });
          if (!pdf.ok) return setProgress({ stage: 'failed', text: pdf.message });
          bytes = pdf.value;
          fileName = fileName.replace(/\.docx$/, '.pdf');
        }
        setProgress({ stage: 'working', text: 'Choosing where to save it…' });
        const saved = await quorumApi.saveFile({
          suggestedName: fileName,
          data: bytes,
          filters: FILTERS[format],
        });
        if (saved.ok) {
          const text =
            options.savedText?.(saved.value.location) ?? `Saved ${saved.value.location}.`;
          setProgress({ stage: 'done', text });
        } else if (saved.error === 'cancelled') setProgress(IDLE);
        else setProgress({ stage: 'failed', text: saved.message });
      } catch (error) {
        setProgress({ stage: 'failed', text: errorText(error) });
      }
    },
    [],
  );

  return { progress, save };
}
