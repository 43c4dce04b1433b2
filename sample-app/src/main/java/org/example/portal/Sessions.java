package org.example.portal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Who is signed in, by session id. In memory: a restart signs everyone out. */
final class Sessions {
  /** Oldest sessions go first beyond this, so a stream of logins cannot fill the memory. */
  static final int MAX_SESSIONS = 10_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, String> users =
      new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > MAX_SESSIONS;
        }
      };

  /** @return the new session's id */
  synchronized String open(String user) {
    String id = token();
    users.put(id, user);
    return id;
  }

  synchronized Optional<String> user(String sessionId) {
    return Optional.ofNullable(users.get(sessionId));
  }

  synchronized void close(String sessionId) {
    users.remove(sessionId);
  }

  /** @return 256 random bits as base64url, a valid cookie value */
  static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
