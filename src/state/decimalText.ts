/**
 * How links write numbers: plain decimal or exponent notation in ASCII digits,
 * "0.33", ".5", "12", "1e-7", "-0". Without the u flag \d is [0-9] only, so
 * Arabic-Indic or full-width digits fail. Apart from link.ts so that pages
 * which only glance at a link (the worksheet) need not load its reader.
 */
export const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
