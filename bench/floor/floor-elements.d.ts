declare module 'virtual:floor-elements' {
  const elements: import('cytoscape').ElementDefinition[];
  export default elements;
}
declare module 'virtual:floor-years' {
  const years: import('./vite.config').FloorYears | null;
  export default years;
}
