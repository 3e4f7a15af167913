package org.glasswing.weka.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UntrustedModelsTest {

  @TempDir Path dir;

  @Test
  void outsideAScopeTheFactoryReturnsTheRequestedFilter() {
    ObjectInputFilter requested = info -> ObjectInputFilter.Status.UNDECIDED;
    assertThat(UntrustedModels.factory().apply(null, requested)).isSameAs(requested);
    assertThat(UntrustedModels.factory().apply(requested, null)).isNull();
  }

  @Test
  void installingTwiceGivesTheSameAnswerAndNeverThrows() {
    boolean first = UntrustedModels.install();
    assertThat(UntrustedModels.install()).isEqualTo(first);
  }

  @Test
  void arraysOfAllowedClassesAndPrimitivesAreAllowedButNothingElse() {
    SerialAllowList list = SerialAllowList.of(Set.of("java.lang.String"));
    assertThat(list.allows(String[][].class)).isTrue();
    assertThat(list.allows(double[].class)).isTrue();
    assertThat(list.allows(Object.class)).isFalse();
    assertThat(list.allows(Object[].class)).isFalse();
  }

  @Test
  void everyModulesResourceIsReadAndNoShippedEntryIsAWildcard() {
    SerialAllowList list = SerialAllowList.load(getClass().getClassLoader());
    assertThat(list.allows(weka.classifiers.trees.J48.class)).isTrue();
    assertThat(list.allows(org.glasswing.deep.DeepNetClassifier.class)).isTrue(); // deep's jar
    assertThat(list.allows(java.net.URL.class)).isFalse();
  }

  @Test
  void aUserFileWithAWildcardOtherThanDoubleStarIsRefused() throws Exception {
    Path file = Files.writeString(dir.resolve("allow.txt"), "com.example.*\n");
    System.setProperty(SerialAllowList.ALLOW_FILE_PROPERTY, file.toString());
    try {
      assertThatThrownBy(() -> SerialAllowList.load(getClass().getClassLoader()))
          .hasMessageContaining("'com.example.*' is not an exact class name");
    } finally {
      System.clearProperty(SerialAllowList.ALLOW_FILE_PROPERTY);
    }
  }

  @Test
  void aRefusedClassIsNamedAndTheReaderSeesNoObject() throws Exception {
    List<Object> list = new ArrayList<>();
    list.add(new java.util.concurrent.atomic.AtomicLong(3));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(list);
    }
    SerialAllowList allow = SerialAllowList.of(Set.of("java.util.ArrayList", "java.lang.Object"));
    assertThatThrownBy(
            () ->
                UntrustedModels.read(
                    new ByteArrayInputStream(bytes.toByteArray()), allow, in -> in.readObject()))
        .isInstanceOf(RejectedModelException.class)
        .hasMessageStartingWith("the class java.util.concurrent.atomic.AtomicLong");
  }
}
