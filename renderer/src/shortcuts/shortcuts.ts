/** Every keyboard shortcut, as the sheet ("?") lists them. Mod is Ctrl, or Cmd on a Mac. */
export interface Shortcut {
  keys: string[];
  what: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: Shortcut[];
}

export const SHORTCUTS: ShortcutGroup[] = [
  {
    title: 'Library',
    shortcuts: [
      { keys: ['/'], what: 'Search (also Mod+F)' },
      { keys: ['↑', '↓'], what: 'Move in the list' },
      { keys: ['Enter'], what: 'Open the clipping' },
      { keys: ['Shift+↑', 'Shift+↓'], what: 'Extend the selection' },
      { keys: ['Space'], what: 'Select or unselect the clipping' },
      { keys: ['Mod+A'], what: 'Select every clipping in the view' },
      { keys: ['Esc'], what: 'Clear the selection' },
      { keys: ['S'], what: 'Next sort order' },
      { keys: ['F'], what: 'Add a filter' },
      { keys: ['Shift+S'], what: 'Save this view as a search' },
      { keys: ['Shift+T'], what: 'Show the Trash (again: back to the library)' },
      { keys: ['Alt+←', 'Alt+→'], what: 'Back and forward between views' },
    ],
  },
  {
    title: 'Clippings',
    shortcuts: [
      { keys: ['T'], what: 'Tag the selection, or the open clipping' },
      { keys: ['N'], what: 'Write a note on the open clipping' },
      { keys: ['Del'], what: 'Move the selection, or the open clipping, to the Trash' },
      { keys: ['Mod+E'], what: 'Export the open clipping to PDF (on the last used paper and margins; ▾ beside Export PDF changes them)' },
      { keys: ['Mod+Z'], what: 'Undo the last tag change, note edit or move to the Trash (in a text box: its own typing)' },
    ],
  },
  {
    title: 'Tags (in the sidebar)',
    shortcuts: [
      { keys: ['↑', '↓'], what: 'Move between tags' },
      { keys: ['←', '→'], what: 'Close or open a parent tag' },
      { keys: ['Enter'], what: 'Filter by the tag (with its children)' },
      { keys: ['F2'], what: 'Rename the tag' },
      { keys: ['M'], what: 'Merge other tags into it' },
      { keys: ['C'], what: 'Colour the tag' },
      { keys: ['Del'], what: 'Delete the tag from every clipping' },
    ],
  },
  { title: 'Help', shortcuts: [{ keys: ['?'], what: 'Show this sheet' }] },
];
