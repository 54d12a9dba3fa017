/**
 * Findings reported as warnings and never fixed: doubled words, Latin words inside Chinese text. Pure functions over articles.
 */
package dev.newstidy.stage.check;
