package io.github.cookieledger.processor.check;

import io.github.cookieledger.processor.model.Declaration;
import io.github.cookieledger.processor.model.Ledger;
import io.github.cookieledger.processor.model.LedgerEntry;
import io.github.cookieledger.processor.model.Message;
import io.github.cookieledger.processor.model.Problem;
import io.github.cookieledger.processor.model.StorageDeclaration;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry is written in the first round that has declarations; a {@code @Cookie} or {@code
 * @Storage} in a source another processor generates in a later round cannot join it, and is an
 * error.
 */
public final class LateDeclarations {
  private LateDeclarations() {}

  /**
   * @param ledger the ledger the registry was written from
   * @param found the cookie declarations read in a later round
   * @param foundStorage the web storage declarations read in that round
   * @return an error on each that the ledger does not already hold, web storage first
   */
  public static List<Problem> check(Ledger ledger, List<Declaration> found,
      List<StorageDeclaration> foundStorage) {
    List<Problem> problems = new ArrayList<>();
    for (StorageDeclaration late : foundStorage) {
      boolean known = ledger.storage().stream().anyMatch(entry ->
          entry.attributes().equals(late.attributes())
              && entry.declaredBy().contains(late.declaredBy()));
      if (!known) {
        problems.add(Message.STORAGE_LATE.at(late.location(), null, late.describe(),
            ledger.policy().registry()));
      }
    }
    for (Declaration late : found) {
      if (!alreadyInLedger(ledger, late)) {
        problems.add(Message.LATE_DECLARATION.at(late.location(), null, late.name(),
            ledger.policy().registry()));
      }
    }
    return problems;
  }

  /**
   * Whether a declaration found after the registry was written is one the ledger already holds (a
   * type generated in a later round that the previous build had remembered): no late declaration.
   */
  private static boolean alreadyInLedger(Ledger ledger, Declaration late) {
    for (LedgerEntry entry : ledger.cookies()) {
      if (entry.attributes().equals(late.attributes().normalised())
          && entry.declaredBy().contains(late.declaredBy())) {
        return true;
      }
    }
    return false;
  }
}
