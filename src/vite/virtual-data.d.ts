declare module 'virtual:allegiance-data' {
  import type { GraphDataModule } from './graph-data-plugin';
  const data: GraphDataModule;
  export default data;
}

declare module 'virtual:allegiance-notes' {
  import type { FullNotes } from '../model/note-lines';
  const notes: FullNotes;
  export default notes;
}
