package dev.newstidy.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import dev.newstidy.model.SourceSpan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeeSinkTest {
  /** A sink that notes what happens to it, and may fail on close. */
  private static final class Noting implements ArticleSink {
    final List<String> events = new ArrayList<>();
    final boolean failOnClose;

    Noting(boolean failOnClose) {
      this.failOnClose = failOnClose;
    }

    @Override
    public void write(long id, Article article, Origin origin) {
      events.add("write " + id);
    }

    @Override
    public void close() throws IOException {
      events.add("close");
      if (failOnClose) {
        throw new IOException("disk full");
      }
    }

    @Override
    public void abort() {
      events.add("abort");
    }
  }

  private static final Article ARTICLE = Article.of("Ferry Returns", SourceSpan.of("a.txt", 1, 1), ImmutableList.of());

  @Test
  void bothSinksGetEveryArticleInOrderAndAreClosed() throws IOException {
    Noting first = new Noting(false);
    Noting second = new Noting(false);
    TeeSink tee = new TeeSink(first, second);

    tee.write(1, ARTICLE, Origin.UTF8);
    tee.write(2, ARTICLE, Origin.UTF8);
    tee.close();

    assertThat(first.events).containsExactly("write 1", "write 2", "close");
    assertThat(second.events).isEqualTo(first.events);
  }

  @Test
  void whenTheMainSinkFailsToCloseTheSecondIsAbortedNotClosed() {
    Noting first = new Noting(true);
    Noting second = new Noting(false);

    assertThatThrownBy(new TeeSink(first, second)::close).hasMessage("disk full");

    assertThat(second.events).containsExactly("abort");
  }

  @Test
  void abortReachesBoth() {
    Noting first = new Noting(false);
    Noting second = new Noting(false);

    new TeeSink(first, second).abort();

    assertThat(first.events).containsExactly("abort");
    assertThat(second.events).containsExactly("abort");
  }
}
