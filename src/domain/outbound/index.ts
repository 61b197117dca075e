export { isalesCodes, type IsalesCode } from './isales-codes.ts';
