package io.github.cookieledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Name patterns indexed by their literal prefix (the text before the first {@code *}) in a trie of
 * characters. A lookup walks the concrete name once and tries only the patterns whose prefix the
 * name starts with, instead of every pattern of the registry: registries of thousands of cookies
 * answer in well under a microsecond, without allocating.
 */
final class PatternTrie {
  private static final PatternTrie EMPTY = new PatternTrie(new Node(new char[0], new Node[0],
      new int[0]), new CookieDefinition[0]);

  private final Node root;
  /** All patterns, most specific first; a pattern's index here is its rank. */
  private final CookieDefinition[] patterns;
  private final List<Optional<CookieDefinition>> found;

  private PatternTrie(Node root, CookieDefinition[] patterns) {
    this.root = root;
    this.patterns = patterns;
    List<Optional<CookieDefinition>> optionals = new ArrayList<>(patterns.length);
    for (CookieDefinition pattern : patterns) {
      optionals.add(Optional.of(pattern));
    }
    this.found = optionals;
  }

  /**
   * @param mostSpecificFirst the patterns in the order in which they win a tie of matches
   * @return the index
   */
  static PatternTrie of(List<CookieDefinition> mostSpecificFirst) {
    if (mostSpecificFirst.isEmpty()) {
      return EMPTY;
    }
    Builder root = new Builder();
    for (int rank = 0; rank < mostSpecificFirst.size(); rank++) {
      String name = mostSpecificFirst.get(rank).name();
      Builder node = root;
      for (int i = 0, end = name.indexOf(CookieNames.WILDCARD); i < end; i++) {
        node = node.children.computeIfAbsent(name.charAt(i), c -> new Builder());
      }
      node.ranks.add(rank); // ranks ascend: each node's patterns stay most specific first
    }
    return new PatternTrie(root.build(), mostSpecificFirst.toArray(new CookieDefinition[0]));
  }

  /**
   * @param name a concrete cookie name
   * @return the most specific pattern that matches it, or empty
   */
  Optional<CookieDefinition> find(String name) {
    int best = Integer.MAX_VALUE;
    Node node = root;
    int i = 0;
    while (true) {
      for (int rank : node.ranks) {
        if (rank >= best) {
          break; // later patterns of this node are less specific than the one found
        }
        if (patterns[rank].matches(name)) {
          best = rank;
          break;
        }
      }
      if (i == name.length()) {
        break;
      }
      node = node.child(name.charAt(i++));
      if (node == null) {
        break;
      }
    }
    return best == Integer.MAX_VALUE ? Optional.empty() : found.get(best);
  }

  private static final class Node {
    private final char[] keys;
    private final Node[] children;
    private final int[] ranks;

    Node(char[] keys, Node[] children, int[] ranks) {
      this.keys = keys;
      this.children = children;
      this.ranks = ranks;
    }

    Node child(char c) {
      int low = 0;
      int high = keys.length - 1;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        char key = keys[mid];
        if (key < c) {
          low = mid + 1;
        } else if (key > c) {
          high = mid - 1;
        } else {
          return children[mid];
        }
      }
      return null;
    }
  }

  private static final class Builder {
    private final Map<Character, Builder> children = new TreeMap<>();
    private final List<Integer> ranks = new ArrayList<>();

    Node build() {
      char[] keys = new char[children.size()];
      Node[] nodes = new Node[children.size()];
      int i = 0;
      for (Map.Entry<Character, Builder> child : children.entrySet()) {
        keys[i] = child.getKey();
        nodes[i++] = child.getValue().build();
      }
      return new Node(keys, nodes, ranks.stream().mapToInt(Integer::intValue).toArray());
    }
  }
}
