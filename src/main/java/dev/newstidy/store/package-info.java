/**
 * Files that outlive a run: the paragraph index kept between nightly runs, with its header, lock
 * and checks. Depends on stage.dedup and model; never on cli.
 */
package dev.newstidy.store;
