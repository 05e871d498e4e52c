/** The Export and Settings dialogs, placed once by the app. */
import { SettingsDialog } from '../settings/SettingsDialog.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import type { ExportFlow } from './useExportFlow.ts';

export function ExportLayer({ flow }: { flow: ExportFlow }) {
  return (
    <>
      <ExportDialog target={flow.target} settings={flow.settings} job={flow.job} onClose={flow.close} />
      <SettingsDialog open={flow.settingsOpen} store={flow.settings} onClose={() => flow.setSettingsOpen(false)} />
    </>
  );
}
