package dev.newstidy.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartManifestTest {
  @Test
  void listsEveryPartWithItsIdsAndAnEmptyOneWithNone() {
    String manifest =
        PartManifest.render(
            List.of(new PartManifest.Part(0, 2, 300), new PartManifest.Part(1, 0, 0), new PartManifest.Part(2, 1, 90)));
    assertThat(manifest)
        .isEqualTo(
            """
            {"file":"part-00000","records":2,"first_id":1,"last_id":2,"bytes":300}
            {"file":"part-00001","records":0,"first_id":null,"last_id":null,"bytes":0}
            {"file":"part-00002","records":1,"first_id":3,"last_id":3,"bytes":90}
            """);
  }

  @Test
  void noPartsGiveAnEmptyManifest() {
    assertThat(PartManifest.render(List.of())).isEmpty();
  }
}
