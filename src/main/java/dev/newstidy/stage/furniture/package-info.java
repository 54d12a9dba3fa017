/**
 * Furniture and metadata on scraped pages: site and page furniture dropped with a record, metadata
 * lines read into fields. Works on blocks before segmentation; reads only its bundled lists.
 */
package dev.newstidy.stage.furniture;
