package io.github.cookieledger.processor.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KotlinSourcesTest {
  @TempDir Path project;

  @Test
  void findsKotlinDeclarationsInTheKotlinFolderBesideTheJavaOne() throws IOException {
    Path java = project.resolve("src/main/java");
    Path cart = write("src/main/kotlin/org/example/Cart.kt", "package org.example\n"
        + "import io.github.cookieledger.Cookie\n@Cookie(name = \"cart\") class Cart");
    Path policy = write("src/main/kotlin/org/example/Policy.kt",
        "@file:io.github.cookieledger.CookiePolicy(site = \"x\")\npackage org.example\n");
    write("src/main/kotlin/org/example/UsesTheRegistry.kt", "package org.example\n"
        + "import io.github.cookieledger.Consent\nfun f() = Consent.all()");
    write("src/main/kotlin/org/example/OtherCookie.kt", "package org.example\n"
        + "import javax.servlet.http.Cookie\nfun f() = Cookie(\"a\", \"b\")");
    write("src/main/java/org/example/Shop.java", "package org.example; class Shop {}");

    assertEquals(List.of(cart, policy), KotlinSources.declaringCookies(List.of(java)));
  }

  @Test
  void findsKotlinFilesMixedIntoTheJavaFolder() throws IOException {
    Path mixed = write("src/main/java/org/example/Cart.kt",
        "import io.github.cookieledger.*\n@Cookies(Cookie(name = \"a\")) class Cart");

    assertEquals(List.of(mixed),
        KotlinSources.declaringCookies(List.of(project.resolve("src/main/java"))));
  }

  @Test
  void aFolderThatDoesNotExistFindsNothing() {
    assertEquals(List.of(), KotlinSources.declaringCookies(List.of(project.resolve("nowhere/java"))));
  }

  @Test
  void theSourceRootIsTheFolderAboveThePackage() {
    Path file = project.resolve("src/main/java/org/example/Shop.java");

    assertEquals(project.resolve("src/main/java"), KotlinSources.sourceRoot(file, "org.example"));
    assertEquals(file.getParent(), KotlinSources.sourceRoot(file, ""));
    assertNull(KotlinSources.sourceRoot(file, "com.other"));
  }

  private Path write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
