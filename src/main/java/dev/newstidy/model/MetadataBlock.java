package dev.newstidy.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;

/**
 * A block that is a metadata line ({@code 来源:新华社 发布时间:2023-06-18}), read into fields: the
 * segmenter gives them to the article in progress (or to the next one, before the first) and
 * records the line as removed for reason {@code metadata}.
 *
 * @param authors credits read from {@code 作者:} fields, for the byline
 */
public record MetadataBlock(Block block, Metadata metadata, ImmutableList<Credit> authors, Removal removal)
    implements Piece {
  public MetadataBlock {
    checkNotNull(block, "block");
    checkNotNull(metadata, "metadata");
    authors = ImmutableList.copyOf(authors);
    checkNotNull(removal, "removal");
  }
}
