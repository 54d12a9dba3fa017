package dev.newstidy.stage;

import dev.newstidy.model.Article;

/**
 * One step of article repair: a pure function from an article to an article. A stage does no I/O,
 * keeps no state between calls, and is idempotent: applying it twice gives what applying it once
 * gave. Text it takes out of the body goes into a recorded removal or into the record's metadata.
 */
@FunctionalInterface
public interface ArticleStage {
  Article apply(Article article);
}
