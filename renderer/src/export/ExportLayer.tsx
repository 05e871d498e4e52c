/** The Export and Settings dialogs, placed once by the app. */
import type { ClippingBridge } from '../../../preload/api/index.ts';
import { SettingsDialog } from '../settings/SettingsDialog.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import type { ExportFlow } from './useExportFlow.ts';

export function ExportLayer({ flow, api }: { flow: ExportFlow; api?: ClippingBridge }) {
  return (
    <>
      <ExportDialog target={flow.target} settings={flow.settings} job={flow.job} onClose={flow.close} />
      <SettingsDialog open={flow.settingsOpen} store={flow.settings} api={api} onClose={() => flow.setSettingsOpen(false)} />
    </>
  );
}
