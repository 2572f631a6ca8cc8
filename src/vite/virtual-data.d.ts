declare module 'virtual:allegiance-data' {
  import type { GraphDataModule } from './graph-data-plugin';
  const data: GraphDataModule;
  export default data;
}
