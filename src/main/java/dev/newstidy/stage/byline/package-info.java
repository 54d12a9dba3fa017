/**
 * Byline and credit detection: Chinese names, organisations, agencies and role words; English By-lines. Reads only its bundled lists; does no other I/O.
 */
package dev.newstidy.stage.byline;
