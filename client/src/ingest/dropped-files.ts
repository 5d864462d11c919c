/**
 * The files of a drop, dropped folders walked: each named by its path within what was dropped
 * (`bbc/business/012.txt`), as `entente ingest` names the files of a folder, so an uploaded
 * folder gives its documents their category. Dotfiles are skipped, as the CLI skips them.
 */

/** A file to upload and the name it goes by. */
export interface NamedFile {
  file: File;
  name: string;
}

/** What the walk needs of the File and Directory Entries API (`webkitGetAsEntry`), so a test can hand it plain objects. */
export interface EntryLike {
  name: string;
  fullPath: string;
  isFile: boolean;
  isDirectory: boolean;
  file?(resolve: (file: File) => void, reject: (error: unknown) => void): void;
  createReader?(): { readEntries(resolve: (entries: EntryLike[]) => void, reject: (error: unknown) => void): void };
}

/** Every file under `entry`, in name order; a directory reader answers in batches until it gives an empty one. */
export async function walkEntry(entry: EntryLike): Promise<NamedFile[]> {
  if (entry.name.startsWith(".")) return [];
  if (entry.isFile && entry.file) {
    const file = await new Promise<File>((resolve, reject) => entry.file!(resolve, reject));
    return [{ file, name: entry.fullPath.replace(/^\/+/, "") || entry.name }];
  }
  if (!entry.isDirectory || !entry.createReader) return [];
  const reader = entry.createReader();
  const children: EntryLike[] = [];
  for (;;) {
    const batch = await new Promise<EntryLike[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    children.push(...batch);
  }
  children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: NamedFile[] = [];
  for (const child of children) files.push(...(await walkEntry(child)));
  return files;
}

/**
 * The files of a drop. The entries must be taken while the drop event runs (the DataTransfer is
 * emptied after it), so call this synchronously from the handler and await what it answers.
 */
export function droppedFiles(transfer: DataTransfer | null): Promise<NamedFile[]> {
  if (!transfer) return Promise.resolve([]);
  const entries = [...transfer.items].map((item) => (item.kind === "file" ? (item.webkitGetAsEntry() as EntryLike | null) : null));
  if (entries.length === 0 || entries.some((entry) => entry === null)) {
    return Promise.resolve([...transfer.files].map((file) => ({ file, name: file.name })));
  }
  return Promise.all((entries as EntryLike[]).map(walkEntry)).then((lists) => lists.flat());
}
