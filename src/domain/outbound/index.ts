export { isalesCodes, type IsalesCode } from './isales-codes.ts';
export * from './campaign/index.ts';
