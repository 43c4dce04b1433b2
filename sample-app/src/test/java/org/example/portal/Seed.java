package org.example.portal;

import java.util.List;

/**
 * The four rows of the seed's table (the data portal's cookie policy), exactly as the seed
 * writes them, "front et back office" included.
 */
final class Seed {
  static final String SITE = "https://datasource.kapsarc.org";

  /** The seed's columns, as its table heads them. */
  static final List<Row> ROWS =
      List.of(
          new Row("Opendatasoft", "Authentication (front and back office)", "sessionid",
              "To remember the user from one page to another"),
          new Row("Opendatasoft", "Language selection (front and back office)", "django_language",
              "To remember the visitor's language"),
          new Row("Opendatasoft", "API (CSRF) (front et back office)", "csrftoken",
              "To retrieve data via API calls"),
          new Row("Opendatasoft", "Choices related to your cookie preferences",
              "cookies_preferences", "To remember the visitor's cookie preferences"));

  /** The column headings of the seed's table, which the generated tables keep. */
  static final List<String> COLUMNS =
      List.of("Service provider's name", "Function and location", "Cookie name(s)", "Purposes");

  private Seed() {}

  static final class Row {
    final String provider;
    final String function;
    final String name;
    final String purpose;

    Row(String provider, String function, String name, String purpose) {
      this.provider = provider;
      this.function = function;
      this.name = name;
      this.purpose = purpose;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Row
          && ((Row) o).provider.equals(provider)
          && ((Row) o).function.equals(function)
          && ((Row) o).name.equals(name)
          && ((Row) o).purpose.equals(purpose);
    }

    @Override
    public int hashCode() {
      return name.hashCode();
    }

    @Override
    public String toString() {
      return provider + " | " + function + " | " + name + " | " + purpose;
    }
  }
}
