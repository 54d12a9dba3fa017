package dev.newstidy.model;

/** One element of the block stream that the segmenter reads: a block, or a block removed before it. */
public sealed interface Piece permits Block, DroppedBlock, MetadataBlock {}
