package dev.newstidy.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newstidy.model.Article;
import dev.newstidy.model.Origin;
import dev.newstidy.model.Part;
import dev.newstidy.model.SourceSpan;
import dev.newstidy.stage.Pipeline.Unfinished;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The writing thread writes every article handed over, in order, and its failures surface in the caller's. */
class ArticleHandOffTest {
  @Test
  void writesEveryArticleInTheOrderHandedOver() throws IOException {
    List<String> written = Collections.synchronizedList(new ArrayList<>());
    ArticleHandOff handOff = new ArticleHandOff((a, o) -> written.add(a.article().title()));

    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      handOff.accept(article("第" + i + "篇"), Origin.UTF8, i % 7 == 0 ? 300_000 : 40);
      expected.add("第" + i + "篇");
    }
    handOff.finish();

    assertThat(written).containsExactlyElementsOf(expected);
  }

  /**
   * After each batch's articles the hand-off runs its after-batch step (the sink's flush) in the
   * writing thread: 130 articles make batches of 64, 64 and 2, so the step follows article 64, 128
   * and 130; a failure in it stops the writing and is thrown in the caller's thread.
   */
  @Test
  void theStepAfterEachBatchFollowsItsArticlesAndItsFailureStopsTheWriting() throws IOException {
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    ArticleHandOff handOff = new ArticleHandOff((a, o) -> events.add(a.article().title()), () -> events.add("flush"));
    for (int i = 1; i <= 130; i++) {
      handOff.accept(article(String.valueOf(i)), Origin.UTF8, 40);
    }
    handOff.finish();

    assertThat(events).hasSize(133);
    assertThat(events.get(64)).isEqualTo("flush");
    assertThat(events.get(129)).isEqualTo("flush");
    assertThat(events.get(132)).isEqualTo("flush");
    assertThat(events.get(131)).isEqualTo("130");

    AtomicInteger flushes = new AtomicInteger();
    ArticleHandOff failing =
        new ArticleHandOff(
            (a, o) -> {},
            () -> {
              flushes.incrementAndGet();
              throw new UncheckedIOException(new IOException("Broken pipe"));
            });
    assertThatThrownBy(
            () -> {
              for (int i = 0; i < 10_000; i++) {
                failing.accept(article("篇" + i), Origin.UTF8, 100);
              }
              failing.finish();
            })
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("Broken pipe");
    assertThat(flushes).hasValue(1);
  }

  @Test
  void aFailureInTheWritingThreadIsThrownInTheCallersAndStopsTheWriting() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    ArticleHandOff handOff =
        new ArticleHandOff(
            (a, o) -> {
              if (calls.incrementAndGet() == 3) {
                throw new UncheckedIOException(new IOException("No space left on device"));
              }
            });

    assertThatThrownBy(
            () -> {
              for (int i = 0; i < 10_000; i++) {
                handOff.accept(article("篇" + i), Origin.UTF8, 100);
              }
              handOff.finish();
            })
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("No space left on device");
    assertThat(calls).hasValue(3);
  }

  @Test
  void anErrorInTheWritingThreadSurfacesInsteadOfHanging() {
    ArticleHandOff handOff =
        new ArticleHandOff(
            (a, o) -> {
              throw new OutOfMemoryError("Java heap space");
            });

    assertThatThrownBy(
            () -> {
              for (int i = 0; i < 10_000; i++) {
                handOff.accept(article("篇" + i), Origin.UTF8, 100);
              }
              handOff.finish();
            })
        .isInstanceOf(OutOfMemoryError.class);
  }

  @Test
  void drainAfterTheCallersFailureStillWritesWhatWasHandedOver() throws IOException {
    List<String> written = Collections.synchronizedList(new ArrayList<>());
    ArticleHandOff handOff = new ArticleHandOff((a, o) -> written.add(a.article().title()));
    handOff.accept(article("柳溪镇新修村道"), Origin.UTF8, 10);
    handOff.accept(article("东坝乡修通机耕路"), Origin.UTF8, 10);

    handOff.drain();
    handOff.drain(); // a second call, as from a finally after finish, does nothing

    assertThat(written).containsExactly("柳溪镇新修村道", "东坝乡修通机耕路");
  }

  /**
   * A wait cut short by an interrupt has not ended the writing: a later {@link ArticleHandOff#drain}
   * (the run's finally) must not return while the writing thread still holds articles, or the
   * caller would go on (flushing the held stories into the same sink) beside it.
   */
  @Test
  void aDrainAfterAnInterruptedFinishDoesNotReturnWhileTheWriterStillWrites() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    List<String> written = Collections.synchronizedList(new ArrayList<>());
    ArticleHandOff handOff =
        new ArticleHandOff(
            (a, o) -> {
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              written.add(a.article().title());
            });
    handOff.accept(article("青石镇修缮古桥"), Origin.UTF8, 10);
    handOff.flush();

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(handOff::finish).isInstanceOf(InterruptedIOException.class);
      assertThatThrownBy(handOff::drain).isInstanceOf(InterruptedIOException.class);
    } finally {
      Thread.interrupted();
      release.countDown();
    }

    handOff.drain(); // no longer interrupted: the end is handed over and waited for
    assertThat(written).containsExactly("青石镇修缮古桥");
  }

  private static Unfinished article(String title) {
    return new Unfinished(Article.of(title, SourceSpan.of("d.txt", 1, 3), List.of(Part.paragraph("正文。", SourceSpan.of("d.txt", 3, 3)))), null);
  }
}
