import { worksheetStyles } from '../core/worksheet.styles.js';

/** The shared worksheet layout (core/worksheet.styles.ts). */
export const formulationStyles = worksheetStyles;
