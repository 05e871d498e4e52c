/**
 * Edits in the reader are undo steps: a tag added or removed on the open clipping and a changed
 * note each come back with Ctrl/Cmd+Z outside a text field, in the reader and in the sidebar's
 * counts. Inside a text field Ctrl/Cmd+Z stays the field's own.
 */
import { expect, test } from './fixtures.ts';
import { SAMPLE_TITLE } from './sample.ts';

test('a tag added in the reader is taken back by Ctrl+Z, and a removed one comes back', async ({ clipdesk, page }) => {
  await clipdesk.importSample();
  await clipdesk.openResult(SAMPLE_TITLE);
  await clipdesk.addTag('ferries');
  await clipdesk.addTag('boats/sea');
  await expect(clipdesk.tagNode('boats')).toContainText('1');

  // Ctrl+Z while typing in the tag box undoes the typing, not the tag.
  await clipdesk.tagInput.pressSequentially('draft');
  await clipdesk.tagInput.press('ControlOrMeta+z');
  await expect(clipdesk.tagInput).toHaveValue('');
  await expect(page.getByTestId('undo-toast')).toHaveCount(0);
  await expect(clipdesk.tagChips).toHaveCount(2);

  await clipdesk.undo();
  await expect(page.getByTestId('undo-toast').last()).toContainText('Add tag “boats/sea”');
  await expect(clipdesk.tagChips).toHaveCount(1);
  await expect(clipdesk.tagChips).toHaveText(['ferries×']);
  await expect(clipdesk.tagNode('boats')).toHaveCount(0);
  await expect(clipdesk.tagNode('ferries')).toContainText('1');

  // Removing a tag with its × is a step too.
  await page.getByRole('button', { name: 'Remove tag ferries' }).click();
  await expect(clipdesk.tagChips).toHaveCount(0);
  await expect(clipdesk.tagNode('ferries')).toHaveCount(0);
  await clipdesk.undo();
  await expect(clipdesk.tagChips).toHaveCount(1);
  await expect(clipdesk.tagNode('ferries')).toContainText('1');

  // The store agrees after a reload.
  await page.reload();
  await clipdesk.openResult(SAMPLE_TITLE);
  await expect(clipdesk.tagChips).toHaveText(['ferries×']);
});

test('a changed note is taken back by Ctrl+Z; Ctrl+Z in the note box is the box’s own', async ({ clipdesk, page }) => {
  await clipdesk.importSample();
  await clipdesk.openResult(SAMPLE_TITLE);
  const note = page.getByTestId('note-input');
  const state = page.getByTestId('note-state');

  await note.click();
  await note.pressSequentially('Check the port schedule.');
  await note.blur();
  await expect(state).toHaveText('Saved');
  await note.fill('Ask the operator about winter.');
  await note.blur();
  await expect(state).toHaveText('Saved');

  // Typing more, then Ctrl+Z inside the box: the box undoes the typing; the archive keeps the note.
  await note.click();
  await note.press('End');
  await note.pressSequentially(' Soon');
  await expect(note).toHaveValue('Ask the operator about winter. Soon');
  await note.press('ControlOrMeta+z');
  // (How much the box takes back at a time is the browser's: at least the last letter.)
  await expect(note).not.toHaveValue('Ask the operator about winter. Soon');
  await expect(note).toHaveValue(/^Ask the operator about winter\./);
  await expect(page.getByTestId('undo-toast')).toHaveCount(0);
  // Leaving the box with the saved text again saves nothing, so no step.
  await note.fill('Ask the operator about winter.');
  await note.blur();

  await clipdesk.undo();
  await expect(page.getByTestId('undo-toast').last()).toContainText('Edit the note on');
  await expect(note).toHaveValue('Check the port schedule.');

  await page.reload();
  await clipdesk.openResult(SAMPLE_TITLE);
  await expect(page.getByTestId('note-input')).toHaveValue('Check the port schedule.');
});
