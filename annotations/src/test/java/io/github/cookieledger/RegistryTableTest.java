package io.github.cookieledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The registry table: any text comes back exactly, in chunks a class file can hold. */
class RegistryTableTest {
  /** What breaks naive encodings: the table's own separators and escape, controls, surrogates. */
  private static final String HOSTILE = "\t\n\r\u0000\u0001\u0010\u001f\u007f\u0085\u2028\u2029"
      + "\u200e\u202e\u2066\ud800\udbff\udc00\udfff\"\\*/$Lu\\u000a";

  @Test
  void anyTextComesBackExactly() {
    Random random = new Random(20261130);
    for (int round = 0; round < 200; round++) {
      List<List<String>> rows = new ArrayList<>();
      RegistryTable.Writer writer = RegistryTable.writer().section("kind", List.of("a", "b", "c"));
      int count = random.nextInt(5);
      for (int i = 0; i < count; i++) {
        List<String> row = List.of(text(random, 30), text(random, 30), text(random, 3));
        rows.add(row);
        writer.row(row);
      }
      List<Map<String, String>> read = RegistryTable.decode(joined(writer.chunks())).rows("kind");
      assertEquals(rows.size(), read.size());
      for (int i = 0; i < rows.size(); i++) {
        assertEquals(rows.get(i), List.copyOf(read.get(i).values()), "row " + i + ", round " + round);
      }
    }
  }

  @Test
  void chunksFitAClassFilesStringConstant() {
    Random random = new Random(7);
    RegistryTable.Writer writer = RegistryTable.writer().section("kind", List.of("text"));
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // some rows longer than a chunk, made of 3-byte characters
      String text = i % 10 == 0 ? "\u20ac".repeat(30_000) + text(random, 50) : text(random, 2000);
      texts.add(text);
      writer.row(List.of(text));
    }
    List<List<String>> chunks = writer.chunks();
    assertTrue(chunks.size() > 3, "several chunks");
    for (List<String> chunk : chunks) {
      int bytes = RegistryTable.modifiedUtf8Length(String.join("", chunk));
      assertTrue(bytes <= RegistryTable.CHUNK_BYTES, bytes + " bytes");
    }
    List<Map<String, String>> read = RegistryTable.decode(joined(chunks)).rows("kind");
    assertEquals(texts, read.stream().map(row -> row.get("text")).toList());
  }

  @Test
  void cookiesAreDefinedOnceFromTheirRows() {
    RegistryTable table = RegistryTable.decode(joined(RegistryTable.writer()
        .section(RegistryTable.COOKIE, List.of("name", "provider", "purpose", "category",
            "duration", "sameSite", "secure", "later"))
        .row(List.of("_ga_*", "Google", "Counts\tvisits", "STATISTICS", "P13M", "NONE", "true",
            "a field this version does not know"))
        .chunks()));
    CookieDefinition ga = table.cookie(0);
    assertEquals("_ga_*", ga.name());
    assertEquals("Counts\tvisits", ga.purpose());
    assertEquals(Category.STATISTICS, ga.category());
    assertEquals(SameSite.NONE, ga.sameSite());
    assertEquals("", ga.function(), "a field the table lacks keeps the default");
    assertSame(ga, table.cookie(0));
    assertSame(ga, table.cookies().get(0));
    assertNull(table.rows(RegistryTable.COOKIE).get(0).get("function"));
  }

  @Test
  void anotherFormatIsRefusedWithTheReason() {
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> RegistryTable.decode("cookieledger-table\t2\n")).getMessage().contains("version 2"));
    assertThrows(IllegalArgumentException.class, () -> RegistryTable.decode("@Cookie(...)"));
    assertThrows(IllegalArgumentException.class,
        () -> RegistryTable.decode("cookieledger-table\t1\n\u0001k\ta\tb\nonly one\n"));
  }

  private static String[] joined(List<List<String>> chunks) {
    return chunks.stream().map(pieces -> String.join("", pieces)).toArray(String[]::new);
  }

  /** Characters from every plane, with the hostile ones often. */
  private static String text(Random random, int maxLength) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(4)) {
        case 0 -> text.append(HOSTILE.charAt(random.nextInt(HOSTILE.length())));
        case 1 -> text.append((char) random.nextInt(0x80));
        case 2 -> text.append((char) random.nextInt(0x10000));
        default -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
      }
    }
    return text.toString();
  }
}
