declare module 'virtual:floor-elements' {
  const elements: import('cytoscape').ElementDefinition[];
  export default elements;
}
