package io.github.cookieledger.processor.model;

import javax.tools.Diagnostic;

/**
 * One diagnostic to report: what is wrong, where, and how to fix it. Made by {@link Message#at} or
 * {@link Message#global}, so every text comes from the catalogue.
 *
 * @param kind error, warning or note
 * @param message the text, starting with a stable tag such as {@code [cookie-name]}
 * @param location where to point, or null for a problem of the whole compilation (an option)
 * @param attribute the offending attribute, or null to point at the whole annotation
 */
public record Problem(Diagnostic.Kind kind, String message, Location location, String attribute) {

  public boolean isError() {
    return kind == Diagnostic.Kind.ERROR;
  }
}
