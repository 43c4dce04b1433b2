package io.github.cookieledger;

/** Where in the browser a {@link Storage} declaration's data lives. */
public enum StorageKind {
  /** {@code window.localStorage}: kept until the site or the visitor deletes it. */
  LOCAL_STORAGE("localStorage"),

  /** {@code window.sessionStorage}: gone when the tab closes. */
  SESSION_STORAGE("sessionStorage"),

  /** An IndexedDB database, named by the declaration: kept until deleted. */
  INDEXED_DB("indexedDB");

  private final String jsName;

  StorageKind(String jsName) {
    this.jsName = jsName;
  }

  /**
   * The name of the storage in the browser's JavaScript, e.g. {@code localStorage}; also the
   * {@code type} of the entry in {@code cookies.json} and the CSV.
   *
   * @return the JavaScript name
   */
  public String jsName() {
    return jsName;
  }
}
