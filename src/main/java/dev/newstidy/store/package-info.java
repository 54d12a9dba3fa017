/**
 * What newstidy keeps on disk for the stages, which do no I/O themselves: the paragraph index kept
 * between nightly runs, with its header, lock and checks, and the temporary text store one run
 * confirms near copies against. Depends on stage.dedup and model; never on cli.
 */
package dev.newstidy.store;
