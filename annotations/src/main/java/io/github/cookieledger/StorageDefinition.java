package io.github.cookieledger;

import java.util.Objects;

/**
 * One declared web storage entry ({@link Storage}), as the generated registry holds it ({@code
 * CookieRegistry.Storage.ODS_THEME}, {@code CookieRegistry.storage()}).
 *
 * <p>Instances are immutable. The registry builds them; tests and tools may build their own with
 * {@link #builder(String, StorageKind)}.
 */
public final class StorageDefinition {
  private final String name;
  private final StorageKind kind;
  private final String provider;
  private final String purpose;
  private final Category category;
  private final String function;
  private final Party party;
  private final boolean anonymized;

  private StorageDefinition(Builder b) {
    this.name = b.name;
    this.kind = b.kind;
    this.provider = Objects.requireNonNull(b.provider, "provider");
    this.purpose = Objects.requireNonNull(b.purpose, "purpose");
    this.category = Objects.requireNonNull(b.category, "category");
    this.function = b.function;
    this.party = b.party;
    this.anonymized = b.anonymized;
  }

  /**
   * Starts a definition; the other attributes default as in {@link Storage}.
   *
   * @param name the key or key pattern
   * @param kind where the data lives
   * @return a builder
   * @throws IllegalArgumentException when the name is not a valid name or pattern
   */
  public static Builder builder(String name, StorageKind kind) {
    return new Builder(name, kind);
  }

  /** @return the key, database name or pattern */
  public String name() {
    return name;
  }

  /** @return where the data lives */
  public StorageKind kind() {
    return kind;
  }

  /** @return who writes and reads it */
  public String provider() {
    return provider;
  }

  /** @return why it exists */
  public String purpose() {
    return purpose;
  }

  /** @return the category */
  public Category category() {
    return category;
  }

  /** @return where on the site it is used, or empty */
  public String function() {
    return function;
  }

  /** @return first or third party */
  public Party party() {
    return party;
  }

  /** @return whether statistics are declared anonymized (and so need no consent) */
  public boolean anonymized() {
    return anonymized;
  }

  /** @return whether the name is a pattern with {@code *} wildcards */
  public boolean isPattern() {
    return CookieNames.isPattern(name);
  }

  /**
   * Whether this declaration covers a concrete key.
   *
   * @param key a key (or database name) the browser holds
   * @return true for the declared name, or a key the pattern matches
   */
  public boolean matches(String key) {
    return StorageNames.matches(name, key);
  }

  /**
   * Whether the visitor must consent before the page writes it: the same rule as for cookies.
   *
   * @return true when consent is needed
   */
  public boolean requiresConsent() {
    return CookieDefinition.requiresConsent(category, anonymized);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StorageDefinition)) {
      return false;
    }
    StorageDefinition other = (StorageDefinition) o;
    return name.equals(other.name) && kind == other.kind && provider.equals(other.provider)
        && purpose.equals(other.purpose) && category == other.category
        && function.equals(other.function) && party == other.party
        && anonymized == other.anonymized;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, provider, purpose, category, function, party, anonymized);
  }

  @Override
  public String toString() {
    return "StorageDefinition[" + kind.jsName() + " " + name + ", " + category + "]";
  }

  /** Builds a {@link StorageDefinition}; defaults are those of {@link Storage}. */
  public static final class Builder {
    private final String name;
    private final StorageKind kind;
    private String provider;
    private String purpose;
    private Category category;
    private String function = "";
    private Party party = Party.FIRST_PARTY;
    private boolean anonymized;

    private Builder(String name, StorageKind kind) {
      Objects.requireNonNull(name, "name");
      StorageNames.problem(name).ifPresent(problem -> {
        throw new IllegalArgumentException("storage name '" + name + "' " + problem);
      });
      this.name = name;
      this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * @param provider who writes and reads it
     * @return this builder
     */
    public Builder provider(String provider) {
      this.provider = Objects.requireNonNull(provider, "provider");
      return this;
    }

    /**
     * @param purpose why it exists
     * @return this builder
     */
    public Builder purpose(String purpose) {
      this.purpose = Objects.requireNonNull(purpose, "purpose");
      return this;
    }

    /**
     * @param category the category
     * @return this builder
     */
    public Builder category(Category category) {
      this.category = Objects.requireNonNull(category, "category");
      return this;
    }

    /**
     * @param function where on the site it is used
     * @return this builder
     */
    public Builder function(String function) {
      this.function = Objects.requireNonNull(function, "function");
      return this;
    }

    /**
     * @param party first or third party
     * @return this builder
     */
    public Builder party(Party party) {
      this.party = Objects.requireNonNull(party, "party");
      return this;
    }

    /**
     * @param anonymized whether statistics are anonymized
     * @return this builder
     */
    public Builder anonymized(boolean anonymized) {
      this.anonymized = anonymized;
      return this;
    }

    /**
     * @return the definition
     * @throws NullPointerException when provider, purpose or category is missing
     */
    public StorageDefinition build() {
      return new StorageDefinition(this);
    }
  }
}
