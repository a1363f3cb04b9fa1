import { useCallback, useState } from 'react';
import { quorumApi } from '../platform/quorum-api';
import type { BuiltDocument } from './meeting-export';

export type ExportFormat = 'docx' | 'pdf';

export type SaveProgress =
  | { stage: 'idle' }
  | { stage: 'working'; text: string }
  | { stage: 'saved'; text: string }
  | { stage: 'failed'; text: string };

const WORD_FILTER = [{ name: 'Word document', extensions: ['docx'] }];
const PDF_FILTER = [{ name: 'PDF document', extensions: ['pdf'] }];

/**
 * Builds a document, converts it to PDF if asked, and hands it to the Save dialog (a download
 * in a browser), saying at each step what is happening: long exports show progress.
 */
export function useSaveDocument() {
  const [progress, setProgress] = useState<SaveProgress>({ stage: 'idle' });

  const save = useCallback(async (build: () => Promise<BuiltDocument>, format: ExportFormat) => {
    try {
      setProgress({ stage: 'working', text: 'Building the Word document…' });
      const built = await build();
      let { bytes, fileName } = built;
      if (format === 'pdf') {
        setProgress({ stage: 'working', text: 'Turning it into a PDF…' });
        const pdf = await quorumApi.convertToPdf({ docx: bytes });
        if (!pdf.ok) return setProgress({ stage: 'failed', text: pdf.message });
        bytes = pdf.value;
        fileName = fileName.replace(/\.docx$/, '.pdf');
      }
      setProgress({ stage: 'working', text: 'Choosing where to save it…' });
      const filters = format === 'pdf' ? PDF_FILTER : WORD_FILTER;
      const saved = await quorumApi.saveFile({ suggestedName: fileName, data: bytes, filters });
      if (saved.ok) setProgress({ stage: 'saved', text: `Saved ${saved.value.location}.` });
      else if (saved.error === 'cancelled') setProgress({ stage: 'idle' });
      else setProgress({ stage: 'failed', text: saved.message });
    } catch (error) {
      setProgress({
        stage: 'failed',
        text: error instanceof Error ? error.message : String(error),
      });
    }
  }, []);

  return { progress, save };
}
