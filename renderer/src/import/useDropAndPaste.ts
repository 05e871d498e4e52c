/**
 * Files and folders dropped anywhere on the window are imported (a folder's files with their
 * paths in it, so a page saved complete finds its photos); text pasted while no field has focus is
 * imported as a clipping (a paste into the search box or the tag field stays a paste).
 */
import { useEffect, useState } from 'react';
import { isEditable } from '../app/isEditable.ts';
import { setRelativePath } from './importFormats.ts';

/** The files under a dropped entry, each with its path from the drop (setRelativePath). */
async function filesOf(entry: FileSystemEntry, prefix: string): Promise<File[]> {
  const path = `${prefix}${entry.name}`;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    setRelativePath(file, path);
    return [file];
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const children: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  return (await Promise.all(children.map((child) => filesOf(child, `${path}/`)))).flat();
}

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** Returns whether files are being dragged over the window (to show the drop overlay). */
export function useDropAndPaste(onFiles: (files: File[]) => void, onText: (text: string) => void): boolean {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0; // dragenter/dragleave fire for every child crossed
    const enter = (e: DragEvent): void => {
      if (!carriesFiles(e)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (e: DragEvent): void => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent): void => {
      if (!carriesFiles(e)) return;
      e.preventDefault(); // allows the drop; without it the browser would open the file
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent): void => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const entries = Array.from(e.dataTransfer?.items ?? []).map((item) => item.webkitGetAsEntry?.() ?? null);
      if (entries.some((entry) => entry?.isDirectory)) {
        // A dropped folder (a page saved complete with its _files folder): its files, with their paths.
        void Promise.all(entries.map((entry) => (entry ? filesOf(entry, '') : Promise.resolve([])))).then((lists) => {
          const files = lists.flat();
          if (files.length) onFiles(files);
        });
        return;
      }
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length) onFiles(files);
    };
    const paste = (e: ClipboardEvent): void => {
      if (isEditable(e.target) || document.querySelector('dialog[open]')) return;
      const files = Array.from(e.clipboardData?.files ?? []);
      if (files.length) {
        e.preventDefault();
        onFiles(files);
        return;
      }
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (text.trim()) {
        e.preventDefault();
        onText(text);
      }
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    document.addEventListener('paste', paste);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
      document.removeEventListener('paste', paste);
    };
  }, [onFiles, onText]);

  return dragging;
}
