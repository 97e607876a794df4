// An empty module: cold.html imports it first, so that the browser's fixed cost of a page's
// first module import is measured apart from the package's own cost.
export const empty = true;
