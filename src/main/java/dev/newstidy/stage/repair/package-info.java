/**
 * Repairs on whole articles: broken-paragraph joins, markup removal, truncation flags. Pure functions over articles.
 */
package dev.newstidy.stage.repair;
